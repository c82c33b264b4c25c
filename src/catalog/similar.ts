// Models worth comparing with a given one: the same author, a near arena score, a near blended price
// or context window. Each suggestion says why it was picked.

import type { ModelRecord } from '../domain/model.ts';

export interface SimilarModel {
  record: ModelRecord;
  reasons: string[];
}

function blended(r: ModelRecord): number | null {
  const { inputPer1M: i, outputPer1M: o, state } = r.pricing;
  if (state === 'variable' || i === null || o === null) return null;
  return (3 * i + o) / 4;
}

/** The id without its variant suffix (`x:free` → `x`); `lmarena:` ids have no variants. */
export function baseId(r: ModelRecord): string {
  const suffix = r.variant ? `:${r.variant}` : '';
  return suffix && r.id.endsWith(suffix) ? r.id.slice(0, -suffix.length) : r.id;
}

/** Other records of the same model under another variant suffix (`x` and `x:free`). */
export function variantsOf(records: readonly ModelRecord[], target: ModelRecord): ModelRecord[] {
  const base = baseId(target);
  return records.filter((r) => r.id !== target.id && baseId(r) === base);
}

export function similarModels(records: readonly ModelRecord[], target: ModelRecord, n = 6): SimilarModel[] {
  const mine = blended(target);
  const scored: { record: ModelRecord; score: number; reasons: string[] }[] = [];
  for (const r of records) {
    if (r.id === target.id || baseId(r) === baseId(target)) continue;
    let score = 0;
    const reasons: string[] = [];
    if (target.author && r.author && target.author.toLowerCase() === r.author.toLowerCase()) {
      score += 2;
      reasons.push('same author');
    }
    if (target.arena && r.arena && target.arena.arena === r.arena.arena) {
      const gap = Math.abs(target.arena.score - r.arena.score);
      if (gap <= 40) {
        score += 2 - gap / 40;
        reasons.push('near arena score');
      }
    }
    const theirs = blended(r);
    if (mine !== null && theirs !== null && mine > 0 && theirs > 0) {
      const ratio = Math.abs(Math.log(theirs / mine));
      if (ratio <= Math.log(1.5)) {
        score += 1.5 - ratio;
        reasons.push('similar price');
      }
    } else if (mine === 0 && theirs === 0) {
      score += 1;
      reasons.push('also free');
    }
    if (target.contextLength && r.contextLength && target.contextLength === r.contextLength) {
      score += 0.25;
    }
    if (reasons.length > 0) scored.push({ record: r, score, reasons });
  }
  scored.sort((a, b) => b.score - a.score || a.record.id.localeCompare(b.record.id));
  return scored.slice(0, n).map(({ record, reasons }) => ({ record, reasons }));
}
