import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { FetchError, fetchLivePayload, parseRetryAfter } from './http.ts';
import type { InputMeta } from './source.ts';

const INPUT: InputMeta = {
  kind: 'openrouter.models',
  location: 'https://openrouter.ai/api/v1/models',
  date: '2026-05-15',
  partial: false,
  meta: {},
};
const BODY = '{"data":[{"id":"z-ai/glm-4-32b"}]}';

// Each path scripts a sequence of answers; `hits` counts requests per path.
const hits = new Map<string, number>();
const seenHeaders = new Map<string, IncomingMessage['headers']>();
type Handler = (req: IncomingMessage, res: ServerResponse, hit: number) => void;
const routes: Record<string, Handler> = {
  '/ok': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(BODY);
  },
  '/500-then-200': (_req, res, hit) => {
    if (hit === 1) res.writeHead(500, { 'content-type': 'text/plain' }).end('upstream exploded');
    else res.writeHead(200, { 'content-type': 'application/json' }).end(BODY);
  },
  '/always-503': (_req, res) => {
    res.writeHead(503, 'Service Unavailable').end('down for maintenance');
  },
  '/429-retry-after': (_req, res, hit) => {
    if (hit === 1) res.writeHead(429, { 'retry-after': '7' }).end('slow down');
    else res.writeHead(200).end(BODY);
  },
  '/429-huge-retry-after': (_req, res, hit) => {
    if (hit === 1) res.writeHead(429, { 'retry-after': '86400' }).end();
    else res.writeHead(200).end(BODY);
  },
  '/404': (_req, res) => {
    res.writeHead(404, 'Not Found').end('{"error":{"message":"Model not found","code":404}}');
  },
  '/reset-then-200': (req, res, hit) => {
    if (hit === 1) req.socket.destroy();
    else res.writeHead(200).end(BODY);
  },
  '/reset-always': (req) => {
    req.socket.destroy();
  },
  '/reset-mid-body': (req, res) => {
    res.writeHead(200, { 'content-length': '1000' });
    res.write('{"data":[');
    setTimeout(() => req.socket.destroy(), 20);
  },
  '/never-ends': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"data":[');
    // Never ends: only the client's timeout can stop this.
  },
  '/no-headers': () => {
    // Never answers at all.
  },
  '/declared-too-large': (_req, res) => {
    res.writeHead(200, { 'content-length': String(10_000) }).end('x'.repeat(10_000));
  },
  '/chunked-too-large': (_req, res) => {
    res.writeHead(200);
    for (let i = 0; i < 20; i++) res.write('y'.repeat(1000));
    res.end();
  },
  '/headers': (req, res) => {
    seenHeaders.set('/headers', req.headers);
    res.writeHead(200).end(BODY);
  },
};

