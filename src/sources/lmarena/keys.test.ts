import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PayloadError } from '../source.ts';
import { inputFor } from './fixtures/input.ts';
import { arenaKeys } from './keys.ts';

const input = inputFor(
  'lmarena.keys.csv',
  'lmarena/hfspace_leaderboard_table_20250511.csv',
  {},
  '2025-05-11',
);
const HEADER = 'key,Model,MT-bench (score),MMLU,Knowledge cutoff date,License,Organization,Link';

describe('arenaKeys', () => {
  test('maps each key to its display name, organization, license and cutoff', () => {
    const text = [
      HEADER,
      'claude-3-5-sonnet-20241022,Claude 3.5 Sonnet (20241022),-,0.887,2024/4,Proprietary,Anthropic,https://www.anthropic.com/news/3-5-models-and-computer-use',
      'wizardlm-30b,WizardLM-30B,7.01,0.587,2023/6,Non-commercial,Microsoft,https://huggingface.co/WizardLM/WizardLM-30B-V1.0',
    ].join('\n');
    const { records, rejections, raw } = arenaKeys.parse(text, input);
    assert.deepEqual(rejections, []);
    assert.deepEqual(records[0], {
      key: 'claude-3-5-sonnet-20241022',
      displayName: 'Claude 3.5 Sonnet (20241022)',
      organization: 'Anthropic',
      license: 'Proprietary',
      knowledgeCutoff: '2024-04',
      link: 'https://www.anthropic.com/news/3-5-models-and-computer-use',
      mtBench: null,
      mmlu: 0.887,
    });
    assert.equal(records[1]!.mtBench, 7.01);
    assert.deepEqual(raw[1], {
      source: 'lmarena-keys',
      recordId: 'wizardlm-30b',
      raw: {
        key: 'wizardlm-30b',
        Model: 'WizardLM-30B',
        'MT-bench (score)': '7.01',
        MMLU: '0.587',
        'Knowledge cutoff date': '2023/6',
        License: 'Non-commercial',
        Organization: 'Microsoft',
        Link: 'https://huggingface.co/WizardLM/WizardLM-30B-V1.0',
      },
    });
  });

  test('reads `-` as missing and keeps `Online` as written', () => {
    const text = [HEADER, 'gemini-pro-dev-api,Gemini Pro (Dev API),-,-,Online,-,-,-'].join('\n');
    const [entry] = arenaKeys.parse(text, input).records;
    assert.deepEqual(
      [entry!.mtBench, entry!.mmlu, entry!.knowledgeCutoff, entry!.license, entry!.organization, entry!.link],
      [null, null, 'Online', null, null, null],
    );
  });

  test('keeps aliases: several keys sharing one display name', () => {
    const text = [
      HEADER,
      'chatgpt-4o-latest,ChatGPT-4o-latest (2024-08-08),-,-,2023/10,Proprietary,OpenAI,https://x.com',
      'chatgpt-4o-latest-20240808,ChatGPT-4o-latest (2024-08-08),-,-,2023/10,Proprietary,OpenAI,https://x.com',
    ].join('\n');
    const { records } = arenaKeys.parse(text, input);
    assert.deepEqual(
      records.map((r) => r.key),
      ['chatgpt-4o-latest', 'chatgpt-4o-latest-20240808'],
    );
  });

  test('keeps an identical repeated key once, with a note', () => {
    const row =
      'yi-34b-chat,Yi-34B-Chat,-,0.735,2023/6,Yi License,01 AI,https://huggingface.co/01-ai/Yi-34B-Chat';
    const { records, rejections, notes, raw } = arenaKeys.parse([HEADER, row, row].join('\n'), input);
    assert.equal(records.length, 1);
    assert.equal(raw.length, 1);
    assert.deepEqual(rejections, []);
    assert.match(notes.join(' '), /identical repeated key.*yi-34b-chat/);
  });

  test('keeps the first of a repeated key that disagrees, and rejects the repeat naming what differs', () => {
    const text = [
      HEADER,
      'yi-34b-chat,Yi-34B-Chat,-,0.735,2023/6,Yi License,01 AI,https://huggingface.co/01-ai/Yi-34B-Chat',
      'yi-34b-chat,Yi-34B-Chat,-,0.735,2023/6,Apache-2.0,01 AI,https://huggingface.co/01-ai/Yi-34B-Chat',
    ].join('\n');
    const { records, rejections } = arenaKeys.parse(text, input);
    assert.equal(records[0]!.license, 'Yi License');
    assert.equal(rejections.length, 1);
    assert.deepEqual([rejections[0]!.recordId, rejections[0]!.field], ['yi-34b-chat', 'License']);
    assert.match(rejections[0]!.reason, /row 2 repeats the key/);
  });

  test('reads quoted fields that hold commas', () => {
    const text = [
      HEADER,
      'qwen-max,"Qwen-Max, 0919",-,-,2024/9,"Apache 2.0, Qwen",Alibaba,https://qwen.ai',
    ].join('\n');
    const [entry] = arenaKeys.parse(text, input).records;
    assert.deepEqual([entry!.displayName, entry!.license], ['Qwen-Max, 0919', 'Apache 2.0, Qwen']);
  });

  test('rejects rows without a key or display name and rows of the wrong width', () => {
    const text = [
      HEADER,
      ',Nameless,-,-,-,-,-,-',
      'keyless-name,,-,-,-,-,-,-',
      'short-row,Short,-',
      'ok,OK,-,-,-,-,-,-',
    ].join('\n');
    const { records, rejections } = arenaKeys.parse(text, input);
    assert.deepEqual(
      records.map((r) => r.key),
      ['ok'],
    );
    assert.deepEqual(
      rejections.map((r) => [r.recordId, r.field]),
      [
        ['row 1', 'key'],
        ['keyless-name', 'Model'],
        ['short-row', null],
      ],
    );
    assert.match(rejections[2]!.reason, /3 fields where the header has 8/);
  });

  test('keeps a row whose MT-bench is not a number, leaving it empty with a note', () => {
    const text = [HEADER, 'odd,Odd,n/a,0.5,-,-,-,-'].join('\n');
    const { records, notes } = arenaKeys.parse(text, input);
    assert.equal(records[0]!.mtBench, null);
    assert.match(notes.join(' '), /odd: MT-bench \(score\) "n\/a" is not a number/);
  });

  test('refuses a table without the key column and names the columns it has', () => {
    assert.throws(
      () => arenaKeys.parse('rank,model,arena_score\n1,GPT-4o,1287', input),
      (e: unknown) =>
        e instanceof PayloadError &&
        e.problem.includes('lacks `key`, `Model`') &&
        e.problem.includes('it has `rank`, `model`, `arena_score`'),
    );
  });

  for (const [what, text, problem] of [
    ['an empty payload', '', /empty/],
    ['an HTML page', '<html><body>Not Found</body></html>', /HTML page/],
    ['JSON', '{"key": "x"}', /looks like JSON/],
    ['an unterminated quote', `${HEADER}\nx,"Broken,-,-,-,-,-,-`, /not readable CSV/],
  ] as const) {
    test(`refuses ${what} as a whole`, () => {
      assert.throws(
        () => arenaKeys.parse(text, input),
        (e: unknown) => e instanceof PayloadError && e.source === 'lmarena-keys' && problem.test(e.problem),
      );
    });
  }
});
