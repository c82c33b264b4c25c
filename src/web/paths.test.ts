import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { absoluteUrl, compareHref, decodeModelId, encodeModelId, modelPath, ogImagePath } from './paths.ts';

describe('model paths', () => {
  test('keep slashes and colons readable', () => {
    assert.equal(modelPath('z-ai/glm-4-32b'), '/models/z-ai/glm-4-32b');
    assert.equal(
      modelPath('meta-llama/llama-3.1-8b-instruct:free'),
      '/models/meta-llama/llama-3.1-8b-instruct:free',
    );
    assert.equal(modelPath('lmarena:glm-4-plus'), '/models/lmarena:glm-4-plus');
    assert.equal(ogImagePath('z-ai/glm-4-32b'), '/og/z-ai/glm-4-32b.png');
  });
  test('percent-encode characters that would end or change the path', () => {
    assert.equal(encodeModelId('a/b?c'), 'a/b%3Fc');
    assert.equal(encodeModelId('a/50%'), 'a/50%25');
    assert.equal(encodeModelId('a/b#c d'), 'a/b%23c%20d');
    assert.equal(encodeModelId('a/"><x>'), 'a/%22%3E%3Cx%3E');
  });
  test('decode back to the same id, and reject broken escapes', () => {
    for (const id of ['a/b?c', 'a/50%', 'x/y:free', 'lmarena:ü-model']) {
      assert.equal(decodeModelId(encodeModelId(id)), id);
    }
    assert.equal(decodeModelId('a/%E0%A4%A'), null);
  });
  test('compare links encode every id as a query value', () => {
    assert.equal(compareHref(['a/b', 'c/d:free']), '/compare?ids=a%2Fb,c%2Fd%3Afree');
  });
  test('absolute URLs join the base and the path with one slash', () => {
    assert.equal(absoluteUrl('https://atlas.example/', '/x'), 'https://atlas.example/x');
    assert.equal(absoluteUrl('https://atlas.example', 'x'), 'https://atlas.example/x');
  });
});
