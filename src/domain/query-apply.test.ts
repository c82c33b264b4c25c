import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyQuery, COLUMNS, type ExplorerQuery, parseQuery, type QueryRecord } from './query.ts';

function row(id: string, patch: Partial<QueryRecord> = {}): QueryRecord {
  return {
    id,
    name: id,
    author: id.includes('/') ? id.split('/')[0]! : null,
    sourceType: 'openrouter_only',
    match: { confidence: 'unmatched' },
    contextLength: null,
    maxCompletionTokens: null,
    modalities: { input: ['text'], output: ['text'] },
    supportedParameters: null,
    pricing: { state: 'unknown', inputPer1M: null, outputPer1M: null },
    arena: null,
    license: null,
    openWeights: null,
    created: null,
    usage: null,
    ...patch,
  };
}

function arena(
  rank: number,
  score: number,
  categories: Record<string, { rank: number; score: number }> = {},
  name = 'text',
) {
  return { arena: name, key: 'k', displayName: null, rank, of: 200, score, votes: 1000, categories };
}

const RECORDS: QueryRecord[] = [
  row('z-ai/glm-4-32b', {
    name: 'Z.ai: GLM 4 32B',
    author: 'z-ai',
    contextLength: 128000,
    supportedParameters: ['tools', 'tool_choice', 'temperature'],
    pricing: { state: 'priced', inputPer1M: 0.1, outputPer1M: 0.1 },
    created: '2025-07-24',
  }),
  row('meta-llama/llama-3.1-8b-instruct:free', {
    name: 'Meta: Llama 3.1 8B Instruct (free)',
    contextLength: 131072,
    pricing: { state: 'free', inputPer1M: 0, outputPer1M: 0 },
    openWeights: true,
    license: 'Llama 3.1 Community',
    created: '2024-07-23',
    supportedParameters: ['temperature'],
  }),
  row('openrouter/auto', {
    name: 'Auto Router',
    contextLength: 2000000,
    pricing: { state: 'variable', inputPer1M: null, outputPer1M: null },
    modalities: { input: ['text', 'image'], output: ['text'] },
    created: '2023-11-08',
  }),
  row('openai/gpt-4o-2024-08-06', {
    name: 'OpenAI: GPT-4o (2024-08-06)',
    sourceType: 'openrouter+arena',
    match: { confidence: 'exact' },
    contextLength: 128000,
    modalities: { input: ['text', 'image', 'file'], output: ['text'] },
    supportedParameters: ['tools', 'structured_outputs', 'temperature'],
    pricing: { state: 'priced', inputPer1M: 2.5, outputPer1M: 10 },
    arena: arena(12, 1283.5, { coding: { rank: 20, score: 1290 } }),
    license: 'Proprietary',
    openWeights: false,
    created: '2024-08-06',
  }),
  row('anthropic/claude-3.5-sonnet', {
    name: 'Anthropic: Claude 3.5 Sonnet',
    sourceType: 'openrouter+arena',
    match: { confidence: 'high' },
    contextLength: 200000,
    modalities: { input: ['text', 'image'], output: ['text'] },
    supportedParameters: ['tools', 'temperature'],
    pricing: { state: 'priced', inputPer1M: 3, outputPer1M: 15 },
    arena: arena(12, 1290, { coding: { rank: 5, score: 1330 } }),
    otherArenas: [arena(3, 1210, { ocr: { rank: 2, score: 1190 } }, 'vision')],
    license: 'proprietary',
    openWeights: false,
    created: '2024-06-20',
  }),
  row('lmarena:glm-4-plus', {
    name: 'GLM-4-Plus',
    author: 'Zhipu',
    sourceType: 'arena_only',
    arena: { ...arena(40, 1200), key: 'glm-4-plus', displayName: 'GLM-4-Plus' },
    modalities: { input: [], output: [] },
  }),
  row('acme/half-priced', {
    name: 'Acme: Half priced',
    pricing: { state: 'priced', inputPer1M: 0.5, outputPer1M: null },
    contextLength: 0,
  }),
];

/** An image-generation model ranked only in the image arena: its rank 1 is not a text rank. */
const PAINTER = row('lmarena:painter', {
  name: 'Painter',
  sourceType: 'arena_only',
  arena: arena(1, 1150, {}, 'image'),
  modalities: { input: ['text'], output: ['image'] },
});

