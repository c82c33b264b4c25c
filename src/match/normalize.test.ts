import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeName, normalizeVersion } from './normalize.ts';

const seq = (name: string) => analyzeName(name).sequence;
const kinds = (name: string) => analyzeName(name).tokens.map((t) => `${t.kind}:${t.text}`);

describe('separators and spelling normalize away', () => {
  test('claude-3.5-sonnet and claude-3-5-sonnet are one spelling', () => {
    assert.equal(seq('claude-3.5-sonnet'), seq('claude-3-5-sonnet'));
  });

  test('qwen-2.5 and qwen2.5 are one spelling', () => {
    assert.equal(seq('qwen-2.5-72b-instruct'), seq('qwen2.5-72b-instruct'));
  });

  test('v1 and v1.0 are one version, and a leading vendor word goes', () => {
    assert.equal(seq('nova-pro-v1'), seq('amazon-nova-pro-v1.0'));
    assert.equal(normalizeVersion('v1.0'), '1');
    assert.equal(normalizeVersion('2.0'), '2');
    assert.equal(normalizeVersion('3.50'), '3.50');
  });

  test('case, underscores between digits and dots between words normalize', () => {
    assert.equal(seq('Llama-3_3-Nemotron-Super-49B-v1_5'), seq('llama-3.3-nemotron-super-49b-v1.5'));
    assert.deepEqual(
      analyzeName('internlm2_5-20b-chat').versions.map((v) => v.text),
      ['2.5'],
    );
  });

  test('reordered words share the same family words', () => {
    assert.deepEqual(
      analyzeName('llama-3.3-nemotron-super-49b-v1').core,
      analyzeName('llama-3.3-nemotron-49b-super-v1').core,
    );
  });

  test('a display name keeps its words after the vendor: Meta-Llama-3.1 is Llama 3.1', () => {
    assert.deepEqual(analyzeName('Meta-Llama-3.1-405B-Instruct-fp8').core, ['llama']);
  });
});

describe('dates are read however they are written', () => {
  const date = (name: string) => analyzeName(name).dates[0];
  test('20241022, 2024-10-22 and (2024-10-22) are the same day', () => {
    assert.deepEqual(date('claude-3-5-sonnet-20241022'), { y: 2024, m: 10, d: 22 });
    assert.deepEqual(date('gpt-4o-2024-10-22'), { y: 2024, m: 10, d: 22 });
    assert.deepEqual(date('Claude 3.5 Haiku (2024-10-22)'), { y: 2024, m: 10, d: 22 });
  });

  test('10-2024 and 09-2025 are a month and a year', () => {
    assert.deepEqual(date('command-r-10-2024'), { y: 2024, m: 10, d: null });
    assert.deepEqual(date('gemini-2.5-flash-preview-09-2025'), { y: 2025, m: 9, d: null });
  });

  test('03-25 is a month and a day; 0711 too; 2507 is a year and a month', () => {
    assert.deepEqual(date('gemini-2.5-pro-exp-03-25'), { y: null, m: 3, d: 25 });
    assert.deepEqual(date('Kimi K2 0711'), { y: null, m: 7, d: 11 });
    assert.deepEqual(date('qwen3-235b-a22b-thinking-2507'), { y: 2025, m: 7, d: null });
  });

  test('june-2024 is a month and a year', () => {
    assert.deepEqual(date('phi-3-mini-4k-instruct-june-2024'), { y: 2024, m: 6, d: null });
  });
});

describe('tokens are classified', () => {
  test('sizes: total, active, effective, mixture and experts', () => {
    const f = analyzeName('qwen3-235b-a22b');
    assert.deepEqual(f.sizes.size, ['235b']);
    assert.deepEqual(f.sizes.active, ['a22b']);
    assert.deepEqual(analyzeName('gemma-3n-e4b-it').sizes.effective, ['e4b']);
    assert.deepEqual(analyzeName('mixtral-8x7b-instruct').sizes.moe, ['8x7b']);
    assert.deepEqual(analyzeName('llama-4-maverick-17b-128e-instruct').sizes.experts, ['128e']);
  });

  test('names like 4o, o3, k2, r1 and 3n are family words, not versions', () => {
    assert.deepEqual(analyzeName('gpt-4o').core, ['4o', 'gpt']);
    assert.deepEqual(analyzeName('gemma-3n-e4b-it').core, ['3n', 'gemma']);
    assert.deepEqual(analyzeName('deepseek-r1').core, ['deepseek', 'r1']);
  });

  test('revisions 001 and 002 are revisions; preview, exp and beta are stages', () => {
    assert.deepEqual(analyzeName('gemini-1.5-flash-002').revisions, ['002']);
    assert.deepEqual(analyzeName('gemini-2.5-pro-exp-03-25').stages, ['exp']);
    assert.deepEqual(analyzeName('gemini-2.0-flash-thinking-experimental').stages, ['exp']);
  });

  test('instruct and it mark tuning; base marks a pretrained model', () => {
    assert.equal(analyzeName('gemma-3-27b-it').instruct, true);
    assert.equal(analyzeName('Llama 3.1 405B (base)').base, true);
    assert.equal(analyzeName('deepseek-v3-base').base, true);
  });

  test('a thinking word at the end is a mode, with its budget; in the middle it is a family word', () => {
    const a = analyzeName('claude-3-7-sonnet-20250219-thinking-32k');
    assert.equal(a.thinking, 'on');
    assert.deepEqual(a.contexts, []);
    assert.ok(kinds('claude-3-7-sonnet-20250219-thinking-32k').includes('budget:32k'));
    const b = analyzeName('qwen3-235b-a22b-thinking-2507');
    assert.equal(b.thinking, null);
    assert.ok(b.core.includes('thinking'));
  });

  test('no-thinking and non-reasoning turn thinking off; high is a reasoning effort; bf16 a precision', () => {
    assert.equal(analyzeName('qwen3-235b-a22b-no-thinking').thinking, 'off');
    assert.equal(analyzeName('grok-4-1-fast-non-reasoning').thinking, 'off');
    assert.equal(analyzeName('o3-mini-high').effort, 'high');
    assert.equal(analyzeName('llama-3.1-405b-instruct-bf16').precision, 'bf16');
  });

  test('a context length is its own token: 128k and 4k differ', () => {
    assert.deepEqual(analyzeName('phi-3-mini-128k-instruct').contexts, ['128k']);
    assert.deepEqual(analyzeName('phi-3-mini-4k-instruct').contexts, ['4k']);
  });

  test('words in parentheses are set aside: a nickname is not part of the name', () => {
    assert.deepEqual(
      analyzeName('gemini-2.5-flash-image-preview (nano-banana)').core,
      analyzeName('gemini-2.5-flash-image-preview').core,
    );
  });

  test('latest marks a moving alias', () => {
    assert.equal(analyzeName('chatgpt-4o-latest').latest, true);
  });
});
