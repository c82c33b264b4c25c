// Parses every recorded OpenRouter payload listed in the manifest and checks concrete facts.
// Needs ATLAS_RECORDED_DATA (the shared data directory); without it the suite is skipped, loudly.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { readRecordedPayload } from '../read-payload.ts';
import type { InputMeta, Parsed, SourceKind } from '../source.ts';
import type { OpenRouterEndpoints, OpenRouterModel } from '../types.ts';
import { openRouterEndpoints, openRouterModels } from './index.ts';

const dataDir = process.env.ATLAS_RECORDED_DATA;
if (!dataDir)
  console.warn(
    '\n*** SKIPPED: the recorded OpenRouter tests need ATLAS_RECORDED_DATA (e.g. ATLAS_RECORDED_DATA=/work/shared/data). ***\n',
  );

/** Model counts per catalog date, from SOURCES.md §1a. No recorded record is rejected. */
const EXPECTED_COUNTS: Record<string, number> = {
  '2025-04-24': 301,
  '2025-05-12': 320,
  '2025-05-23': 321,
  '2025-07-29': 151,
  '2025-12-18': 349,
  '2026-01-07': 347,
  '2026-01-29': 347,
  '2026-05-15': 364,
};

interface ManifestEntry {
  path: string;
  kind: SourceKind;
  date: string;
  partial?: boolean;
  [extra: string]: unknown;
}

function inputsOf(kind: SourceKind): InputMeta[] {
  const manifest = JSON.parse(readFileSync(join(dataDir!, 'manifest.json'), 'utf8')) as {
    files: ManifestEntry[];
  };
  return manifest.files
    .filter((f) => f.kind === kind)
    .map(({ path, kind, date, partial, ...meta }) => ({
      kind,
      location: path,
      date,
      partial: partial === true,
      meta,
    }));
}