function run(text: string, records: readonly QueryRecord[] = RECORDS) {
  const parsed = parseQuery(new URLSearchParams(text));
  if (!parsed.ok) assert.fail(parsed.errors.join(' | '));
  return applyQuery(records, parsed.query);
}

const ids = (text: string) => run(text).rows.map((r) => r.id);
const idSet = (text: string) => new Set(ids(text));

describe('applyQuery filters', () => {
  test('text search needs every word, ignores case and punctuation, and reads arena names', () => {
    assert.deepEqual(ids('q=GLM 4'), ['lmarena:glm-4-plus', 'z-ai/glm-4-32b']);
    assert.deepEqual(ids('q=glm4 32b'), ['z-ai/glm-4-32b']);
    assert.deepEqual(ids('q=gpt-4o 2024'), ['openai/gpt-4o-2024-08-06']);
    assert.deepEqual(ids('q=glm sonnet'), []);
  });

  test('filters by source type and match confidence (any of the listed values)', () => {
    assert.deepEqual(ids('source=arena_only'), ['lmarena:glm-4-plus']);
    assert.deepEqual(
      idSet('confidence=exact&confidence=high'),
      new Set(['openai/gpt-4o-2024-08-06', 'anthropic/claude-3.5-sonnet']),
    );
  });

  test('matches authors ignoring case and punctuation', () => {
    assert.deepEqual(ids('author=Z.ai'), ['z-ai/glm-4-32b']);
    assert.deepEqual(ids('author=~z-ai'), ['z-ai/glm-4-32b']);
    assert.deepEqual(
      idSet('author=zhipu,anthropic'),
      new Set(['lmarena:glm-4-plus', 'anthropic/claude-3.5-sonnet']),
    );
  });

  test('requires every listed input and output modality', () => {
    assert.deepEqual(
      idSet('in=image'),
      new Set(['openrouter/auto', 'openai/gpt-4o-2024-08-06', 'anthropic/claude-3.5-sonnet']),
    );
    assert.deepEqual(ids('in=image&in=file'), ['openai/gpt-4o-2024-08-06']);
    assert.equal(ids('out=text').includes('lmarena:glm-4-plus'), false);
  });

  test('bounds the context window inclusively and drops unknown or zero windows', () => {
    assert.deepEqual(
      idSet('ctx_min=128k&ctx_max=131072'),
      new Set(['z-ai/glm-4-32b', 'meta-llama/llama-3.1-8b-instruct:free', 'openai/gpt-4o-2024-08-06']),
    );
    assert.equal(ids('ctx_max=10m').includes('acme/half-priced'), false);
  });

  test('price bounds count free as 0 and never let variable or unknown prices through', () => {
    assert.deepEqual(
      idSet('in_max=0.5'),
      new Set(['z-ai/glm-4-32b', 'meta-llama/llama-3.1-8b-instruct:free', 'acme/half-priced']),
    );
    assert.deepEqual(
      idSet('in_min=2.5&in_max=3'),
      new Set(['openai/gpt-4o-2024-08-06', 'anthropic/claude-3.5-sonnet']),
    );
    assert.deepEqual(
      idSet('out_max=0.1'),
      new Set(['z-ai/glm-4-32b', 'meta-llama/llama-3.1-8b-instruct:free']),
    );
    assert.equal(ids('in_max=1000').includes('openrouter/auto'), false);
  });

  test('free only keeps models free on both sides', () => {
    assert.deepEqual(ids('free=1'), ['meta-llama/llama-3.1-8b-instruct:free']);
  });

  test('score and rank bounds use overall figures and drop unranked models', () => {
    assert.deepEqual(
      idSet('score_min=1250'),
      new Set(['openai/gpt-4o-2024-08-06', 'anthropic/claude-3.5-sonnet']),
    );
    assert.deepEqual(ids('rank_min=13'), ['lmarena:glm-4-plus']);
    assert.deepEqual(ids('score_max=1285'), ['openai/gpt-4o-2024-08-06', 'lmarena:glm-4-plus']);
  });

  test('a category keeps only models ranked in it and moves score and rank to it', () => {
    assert.deepEqual(ids('cat=coding'), ['anthropic/claude-3.5-sonnet', 'openai/gpt-4o-2024-08-06']);
    assert.deepEqual(ids('cat=coding&rank_max=10'), ['anthropic/claude-3.5-sonnet']);
    assert.deepEqual(ids('cat=math'), []);
  });

  test('requires every listed supported parameter and drops models that list none', () => {
    assert.deepEqual(ids('param=tools&param=structured_outputs'), ['openai/gpt-4o-2024-08-06']);
    assert.equal(ids('param=temperature').includes('openrouter/auto'), false);
  });

  test('filters open weights, proprietary and licenses (case ignored)', () => {
    assert.deepEqual(ids('open=1'), ['meta-llama/llama-3.1-8b-instruct:free']);
    assert.deepEqual(idSet('open=0'), new Set(['openai/gpt-4o-2024-08-06', 'anthropic/claude-3.5-sonnet']));
    assert.deepEqual(
      idSet('license=PROPRIETARY'),
      new Set(['openai/gpt-4o-2024-08-06', 'anthropic/claude-3.5-sonnet']),
    );
  });

  test('bounds the date added inclusively and drops undated models', () => {
    assert.deepEqual(
      idSet('added_after=2024-07-23&added_before=2024-08-06'),
      new Set(['meta-llama/llama-3.1-8b-instruct:free', 'openai/gpt-4o-2024-08-06']),
    );
    assert.equal(ids('added_before=2030-01-01').includes('lmarena:glm-4-plus'), false);
  });

  test('combines facets with AND', () => {
    assert.deepEqual(ids('in=image&param=tools&in_max=3&ctx_min=150000'), ['anthropic/claude-3.5-sonnet']);
  });
});

