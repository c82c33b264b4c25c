import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { modelPath } from '../web/paths.ts';
import { modelHref, resetFiltersHref, resultsView } from './explorer-view.ts';
import { applyQuery, parseQuery, type QueryRecord } from './query.ts';

function row(id: string, contextLength: number): QueryRecord {
  return {
    id,
    name: id.toUpperCase(),
    author: null,
    sourceType: 'openrouter_only',
    match: { confidence: 'unmatched' },
    contextLength,
    maxCompletionTokens: null,
    modalities: { input: ['text'], output: ['text'] },
    supportedParameters: null,
    pricing: { state: 'priced', inputPer1M: 0.1, outputPer1M: 0.2 },
    arena: null,
    license: null,
    openWeights: null,
    created: null,
    usage: null,
  };
}

const RECORDS = Array.from({ length: 5 }, (_, i) => row(`lab/m${i}`, (i + 1) * 1000));

function viewOf(text: string) {
  const parsed = parseQuery(new URLSearchParams(text));
  assert.ok(parsed.ok);
  return resultsView(applyQuery(RECORDS, parsed.query), parsed.query);
}

describe('resultsView', () => {
  test('says which rows of how many are shown', () => {
    assert.equal(viewOf('per=2&page=2&sort=name').countText, 'Showing 3–4 of 5 models.');
    assert.equal(viewOf('').countText, 'Showing all 5 models.');
    assert.equal(
      viewOf('q=nothing').countText,
      'No models match these filters. Loosen a filter or reset them.',
    );
    assert.equal(viewOf('per=2&page=9').countText, 'Page 9 is past the end: 5 models match, on 3 pages.');
  });

  test('links the pages before and after, and none past the ends', () => {
    const middle = viewOf('per=2&page=2&sort=name').pager;
    assert.equal(middle.prev, '/?sort=name&per=2');
    assert.equal(middle.next, '/?sort=name&page=3&per=2');
    assert.equal(viewOf('per=2&page=3').pager.next, null);
    assert.equal(viewOf('per=2').pager.prev, null);
    assert.equal(viewOf('per=2&page=9').pager.prev, '/?page=3&per=2');
  });

  test('marks the sorted header and links the others best-first', () => {
    const headers = viewOf('sort=context').headers;
    const context = headers.find((h) => h.id === 'context')!;
    assert.equal(context.sort, 'descending');
    assert.equal(context.href, '/?sort=context&dir=asc');
    assert.equal(headers.find((h) => h.id === 'input')!.href, '/?sort=input');
  });

  test('checks selected rows and keeps selections from other pages', () => {
    const view = viewOf('ids=lab/m0,lab/m4&per=2&sort=name');
    assert.deepEqual(
      view.rows.map((r) => r.selected),
      [true, false],
    );
    assert.deepEqual(view.selectedElsewhere, ['lab/m4']);
    assert.equal(view.compareHref, '/compare?ids=lab/m0,lab/m4');
  });

  test('reset clears the filters but keeps sort, columns and selection', () => {
    const parsed = parseQuery(new URLSearchParams('q=x&in_max=1&sort=input&cols=license&ids=a'));
    assert.ok(parsed.ok);
    assert.equal(resetFiltersHref(parsed.query), '/?ids=a&sort=input&cols=name&cols=license');
  });
});

describe('modelHref', () => {
  test('writes the same path as the site’s model pages', () => {
    for (const id of [
      'z-ai/glm-4-32b',
      'lmarena:glm-4-plus',
      'meta-llama/llama-3.1-8b-instruct:free',
      'odd/na me?#',
    ])
      assert.equal(modelHref(id), modelPath(id));
  });
});
