import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseLabels } from './labels.ts';

describe('reading the label file', () => {
  test('a line gives the date, id, key or none, other accepted modes, the hard flag and the reason', () => {
    const text = [
      '# comment',
      '2025-12-18\tanthropic/claude-3.7-sonnet:thinking\tclaude-3-7-sonnet-20250219-thinking-32k\t+claude-3-7-sonnet-20250219;H\tthinking variant',
      '2025-12-18\tz-ai/glm-4-32b\t-\tH\tnot glm-4-plus',
      '',
    ].join('\n');
    const [a, b] = parseLabels(text);
    assert.deepEqual(a, {
      asOf: '2025-12-18',
      openrouterId: 'anthropic/claude-3.7-sonnet:thinking',
      arenaKey: 'claude-3-7-sonnet-20250219-thinking-32k',
      alsoAccept: ['claude-3-7-sonnet-20250219'],
      hard: true,
      reason: 'thinking variant',
      line: 2,
    });
    assert.equal(b!.arenaKey, null);
    assert.deepEqual(b!.alsoAccept, []);
  });

  test('keys with spaces (image nicknames) are kept whole', () => {
    const [l] = parseLabels(
      '2025-12-18\tgoogle/x\tgemini-2.5-flash-image-preview (nano-banana)\t\timage arena key',
    );
    assert.equal(l!.arenaKey, 'gemini-2.5-flash-image-preview (nano-banana)');
  });

  test('bad lines are all reported with their numbers', () => {
    const text = [
      '2025-12-18\ta/b\tk\t\treason here',
      '2025-12-18\ta/b\tk\t\tlabelled twice',
      'yesterday\ta/c\tk\t\treason here',
      '2025-12-18\tnot-an-id\tk\t\treason here',
      '2025-12-18\ta/d\t\t\treason here',
      '2025-12-18\ta/e\tk\tX\treason here',
      '2025-12-18\ta/f\tk',
    ].join('\n');
    assert.throws(
      () => parseLabels(text),
      (err: Error) => {
        assert.match(err.message, /line 2: a\/b is already labelled for 2025-12-18 on line 1/);
        assert.match(err.message, /line 3: asOf "yesterday" is not a YYYY-MM-DD date/);
        assert.match(err.message, /line 4: "not-an-id" is not an OpenRouter id/);
        assert.match(err.message, /line 5: the arena key column is empty; write "-" for none/);
        assert.match(err.message, /line 6: unknown flag X/);
        assert.match(err.message, /line 7: expected 5 tab-separated columns/);
        return true;
      },
    );
  });
});
