// Recorded-data checks: the models.dev file in the manifest parses with the counts SOURCES.md gives.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { modelsDev } from './index.ts';

const DATA = process.env.ATLAS_RECORDED_DATA;
if (!DATA) {
  console.warn(
    '\n!!! ATLAS_RECORDED_DATA is not set: the models.dev recorded-data tests are SKIPPED. ' +
      'Run with ATLAS_RECORDED_DATA=/work/shared/data to include them. !!!\n',
  );
}

describe('the recorded models.dev catalog', { skip: !DATA && 'ATLAS_RECORDED_DATA is not set' }, () => {
  test('85 providers and 2376 models parse, 149 of them under openrouter', () => {
    const manifest = JSON.parse(readFileSync(join(DATA!, 'manifest.json'), 'utf8')) as {
      files: { path: string; kind: string; date: string }[];
    };
    const files = manifest.files.filter((f) => f.kind === 'modelsdev.api');
    assert.equal(files.length, 1);
    const file = files[0]!;
    const parsed = modelsDev.parse(readFileSync(join(DATA!, file.path), 'utf8'), {
      kind: 'modelsdev.api',
      location: file.path,
      date: file.date,
      partial: false,
      meta: {},
    });
    assert.deepEqual(parsed.rejections, []);
    assert.equal(parsed.records.length, 2376);
    assert.equal(new Set(parsed.records.map((r) => r.providerId)).size, 85);
    assert.equal(parsed.records.filter((r) => r.providerId === 'openrouter').length, 149);
    assert.equal(new Set(parsed.records.map((r) => `${r.providerId}/${r.modelId}`)).size, 2376);

    const glm = parsed.records.find((r) => r.providerId === 'openrouter' && r.modelId === 'z-ai/glm-4.6')!;
    assert.equal(glm.inputPer1M, 0.6);
    assert.equal(glm.outputPer1M, 2.2);
    assert.equal(glm.contextLimit, 200000);
    const haiku = parsed.records.find(
      (r) => r.providerId === 'anthropic' && r.modelId === 'claude-3-5-haiku-20241022',
    );
    assert.ok(haiku && haiku.inputPer1M !== null && haiku.inputPer1M > 0);
    // Anthropic's own 3.5 Sonnet is there; OpenRouter's is not (SOURCES.md).
    assert.ok(
      !parsed.records.some(
        (r) => r.providerId === 'openrouter' && r.modelId === 'anthropic/claude-3.5-sonnet',
      ),
    );
  });
});
