// A live catalog that suddenly lists far fewer models is refused: it is more likely a filtered or
// cut listing served as the full one than most of the market vanishing overnight.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PATHS, reply } from './fake-upstream.ts';
import { FETCH_KNOBS, failureLine, type LiveHarness, startLiveHarness } from './live-harness.ts';
import { explain, runCli } from './run-cli.ts';
import { catalogPayload } from './upstream-payloads.ts';

describe('a live catalog that shrinks to a fraction of the last one', () => {
  let h: LiveHarness;
  before(async () => {
    h = await startLiveHarness();
    await h.goodInProcess();
  });
  after(async () => h?.close());

  test('is refused, names both counts and the way to accept it, and changes nothing', async () => {
    h.upstream.script(PATHS.openrouter, [reply.json(catalogPayload(h.models.slice(0, 12)))]);
    const run = await h.refused();
    assert.match(failureLine(run), /lists 12 models where the latest snapshot .* has 350.*--allow-shrink/);
  });

  test('is accepted with --allow-shrink when the drop is real', async () => {
    h.upstream.script(PATHS.openrouter, [reply.json(catalogPayload(h.models.slice(0, 12)))]);
    const run = await runCli(['ingest', '--live', '--allow-shrink', '--db', h.db], {
      ...h.upstream.env,
      ...FETCH_KNOBS,
    });
    assert.equal(run.code, 0, explain(run));
    assert.match(run.stdout, /openrouter_only \d+|openrouter\+arena \d+/);
  });
});
