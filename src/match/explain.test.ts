import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { explainMatch } from './explain.ts';
import { litellmNative, matchOne, orModel, pricing } from './fixtures.ts';

describe('explaining a match', () => {
  test('a link shows the decision, confidence, evidence, modes, bridges and rejected keys', () => {
    const model = orModel('anthropic/claude-3.5-sonnet', { created: '2024-10-22', pricing: pricing(3, 15) });
    const r = matchOne(
      model,
      ['claude-3-5-sonnet-20240620', 'claude-3-5-sonnet-20241022', 'claude-3-5-sonnet-20241022-thinking-32k'],
      { litellm: [litellmNative('claude-3-5-sonnet-20241022', 3, 15)] },
    );
    const text = explainMatch(r);
    const lines = text.split('\n');
    assert.equal(lines[0], 'anthropic/claude-3.5-sonnet → claude-3-5-sonnet-20241022');
    assert.match(lines[1]!, /^Confidence: high \(score 0\.\d\d\)$/);
    assert.ok(
      lines.includes('Modes of the same model on the arena: claude-3-5-sonnet-20241022-thinking-32k'),
    );
    assert.ok(lines.includes('Evidence:'));
    assert.ok(lines.some((l) => /^ {2}- the listing date 2024-10-22 is the snapshot's own date$/.test(l)));
    assert.ok(lines.includes('Bridges: LiteLLM claude-3-5-sonnet-20241022'));
    assert.ok(
      lines.some((l) => /^ {2}- claude-3-5-sonnet-20240620 \(score 0\.00\): .*names a later version/.test(l)),
    );
  });

  test('an unmatched id says so, and a reviewed override is shown with its reason and date', () => {
    const r = matchOne(
      orModel('openai/gpt-4-turbo-preview', { created: '2024-01-25' }),
      ['gpt-4-0125-preview'],
      {
        overrides: [
          {
            openrouterId: 'openai/gpt-4-turbo-preview',
            arenaKey: 'gpt-4-0125-preview',
            decision: 'same',
            reason: 'The vendor alias points at gpt-4-0125-preview.',
            reviewed: '2025-12-20',
          },
        ],
      },
    );
    const text = explainMatch(r);
    assert.match(text, /^openai\/gpt-4-turbo-preview → gpt-4-0125-preview\n/);
    assert.match(
      text,
      /\nReviewed override: openai\/gpt-4-turbo-preview is gpt-4-0125-preview — The vendor alias points at gpt-4-0125-preview\. \(reviewed 2025-12-20\)\n/,
    );
    assert.equal(text.match(/reviewed 2025-12-20/g)?.length, 1, 'the override is shown once');
    assert.match(text, /\n {2}- the algorithm alone: unmatched$/m);
    const alone = explainMatch(matchOne(orModel('openai/gpt-4-turbo-preview'), ['gpt-4-0125-preview']));
    assert.match(alone, /^openai\/gpt-4-turbo-preview → no arena key\nConfidence: unmatched \(score 0\.00\)/);
  });
});
