import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { arenaKey, matchAll, matchOne, orModel } from './fixtures.ts';
import { overridesFor, parseOverrides } from './overrides.ts';
import type { MatchOverride } from './types.ts';

const line = (o: object) => JSON.stringify(o);
const same: MatchOverride = {
  openrouterId: 'openai/gpt-4o',
  arenaKey: 'gpt-4o-2024-08-06',
  decision: 'same',
  reason: 'The vendor alias moved to 2024-08-06 on 2024-10-02.',
  reviewed: '2025-12-20',
};

describe('parsing the override file', () => {
  test('one decision per line; comments and blank lines are skipped', () => {
    const text = `# reviewed decisions\n\n${line({ ...same })}\n  # indented comment\n`;
    assert.deepEqual(parseOverrides(text), [same]);
  });

  test('every bad line is reported with its number, in one error', () => {
    const text = [
      line(same),
      '{not json',
      line({ ...same, openrouterId: 'gpt-4o', arenaKey: 'x' }),
      line({ ...same, arenaKey: 'y', decision: 'maybe' }),
      line({ ...same, arenaKey: 'z', reviewed: '2025-02-30' }),
      line({ ...same, arenaKey: 'w', reason: 'ok' }),
      line({ ...same, arenaKey: 'v', comment: 'typo field' }),
      line({ openrouterId: 'a/b' }),
    ].join('\n');
    assert.throws(
      () => parseOverrides(text),
      (err: Error) => {
        assert.match(err.message, /has 7 bad lines; fix them and run again/);
        assert.match(err.message, /line 2: not valid JSON/);
        assert.match(err.message, /line 3: "openrouterId" should look like "author\/slug"/);
        assert.match(err.message, /line 4: "decision" is "same" or "different", got "maybe"/);
        assert.match(
          err.message,
          /line 5: "reviewed" should be the review date as YYYY-MM-DD, got "2025-02-30"/,
        );
        assert.match(err.message, /line 6: "reason" should say why in a sentence/);
        assert.match(err.message, /line 7: has an unknown field "comment"/);
        assert.match(err.message, /line 8: needs "arenaKey" as a string/);
        return true;
      },
    );
  });

  test('a pair decided twice, or one id "same" as two keys, is an error naming the first line', () => {
    const twice = [line(same), line({ ...same, decision: 'different' })].join('\n');
    assert.throws(
      () => parseOverrides(twice),
      /line 2: openai\/gpt-4o and gpt-4o-2024-08-06 were already decided on line 1/,
    );
    const two = [line(same), line({ ...same, arenaKey: 'gpt-4o-2024-05-13' })].join('\n');
    assert.throws(
      () => parseOverrides(two),
      /line 2: openai\/gpt-4o is already "same" as another key on line 1/,
    );
  });

  test('an empty file is no decisions', () => {
    assert.deepEqual(parseOverrides(''), []);
  });

  test("the repository's reviewed file parses", () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const overrides = parseOverrides(readFileSync(resolve(here, 'overrides.jsonl'), 'utf8'));
    assert.ok(overrides.length > 0);
    for (const o of overrides)
      assert.ok(o.reason.length >= 30, `${o.openrouterId}: a reviewed reason is a sentence`);
  });

  test("a base id's decision covers its variants unless a variant has its own", () => {
    const own: MatchOverride = {
      ...same,
      openrouterId: 'openai/gpt-4o:extended',
      arenaKey: 'gpt-4o-2024-05-13',
    };
    assert.deepEqual(overridesFor([same], orModel('openai/gpt-4o:extended')), [same]);
    assert.deepEqual(overridesFor([same, own], orModel('openai/gpt-4o:extended')), [own]);
    assert.deepEqual(overridesFor([same], orModel('openai/gpt-4o-mini')), []);
    assert.deepEqual(overridesFor(null, orModel('openai/gpt-4o')), []);
  });
});

describe('applying overrides', () => {
  const keys = ['gpt-4o-2024-05-13', 'gpt-4o-2024-08-06', 'gpt-4o-mini-2024-07-18'];
  const gpt4o = orModel('openai/gpt-4o', { created: '2024-05-13' });

  test('"same" wins over the algorithm and says so in the evidence and the override field', () => {
    const r = matchOne(gpt4o, keys, { overrides: [same] });
    assert.equal(r.arenaKey, 'gpt-4o-2024-08-06');
    assert.equal(r.confidence, 'high');
    assert.deepEqual(r.override, {
      decision: 'same',
      arenaKey: 'gpt-4o-2024-08-06',
      reason: same.reason,
      reviewed: same.reviewed,
    });
    assert.match(r.evidence[0]!, /^reviewed override: same model as gpt-4o-2024-08-06/);
    assert.match(r.evidence[1]!, /^the algorithm alone: gpt-4o-2024-05-13/);
  });

  test('overrides: null runs the algorithm alone', () => {
    const r = matchOne(gpt4o, keys, { overrides: null });
    assert.equal(r.arenaKey, 'gpt-4o-2024-05-13');
    assert.equal(r.override, null);
  });

  test('"different" forbids a key and the algorithm decides without it', () => {
    const different: MatchOverride = { ...same, arenaKey: 'gpt-4o-2024-05-13', decision: 'different' };
    const r = matchOne(gpt4o, keys, { overrides: [different] });
    assert.equal(r.arenaKey, null);
    assert.equal(r.override?.decision, 'different');
    assert.match(r.evidence[0]!, /^reviewed override: not gpt-4o-2024-05-13/);
    assert.ok(
      r.alternatives.some(
        (a) => a.arenaKey === 'gpt-4o-2024-05-13' && /reviewed override/.test(a.whyRejected),
      ),
    );
  });

  test('"same" naming a key this snapshot does not rank leaves the algorithm\'s decision, with a note', () => {
    const r = matchAll(
      [gpt4o],
      [arenaKey('gpt-4o-2024-05-13'), arenaKey('gpt-4o-2024-08-06', { arenas: [] })],
      {
        overrides: [same],
      },
    ).get('openai/gpt-4o')!;
    assert.equal(r.arenaKey, 'gpt-4o-2024-05-13');
    assert.equal(r.override, null);
    assert.ok(r.evidence.some((e) => /does not rank; the algorithm's decision stands/.test(e)));
  });

  test('"same" lists the forced key\'s other modes as variants', () => {
    const o: MatchOverride = { ...same, openrouterId: 'acme/model', arenaKey: 'model-x-20250101' };
    const r = matchOne(orModel('acme/model'), ['model-x-20250101', 'model-x-20250101-thinking-32k'], {
      overrides: [o],
    });
    assert.equal(r.arenaKey, 'model-x-20250101');
    assert.deepEqual(r.variantKeys, ['model-x-20250101-thinking-32k']);
  });
});
