import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_COLUMNS, defaultQuery, parseQuery } from '../domain/query.ts';
import { controlValues } from './explorer-address.ts';

describe('the form controls of an explorer address', () => {
  test('the default view still shows its arena, columns and page size, and nothing else', () => {
    const values = controlValues(defaultQuery());
    assert.deepEqual(values.getAll('arena'), ['text']);
    assert.deepEqual(values.getAll('cols'), [...DEFAULT_COLUMNS]);
    assert.deepEqual(values.getAll('per'), ['50']);
    assert.deepEqual([...new Set(values.keys())].sort(), ['arena', 'cols', 'per']);
  });

  test('every filter of the address reaches the control of the same name', () => {
    const parsed = parseQuery(
      new URLSearchParams(
        'q=glm&source=openrouter_only&author=z-ai&author=meta-llama&in=image&ctx_min=128000&free=1&open=0&cat=coding&param=tools&cols=license&per=25',
      ),
    );
    assert.ok(parsed.ok);
    const values = controlValues(parsed.query);
    assert.deepEqual(values.getAll('q'), ['glm']);
    assert.deepEqual(values.getAll('author'), ['z-ai', 'meta-llama']);
    assert.deepEqual(values.getAll('ctx_min'), ['128000']);
    assert.deepEqual(values.getAll('free'), ['1']);
    assert.deepEqual(values.getAll('open'), ['0']);
    assert.deepEqual(values.getAll('cat'), ['coding']);
    assert.deepEqual(values.getAll('cols'), parsed.query.cols);
    assert.deepEqual(values.getAll('per'), ['25']);
  });

  test('the selection, sort and page are left to the results area and its hidden fields', () => {
    const parsed = parseQuery(new URLSearchParams('ids=openrouter/auto&sort=name&dir=desc&page=3'));
    assert.ok(parsed.ok);
    const values = controlValues(parsed.query);
    for (const name of ['ids', 'sort', 'dir', 'page']) assert.equal(values.has(name), false, name);
  });
});
