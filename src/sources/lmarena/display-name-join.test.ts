import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ArenaKeyEntry } from '../types.ts';
import { joinDisplayNames, slugOfDisplayName } from './display-name-join.ts';

function keyTable(...rows: [key: string, displayName: string][]): Map<string, ArenaKeyEntry> {
  return new Map(
    rows.map(([key, displayName]) => [
      key,
      {
        key,
        displayName,
        organization: null,
        license: null,
        knowledgeCutoff: null,
        link: null,
        mtBench: null,
        mmlu: null,
      },
    ]),
  );
}

describe('slugOfDisplayName', () => {
  test('lower-cases, keeps dots and turns other runs into one dash', () => {
    assert.equal(slugOfDisplayName('Claude 3.5 Sonnet (20241022)'), 'claude-3.5-sonnet-20241022');
    assert.equal(slugOfDisplayName('Meta-Llama-3.1-405B-Instruct-bf16'), 'meta-llama-3.1-405b-instruct-bf16');
    assert.equal(slugOfDisplayName('chocolate (Early Grok-3)'), 'chocolate-early-grok-3');
  });

  test('spells + as plus, so Command R+ and Command R stay apart', () => {
    assert.equal(slugOfDisplayName('Command R+ (08-2024)'), 'command-r-plus-08-2024');
    assert.equal(slugOfDisplayName('Command R (08-2024)'), 'command-r-08-2024');
  });

  test('drops accents and trims dashes and dots at the ends', () => {
    assert.equal(slugOfDisplayName('  Mistral Médium 3. '), 'mistral-medium-3');
    assert.equal(slugOfDisplayName('(晓)'), '');
  });
});

describe('joinDisplayNames', () => {
  test('joins an exact key-table display name to every key that has it (aliases)', () => {
    const table = keyTable(
      ['chatgpt-4o-latest', 'ChatGPT-4o-latest (2024-08-08)'],
      ['chatgpt-4o-latest-20240808', 'ChatGPT-4o-latest (2024-08-08)'],
    );
    const { byDisplayName } = joinDisplayNames(
      ['ChatGPT-4o-latest (2024-08-08)'],
      table,
      new Set(table.keys()),
      {
        synthesize: false,
      },
    );
    assert.deepEqual(byDisplayName.get('ChatGPT-4o-latest (2024-08-08)'), {
      keys: ['chatgpt-4o-latest', 'chatgpt-4o-latest-20240808'],
      rule: 'key-table',
    });
  });

  test('joins a display name that is a known key in other letters or punctuation', () => {
    const known = new Set(['gemini-2.5-pro', 'claude-opus-4-20250514']);
    const { byDisplayName, unjoined } = joinDisplayNames(
      ['Gemini-2.5-Pro', 'Claude Opus 4 (20250514)', 'Claude Opus 4 (thinking-16k)'],
      keyTable(),
      known,
      { synthesize: false },
    );
    assert.deepEqual(byDisplayName.get('Gemini-2.5-Pro'), { keys: ['gemini-2.5-pro'], rule: 'same-as-key' });
    assert.deepEqual(byDisplayName.get('Claude Opus 4 (20250514)'), {
      keys: ['claude-opus-4-20250514'],
      rule: 'same-as-key',
    });
    assert.deepEqual(unjoined, ['Claude Opus 4 (thinking-16k)']);
  });

  test('joins a display name that differs from a listed one only in letter case', () => {
    const table = keyTable(['gemma-2-27b', 'Gemma-2-27B-it']);
    const { byDisplayName } = joinDisplayNames(['Gemma-2-27b-it'], table, new Set(table.keys()), {
      synthesize: false,
    });
    assert.deepEqual(byDisplayName.get('Gemma-2-27b-it'), { keys: ['gemma-2-27b'], rule: 'same-as-listed' });
  });

  test('synthesizes a key from the slug only when asked', () => {
    const names = ['Claude 3.5 Sonnet (20241022)'];
    assert.deepEqual(joinDisplayNames(names, keyTable(), new Set(), { synthesize: false }).unjoined, names);
    const { byDisplayName } = joinDisplayNames(names, keyTable(), new Set(), { synthesize: true });
    assert.deepEqual(byDisplayName.get(names[0]!), {
      keys: ['claude-3.5-sonnet-20241022'],
      rule: 'synthesized',
    });
  });

  test('never gives a key already joined by display name to another row', () => {
    const table = keyTable(['gpt-4o-2024-05-13', 'GPT-4o (May)']);
    const { byDisplayName, conflicts } = joinDisplayNames(
      ['GPT-4o (May)', 'GPT-4o-2024-05-13'],
      table,
      new Set(table.keys()),
      { synthesize: true },
    );
    assert.equal(byDisplayName.get('GPT-4o-2024-05-13'), undefined);
    assert.match(conflicts.join(' '), /GPT-4o-2024-05-13: gpt-4o-2024-05-13 already joined/);
  });

  test('joins neither of two rows whose slugs coincide', () => {
    const { byDisplayName, conflicts } = joinDisplayNames(['Model X', 'model-x'], keyTable(), new Set(), {
      synthesize: true,
    });
    assert.equal(byDisplayName.size, 0);
    assert.equal(conflicts.length, 2);
  });

  test('does not join through a slug two known keys share', () => {
    const { unjoined } = joinDisplayNames(['Foo Bar'], keyTable(), new Set(['foo-bar', 'Foo_Bar']), {
      synthesize: true,
    });
    assert.deepEqual(unjoined, ['Foo Bar']);
  });
});
