import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  COLUMNS,
  DEFAULT_COLUMNS,
  DEFAULT_QUERY,
  defaultQuery,
  type ExplorerQuery,
  parseQuery,
  QUERY_PARAMS,
  queryString,
  serializeQuery,
  sortBy,
} from './query.ts';

function parse(text: string): ExplorerQuery {
  const result = parseQuery(new URLSearchParams(text));
  if (!result.ok) assert.fail(`expected "${text}" to parse, got: ${result.errors.join(' | ')}`);
  return result.query;
}

function errorsOf(text: string, strict = false): string[] {
  const result = parseQuery(new URLSearchParams(text), { strict });
  assert.equal(result.ok, false, `expected "${text}" to be rejected`);
  return result.ok ? [] : result.errors;
}

describe('parseQuery', () => {
  test('an empty query string gives the default query', () => {
    assert.deepEqual(parse(''), DEFAULT_QUERY);
    assert.equal(DEFAULT_QUERY.sort, 'rank');
    assert.equal(DEFAULT_QUERY.dir, 'asc');
    assert.equal(DEFAULT_QUERY.page, 1);
    assert.equal(DEFAULT_QUERY.per, 50);
  });

  test('reads every facet from its parameter', () => {
    const q = parse(
      'q=glm+4&source=openrouter_only&confidence=exact&author=z-ai&in=image&out=text&ctx_min=128k&ctx_max=1m' +
        '&in_min=0.05&in_max=1.5&out_min=0&out_max=10&free=1&score_min=1200&score_max=1400&rank_min=1&rank_max=20' +
        '&arena=vision&cat=coding&param=tools&open=1&license=MIT&added_after=2025-01-01&added_before=2025-12-31' +
        '&popular=10&ids=z-ai/glm-4-32b,lmarena:glm-4-plus&sort=input&dir=desc&cols=input&page=3&per=25',
    );
    assert.deepEqual(q, {
      q: 'glm 4',
      source: ['openrouter_only'],
      confidence: ['exact'],
      author: ['z-ai'],
      in: ['image'],
      out: ['text'],
      ctxMin: 128000,
      ctxMax: 1000000,
      inMin: 0.05,
      inMax: 1.5,
      outMin: 0,
      outMax: 10,
      free: true,
      scoreMin: 1200,
      scoreMax: 1400,
      rankMin: 1,
      rankMax: 20,
      arena: 'vision',
      cat: 'coding',
      param: ['tools'],
      open: true,
      license: ['MIT'],
      addedAfter: '2025-01-01',
      addedBefore: '2025-12-31',
      popular: 10,
      ids: ['z-ai/glm-4-32b', 'lmarena:glm-4-plus'],
      sort: 'input',
      dir: 'desc',
      cols: ['name', 'input'],
      page: 3,
      per: 25,
    });
  });

  test('ignores the blank fields a GET form submits', () => {
    assert.deepEqual(
      parse('q=&ctx_min=&in_max=&cat=&open=&added_after=&sort=&dir=&page=&per=&source='),
      DEFAULT_QUERY,
    );
  });

  test('takes lists as repeated parameters or comma-separated values, once each, in order', () => {
    const q = parse('source=arena_only&source=openrouter_only,arena_only&param=tools, reasoning&param=tools');
    assert.deepEqual(q.source, ['arena_only', 'openrouter_only']);
    assert.deepEqual(q.param, ['tools', 'reasoning']);
  });

  test('accepts names and ids as the sources write them, with tildes, spaces and parentheses', () => {
    const q = parse(
      'author=~anthropic&license=Llama 3.1 Community&ids=lmarena:gemini-2.5-flash-image-preview (nano-banana)',
    );
    assert.deepEqual(q.author, ['~anthropic']);
    assert.deepEqual(q.license, ['Llama 3.1 Community']);
    assert.deepEqual(q.ids, ['lmarena:gemini-2.5-flash-image-preview (nano-banana)']);
    assert.match(errorsOf('ids=a%22b')[0]!, /"a"b" of "ids" is not a model id\./);
  });

  test('reads open=0 as proprietary only and the overall category as no category', () => {
    assert.equal(parse('open=0').open, false);
    assert.equal(parse('open=no').open, false);
    assert.equal(parse('free=true').free, true);
    assert.equal(parse('cat=full').cat, null);
  });

  test('keeps chosen columns in table order and always shows the name', () => {
    assert.deepEqual(parse('cols=created,input').cols, ['name', 'input', 'created']);
  });

  test('defaults the direction to the sort column’s best-first direction', () => {
    assert.equal(parse('sort=score').dir, 'desc');
    assert.equal(parse('sort=input').dir, 'asc');
    assert.equal(parse('sort=context').dir, 'desc');
  });

  test('rejects a value that is not a number with a sentence naming the parameter', () => {
    const [error] = errorsOf('ctx_min=lots');
    assert.match(error!, /"ctx_min" must be a number, like 128000 or 128k; "lots" is not/);
    assert.match(errorsOf('in_max=1e3')[0]!, /"in_max" must be a number/);
    assert.match(errorsOf('score_min=NaN')[0]!, /"score_min" must be a number/);
  });

  test('rejects negative values', () => {
    assert.match(errorsOf('in_max=-1')[0]!, /"in_max" must not be negative/);
    assert.match(errorsOf('ctx_min=-5')[0]!, /"ctx_min" must not be negative/);
  });

  test('rejects fractions where only whole numbers make sense', () => {
    assert.match(errorsOf('ctx_min=1000.5')[0]!, /whole number/);
    assert.match(errorsOf('rank_max=2.5')[0]!, /whole number/);
    assert.match(errorsOf('page=1.5')[0]!, /whole number/);
    assert.match(errorsOf('rank_max=0')[0]!, /1 or more/);
    assert.match(errorsOf('page=0')[0]!, /"page" must be 1 or more/);
  });

  test('rejects every range whose minimum is above its maximum', () => {
    assert.match(errorsOf('ctx_min=200000&ctx_max=100000')[0]!, /context window .* is empty/);
    assert.match(errorsOf('in_min=5&in_max=1')[0]!, /input price .* is empty/);
    assert.match(errorsOf('out_min=5&out_max=1')[0]!, /output price .* is empty/);
    assert.match(errorsOf('score_min=1400&score_max=1200')[0]!, /arena score .* is empty/);
    assert.match(errorsOf('rank_min=10&rank_max=2')[0]!, /arena rank .* is empty/);
    assert.match(errorsOf('added_after=2025-06-01&added_before=2025-01-01')[0]!, /date range is empty/);
  });

  test('rejects an unknown sort column, listing the columns', () => {
    const [error] = errorsOf('sort=price');
    assert.match(error!, /sort column "price" does not exist; sort by one of name, id, author/);
    assert.match(errorsOf('dir=up')[0]!, /direction "up" must be asc or desc/);
  });

  test('rejects a single-value parameter given twice', () => {
    assert.match(errorsOf('sort=name&sort=input')[0]!, /"sort" was given 2 times; give it once/);
    assert.match(errorsOf('q=a&q=b')[0]!, /"q" was given 2 times/);
  });

  test('rejects values outside the allowed sets', () => {
    assert.match(
      errorsOf('source=huggingface')[0]!,
      /"huggingface" of "source" is not one of openrouter_only/,
    );
    assert.match(errorsOf('confidence=certain')[0]!, /is not one of exact, high, medium, low, unmatched/);
    assert.match(errorsOf('cols=price')[0]!, /"price" of "cols" is not one of/);
    assert.match(errorsOf('free=maybe')[0]!, /"free" must be 1 \(yes\) or 0 \(no\)/);
    assert.match(errorsOf('cat=%3Cscript%3E')[0]!, /not a category name/);
    assert.match(errorsOf('param=%3Cscript%3E')[0]!, /has characters a name never has/);
  });

  test('rejects impossible dates and other date formats', () => {
    assert.match(errorsOf('added_after=2025-02-30')[0]!, /YYYY-MM-DD/);
    assert.match(errorsOf('added_before=05/01/2025')[0]!, /YYYY-MM-DD/);
  });

  test('rejects absurdly long text and lists, and oversized pages', () => {
    assert.match(errorsOf(`q=${'a'.repeat(201)}`)[0]!, /"q" is longer than 200 characters/);
    assert.match(errorsOf(`author=${'a'.repeat(101)}`)[0]!, /longer than 100 characters/);
    const many = Array.from({ length: 51 }, (_, i) => `param=p${i}`).join('&');
    assert.match(errorsOf(many)[0]!, /"param" lists 51 values; give at most 50/);
    assert.match(errorsOf('per=501')[0]!, /at most 500 rows per page/);
    assert.match(errorsOf('page=100001')[0]!, /beyond any catalog/);
  });

  test('collects every problem, not just the first', () => {
    assert.equal(errorsOf('ctx_min=x&in_max=-1&sort=nope&dir=up').length, 4);
  });

  test('ignores unknown parameters unless asked to be strict', () => {
    assert.deepEqual(parse('utm_source=chat'), DEFAULT_QUERY);
    assert.match(
      errorsOf('serach=glm', true)[0]!,
      /"serach" is not one the explorer knows; known parameters are q,/,
    );
  });
});

describe('serializeQuery', () => {
  test('writes nothing for the default query', () => {
    assert.equal(serializeQuery(defaultQuery()).toString(), '');
    assert.equal(queryString(defaultQuery()), '');
  });

  test('omits defaults: the sort column’s own direction and the default columns in any order', () => {
    const q = parse(`sort=score&dir=desc&cols=${[...DEFAULT_COLUMNS].reverse().join(',')}`);
    assert.equal(serializeQuery(q).toString(), 'sort=score');
  });

  test('writes parameters in one fixed order whatever order they came in', () => {
    const a = serializeQuery(parse('per=25&sort=input&q=glm&in_max=1&source=arena_only')).toString();
    const b = serializeQuery(parse('source=arena_only&in_max=1&q=glm&sort=input&per=25')).toString();
    assert.equal(a, b);
    assert.equal(a, 'q=glm&source=arena_only&in_max=1&sort=input&per=25');
  });

  test('round-trips every facet through the URL unchanged', () => {
    const text =
      'q=glm&source=openrouter_only&source=arena_only&confidence=high&author=z-ai&in=image&out=text&ctx_min=8000' +
      '&ctx_max=2000000&in_min=0.01&in_max=2.5&out_min=0.1&out_max=15&free=1&score_min=1100.5&score_max=1500' +
      '&rank_min=2&rank_max=50&arena=image&cat=coding&param=tools&param=reasoning&open=0&license=MIT&added_after=2024-01-01' +
      '&added_before=2026-01-01&popular=20&ids=a/b&ids=lmarena:c&sort=created&dir=asc&cols=name&cols=license&page=2&per=10';
    const q = parse(text);
    assert.deepEqual(parse(serializeQuery(q).toString()), q);
    assert.deepEqual(parse(queryString(q).slice(1)), q);
  });

  test('gives a readable query string with slashes, colons and commas left as they are', () => {
    const q = { ...defaultQuery(), ids: ['z-ai/glm-4-32b', 'lmarena:glm-4-plus'], q: 'a b' };
    assert.equal(queryString(q), '?q=a+b&ids=z-ai/glm-4-32b&ids=lmarena:glm-4-plus');
  });

  test('sortBy flips the direction on the current column and starts a new column best-first', () => {
    const q = parse('sort=input&page=3');
    assert.deepEqual([sortBy(q, 'input').dir, sortBy(q, 'input').page], ['desc', 1]);
    assert.equal(sortBy(q, 'score').dir, 'desc');
    assert.equal(sortBy(q, 'score').sort, 'score');
  });
});

describe('COLUMNS and QUERY_PARAMS', () => {
  test('column ids are unique and the sort parameter documents exactly them', () => {
    const ids = COLUMNS.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length);
    const sort = QUERY_PARAMS.find((p) => p.name === 'sort');
    assert.deepEqual(sort && 'values' in sort ? [...sort.values] : [], ids);
  });

  test('every parameter the parser reads is documented once', () => {
    const names = QUERY_PARAMS.map((p) => p.name);
    assert.equal(new Set(names).size, names.length);
    const serialized = serializeQuery(
      parse(
        'q=x&source=arena_only&confidence=low&author=a&in=text&out=text&ctx_min=1&ctx_max=2&in_min=1&in_max=2&out_min=1' +
          '&out_max=2&free=1&score_min=1&score_max=2&rank_min=1&rank_max=2&arena=vision&cat=math&param=tools&open=1&license=MIT' +
          '&added_after=2025-01-01&added_before=2025-01-02&popular=5&ids=a&sort=name&dir=desc&cols=id&page=2&per=3',
      ),
    );
    assert.deepEqual(new Set(serialized.keys()), new Set(names));
  });
});
