import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Label } from './labels.ts';
import { calibrationProblems, type Decision, type Judged, judge, pct, tally } from './metrics.ts';

const label = (arenaKey: string | null, alsoAccept: string[] = []): Label => ({
  asOf: '2025-12-18',
  openrouterId: 'a/b',
  arenaKey,
  alsoAccept,
  hard: false,
  reason: 'test label',
  line: 1,
});
const decision = (arenaKey: string | null, confidence: Decision['confidence'] = 'high'): Decision => ({
  openrouterId: 'a/b',
  arenaKey,
  confidence: arenaKey ? confidence : 'unmatched',
  score: arenaKey ? 0.9 : 0,
  evidence: [],
});
const judged = (l: Label, d: Decision): Judged => ({ label: l, decision: d, outcome: judge(l, d) });

describe('judging one decision against its label', () => {
  test('the labelled key is correct; a labelled mode of it is correct too', () => {
    assert.equal(judge(label('x'), decision('x')), 'correct');
    assert.equal(judge(label('x', ['x-thinking']), decision('x-thinking')), 'correct');
  });

  test('another key is wrong, whether the label has a key or none', () => {
    assert.equal(judge(label('x'), decision('y')), 'wrong');
    assert.equal(judge(label(null), decision('y')), 'wrong');
  });

  test('no key where the label has one is missed; none where none is right', () => {
    assert.equal(judge(label('x'), decision(null)), 'missed');
    assert.equal(judge(label(null), decision(null)), 'rightly-unmatched');
  });
});

describe('precision and recall', () => {
  const set = [
    judged(label('a'), decision('a', 'exact')),
    judged(label('b'), decision('b', 'high')),
    judged(label('c'), decision('z', 'high')),
    judged(label('d'), decision(null)),
    judged(label(null), decision('w', 'low')),
    judged(label(null), decision(null)),
  ];

  test('precision is correct links over links made; recall is correct links over keyed labels', () => {
    const t = tally(set);
    assert.deepEqual(t, { links: 4, correct: 2, positives: 4, precision: 0.5, recall: 0.5 });
  });

  test("per level, precision counts only that level's links and recall its share of all keyed labels", () => {
    assert.deepEqual(tally(set, 'high'), {
      links: 2,
      correct: 1,
      positives: 4,
      precision: 0.5,
      recall: 0.25,
    });
    assert.deepEqual(tally(set, ['exact', 'high']), {
      links: 3,
      correct: 2,
      positives: 4,
      precision: 2 / 3,
      recall: 0.5,
    });
    assert.equal(tally(set, 'medium').precision, null);
  });

  test('calibration fails when precision rises as confidence falls, and skips empty levels', () => {
    assert.deepEqual(calibrationProblems(set), []);
    const rising = [judged(label('a'), decision('z', 'high')), judged(label('b'), decision('b', 'low'))];
    assert.deepEqual(calibrationProblems(rising), ['precision rises from high (  0.0%) to low (100.0%)']);
  });

  test('percentages print with one decimal, n/a when undefined', () => {
    assert.equal(pct(0.997), ' 99.7%');
    assert.equal(pct(null), '   n/a');
  });
});