describe('applyQuery sorting', () => {
  test('sorts prices ascending with free first and variable or unknown last, never as 0', () => {
    assert.deepEqual(ids('sort=input'), [
      'meta-llama/llama-3.1-8b-instruct:free',
      'z-ai/glm-4-32b',
      'acme/half-priced',
      'openai/gpt-4o-2024-08-06',
      'anthropic/claude-3.5-sonnet',
      'openrouter/auto',
      'lmarena:glm-4-plus',
    ]);
  });

  test('keeps rows without a value last when sorting descending too', () => {
    const order = ids('sort=input&dir=desc');
    assert.deepEqual(order.slice(0, 2), ['anthropic/claude-3.5-sonnet', 'openai/gpt-4o-2024-08-06']);
    assert.deepEqual(order.slice(-2), ['openrouter/auto', 'lmarena:glm-4-plus']);
  });

  test('breaks rank ties by the higher score, then sorts unranked models by name', () => {
    assert.deepEqual(ids('').slice(0, 3), [
      'anthropic/claude-3.5-sonnet',
      'openai/gpt-4o-2024-08-06',
      'lmarena:glm-4-plus',
    ]);
    assert.equal(ids('')[3], 'acme/half-priced');
  });

  test('breaks ties by name then id whatever the input order', () => {
    const twins = [row('b/x', { name: 'Same' }), row('a/x', { name: 'Same' }), row('c/x', { name: 'Other' })];
    assert.deepEqual(
      run('sort=context', twins).rows.map((r) => r.id),
      ['c/x', 'a/x', 'b/x'],
    );
    assert.deepEqual(
      run('sort=context', [...twins].reverse()).rows.map((r) => r.id),
      ['c/x', 'a/x', 'b/x'],
    );
  });

  test('sorts confidence from exact to unmatched and text columns alphabetically', () => {
    assert.deepEqual(ids('sort=confidence').slice(0, 2), [
      'openai/gpt-4o-2024-08-06',
      'anthropic/claude-3.5-sonnet',
    ]);
    assert.equal(ids('sort=name')[0], 'acme/half-priced');
    assert.equal(ids('sort=name&dir=desc')[0], 'z-ai/glm-4-32b');
  });

  test('sorts by a category’s score when one is chosen', () => {
    assert.deepEqual(ids('cat=coding&sort=score'), [
      'anthropic/claude-3.5-sonnet',
      'openai/gpt-4o-2024-08-06',
    ]);
  });

  test('sorts on every column without throwing', () => {
    for (const column of COLUMNS) {
      for (const dir of ['asc', 'desc'])
        assert.equal(run(`sort=${column.id}&dir=${dir}`).total, RECORDS.length);
    }
  });

  test('does not reorder the records it was given', () => {
    const before = RECORDS.map((r) => r.id);
    run('sort=name&dir=desc');
    assert.deepEqual(
      RECORDS.map((r) => r.id),
      before,
    );
  });
});

