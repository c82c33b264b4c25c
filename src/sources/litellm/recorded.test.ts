// Recorded-data checks: every LiteLLM file in the manifest parses, with the counts SOURCES.md gives.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { InputMeta } from '../source.ts';
import { litellmPrices } from './index.ts';

const DATA = process.env.ATLAS_RECORDED_DATA;
if (!DATA) {
  console.warn(
    '\n!!! ATLAS_RECORDED_DATA is not set: the LiteLLM recorded-data tests are SKIPPED. ' +
      'Run with ATLAS_RECORDED_DATA=/work/shared/data to include them. !!!\n',
  );
}

interface ManifestFile {
  path: string;
  kind: string;
  date: string;
}

function litellmFiles(dir: string): ManifestFile[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: ManifestFile[] };
  return manifest.files.filter((f) => f.kind === 'litellm.prices');
}

/** An independent decimal shift of a number's shortest form, for checking prices exactly. */
function shiftedBy6(value: number): number {
  const [mantissa, e = '0'] = String(value).toLowerCase().split('e') as [string, string?];
  const [whole, frac = ''] = mantissa.split('.') as [string, string?];
  return Number(`${whole}${frac}e${Number(e) + 6 - frac.length}`);
}

const EXPECTED: Record<string, { entries: number; openrouterKeys: number }> = {
  '2025-05-13': { entries: 1009, openrouterKeys: 56 },
  '2025-12-19': { entries: 2248, openrouterKeys: 103 },
};

describe('recorded LiteLLM price maps', { skip: !DATA && 'ATLAS_RECORDED_DATA is not set' }, () => {
  const files = DATA ? litellmFiles(DATA) : [];

  test('the manifest lists both recorded maps', () => {
    assert.deepEqual(files.map((f) => f.date).sort(), Object.keys(EXPECTED));
  });

  for (const file of files) {
    test(`${file.path} parses every entry, with exact per-1M prices`, () => {
      const input: InputMeta = {
        kind: 'litellm.prices',
        location: file.path,
        date: file.date,
        partial: false,
        meta: {},
      };
      const text = readFileSync(join(DATA!, file.path), 'utf8');
      const parsed = litellmPrices.parse(text, input);
      const expected = EXPECTED[file.date]!;
      assert.equal(parsed.records.length + parsed.rejections.length, expected.entries);
      assert.deepEqual(parsed.rejections, []);
      assert.equal(parsed.raw.length, expected.entries);
      assert.equal(
        parsed.records.filter((r) => r.key.startsWith('openrouter/')).length,
        expected.openrouterKeys,
      );

      const claude = parsed.records.find((r) => r.key === 'claude-3-5-sonnet-20241022')!;
      assert.equal(claude.inputPer1M, 3);
      assert.equal(claude.outputPer1M, 15);
      assert.equal(claude.nativeId, 'claude-3-5-sonnet-20241022');

      const raw = new Map(parsed.raw.map((r) => [r.recordId, r.raw as Record<string, unknown>]));
      for (const r of parsed.records) {
        const cost = raw.get(r.key)!.input_cost_per_token;
        if (typeof cost === 'number') assert.equal(r.inputPer1M, shiftedBy6(cost), r.key);
        else assert.equal(r.inputPer1M, null, r.key);
        assert.ok(r.nativeId.length > 0, r.key);
        if (r.openrouterId !== null) assert.ok(r.provider === 'openrouter', r.key);
      }
      assert.ok(parsed.notes.some((n) => n.includes(`last updated ${file.date}`)));
    });
  }

  test('openrouter/ keys carry their OpenRouter id', () => {
    const file = files.find((f) => f.date === '2025-12-19')!;
    const parsed = litellmPrices.parse(readFileSync(join(DATA!, file.path), 'utf8'), {
      kind: 'litellm.prices',
      location: file.path,
      date: file.date,
      partial: false,
      meta: {},
    });
    const glm = parsed.records.find((r) => r.key === 'openrouter/z-ai/glm-4.6');
    assert.equal(glm?.openrouterId, 'z-ai/glm-4.6');
    assert.equal(parsed.records.find((r) => r.key === 'zai/glm-4.6')?.nativeId, 'glm-4.6');
  });
});
