import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { QUERY_PARAMS } from '../../domain/query.ts';
import { fixtureApp, TEST_BASE_URL } from '../test-app.ts';
import { modelsCsv } from './api-csv.ts';

const { app, ctx } = fixtureApp();
const json = async (path: string) => {
  const res = await app.request(path);
  return { res, body: (await res.json()) as Record<string, unknown> };
};
type Problem = { error: { status: number; message: string; details: string[] } };

describe('GET /api/models', () => {
  test('lists every model of the snapshot by default, with paging facts', async () => {
    const { res, body } = await json('/api/models');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(body.total, ctx.catalog.records.length);
    assert.equal((body.models as unknown[]).length, ctx.catalog.records.length);
    assert.deepEqual(body.snapshot, { id: 2, asOf: '2025-05-23', version: ctx.catalog.version });
    assert.equal(body.page, 1);
  });

  test('applies the explorer filters', async () => {
    const free = await json('/api/models?free=1');
    assert.deepEqual(
      (free.body.models as { id: string }[]).map((m) => m.id),
      ['meta-llama/llama-3.1-8b-instruct:free'],
    );
    const cheap = await json('/api/models?in_max=0.5&sort=input&dir=asc');
    assert.deepEqual(
      (cheap.body.models as { id: string }[]).map((m) => m.id),
      [
        'meta-llama/llama-3.1-8b-instruct:free',
        'meta-llama/llama-3.1-8b-instruct',
        'mistralai/mistral-small-3.1-24b-instruct',
        'z-ai/glm-4-32b',
      ],
    );
    assert.equal(
      cheap.body.query,
      '?in_max=0.5&sort=input',
      'the canonical query omits the default direction',
    );
  });

  test('filtered answers carry an ETag and answer 304 too', async () => {
    const res = await app.request('/api/models?q=llama');
    const etag = res.headers.get('etag');
    assert.ok(etag, 'a filtered answer has an ETag');
    const again = await app.request('/api/models?q=llama', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    const other = await app.request('/api/models?q=claude', { headers: { 'If-None-Match': etag } });
    assert.equal(other.status, 200, 'another filter is another body');
  });

  test('a bad parameter is a 400 with sentences, never a 500', async () => {
    for (const path of [
      '/api/models?in_max=cheap',
      '/api/models?sort=nope',
      '/api/models?per=100000',
      '/api/models?added_after=2025-13-45',
      '/api/models?source=somewhere',
      '/api/models?colour=blue',
    ]) {
      const res = await app.request(path);
      assert.equal(res.status, 400, path);
      const body = (await res.json()) as Problem;
      assert.equal(body.error.status, 400);
      assert.ok(body.error.details.length > 0, `${path} says what was wrong`);
      for (const d of body.error.details) assert.match(d, /^The .*[.?]$/, `"${d}" is a sentence`);
    }
  });
});

describe('GET /api/models.csv', () => {
  test('has a header row and one row per model', async () => {
    const res = await app.request('/api/models.csv');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.match(
      res.headers.get('content-disposition')!,
      /attachment; filename="model-atlas-2025-05-23.csv"/,
    );
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, ctx.catalog.records.length);
    const glm = rows.find((r) => r.id === 'z-ai/glm-4-32b')!;
    assert.equal(glm.input_usd_per_1m, '0.1');
    assert.equal(glm.pricing_state, 'priced');
    assert.equal(glm.context_length, '128000');
    const router = rows.find((r) => r.id === 'openrouter/auto')!;
    assert.equal(router.pricing_state, 'variable');
    assert.equal(router.input_usd_per_1m, '', 'variable is never written as 0');
  });

  test('uses the same filters, without paging', async () => {
    const text = await (await app.request('/api/models.csv?q=llama&per=1')).text();
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    assert.deepEqual(rows.map((r) => r.id).sort(), [
      'meta-llama/llama-3.1-8b-instruct',
      'meta-llama/llama-3.1-8b-instruct:free',
    ]);
  });

  test('keeps hostile names as data a spreadsheet will not run', async () => {
    const text = await (await app.request('/api/models.csv')).text();
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    assert.equal(
      rows.find((r) => r.id === 'hostile/evil-model')?.name,
      'Evil <script>alert("name")</script> Model',
    );
  });

  test('defuses cells a spreadsheet would run as a formula', () => {
    const record = structuredClone(ctx.catalog.get('z-ai/glm-4-32b')!);
    record.name = '=HYPERLINK("http://evil.example")';
    record.author = '@cmd';
    const [row] = parse(modelsCsv([record]), { columns: true }) as Record<string, string>[];
    assert.equal(row!.name, `'=HYPERLINK("http://evil.example")`);
    assert.equal(row!.author, `'@cmd`);
    assert.equal(row!.input_usd_per_1m, '0.1');
  });

  test('a bad parameter is a 400', async () => {
    assert.equal((await app.request('/api/models.csv?ctx_min=lots')).status, 400);
  });
});

