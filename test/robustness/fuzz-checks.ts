// What every fuzzed response must satisfy: no server error, the security headers, no reflected
// markup, JSON that parses, redirects that stay on the site, and a bounded response time.

import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { QUERY_PARAMS } from '../../src/domain/query-params.ts';
import { UNESCAPED_MARKERS } from './fuzz-inputs.ts';
import type { FuzzRequest } from './fuzz-requests.ts';

const API_PARAMS = new Set<string>(QUERY_PARAMS.map((p) => p.name));

/** The API lists its parameters: any other one must be refused with a 400, never ignored. */
function apiMustRefuse(req: FuzzRequest): boolean {
  if (req.route !== '/api/models' && req.route !== '/api/models.csv') return false;
  let names: string[];
  try {
    names = [...new URL(`http://localhost${req.target}`).searchParams.keys()];
  } catch {
    return false;
  }
  return names.some((name) => !API_PARAMS.has(name));
}

export interface FuzzResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: Uint8Array;
  /** Wall time, request to last byte. */
  ms: number;
  /** CPU time this process spent on it, when measurable (in-process): immune to a busy machine. */
  cpuMs?: number;
}

export interface Bounds {
  /** Sanity limit on the CPU time of one answer: the work the app does. */
  cpuMs: number;
  /** Limit on the wall time, loose: catches hangs and waits even on a shared machine. */
  wallMs: number;
}

const REQUIRED_HEADERS: Readonly<Record<string, RegExp>> = {
  'content-security-policy': /default-src 'self'/,
  'x-content-type-options': /^nosniff$/,
  'x-frame-options': /^DENY$/,
  'referrer-policy': /\S/,
};

/** The body as text, decompressed as its Content-Encoding says. */
export function bodyText(res: FuzzResponse): string {
  const enc = res.headers['content-encoding'];
  const bytes = Buffer.from(res.body);
  if (enc === 'br') return brotliDecompressSync(bytes).toString('utf8');
  if (enc === 'gzip') return gunzipSync(bytes).toString('utf8');
  return bytes.toString('utf8');
}

/** Every rule a response breaks, as sentences (empty when it is fine). */
export function responseProblems(req: FuzzRequest, res: FuzzResponse, bounds: Bounds): string[] {
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`status ${res.status}`);
  for (const [name, want] of Object.entries(REQUIRED_HEADERS)) {
    const got = res.headers[name];
    if (got === undefined || !want.test(got)) problems.push(`header ${name} is ${got ?? 'missing'}`);
  }
  if (res.cpuMs !== undefined && res.cpuMs > bounds.cpuMs)
    problems.push(`took ${res.cpuMs.toFixed(1)} ms of CPU (bound ${bounds.cpuMs} ms)`);
  if (res.ms > bounds.wallMs) problems.push(`took ${res.ms.toFixed(1)} ms (bound ${bounds.wallMs} ms)`);
  // Other methods find no route (404, 405), unless the request is refused before routing (400, 431).
  if (req.method !== 'GET' && req.method !== 'HEAD' && (res.status < 400 || res.status >= 500))
    problems.push(`${req.method} answered ${res.status}, not a 4xx`);

  if ((req.method === 'GET' || req.method === 'HEAD') && res.status < 400 && apiMustRefuse(req))
    problems.push(`the API accepted an unknown parameter with ${res.status}`);

  if (res.status >= 300 && res.status < 400 && res.status !== 304) {
    const location = res.headers.location;
    // A redirect stays on this site: a path, never `//host` or `/\host` (both leave the origin).
    if (!location) problems.push('redirect without a Location');
    else if (!/^\/(?![/\\])/.test(location))
      problems.push(`redirect leaves the site: ${location.slice(0, 80)}`);
  }

  if (req.method === 'HEAD' || res.status === 304) {
    if (res.body.byteLength > 0) problems.push(`${req.method} ${res.status} carried a body`);
    return problems;
  }
  let text: string;
  try {
    text = bodyText(res);
  } catch (error) {
    problems.push(`body does not decode as ${res.headers['content-encoding']}: ${(error as Error).message}`);
    return problems;
  }
  const type = res.headers['content-type'] ?? '';
  if (!type && res.body.byteLength > 0) problems.push('a body without a Content-Type');
  if (/html|xml/.test(type)) {
    for (const marker of UNESCAPED_MARKERS) {
      const at = text.indexOf(marker);
      if (at >= 0)
        problems.push(`reflects ${marker} unescaped: …${text.slice(Math.max(0, at - 60), at + 40)}…`);
    }
  }
  if (/json/.test(type)) {
    try {
      JSON.parse(text);
    } catch (error) {
      problems.push(`JSON does not parse: ${(error as Error).message}`);
    }
  }
  // Refusals say why: a JSON error carries a message, any other a non-empty body.
  if (res.status >= 400 && /json/.test(type) && !/"(message|error)"\s*:\s*"[^"]+/.test(text))
    problems.push(`a ${res.status} without a message`);
  if (res.status >= 400 && text.trim() === '') problems.push(`a ${res.status} with an empty body`);
  return problems;
}

/** Latency figures for the report. */
export interface Latency {
  max: number;
  p50: number;
  p99: number;
  mean: number;
}

export function summarize(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = sorted.reduce((s, t) => s + t, 0) / Math.max(1, sorted.length);
  return { max: sorted.at(-1) ?? 0, p50: at(0.5), p99: at(0.99), mean };
}
