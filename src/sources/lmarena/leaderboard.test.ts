import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PayloadError } from '../source.ts';
import { inputFor } from './fixtures/input.ts';
import { arenaLeaderboard, readIntervalDeltas } from './leaderboard.ts';

const text2024 = (scoreColumn: string) =>
  [
    `rank,model,${scoreColumn},95_pct_ci,votes,organization,license,knowledge_cutoff,url`,
    '1,GPT-4o-2024-05-13,1287,+3/-3,42046,OpenAI,Proprietary,2023/10,https://openai.com/index/hello-gpt-4o/',
    '2,Gemini-Advanced-0514,1267,+3/-4,34382,Google,Proprietary,Online,https://gemini.google.com/advanced',
    '2,Gemini-1.5-Pro-API-0514,1265,+4/-3,35184,Google,Proprietary,2023/11,https://deepmind.google/technologies/gemini/pro',
    '4,Yi-Large-preview,1240,+4/-4,15000,01 AI,Proprietary,Unknown,https://platform.01.ai/',
  ].join('\n');

const input = (date = '2024-06-19') =>
  inputFor('lmarena.leaderboard.csv', `lmarena/fboulnois_lmsys_text_${date}.csv`, { arena: 'text' }, date);

describe('arenaLeaderboard', () => {
  test('reads the 2024-06 layout (arena_elo) with absolute bounds from "+upper/-lower"', () => {
    const { records, rejections } = arenaLeaderboard.parse(text2024('arena_elo'), input());
    assert.deepEqual(rejections, []);
    const board = records[0]!;
    assert.deepEqual([board.arena, board.date, board.rows.length], ['text', '2024-06-19', 4]);
    const advanced = board.rows[1]!;
    assert.deepEqual(
      [advanced.displayName, advanced.score, advanced.ciLow, advanced.ciHigh, advanced.votes],
      ['Gemini-Advanced-0514', 1267, 1263, 1270, 34382],
    );
  });

  test('reads the 2024-09 layout (arena_score) the same way', () => {
    const a = arenaLeaderboard.parse(text2024('arena_elo'), input()).records[0]!.rows;
    const b = arenaLeaderboard.parse(text2024('arena_score'), input()).records[0]!.rows;
    assert.deepEqual(a, b);
  });

  test('computes rank (UB) from the bounds and keeps the upstream rank beside it', () => {
    const rows = arenaLeaderboard.parse(text2024('arena_elo'), input()).records[0]!.rows;
    // GPT-4o [1284,1290]; Advanced [1263,1270]; API-0514 [1262,1269]; Yi [1236,1244].
    assert.deepEqual(
      rows.map((r) => [r.displayName, r.rank, r.upstreamRank, r.upstreamRankStyleControl]),
      [
        ['GPT-4o-2024-05-13', 1, 1, null],
        ['Gemini-Advanced-0514', 2, 2, null],
        ['Gemini-1.5-Pro-API-0514', 2, 2, null],
        ['Yi-Large-preview', 4, 4, null],
      ],
    );
  });

  test('reads the layout with rank_stylectrl from 2024-12 on', () => {
    const text = [
      'rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url',
      '1,1,Gemini-Exp-1206,1373,+4/-5,16361,Google,Proprietary,Unknown,https://aistudio.google.com',
      '1,3,"Claude 3.5 Sonnet (20241022)",1366,+5/-4,10633,Anthropic,Proprietary,2024/4,https://www.anthropic.com',
    ].join('\n');
    const rows = arenaLeaderboard.parse(text, input('2024-12-31')).records[0]!.rows;
    assert.deepEqual(
      rows.map((r) => [r.displayName, r.upstreamRankStyleControl, r.knowledgeCutoff]),
      [
        ['Gemini-Exp-1206', 1, null],
        ['Claude 3.5 Sonnet (20241022)', 3, '2024-04'],
      ],
    );
  });

  test('reads knowledge cutoffs: 2023/10, Unknown, Online and empty', () => {
    const rows = arenaLeaderboard.parse(text2024('arena_elo'), input()).records[0]!.rows;
    assert.deepEqual(
      rows.map((r) => r.knowledgeCutoff),
      ['2023-10', 'Online', '2023-11', null],
    );
    const empty = [
      'rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url',
      '1,1,GLM-4.5,1434,+9/-9,4112,Z.ai,MIT,,https://z.ai/blog/glm-4.5',
    ].join('\n');
    assert.equal(
      arenaLeaderboard.parse(empty, input('2025-08-04')).records[0]!.rows[0]!.knowledgeCutoff,
      null,
    );
  });

  test('reads quoted display names and licenses that hold commas', () => {
    const text = [
      'rank,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url',
      '1,"Model, with comma",1300,+5/-5,100,"Org, Inc.","CC-BY-NC, 4.0",2024/1,https://example.com',
    ].join('\n');
    const row = arenaLeaderboard.parse(text, input()).records[0]!.rows[0]!;
    assert.deepEqual(
      [row.displayName, row.organization, row.license],
      ['Model, with comma', 'Org, Inc.', 'CC-BY-NC, 4.0'],
    );
  });

  test('notes an upstream rank column that is a plain position', () => {
    const text = [
      'rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url',
      '1,1,Gemini-2.5-Pro,1470,+5/-5,26019,Google,Proprietary,,',
      '2,2,Gemini-2.5-Pro-Preview-05-06,1446,+6/-6,13715,Google,Proprietary,,',
      '3,2,GLM-4.5,1434,+9/-9,4112,Z.ai,MIT,,',
    ].join('\n');
    const parsed = arenaLeaderboard.parse(text, input('2025-08-04'));
    assert.deepEqual(
      parsed.records[0]!.rows.map((r) => [r.rank, r.upstreamRank]),
      [
        [1, 1],
        [2, 2],
        [2, 3],
      ],
    );
    assert.match(parsed.notes.join(' '), /plain position/);
    assert.deepEqual(arenaLeaderboard.parse(text2024('arena_elo'), input()).notes, []);
  });

  test('keeps an identical repeated row once (its position may differ) and rejects a differing repeat', () => {
    const header =
      'rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url';
    const same = [
      header,
      '200,188,Yi-34B-Chat,1134,+6/-6,15917,01 AI,Yi License,2023/6,https://huggingface.co/01-ai/Yi-34B-Chat',
      '201,188,Yi-34B-Chat,1134,+6/-6,15917,01 AI,Yi License,2023/6,https://huggingface.co/01-ai/Yi-34B-Chat',
    ].join('\n');
    const parsed = arenaLeaderboard.parse(same, input('2025-08-04'));
    assert.equal(parsed.records[0]!.rows.length, 1);
    assert.deepEqual(parsed.rejections, []);
    assert.match(parsed.notes.join(' '), /identical repeated display name.*Yi-34B-Chat/);
    const differing = same.replace(/15917(?=[^\n]*$)/, '15999');
    const rejected = arenaLeaderboard.parse(differing, input('2025-08-04'));
    assert.equal(rejected.records[0]!.rows[0]!.votes, 15917);
    assert.deepEqual(
      rejected.rejections.map((r) => [r.recordId, r.field]),
      [['Yi-34B-Chat', 'votes']],
    );
  });

  test('rejects rows with a bad score, interval, votes or width, naming the field', () => {
    const text = [
      'rank,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url',
      '1,Good,1300,+5/-5,100,A,MIT,,',
      '2,No score,,+5/-5,100,A,MIT,,',
      '3,Text score,high,+5/-5,100,A,MIT,,',
      '4,Bad interval,1200,5/4,100,A,MIT,,',
      '5,Bad votes,1200,+5/-4,many,A,MIT,,',
      '6,Fractional votes,1200,+5/-4,10.5,A,MIT,,',
      '7,Too wide,1200,+5/-4,100,A,MIT,,,extra',
      ',,1200,+5/-4,100,A,MIT,,',
    ].join('\n');
    const { records, rejections } = arenaLeaderboard.parse(text, input());
    assert.deepEqual(
      records[0]!.rows.map((r) => r.displayName),
      ['Good'],
    );
    assert.deepEqual(
      rejections.map((r) => [r.recordId, r.field]),
      [
        ['No score', 'arena_score'],
        ['Text score', 'arena_score'],
        ['Bad interval', '95_pct_ci'],
        ['Bad votes', 'votes'],
        ['Fractional votes', 'votes'],
        ['Too wide', null],
        ['row 8', 'model'],
      ],
    );
    assert.ok(rejections.every((r) => r.source === 'lmarena-leaderboard'));
  });

  test('reads "+upper/-lower" deltas, decimals included', () => {
    assert.deepEqual(readIntervalDeltas('+5/-4'), { up: 5, down: 4 });
    assert.deepEqual(readIntervalDeltas(' +11.5 / -8 '), { up: 11.5, down: 8 });
    assert.equal(readIntervalDeltas('-4/+5'), null);
    assert.equal(readIntervalDeltas('±5'), null);
  });

  test('takes the arena of a live URL from its file name', () => {
    const live = (name: string) => inputFor('lmarena.leaderboard.csv', `https://example.com/csv/${name}`);
    assert.equal(
      arenaLeaderboard.parse(text2024('arena_score'), live('lmarena_vision.csv')).records[0]!.arena,
      'vision',
    );
    assert.equal(
      arenaLeaderboard.parse(text2024('arena_score'), live('lmsys.csv')).records[0]!.arena,
      'text',
    );
    assert.throws(() => arenaLeaderboard.parse(text2024('arena_score'), live('scores.csv')), /which arena/);
  });

  test('refuses a header without model and says which columns it found', () => {
    assert.throws(
      () => arenaLeaderboard.parse('key,Model,MT-bench (score)\ngpt-4,GPT-4,8.9', input()),
      (e: unknown) =>
        e instanceof PayloadError &&
        e.problem.includes('lacks `model`, `arena_score or arena_elo`, `95_pct_ci`') &&
        e.problem.includes('it has `key`, `Model`, `MT-bench (score)`'),
    );
  });

  for (const [what, text, problem] of [
    ['an empty payload', '', /empty/],
    ['a header without rows', 'rank,model,arena_score,95_pct_ci,votes\n', /header but no rows/],
    ['an HTML page', '\n  <!doctype html><title>Error</title>', /HTML page/],
  ] as const) {
    test(`refuses ${what} as a whole`, () => {
      assert.throws(
        () => arenaLeaderboard.parse(text, input()),
        (e: unknown) => e instanceof PayloadError && problem.test(e.problem),
      );
    });
  }
});