describe('recorded OpenRouter catalogs', { skip: !dataDir && 'ATLAS_RECORDED_DATA is not set' }, () => {
  const catalogs = new Map<string, Parsed<OpenRouterModel>>();
  const model = (date: string, id: string): OpenRouterModel => {
    const found = catalogs.get(date)?.records.find((m) => m.id === id);
    assert.ok(found, `${id} should be in the ${date} catalog`);
    return found;
  };

  test('every catalog in the manifest parses, matches its sha256, and has the documented model count', async () => {
    const inputs = inputsOf('openrouter.models');
    assert.deepEqual(inputs.map((i) => i.date).sort(), Object.keys(EXPECTED_COUNTS).sort());
    for (const input of inputs) {
      const payload = await readRecordedPayload(dataDir!, input);
      const parsed = openRouterModels.parse(payload.text, payload);
      catalogs.set(input.date, parsed);
      assert.deepEqual(parsed.rejections, [], `${input.date}: no recorded record is rejected`);
      assert.equal(parsed.records.length, EXPECTED_COUNTS[input.date], `${input.date}: model count`);
      assert.equal(parsed.raw.length, parsed.records.length);
    }
  });

  test('on 2025-12-18 z-ai/glm-4-32b has 128K context, $0.10 in and out per 1M, and its dated canonical slug', () => {
    const glm = model('2025-12-18', 'z-ai/glm-4-32b');
    assert.equal(glm.contextLength, 128000);
    assert.equal(glm.pricing.state, 'priced');
    assert.equal(glm.pricing.inputPer1M, 0.1);
    assert.equal(glm.pricing.outputPer1M, 0.1);
    assert.equal(glm.canonicalSlug, 'z-ai/glm-4-32b-0414');
    assert.equal(glm.name, 'Z.AI: GLM 4 32B', 'the trailing space is trimmed');
    assert.equal(glm.huggingFaceId, null, 'an empty hugging_face_id is null');
  });

  test('openrouter/auto has variable pricing in every catalog that lists it', () => {
    for (const [date, parsed] of catalogs) {
      if (date === '2025-07-29') continue; // the tools-filtered listing leaves the router out
      const router = model(date, 'openrouter/auto');
      assert.equal(router.pricing.state, 'variable', date);
      assert.equal(router.pricing.inputPer1M, null, date);
      assert.equal(router.pricing.outputPer1M, null, date);
      assert.ok(parsed.records.includes(router));
    }
  });

  test('every :free variant is free and every price is a non-negative number', () => {
    for (const [date, parsed] of catalogs) {
      for (const m of parsed.records) {
        if (m.variant === 'free') assert.equal(m.pricing.state, 'free', `${date} ${m.id}`);
        for (const v of [m.pricing.inputPer1M, m.pricing.outputPer1M])
          assert.ok(v === null || (Number.isFinite(v) && v >= 0), `${date} ${m.id}: ${v}`);
      }
    }
  });

  test('prices change between snapshots as SOURCES.md documents', () => {
    const may = model('2025-05-12', 'anthropic/claude-3.5-sonnet').pricing;
    const december = model('2025-12-18', 'anthropic/claude-3.5-sonnet').pricing;
    assert.deepEqual([may.inputPer1M, may.outputPer1M], [3, 15]);
    assert.deepEqual([december.inputPer1M, december.outputPer1M], [6, 30]);
    const llamaMay = model('2025-05-23', 'meta-llama/llama-3.1-405b-instruct');
    const llamaDec = model('2025-12-18', 'meta-llama/llama-3.1-405b-instruct');
    assert.deepEqual([llamaMay.pricing.inputPer1M, llamaMay.contextLength], [0.8, 32768]);
    assert.deepEqual([llamaDec.pricing.inputPer1M, llamaDec.contextLength], [3.5, 130815]);
  });

  test('2025-04-24 records lack the later fields, which read as null', () => {
    for (const m of catalogs.get('2025-04-24')!.records) {
      assert.equal(m.supportedParameters, null, m.id);
      assert.equal(m.canonicalSlug, null, m.id);
      assert.equal(m.huggingFaceId, null, m.id);
    }
    assert.ok(catalogs.get('2025-05-12')!.records.every((m) => Array.isArray(m.supportedParameters)));
  });

  test('variants appear and disappear over time: :beta until 2025-07, :exacto from 2025-12', () => {
    const variants = (date: string) => new Set(catalogs.get(date)!.records.map((m) => m.variant));
    assert.ok(variants('2025-07-29').has('beta'));
    assert.ok(!variants('2025-12-18').has('beta'));
    assert.ok(variants('2025-12-18').has('exacto'));
    assert.ok(!variants('2025-05-23').has('exacto'));
  });

  test('the tools-filtered listing carries a partial-catalog note, the full ones none', () => {
    assert.match(catalogs.get('2025-07-29')!.notes.join(' '), /Partial catalog/);
    for (const [date, parsed] of catalogs)
      if (date !== '2025-07-29') assert.deepEqual(parsed.notes, [], date);
  });

  test('2026-05-15 records carry knowledge cutoffs and modalities beyond text and image', () => {
    const glm = model('2026-05-15', 'z-ai/glm-4-32b');
    assert.equal(glm.knowledgeCutoff, '2024-06-30');
    const outputs = new Set(catalogs.get('2026-05-15')!.records.flatMap((m) => m.outputModalities));
    assert.ok(outputs.has('audio'));
  });
});

describe('recorded OpenRouter endpoints', { skip: !dataDir && 'ATLAS_RECORDED_DATA is not set' }, () => {
  test('both gemini-2.5-pro-preview recordings parse into two priced endpoints', async () => {
    const inputs = inputsOf('openrouter.endpoints');
    assert.equal(inputs.length, 2);
    const byDate = new Map<string, OpenRouterEndpoints>();
    for (const input of inputs) {
      const payload = await readRecordedPayload(dataDir!, input);
      const parsed = openRouterEndpoints.parse(payload.text, payload);
      assert.deepEqual(parsed.rejections, [], input.date);
      assert.equal(parsed.records.length, 1);
      byDate.set(input.date, parsed.records[0]!);
    }
    for (const [date, record] of byDate) {
      assert.equal(record.modelId, 'google/gemini-2.5-pro-preview', date);
      assert.deepEqual(
        record.endpoints.map((e) => e.providerName),
        ['Google', 'Google AI Studio'],
      );
      for (const e of record.endpoints) {
        assert.equal(e.upstreamSlug, 'google/gemini-2.5-pro-preview-03-25');
        assert.equal(e.pricing.inputPer1M, 1.25);
        assert.equal(e.pricing.outputPer1M, 10);
        assert.equal(e.pricing.extra.cacheRead, 0.31);
        assert.equal(e.discount, 0);
        assert.equal(e.contextLength, 1048576);
      }
    }
    assert.deepEqual(
      byDate.get('2025-05-12')!.endpoints.map((e) => e.tag),
      [null, null],
    );
    assert.deepEqual(
      byDate.get('2025-05-23')!.endpoints.map((e) => e.tag),
      ['google-vertex', 'google-ai-studio'],
    );
  });
});
