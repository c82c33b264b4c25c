// The share image of a model page: a 1200×630 PNG card with the name, context window, prices and
// arena rank. Drawn as SVG and rasterized by resvg with the bundled DejaVu fonts only, so the
// bytes are the same on every machine.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { formatContext, formatDate, formatPricePer1M, formatRank, formatScore } from '../../domain/format.ts';
import type { ModelRecord } from '../../domain/model.ts';
import { CONFIDENCE_LABELS, SOURCE_TYPE_LABELS } from '../views/labels.ts';
import { OG_HEIGHT, OG_WIDTH } from './model-meta.tsx';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(fontDir, f));

function xml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Split a name into at most `lines` lines of about `width` characters, with an ellipsis when cut. */
export function wrapText(text: string, width: number, lines: number): string[] {
  const words = text.trim().split(/\s+/);
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length <= width) line = next;
    else {
      if (line !== '') out.push(line);
      line = word;
    }
  }
  if (line !== '') out.push(line);
  const cut = out.flatMap((l) => (l.length > width ? [l.slice(0, width - 1), l.slice(width - 1)] : [l]));
  if (cut.length <= lines) return cut;
  const kept = cut.slice(0, lines);
  const last = kept[lines - 1]!;
  kept[lines - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept;
}

function fact(x: number, label: string, value: string): string {
  return `<text x="${x}" y="430" class="label">${xml(label)}</text><text x="${x}" y="488" class="value">${xml(value)}</text>`;
}

/** The SVG source of the card (exported for tests and previews). */
export function ogImageSvg(record: ModelRecord): string {
  const { pricing, arena } = record;
  const nameLines = wrapText(record.name, 26, 2);
  const nameSvg = nameLines
    .map((l, i) => `<text x="72" y="${196 + i * 80}" class="name">${xml(l)}</text>`)
    .join('');
  const idLine = wrapText(record.id, 52, 1)[0] ?? '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">
<style>
text{font-family:'DejaVu Sans';fill:#e6e9ef}
.brand{font-size:30px;font-weight:bold;fill:#8ab4ff}
.name{font-size:64px;font-weight:bold}
.id{font-size:28px;fill:#a7b0bf}
.label{font-size:24px;fill:#a7b0bf}
.value{font-size:44px;font-weight:bold}
.foot{font-size:22px;fill:#a7b0bf}
</style>
<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#11151c"/>
<rect x="0" y="0" width="${OG_WIDTH}" height="10" fill="#1d4ed8"/>
<text x="72" y="92" class="brand">Model Atlas</text>
${nameSvg}
<text x="72" y="${196 + nameLines.length * 80 - 18}" class="id">${xml(idLine)}</text>
<line x1="72" x2="1128" y1="380" y2="380" stroke="#323b4a" stroke-width="2"/>
${fact(72, 'Context', formatContext(record.contextLength))}
${fact(330, 'Input / 1M', formatPricePer1M(pricing.inputPer1M, pricing.state).replace(' / 1M', ''))}
${fact(620, 'Output / 1M', formatPricePer1M(pricing.outputPer1M, pricing.state).replace(' / 1M', ''))}
${fact(910, 'Arena rank', arena ? formatRank(arena.rank) : '—')}
<text x="72" y="574" class="foot">${xml(
    [
      arena
        ? `Arena ${formatRank(arena.rank, arena.of)}, score ${formatScore(arena.score)}`
        : 'Not ranked on LMArena',
      SOURCE_TYPE_LABELS[record.sourceType],
      `match ${CONFIDENCE_LABELS[record.match.confidence].toLowerCase()}`,
      `as of ${formatDate(record.asOf)}`,
    ].join(' · '),
  )}</text>
</svg>`;
}

/** Rasterize the card to PNG bytes. */
export function renderOgImage(record: ModelRecord): Uint8Array {
  const resvg = new Resvg(ogImageSvg(record), {
    fitTo: { mode: 'width', value: OG_WIDTH },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
