// Fetching a live payload: a total timeout per attempt (headers and body), retries with backoff for
// transient failures, a size cap, and a final error that says what happened and what to do.

import { setTimeout as delay } from 'node:timers/promises';
import { formatInteger } from '../domain/format.ts';
import { type HttpFacts, toFetchedPayload } from './read-payload.ts';
import type { FetchedPayload, InputMeta } from './source.ts';

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_RETRIES = 3;
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
export const DEFAULT_BACKOFF_MS = 500;
export const DEFAULT_MAX_DELAY_MS = 60_000;

export interface FetchLiveOptions {
  /** Per attempt, from the request until the last body byte. */
  timeoutMs?: number;
  /** Extra attempts after the first, for network errors, timeouts, HTTP 5xx and 429. */
  retries?: number;
  headers?: Record<string, string>;
  /** Cancels everything, including a wait between attempts; never retried. */
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  maxBytes?: number;
  /** First backoff; doubles with each attempt. */
  backoffMs?: number;
  /** Cap on any wait, including one asked for by Retry-After. */
  maxDelayMs?: number;
  /** Injected so tests need not wait. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Clock for Retry-After HTTP dates, in epoch milliseconds. */
  now?: () => number;
}

/** The final failure of a live fetch. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    message: string,
    readonly url: string,
    readonly attempts: number,
    /** The last HTTP status, null when no response arrived. */
    readonly status: number | null,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Why one attempt failed, and whether another attempt could help. */
interface AttemptFailure {
  retryable: boolean;
  /** What happened, as a clause: "the server answered HTTP 503 Service Unavailable". */
  what: string;
  /** What to do about it, as a sentence. */
  todo: string;
  status: number | null;
  retryAfterMs: number | null;
  cause?: unknown;
}

type Attempt = { ok: true; bytes: Uint8Array; http: HttpFacts } | { ok: false; failure: AttemptFailure };

/** GET `url` and return its body as a FetchedPayload, retrying transient failures. */
export async function fetchLivePayload(
  url: string,
  input: InputMeta,
  options: FetchLiveOptions = {},
): Promise<FetchedPayload> {
  const retries = Math.max(0, options.retries ?? DEFAULT_RETRIES);
  const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const maxDelayMs = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  const sleep = options.sleep ?? ((ms: number, signal?: AbortSignal) => delay(ms, undefined, { signal }));
  const now = options.now ?? Date.now;
  const maxAttempts = retries + 1;
  for (let attempt = 1; ; attempt++) {
    const result = await attemptOnce(url, options, attempt, now);
    if (result.ok) return toFetchedPayload(result.bytes, input, result.http);
    const { failure } = result;
    if (!failure.retryable || attempt >= maxAttempts) throw finalError(url, attempt, failure);
    // A server asking for a longer pause than we are willing to wait: stop now and say when to come back.
    if (failure.retryAfterMs !== null && failure.retryAfterMs > maxDelayMs) {
      throw finalError(url, attempt, {
        ...failure,
        todo: `The server asks to wait ${Math.ceil(failure.retryAfterMs / 1000)} s before trying again; run the ingest again after that.`,
      });
    }
    const wait = Math.min(maxDelayMs, failure.retryAfterMs ?? backoffMs * 2 ** (attempt - 1));
    try {
      await sleep(wait, options.signal);
    } catch (error) {
      throw cancelled(url, attempt, error);
    }
  }
}

async function attemptOnce(
  url: string,
  options: FetchLiveOptions,
  attempt: number,
  now: () => number,
): Promise<Attempt> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fetchImpl = options.fetchImpl ?? fetch;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const headers = { accept: 'application/json', 'user-agent': 'model-atlas', ...options.headers };
  let received = 0;
  try {
    if (options.signal?.aborted) throw cancelled(url, attempt - 1, options.signal.reason);
    const response = await fetchImpl(url, { headers, signal, redirect: 'follow' });
    const http: HttpFacts = { status: response.status, contentType: response.headers.get('content-type') };
    if (!response.ok) {
      const snippet = await readSnippet(response, signal);
      return { ok: false, failure: statusFailure(response, snippet, now) };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => {});
      return { ok: false, failure: tooLarge(declared, maxBytes, 'declares') };
    }
    const chunks: Uint8Array[] = [];
    for await (const chunk of readChunks(response, signal)) {
      received += chunk.byteLength;
      if (received > maxBytes) return { ok: false, failure: tooLarge(received, maxBytes, 'sent') };
      chunks.push(chunk);
    }
    return { ok: true, bytes: concat(chunks, received), http };
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (options.signal?.aborted) throw cancelled(url, attempt, error);
    if (timeout.aborted) {
      const where = received > 0 ? `, the body stalled after ${formatInteger(received)} bytes` : '';
      return {
        ok: false,
        failure: {
          retryable: true,
          what: `no complete response arrived within ${formatInteger(timeoutMs)} ms${where}`,
          todo: 'Check the network, or raise the timeout if the source is just slow.',
          status: null,
          retryAfterMs: null,
          cause: error,
        },
      };
    }
    return { ok: false, failure: networkFailure(error) };
  }
}

