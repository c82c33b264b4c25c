import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareHref, MAX_COMPARE, parseCompareQuery } from './compare-query.ts';
import { DEFAULT_WORKLOAD } from './cost.ts';

const parse = (text: string) => parseCompareQuery(new URLSearchParams(text));

describe('parseCompareQuery', () => {
  test('reads ids repeated or comma-separated, once each, and the default workload', () => {
    const result = parse('ids=a/b,c:d&ids=a/b&ids=e');
    assert.ok(result.ok);
    assert.deepEqual(result.query, { ids: ['a/b', 'c:d', 'e'], workload: DEFAULT_WORKLOAD });
  });

  test('reads token counts with K, M and B suffixes and thousands separators', () => {
    const result = parse('ids=a&in_tokens=2.5M&out_tokens=300,000&cache_pct=12.5');
    assert.ok(result.ok);
    assert.deepEqual(result.query.workload, {
      inputTokens: 2_500_000,
      outputTokens: 300_000,
      cachedPct: 12.5,
    });
  });

  test('accepts arena keys with spaces and parentheses', () => {
    const result = parse('ids=lmarena:gemini-2.5-flash-image-preview (nano-banana),openai/gpt-4o');
    assert.ok(result.ok);
    assert.deepEqual(result.query.ids, [
      'lmarena:gemini-2.5-flash-image-preview (nano-banana)',
      'openai/gpt-4o',
    ]);
    assert.equal(
      compareHref(result.query),
      '/compare?ids=lmarena:gemini-2.5-flash-image-preview%20(nano-banana),openai/gpt-4o',
    );
  });

  test('ignores the explorer filters a form sends along', () => {
    assert.ok(parse('ids=a&q=&sort=rank&in_max=1').ok);
  });

  test('keeps the first models beyond the limit and says so', () => {
    const ids = Array.from({ length: MAX_COMPARE + 2 }, (_, i) => `m/${i}`).join(',');
    const result = parse(`ids=${ids}`);
    assert.ok(result.ok);
    assert.equal(result.query.ids.length, MAX_COMPARE);
    assert.match(result.notes[0]!, /Only the first 12 of the 14 models are compared\./);
  });

  test('rejects bad workloads and ids with sentences', () => {
    const result = parse('ids=%3Cscript%3E&in_tokens=-5&out_tokens=x&cache_pct=101&cache_pct=2');
    assert.equal(result.ok, false);
    const errors = result.ok ? [] : result.errors;
    assert.ok(errors.some((e) => /"<script>" is not a model id\./.test(e)));
    assert.ok(errors.some((e) => /Input tokens per month must be a number/.test(e)));
    assert.ok(errors.some((e) => /Output tokens per month must be a number/.test(e)));
    assert.ok(errors.some((e) => /"cache_pct" was given 2 times/.test(e)));
    const share = parse('ids=a&cache_pct=101');
    assert.ok(!share.ok && /from 0 to 100/.test(share.errors[0]!));
  });
});

describe('compareHref', () => {
  test('writes readable ids and only the workload figures that differ from the default', () => {
    assert.equal(
      compareHref({ ids: ['z-ai/glm-4-32b', 'lmarena:glm-4-plus'], workload: DEFAULT_WORKLOAD }),
      '/compare?ids=z-ai/glm-4-32b,lmarena:glm-4-plus',
    );
    assert.equal(
      compareHref({ ids: ['a'], workload: { ...DEFAULT_WORKLOAD, cachedPct: 25 } }),
      '/compare?ids=a&cache_pct=25',
    );
    assert.equal(compareHref({ ids: [], workload: DEFAULT_WORKLOAD }), '/compare');
  });

  test('round-trips through parseCompareQuery', () => {
    const query = {
      ids: ['a+b/c', 'x:y', 'é/ü'],
      workload: { inputTokens: 5, outputTokens: 7, cachedPct: 33.33 },
    };
    const result = parseCompareQuery(new URL(`http://h${compareHref(query)}`).searchParams);
    assert.ok(result.ok);
    assert.deepEqual(result.query, query);
  });
});
