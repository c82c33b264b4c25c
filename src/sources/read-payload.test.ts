import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { describeReadFailure, readRecordedPayload, toFetchedPayload } from './read-payload.ts';
import type { InputMeta } from './source.ts';

const BODY = '{"data":[{"id":"z-ai/glm-4-32b","name":"Z.AI: GLM 4 32B "}]}';
const input = (location: string, meta: Record<string, unknown> = {}): InputMeta => ({
  kind: 'openrouter.models',
  location,
  date: '2025-12-18',
  partial: false,
  meta,
});

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-read-payload-'));
  await mkdir(join(dir, 'openrouter'));
  await writeFile(join(dir, 'openrouter', 'models.json'), BODY);
  await writeFile(join(dir, 'bom.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BODY)]));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('reading a recorded payload', () => {
  test('the file relative to the data directory gives its text, sha256 and byte size', async () => {
    const payload = await readRecordedPayload(dir, input('openrouter/models.json'));
    assert.equal(payload.text, BODY);
    assert.equal(payload.bytes, Buffer.byteLength(BODY));
    assert.equal(payload.sha256, createHash('sha256').update(BODY).digest('hex'));
    assert.equal(payload.location, 'openrouter/models.json');
    assert.equal(payload.date, '2025-12-18');
    assert.equal(payload.httpStatus, null);
    assert.equal(payload.contentType, null);
  });

  test('a byte-order mark is dropped from the text but counted in the fingerprint', async () => {
    const payload = await readRecordedPayload(dir, input('bom.json'));
    assert.equal(payload.text, BODY);
    assert.equal(payload.bytes, Buffer.byteLength(BODY) + 3);
  });

  test('a missing file names the full path and says what to check', async () => {
    await assert.rejects(readRecordedPayload(dir, input('openrouter/nope.json')), (error: Error) => {
      assert.match(error.message, new RegExp(`${join(dir, 'openrouter', 'nope.json')} does not exist`));
      assert.match(error.message, /Check that the data directory/);
      return true;
    });
  });

  test('a directory where a file is expected is reported as such', async () => {
    await assert.rejects(readRecordedPayload(dir, input('openrouter')), /is a directory, not a file/);
  });

  test('an unreadable file says permission denied', () => {
    // Root reads any file, so the denial is staged as the error the file system gives.
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    assert.match(
      describeReadFailure('/data/locked.json', '/data', denied),
      /locked\.json cannot be read: permission denied/,
    );
  });

  test('a file that no longer matches the manifest sha256 is refused', async () => {
    const wrong = '0'.repeat(64);
    await assert.rejects(
      readRecordedPayload(dir, input('openrouter/models.json', { sha256: wrong })),
      /does not match its manifest entry/,
    );
    const right = createHash('sha256').update(BODY).digest('hex');
    const payload = await readRecordedPayload(dir, input('openrouter/models.json', { sha256: right }));
    assert.equal(payload.sha256, right);
  });
});

describe('wrapping bytes as a payload', () => {
  test('live facts are kept as given', () => {
    const payload = toFetchedPayload(new TextEncoder().encode('{}'), input('https://x/models'), {
      status: 200,
      contentType: 'application/json',
    });
    assert.equal(payload.httpStatus, 200);
    assert.equal(payload.contentType, 'application/json');
    assert.equal(payload.bytes, 2);
  });
});
