import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureCatalogData } from '../../test/fixtures/catalog.ts';
import { buildCatalog, catalogVersion } from './catalog.ts';
import { similarModels, variantsOf } from './similar.ts';
import { similarity } from './suggest.ts';

describe('buildCatalog', () => {
  test('finds records, raw records and history by id', () => {
    const catalog = buildCatalog(fixtureCatalogData());
    assert.equal(catalog.get('z-ai/glm-4-32b')?.name, 'Z.AI: GLM 4 32B');
    assert.equal(catalog.get('lmarena:glm-4-plus')?.sourceType, 'arena_only');
    assert.equal(catalog.get('no/such-model'), undefined);
    assert.equal(catalog.raw('z-ai/glm-4-32b')[0]?.source, 'openrouter');
    assert.deepEqual(catalog.raw('no/such-model'), []);
    assert.deepEqual(
      catalog.history('anthropic/claude-3.5-sonnet').map((p) => p.inputPer1M),
      [3, 6],
    );
    assert.deepEqual(catalog.history('no/such-model'), []);
  });

  test('is immutable: records cannot be changed after building', () => {
    const catalog = buildCatalog(fixtureCatalogData());
    const record = catalog.get('z-ai/glm-4-32b')!;
    assert.throws(() => {
      (record as { name: string }).name = 'changed';
    }, TypeError);
    assert.throws(() => (catalog.records as unknown[]).push(record), TypeError);
  });

  test('refuses a snapshot holding two records with the same id', () => {
    const data = fixtureCatalogData();
    data.records.push(structuredClone(data.records[0]!));
    assert.throws(() => buildCatalog(data), /two records with the id "z-ai\/glm-4-32b"/);
  });

  test('derives the version from the snapshot id, creation time and record count', () => {
    const data = fixtureCatalogData();
    const a = buildCatalog(fixtureCatalogData()).version;
    assert.equal(a, buildCatalog(fixtureCatalogData()).version, 'the same snapshot gives the same version');
    assert.match(a, /^[\w-]{12}$/);
    assert.notEqual(catalogVersion({ ...data.snapshot, id: 3 }, data.records.length), a);
    assert.notEqual(catalogVersion({ ...data.snapshot, createdAt: '2025-06-01T00:00:00Z' }, 10), a);
    assert.notEqual(catalogVersion(data.snapshot, 11), a);
  });
});

describe('catalog.suggest', () => {
  const catalog = buildCatalog(fixtureCatalogData());
  test('offers the nearest ids for a mistyped id', () => {
    assert.equal(catalog.suggest('z-ai/glm-4-23b', 3)[0]?.id, 'z-ai/glm-4-32b');
    assert.equal(catalog.suggest('claude-3-5-sonnet', 3)[0]?.id, 'anthropic/claude-3.5-sonnet');
    assert.equal(catalog.suggest('glm 4 plus', 3)[0]?.id, 'lmarena:glm-4-plus');
  });
  test('offers nothing for unrelated or empty text', () => {
    assert.deepEqual(catalog.suggest('xyzzy qwop', 5), []);
    assert.deepEqual(catalog.suggest('   ', 5), []);
  });
  test('returns at most n suggestions', () => {
    assert.ok(catalog.suggest('meta llama', 1).length <= 1);
  });
  test('scores identical text 1 and disjoint text near 0', () => {
    assert.equal(similarity('gpt 4o', 'gpt 4o'), 1);
    assert.ok(similarity('gpt 4o', 'zzz') < 0.2);
  });
});

describe('similarModels', () => {
  const catalog = buildCatalog(fixtureCatalogData());
  test('never suggests the model itself or its own variants', () => {
    const llama = catalog.get('meta-llama/llama-3.1-8b-instruct')!;
    const ids = similarModels(catalog.records, llama).map((s) => s.record.id);
    assert.ok(!ids.includes(llama.id));
    assert.ok(!ids.includes('meta-llama/llama-3.1-8b-instruct:free'));
  });
  test('finds the variants of a model by its variant suffix, and none for arena-only ids', () => {
    const llama = catalog.get('meta-llama/llama-3.1-8b-instruct')!;
    assert.deepEqual(
      variantsOf(catalog.records, llama).map((r) => r.id),
      ['meta-llama/llama-3.1-8b-instruct:free'],
    );
    const free = catalog.get('meta-llama/llama-3.1-8b-instruct:free')!;
    assert.deepEqual(
      variantsOf(catalog.records, free).map((r) => r.id),
      ['meta-llama/llama-3.1-8b-instruct'],
    );
    const arenaOnly = catalog.get('lmarena:glm-4-plus')!;
    const otherArenaOnly = { ...structuredClone(arenaOnly), id: 'lmarena:glm-4-air' };
    assert.deepEqual(variantsOf([...catalog.records, otherArenaOnly], arenaOnly), []);
  });

  test('says why each model was suggested', () => {
    const claude = catalog.get('anthropic/claude-3.5-sonnet')!;
    const similar = similarModels(catalog.records, claude);
    const glm = similar.find((s) => s.record.id === 'lmarena:glm-4-plus');
    assert.deepEqual(glm?.reasons, ['near arena score']);
    for (const s of similar) assert.ok(s.reasons.length > 0);
  });
});