describe('GET /api/models/<id>', () => {
  test('returns the record with its history and raw source records', async () => {
    const { res, body } = await json('/api/models/anthropic/claude-3.5-sonnet');
    assert.equal(res.status, 200);
    assert.equal((body.model as { id: string }).id, 'anthropic/claude-3.5-sonnet');
    assert.deepEqual(
      (body.history as { inputPer1M: number }[]).map((p) => p.inputPer1M),
      [3, 6],
    );
    assert.equal((body.raw as unknown[]).length, 2);
    assert.equal(body.page, `${TEST_BASE_URL}/models/anthropic/claude-3.5-sonnet`);
  });
  test('handles ids with colons', async () => {
    assert.equal((await app.request('/api/models/lmarena:glm-4-plus')).status, 200);
    assert.equal((await app.request('/api/models/meta-llama/llama-3.1-8b-instruct%3Afree')).status, 200);
  });
  test('an unknown id is a 404 that suggests near ids', async () => {
    const res = await app.request('/api/models/z-ai/glm-4-23b');
    assert.equal(res.status, 404);
    const body = (await res.json()) as Problem;
    assert.match(body.error.message, /No model has the id "z-ai\/glm-4-23b"/);
    assert.match(body.error.details[0]!, /Did you mean: z-ai\/glm-4-32b/);
  });
});

describe('GET /api/changes', () => {
  test('lists every change, or one kind', async () => {
    const all = await json('/api/changes');
    assert.equal((all.body.changes as unknown[]).length, 6);
    const price = await json('/api/changes?kind=price');
    assert.deepEqual(
      (price.body.changes as { kind: string; pct: number }[]).map((c) => [c.kind, c.pct]),
      [
        ['price', 100],
        ['price', 100],
      ],
    );
  });
  test('filters by the snapshot the changes led into', async () => {
    const into = await json('/api/changes?snapshot=2&kind=rank');
    assert.equal(into.body.into, 2);
    assert.deepEqual(
      (into.body.changes as { modelId: string }[]).map((c) => c.modelId),
      ['anthropic/claude-3.5-sonnet'],
    );
    assert.equal((await app.request('/api/changes?snapshot=1')).status, 400);
  });

  test('an unknown kind is a 400', async () => {
    const res = await app.request('/api/changes?kind=everything');
    assert.equal(res.status, 400);
    assert.match(((await res.json()) as Problem).error.details[0]!, /must be one of added, removed, price/);
  });
  test('an unknown API path is a JSON 404', async () => {
    const res = await app.request('/api/nothing-here');
    assert.equal(res.status, 404);
    assert.match(((await res.json()) as Problem).error.message, /openapi\.json/);
  });
});

describe('GET /api/openapi.json', () => {
  test('is OpenAPI 3.1 and lists every API path and explorer parameter', async () => {
    const { res, body } = await json('/api/openapi.json');
    assert.equal(res.status, 200);
    assert.equal(body.openapi, '3.1.0');
    const paths = body.paths as Record<string, { get: { parameters?: { name: string }[] } }>;
    assert.deepEqual(Object.keys(paths).sort(), [
      '/api/changes',
      '/api/models',
      '/api/models.csv',
      '/api/models/{id}',
      '/api/openapi.json',
    ]);
    const names = paths['/api/models']!.get.parameters!.map((p) => p.name);
    assert.deepEqual(
      names,
      QUERY_PARAMS.map((p) => p.name),
    );
    const schemas = (body.components as { schemas: Record<string, { properties?: Record<string, unknown> }> })
      .schemas;
    assert.ok(schemas.ModelRecord?.properties?.pricing, 'the record schema describes pricing');
    assert.deepEqual((body.servers as { url: string }[])[0], { url: TEST_BASE_URL });
  });
});
