import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isoDateFromUnix, modalitiesOf, parseModality, splitId, upstreamSlugOf } from './normalize.ts';

describe('splitting an OpenRouter id', () => {
  test('a plain id has an author, a slug and no variant', () => {
    assert.deepEqual(splitId('z-ai/glm-4-32b'), {
      baseId: 'z-ai/glm-4-32b',
      variant: null,
      author: 'z-ai',
      slug: 'glm-4-32b',
    });
  });

  test('every known variant suffix, and an unknown one, is split off', () => {
    for (const variant of ['free', 'beta', 'extended', 'thinking', 'exacto', 'nitro-2027']) {
      const parts = splitId(`anthropic/claude-3.7-sonnet:${variant}`);
      assert.ok(!('problem' in parts));
      assert.equal(parts.variant, variant);
      assert.equal(parts.baseId, 'anthropic/claude-3.7-sonnet');
      assert.equal(parts.slug, 'claude-3.7-sonnet');
    }
  });

  test('dots and dashes in the slug are kept as they are', () => {
    const parts = splitId('meta-llama/llama-3.1-405b-instruct');
    assert.ok(!('problem' in parts));
    assert.equal(parts.slug, 'llama-3.1-405b-instruct');
  });

  test('an id without an author, without a slug, with an empty variant or with spaces is refused', () => {
    for (const id of ['glm-4-32b', '/glm', 'z-ai/', 'z-ai/glm:', 'z-ai/glm 4']) {
      assert.ok('problem' in splitId(id), `${id} should be refused`);
    }
  });
});

describe('modalities', () => {
  test('the lists win when present', () => {
    assert.deepEqual(
      modalitiesOf({
        modality: 'text->text',
        input_modalities: ['text', 'file'],
        output_modalities: ['text'],
      }),
      { input: ['text', 'file'], output: ['text'] },
    );
  });

  test('the modality string is parsed when the lists are absent', () => {
    assert.deepEqual(parseModality('text+image+file->text'), {
      input: ['text', 'image', 'file'],
      output: ['text'],
    });
    assert.deepEqual(modalitiesOf({ modality: 'text+audio->text+audio' }), {
      input: ['text', 'audio'],
      output: ['text', 'audio'],
    });
  });

  test('nothing readable gives empty lists', () => {
    assert.deepEqual(parseModality('text'), { input: [], output: [] });
    assert.deepEqual(parseModality(null), { input: [], output: [] });
    assert.deepEqual(modalitiesOf(undefined), { input: [], output: [] });
  });
});

describe('small conversions', () => {
  test('unix seconds become the UTC date, even late in the day', () => {
    assert.equal(isoDateFromUnix(1753376617), '2025-07-24');
    assert.equal(isoDateFromUnix(1746575999), '2025-05-06'); // 23:59:59 UTC
    assert.equal(isoDateFromUnix(1746576000), '2025-05-07');
  });

  test('the upstream slug is the part of an endpoint name after " | "', () => {
    assert.equal(
      upstreamSlugOf('Google | google/gemini-2.5-pro-preview-03-25'),
      'google/gemini-2.5-pro-preview-03-25',
    );
    assert.equal(upstreamSlugOf('Google AI Studio'), null);
    assert.equal(upstreamSlugOf('Google | '), null);
  });
});