/** The body as chunks; every read races the signal, so a stalled stream cannot hang the fetch. */
async function* readChunks(response: Response, signal: AbortSignal): AsyncGenerator<Uint8Array> {
  if (!response.body) return;
  const reader = response.body.getReader();
  let onAbort: () => void = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => {}); // observed through the race below
  let done = false;
  try {
    while (true) {
      const next = await Promise.race([reader.read(), aborted]);
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    if (!done) await reader.cancel().catch(() => {});
  }
}

/** Up to 300 characters of an error body, for the message; never fails the attempt on its own. */
async function readSnippet(response: Response, signal: AbortSignal): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of readChunks(response, signal)) {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size >= 4096) break;
    }
  } catch {
    // The status already says what went wrong; a body we cannot read adds nothing.
  }
  const text = new TextDecoder().decode(concat(chunks, size)).replace(/\s+/g, ' ').trim();
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

function statusFailure(response: Response, snippet: string, now: () => number): AttemptFailure {
  const { status } = response;
  const said = snippet ? ` (${JSON.stringify(snippet)})` : '';
  const what = `the server answered HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}${said}`;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
  if (status === 429)
    return {
      retryable: true,
      what,
      todo: 'The source is rate limiting us; wait a while and try again.',
      status,
      retryAfterMs,
    };
  if (status >= 500)
    return {
      retryable: true,
      what,
      todo: 'The source may be down or overloaded; try again later, or ingest from recorded files.',
      status,
      retryAfterMs,
    };
  const todo =
    status === 401 || status === 403
      ? 'Check the API key, if this source needs one, and its permissions.'
      : status === 404 || status === 410
        ? 'Check the URL: the base URL setting or the model id may be wrong, or the resource was removed.'
        : 'Check the URL and the request headers.';
  return { retryable: false, what, todo, status, retryAfterMs: null };
}

/** `Retry-After` as seconds or an HTTP date → milliseconds to wait; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}

function tooLarge(size: number, maxBytes: number, verb: 'declares' | 'sent'): AttemptFailure {
  const amount =
    verb === 'declares' ? `declares ${formatInteger(size)} bytes` : `passed ${formatInteger(size)} bytes`;
  return {
    retryable: false,
    what: `the response ${amount}, over the ${formatInteger(maxBytes)}-byte limit`,
    todo: 'Check that the URL points at the catalog, or raise the size limit if the catalog really grew.',
    status: null,
    retryAfterMs: null,
  };
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  UND_ERR_SOCKET: 'the connection closed before the response was complete',
  ENOTFOUND: 'the host name did not resolve',
  EAI_AGAIN: 'the host name could not be resolved right now',
  ETIMEDOUT: 'the connection timed out',
  EPIPE: 'the connection broke',
};

function networkFailure(error: unknown): AttemptFailure {
  const cause = (error as { cause?: unknown } | null)?.cause ?? error;
  const code = (cause as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? NETWORK_CODES[code] : undefined;
  const detail = cause instanceof Error ? cause.message : String(cause);
  return {
    retryable: true,
    what: known ? `${known} (${code})` : `the request failed (${detail})`,
    todo: 'Check the network and that the host is reachable, then try again.',
    status: null,
    retryAfterMs: null,
    cause: error,
  };
}

function finalError(url: string, attempts: number, failure: AttemptFailure): FetchError {
  const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
  const when = failure.retryable ? `after ${tries}` : `on attempt ${attempts}, not retried`;
  return new FetchError(
    `Fetching ${url} failed ${when}: ${failure.what}. ${failure.todo}`,
    url,
    attempts,
    failure.status,
    failure.cause === undefined ? undefined : { cause: failure.cause },
  );
}

function cancelled(url: string, attempts: number, cause: unknown): FetchError {
  return new FetchError(`Fetching ${url} was cancelled before it finished.`, url, attempts, null, { cause });
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