describe('applyQuery arenas', () => {
  const WITH_PAINTER = [...RECORDS, PAINTER];
  const names = (text: string) => run(text, WITH_PAINTER).rows.map((r) => r.id);

  test('ranks and scores come from the text arena unless another is chosen', () => {
    assert.deepEqual(names('').slice(0, 3), [
      'anthropic/claude-3.5-sonnet',
      'openai/gpt-4o-2024-08-06',
      'lmarena:glm-4-plus',
    ]);
    assert.equal(names('').includes('lmarena:painter'), true, 'unranked in text, still listed');
    assert.deepEqual(names('rank_max=5'), []);
  });

  test('another arena keeps only models ranked there and uses its figures, from the main or other arenas', () => {
    assert.deepEqual(names('arena=image'), ['lmarena:painter']);
    assert.deepEqual(names('arena=vision'), ['anthropic/claude-3.5-sonnet']);
    assert.deepEqual(names('arena=vision&cat=ocr&rank_max=2'), ['anthropic/claude-3.5-sonnet']);
    assert.deepEqual(names('arena=vision&cat=coding'), []);
    const scope = { arena: 'vision', cat: null };
    const claude = RECORDS.find((r) => r.id === 'anthropic/claude-3.5-sonnet')!;
    assert.equal(COLUMNS.find((c) => c.id === 'rank')!.text(claude, scope), '#3');
    assert.equal(COLUMNS.find((c) => c.id === 'score')!.text(claude, scope), '1,210');
  });
});

describe('applyQuery paging', () => {
  test('returns the requested page with the total and the number of pages', () => {
    const page2 = run('sort=name&per=3&page=2');
    assert.equal(page2.total, 7);
    assert.equal(page2.pages, 3);
    assert.deepEqual(
      page2.rows.map((r) => r.id),
      ids('sort=name').slice(3, 6),
    );
    assert.equal(run('sort=name&per=3&page=3').rows.length, 1);
  });

  test('gives an empty page past the end and still reports the total', () => {
    const result = run('per=3&page=9');
    assert.deepEqual([result.rows.length, result.total, result.pages], [0, 7, 3]);
  });

  test('returns every row when asked not to page', () => {
    const parsed = parseQuery(new URLSearchParams('per=2'));
    assert.ok(parsed.ok);
    const query: ExplorerQuery = parsed.query;
    assert.equal(applyQuery(RECORDS, query, { paged: false }).rows.length, 7);
  });
});

describe('column cells', () => {
  test('format prices, context and ranks through the shared formatting module', () => {
    const text = (id: string, column: string) =>
      COLUMNS.find((c) => c.id === column)!.text(RECORDS.find((r) => r.id === id)!, {
        arena: 'text',
        cat: null,
      });
    assert.equal(text('z-ai/glm-4-32b', 'input'), '$0.10');
    assert.equal(text('meta-llama/llama-3.1-8b-instruct:free', 'output'), 'Free');
    assert.equal(text('openrouter/auto', 'input'), 'Variable');
    assert.equal(text('lmarena:glm-4-plus', 'input'), 'Unknown');
    assert.equal(text('acme/half-priced', 'blended'), 'Unknown');
    assert.equal(text('openai/gpt-4o-2024-08-06', 'blended'), '$4.375');
    assert.equal(text('z-ai/glm-4-32b', 'context'), '128K');
    assert.equal(text('openai/gpt-4o-2024-08-06', 'rank'), '#12');
    assert.equal(text('z-ai/glm-4-32b', 'rank'), '—');
    assert.equal(text('meta-llama/llama-3.1-8b-instruct:free', 'open'), 'Open');
    assert.equal(text('openai/gpt-4o-2024-08-06', 'modalities'), 'text+image+file → text');
  });
});
