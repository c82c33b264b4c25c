import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { liveFetchSettings, liveSourceConfig } from '../../src/cli/config.ts';

describe('the live fetch settings from the environment', () => {
  test('unset settings are left out, so the fetch layer keeps its defaults', () => {
    assert.deepEqual(liveFetchSettings({}), {});
    assert.deepEqual(liveFetchSettings({ ATLAS_FETCH_RETRIES: '  ' }), {});
    assert.deepEqual(liveSourceConfig({}).fetch, {});
  });

  test('each setting is read as a whole number', () => {
    assert.deepEqual(
      liveFetchSettings({
        ATLAS_FETCH_TIMEOUT_MS: '1500',
        ATLAS_FETCH_RETRIES: '0',
        ATLAS_FETCH_BACKOFF_MS: '0',
      }),
      { timeoutMs: 1500, retries: 0, backoffMs: 0 },
    );
    assert.deepEqual(liveSourceConfig({ ATLAS_FETCH_RETRIES: '5' }).fetch, { retries: 5 });
  });

  test('a value that is not a whole number in range is refused with a sentence naming it', () => {
    const cases: [string, string][] = [
      ['ATLAS_FETCH_TIMEOUT_MS', '0'],
      ['ATLAS_FETCH_TIMEOUT_MS', '2.5'],
      ['ATLAS_FETCH_RETRIES', '-1'],
      ['ATLAS_FETCH_RETRIES', 'three'],
      ['ATLAS_FETCH_BACKOFF_MS', '1e400'],
    ];
    for (const [name, value] of cases) {
      assert.throws(
        () => liveFetchSettings({ [name]: value }),
        (err: Error) =>
          err.message.startsWith(`${name} must be a whole number`) &&
          err.message.includes(JSON.stringify(value)) &&
          err.message.includes('unset it'),
        `${name}=${value} was accepted`,
      );
    }
  });
});