let server: Server;
let base = '';
before(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    const handler = routes[path];
    if (handler) handler(req, res, hit);
    else res.writeHead(418).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

/** A sleep that records the waits instead of waiting. */
function recordingSleep(): { waits: number[]; sleep: (ms: number) => Promise<void> } {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof FetchError, `expected a FetchError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the fetch to fail');
}

describe('fetching a live payload', () => {
  test('a 200 gives the text, its sha256 and size, the status and the content type', async () => {
    const payload = await fetchLivePayload(`${base}/ok`, INPUT);
    assert.equal(payload.text, BODY);
    assert.equal(payload.bytes, Buffer.byteLength(BODY));
    assert.equal(payload.sha256, createHash('sha256').update(BODY).digest('hex'));
    assert.equal(payload.httpStatus, 200);
    assert.equal(payload.contentType, 'application/json; charset=utf-8');
    assert.equal(payload.kind, 'openrouter.models');
    assert.equal(payload.date, '2026-05-15');
  });

  test('it asks for JSON and sends the headers it is given', async () => {
    await fetchLivePayload(`${base}/headers`, INPUT, { headers: { authorization: 'Bearer k' } });
    const headers = seenHeaders.get('/headers');
    assert.equal(headers?.accept, 'application/json');
    assert.equal(headers?.authorization, 'Bearer k');
  });

  test('a 500 is retried after a backoff and the following 200 is returned', async () => {
    const { waits, sleep } = recordingSleep();
    const payload = await fetchLivePayload(`${base}/500-then-200`, INPUT, { sleep, backoffMs: 250 });
    assert.equal(payload.text, BODY);
    assert.equal(hits.get('/500-then-200'), 2);
    assert.deepEqual(waits, [250]);
  });

  test('backoff doubles and the final error names the status, the URL and the attempts', async () => {
    const { waits, sleep } = recordingSleep();
    const error = await failure(
      fetchLivePayload(`${base}/always-503`, INPUT, { sleep, retries: 3, backoffMs: 100 }),
    );
    assert.deepEqual(waits, [100, 200, 400]);
    assert.equal(hits.get('/always-503'), 4);
    assert.equal(error.status, 503);
    assert.equal(error.attempts, 4);
    assert.match(error.message, /HTTP 503 Service Unavailable/);
    assert.match(error.message, /down for maintenance/);
    assert.match(error.message, new RegExp(`${base}/always-503`));
    assert.match(error.message, /failed after 4 attempts: /);
    assert.match(error.message, /try again later/);
  });

  test('a 429 waits the Retry-After seconds before trying again', async () => {
    const { waits, sleep } = recordingSleep();
    const payload = await fetchLivePayload(`${base}/429-retry-after`, INPUT, { sleep, backoffMs: 1 });
    assert.equal(payload.httpStatus, 200);
    assert.deepEqual(waits, [7000]);
  });

  test('a Retry-After longer than we are willing to wait stops at once and says when to come back', async () => {
    const { waits, sleep } = recordingSleep();
    const error = await failure(
      fetchLivePayload(`${base}/429-huge-retry-after`, INPUT, { sleep, maxDelayMs: 5000 }),
    );
    assert.deepEqual(waits, []);
    assert.equal(error.status, 429);
    assert.match(error.message, /asks to wait \d+ s before trying again/);
  });

  test('a 404 is not retried and says to check the URL', async () => {
    const { waits, sleep } = recordingSleep();
    const error = await failure(fetchLivePayload(`${base}/404`, INPUT, { sleep, retries: 5 }));
    assert.equal(hits.get('/404'), 1);
    assert.deepEqual(waits, []);
    assert.equal(error.status, 404);
    assert.match(error.message, /HTTP 404 Not Found/);
    assert.match(error.message, /failed on attempt 1, not retried: the server answered HTTP 404/);
    assert.match(error.message, /Check the URL/);
  });

  test('a reset connection is retried', async () => {
    const { waits, sleep } = recordingSleep();
    const payload = await fetchLivePayload(`${base}/reset-then-200`, INPUT, { sleep, backoffMs: 10 });
    assert.equal(payload.text, BODY);
    assert.equal(hits.get('/reset-then-200'), 2);
    assert.deepEqual(waits, [10]);
  });

  test('a connection reset on every attempt fails with the attempts counted', async () => {
    const { sleep } = recordingSleep();
    const error = await failure(fetchLivePayload(`${base}/reset-always`, INPUT, { sleep, retries: 2 }));
    assert.equal(hits.get('/reset-always'), 3);
    assert.equal(error.status, null);
    assert.match(error.message, /3 attempts/);
    assert.match(error.message, /Check the network/);
  });

  test('a connection cut in the middle of the body is a failure, not a short payload', async () => {
    const { sleep } = recordingSleep();
    const error = await failure(fetchLivePayload(`${base}/reset-mid-body`, INPUT, { sleep, retries: 0 }));
    assert.match(error.message, /connection closed before the response was complete/);
  });

  test('a refused connection is retried, then reported as refused', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { waits, sleep } = recordingSleep();
    const error = await failure(
      fetchLivePayload(`http://127.0.0.1:${port}/models`, INPUT, { sleep, retries: 1, backoffMs: 5 }),
    );
    assert.deepEqual(waits, [5]);
    assert.match(error.message, /refused \(ECONNREFUSED\)/);
    assert.match(error.message, /2 attempts/);
  });

  test('a body that stalls mid-stream times out', async () => {
    const started = Date.now();
    const error = await failure(
      fetchLivePayload(`${base}/never-ends`, INPUT, { timeoutMs: 200, retries: 0 }),
    );
    assert.ok(Date.now() - started < 5000, 'the timeout must stop the read');
    assert.match(error.message, /within 200 ms/);
    assert.match(error.message, /stalled after 9 bytes/);
    assert.match(error.message, /raise the timeout/);
  });

  test('a server that never answers times out, and a timeout is retried', async () => {
    const { waits, sleep } = recordingSleep();
    const error = await failure(
      fetchLivePayload(`${base}/no-headers`, INPUT, { timeoutMs: 100, retries: 1, sleep, backoffMs: 1 }),
    );
    assert.equal(hits.get('/no-headers'), 2);
    assert.deepEqual(waits, [1]);
    assert.match(error.message, /no complete response arrived within 100 ms/);
    assert.match(error.message, /2 attempts/);
  });

  test('a declared size over the cap fails at once without reading the body', async () => {
    const error = await failure(fetchLivePayload(`${base}/declared-too-large`, INPUT, { maxBytes: 5000 }));
    assert.equal(hits.get('/declared-too-large'), 1);
    assert.match(error.message, /declares 10,000 bytes, over the 5,000-byte limit/);
  });

  test('a body that grows past the cap is stopped while streaming', async () => {
    const error = await failure(fetchLivePayload(`${base}/chunked-too-large`, INPUT, { maxBytes: 5000 }));
    assert.equal(hits.get('/chunked-too-large'), 1);
    assert.match(error.message, /over the 5,000-byte limit/);
    assert.match(error.message, /not retried/);
  });

  test('a cancelled signal stops the fetch and is not retried', async () => {
    const controller = new AbortController();
    const pending = fetchLivePayload(`${base}/no-headers`, INPUT, { signal: controller.signal, retries: 3 });
    setTimeout(() => controller.abort(), 50);
    const error = await failure(pending);
    assert.match(error.message, /cancelled/);
  });

  test('a fetch implementation can be injected', async () => {
    const fetchImpl: typeof fetch = async () =>
      new Response('{"data":[]}', { status: 200, headers: { 'content-type': 'application/json' } });
    const payload = await fetchLivePayload('https://example.invalid/models', INPUT, { fetchImpl });
    assert.equal(payload.text, '{"data":[]}');
    assert.equal(payload.httpStatus, 200);
  });
});

describe('reading Retry-After', () => {
  test('seconds become milliseconds', () => {
    assert.equal(parseRetryAfter('120', 0), 120_000);
  });
  test('an HTTP date becomes the time left until it', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    assert.equal(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now), 30_000);
  });
  test('a date in the past means no wait', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    assert.equal(parseRetryAfter('Wed, 21 Oct 2015 07:00:00 GMT', now), 0);
  });
  test('an absent or unreadable value gives no hint', () => {
    assert.equal(parseRetryAfter(null, 0), null);
    assert.equal(parseRetryAfter('soon', 0), null);
  });
});
