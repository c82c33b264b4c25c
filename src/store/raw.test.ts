import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeArena, makeRecord } from './fixtures.ts';
import { rawKeys } from './raw.ts';

describe('rawKeys', () => {
  test('looks a matched model up by its OpenRouter id, arena key, display names and bridge ids', () => {
    const record = makeRecord({
      ids: {
        openrouter: 'z-ai/glm-4-32b',
        canonicalSlug: 'z-ai/glm-4-32b-0414',
        arena: 'glm-4-32b',
        huggingFace: 'THUDM/GLM-4-32B-0414',
        litellm: 'openrouter/z-ai/glm-4-32b',
        modelsDev: 'openrouter/z-ai/glm-4-32b',
      },
      arena: makeArena({ displayName: 'GLM-4-32B' }),
      // The same display name twice is looked up once.
      otherArenas: [makeArena({ arena: 'vision', displayName: 'GLM-4-32B' })],
    });
    assert.deepEqual(rawKeys(record), [
      { source: 'openrouter', recordId: 'z-ai/glm-4-32b' },
      { source: 'openrouter-endpoints', recordId: 'z-ai/glm-4-32b' },
      { source: 'lmarena-ratings', recordId: 'glm-4-32b' },
      { source: 'lmarena-keys', recordId: 'glm-4-32b' },
      { source: 'lmarena-prices', recordId: 'glm-4-32b' },
      { source: 'lmarena-leaderboard', recordId: 'GLM-4-32B' },
      { source: 'litellm', recordId: 'openrouter/z-ai/glm-4-32b' },
      { source: 'modelsdev', recordId: 'openrouter/z-ai/glm-4-32b' },
    ]);
  });

  test('an arena-only model has only arena keys, and no daily usage rows are attached', () => {
    const record = makeRecord({
      id: 'lmarena:glm-4-plus',
      sourceType: 'arena_only',
      ids: {
        openrouter: null,
        canonicalSlug: null,
        arena: 'glm-4-plus',
        huggingFace: null,
        litellm: null,
        modelsDev: null,
      },
      arena: makeArena({ displayName: null }),
    });
    assert.deepEqual(
      rawKeys(record).map((k) => k.source),
      ['lmarena-ratings', 'lmarena-keys', 'lmarena-prices'],
    );
    assert.equal(
      rawKeys(makeRecord()).some((k) => k.source === 'openrouter-usage'),
      false,
    );
  });
});
