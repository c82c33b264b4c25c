import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ArenaFacts } from '../domain/model.ts';
import { pricingFromPerTokenStrings } from '../domain/price.ts';
import type { ArenaCandidate, MatchResult } from '../match/types.ts';
import type { OpenRouterModel } from '../sources/types.ts';
import { makeArena } from '../store/fixtures.ts';
import { type ArenaLookup, buildRecords, type RecordInputs } from './build-records.ts';

function orModel(id: string, extra: Partial<OpenRouterModel> = {}): OpenRouterModel {
  const [author, slug] = id.split('/') as [string, string];
  return {
    id,
    baseId: id.split(':')[0]!,
    variant: id.includes(':') ? id.split(':')[1]! : null,
    author,
    slug,
    canonicalSlug: null,
    huggingFaceId: null,
    name: id,
    created: '2025-01-01',
    createdUnix: 1735689600,
    description: 'words',
    contextLength: 8192,
    maxCompletionTokens: null,
    topProviderContextLength: 8192,
    isModerated: false,
    modality: 'text->text',
    inputModalities: ['text'],
    outputModalities: ['text'],
    tokenizer: 'Other',
    instructType: null,
    pricing: pricingFromPerTokenStrings({ prompt: '0.000001', completion: '0.000002' }).pricing,
    supportedParameters: ['tools'],
    defaultParameters: null,
    expirationDate: null,
    knowledgeCutoff: null,
    ...extra,
  };
}

function lookup(facts: Record<string, ArenaFacts>, candidates: ArenaCandidate[]): ArenaLookup {
  return { candidates, facts: (key) => ({ arena: facts[key] ?? null, otherArenas: [] }) };
}

const candidate = (key: string, aliases?: string[]): ArenaCandidate => ({
  key,
  displayNames: [key],
  organization: null,
  arenas: ['text'],
  ...(aliases ? { aliases } : {}),
});

function inputs(over: Partial<RecordInputs>): RecordInputs {
  return {
    asOf: '2025-06-01',
    openrouter: { models: [], asOf: '2025-05-30' },
    endpoints: [],
    arena: lookup({}, []),
    arenaPrices: null,
    litellm: null,
    modelsDev: null,
    matches: [],
    usage: null,
    ...over,
  };
}

const matched = (openrouterId: string, arenaKey: string): MatchResult => ({
  openrouterId,
  arenaKey,
  variantKeys: [],
  confidence: 'exact',
  score: 1,
  evidence: ['same name'],
  alternatives: [],
  override: null,
  bridges: { litellm: null, modelsDev: null },
});

describe('assembling records', () => {
  test('a matched model carries the arena facts and the provenance of each arena figure', () => {
    const facts = { 'x-1': makeArena({ key: 'x-1', votes: 10, votesAsOf: '2025-05-01' }) };
    const [rec] = buildRecords(
      inputs({
        openrouter: { models: [orModel('lab/x-1')], asOf: '2025-05-30' },
        arena: lookup(facts, [candidate('x-1')]),
        matches: [matched('lab/x-1', 'x-1')],
      }),
    );
    assert.equal(rec!.sourceType, 'openrouter+arena');
    assert.equal(rec!.arena?.key, 'x-1');
    assert.deepEqual(rec!.provenance['arena.votes'], {
      source: 'lmarena-leaderboard',
      field: 'votes',
      asOf: '2025-05-01',
    });
    assert.equal(rec!.provenance.pricing?.asOf, '2025-05-30');
  });

  test('an arena key nobody matched gets an arena-only record under the lmarena: namespace', () => {
    const facts = { solo: makeArena({ key: 'solo', displayName: 'Solo Model', license: 'Apache 2.0' }) };
    const recs = buildRecords(inputs({ arena: lookup(facts, [candidate('solo')]) }));
    assert.equal(recs.length, 1);
    assert.equal(recs[0]!.id, 'lmarena:solo');
    assert.equal(recs[0]!.sourceType, 'arena_only');
    assert.equal(recs[0]!.name, 'Solo Model');
    assert.equal(recs[0]!.openWeights, true, 'an open license means open weights');
    assert.equal(recs[0]!.pricing.state, 'unknown');
  });

  test('a key listed in a table but ranked nowhere gets no record', () => {
    assert.equal(buildRecords(inputs({ arena: lookup({}, [candidate('ghost')]) })).length, 0);
  });

  test('two alias keys ranked by the same leaderboard row make one page that names the alias', () => {
    const same = makeArena({ key: 'chatgpt-4o-latest', scoreSource: 'leaderboard-csv' });
    const facts = {
      'chatgpt-4o-latest': same,
      'chatgpt-4o-latest-20240808': { ...same, key: 'chatgpt-4o-latest-20240808' },
    };
    const recs = buildRecords(
      inputs({
        arena: lookup(facts, [
          candidate('chatgpt-4o-latest', ['chatgpt-4o-latest-20240808']),
          candidate('chatgpt-4o-latest-20240808', ['chatgpt-4o-latest']),
        ]),
      }),
    );
    assert.deepEqual(
      recs.map((r) => r.id),
      ['lmarena:chatgpt-4o-latest'],
    );
    assert.match(recs[0]!.match.evidence.join(' '), /alias key chatgpt-4o-latest-20240808/);
  });

  test('alias keys with their own ratings keep their own pages', () => {
    const facts = {
      a: makeArena({ key: 'a', score: 1200 }),
      b: makeArena({ key: 'b', score: 1250 }),
    };
    const recs = buildRecords(
      inputs({ arena: lookup(facts, [candidate('a', ['b']), candidate('b', ['a'])]) }),
    );
    assert.equal(recs.length, 2);
  });

  test('an alias of a matched key with the same figures gets no arena-only page', () => {
    const same = makeArena({ key: 'k1', scoreSource: 'leaderboard-csv' });
    const recs = buildRecords(
      inputs({
        openrouter: { models: [orModel('lab/k1')], asOf: '2025-05-30' },
        arena: lookup({ k1: same, k2: { ...same, key: 'k2' } }, [
          candidate('k1', ['k2']),
          candidate('k2', ['k1']),
        ]),
        matches: [matched('lab/k1', 'k1')],
      }),
    );
    assert.deepEqual(
      recs.map((r) => r.id),
      ['lab/k1'],
    );
  });

  test('a proprietary arena license means closed weights, and a Hugging Face id means open ones', () => {
    const facts = { p: makeArena({ key: 'p', license: 'Proprietary' }) };
    const recs = buildRecords(
      inputs({
        openrouter: {
          models: [orModel('lab/p'), orModel('lab/hf', { huggingFaceId: 'lab/HF-Model' })],
          asOf: '2025-05-30',
        },
        arena: lookup(facts, [candidate('p')]),
        matches: [matched('lab/p', 'p')],
      }),
    );
    const byId = new Map(recs.map((r) => [r.id, r]));
    assert.equal(byId.get('lab/p')!.openWeights, false);
    assert.equal(byId.get('lab/hf')!.openWeights, true);
    assert.equal(byId.get('lab/hf')!.provenance.openWeights?.field, 'hugging_face_id');
  });
});
