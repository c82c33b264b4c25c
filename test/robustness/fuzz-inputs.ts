// Hostile request generators for the fuzzing suites: a seeded PRNG (a failure replays from its seed)
// and raw paths, query strings and headers built from the values that break parsers.

import { QUERY_PARAMS } from '../../src/domain/query-params.ts';

/** mulberry32: small, fast and the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of a run: ATLAS_FUZZ_SEED replays a failure; otherwise a fresh one per run. */
export function fuzzSeed(): number {
  const given = process.env.ATLAS_FUZZ_SEED;
  if (given !== undefined && given !== '') {
    const n = Number(given);
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff)
      throw new Error(`ATLAS_FUZZ_SEED must be a whole number from 0 to 4294967295; "${given}" is not.`);
    return n;
  }
  return Math.floor(Math.random() * 0xffffffff);
}

export class Dice {
  constructor(readonly next: () => number) {}
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

/**
 * The marker every markup payload carries. A response that contains one of UNESCAPED_MARKERS
 * reflected a payload without escaping it.
 */
export const MARK = 'x9f';

/** Raw payload fragments that may only ever appear escaped in HTML or XML. */
export const UNESCAPED_MARKERS = [
  `<script>${MARK}`,
  `<img src=x onerror=${MARK}`,
  `<svg onload=${MARK}`,
  `<${MARK}`,
  `" onfocus=${MARK}`,
  `' onfocus=${MARK}`,
  `href="javascript:${MARK}`,
  `src="javascript:${MARK}`,
  `action="javascript:${MARK}`,
];

const HTML_PAYLOADS = [
  `<script>${MARK}(1)</script>`,
  `"><img src=x onerror=${MARK}(1)>`,
  `'><svg onload=${MARK}(1)>`,
  `<${MARK}>`,
  `" onfocus=${MARK}(1) autofocus x="`,
  `' onfocus=${MARK}(1) autofocus x='`,
  `javascript:${MARK}(1)`,
  `</title><script>${MARK}(1)</script>`,
  `</textarea><${MARK}>`,
  `]]><${MARK}/>`,
  `<!--<${MARK}>-->`,
  `{{${MARK}}}\${${MARK}}`,
];

const NUMBERS = [
  '1e309',
  '-1e309',
  '9'.repeat(400),
  '-5',
  '-0',
  '0',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '1e-400',
  '1.5e3',
  ' 12 ',
  '12abc',
  '١٢٣',
  '１２',
  '9007199254740993',
  '4294967297',
  '.',
  '-',
  '+',
  '1,000',
  '128k',
  '1.5M',
  '99999999999999999999M',
  '10B',
  '0.000000000000000000001',
  '2147483648',
  '-2147483649',
  '1_000',
  '1 000',
];

const UNICODE = [
  '\u202Egnp.exe',
  '\u200F\u05E9\u05DC\u05D5\u05DD',
  '🦙🔥💥',
  'e\u0301\u0301\u0301\u0301',
  '\u200B\u200C\u200D',
  '\uFEFF',
  'İstanbul',
  'ﬁ',
  'ΣΑΣ',
  '\u2028\u2029',
  'Z̴̡̛a̷l̶g̸o̵',
  '𝔤𝔭𝔱',
  '\u0000',
  '\u0007\u001b[31m',
];

// Percent sequences sent as they are: invalid UTF-8 (a lone surrogate, an overlong slash, a cut
// four-byte sequence), broken escapes, NUL, CRLF.
const RAW_ESCAPES = [
  '%ED%A0%80',
  '%C0%AF',
  '%F0%9F',
  '%FF%FE',
  '%00',
  'a%00b',
  '%',
  '%%',
  '%zz',
  '%2',
  '%u0041',
  '%0d%0aSet-Cookie:%20x9f=1',
  '%2e%2e%2f%2e%2e%2f',
  '..%2f..%2f',
  '%252e%252e%252f',
  '%3Cx9f%3E',
  '%22%3E%3Cimg%20src%3Dx%20onerror%3Dx9f(1)%3E',
];

const TRAVERSAL = [
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '....//....//',
  './././',
  '/..',
  '..',
  '.',
  '~/.ssh/id_rsa',
  'file:///etc/passwd',
  '//evil.example/x',
  '\\\\evil.example\\x',
];

const SQL = [
  "' OR 1=1--",
  '1; DROP TABLE models;--',
  '" OR ""="',
  "') UNION SELECT * FROM snapshots--",
  "admin'--",
  '1 AND SLEEP(5)',
];

const PROTO = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '{"__proto__":{"x":1}}',
];

/** One hostile value, unencoded (the caller encodes it, or not). */
export function hostileValue(d: Dice): string {
  // Long strings are rarer than the rest: each costs the harness a megabyte-sized URL.
  if (d.chance(0.04)) return longString(d);
  switch (d.int(8)) {
    case 0:
      return d.pick(NUMBERS);
    case 1:
      return d.pick(UNICODE);
    case 2:
      return d.pick(TRAVERSAL);
    case 3:
      return d.pick(SQL);
    case 4:
    case 5:
      return d.pick(HTML_PAYLOADS);
    case 6:
      return d.pick(PROTO);
    default:
      return `${d.pick(['gpt', 'claude', 'z-ai/glm', 'llama', ''])}${d.pick(HTML_PAYLOADS)}`;
  }
}

/** 10 to 100 KB, sometimes multi-byte, sometimes a payload repeated. */
export function longString(d: Dice): string {
  const size = 10_000 + d.int(90_000);
  const unit = d.pick(['a', 'é', '🦙', '<x9f>', '%', ',', 'a,', '../', ' ', '9']);
  const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  // Never cut a surrogate pair in half: lone surrogates are sent on purpose, as %ED%A0%80.
  return /[\uD800-\uDBFF]$/.test(text) ? text.slice(0, -1) : text;
}

/** Encode a value for a URL, in one of the ways clients (and attackers) do. */
export function encodeValue(d: Dice, value: string): string {
  const mode = d.int(6);
  if (mode <= 2) return encodeURIComponent(value).replace(/%20/g, d.chance(0.5) ? '+' : '%20');
  if (mode === 3) return encodeURI(value);
  // Raw: whatever the URL parser makes of it (in-process) or the socket carries unchanged.
  if (mode === 4) return value;
  return d.pick(RAW_ESCAPES);
}

const UNKNOWN_PARAMS = [
  'utm_source',
  'x',
  '',
  'ids[]',
  'q[]',
  'a.b',
  '__proto__',
  'constructor',
  `<${MARK}>`,
];

export const PARAM_NAMES: readonly string[] = [
  ...QUERY_PARAMS.map((p) => p.name),
  'in_tokens',
  'out_tokens',
  'cache_pct',
  'kind',
  'snapshot',
  'v',
];

/** A query string (with its `?`, or empty) of known, unknown and hostile parameters. */
export function hostileQuery(d: Dice, names: readonly string[], plausible: (name: string) => string): string {
  const parts: string[] = [];
  const count = d.int(6);
  for (let i = 0; i < count; i++) {
    const name = d.chance(0.85) ? d.pick(names) : d.chance(0.8) ? d.pick(UNKNOWN_PARAMS) : longString(d);
    const value = d.chance(0.5) ? plausible(name) : hostileValue(d);
    const encName = d.chance(0.9) ? encodeURIComponent(name) : name;
    const pair = d.chance(0.05) ? encName : `${encName}=${encodeValue(d, value)}`;
    parts.push(pair);
  }
  // Repeated parameters: 100 copies of one name.
  if (d.chance(0.08)) {
    const name = d.pick(names);
    for (let i = 0; i < 100; i++) parts.push(`${name}=${encodeURIComponent(plausible(name))}`);
  }
  if (d.chance(0.05)) parts.push(d.pick(['&&&', '=', '==', '?', '#frag', '&=&', ';']));
  if (parts.length === 0) return d.chance(0.1) ? '?' : '';
  return `?${parts.join('&')}`;
}

/** A value that a parameter could hold, so the filters get past validation now and then. */
export function plausibleValue(d: Dice, name: string, ids: readonly string[]): string {
  switch (name) {
    case 'ids':
      return Array.from({ length: 1 + d.int(4) }, () => nearId(d, d.pick(ids))).join(',');
    case 'q':
      return d.pick(['gpt', 'glm 4', 'free', 'llama 3.1', 'claude sonnet', '']);
    case 'source':
      return d.pick(['openrouter_only', 'openrouter+arena', 'arena_only', 'both']);
    case 'confidence':
      return d.pick(['exact', 'high', 'medium', 'low', 'unmatched']);
    case 'sort':
    case 'cols':
      return d.pick(['name', 'input', 'output', 'context', 'score', 'rank', 'added', 'price', 'nope']);
    case 'dir':
      return d.pick(['asc', 'desc', 'up']);
    case 'kind':
      return d.pick(['added', 'removed', 'price', 'context', 'rank', 'nope']);
    case 'arena':
      return d.pick(['text', 'vision', 'image', 'webdev']);
    case 'cat':
      return d.pick(['coding', 'math', 'full', 'creative_writing', 'hard_prompts']);
    case 'added_after':
    case 'added_before':
      return d.pick(['2025-01-01', '2024-02-30', '2025-13-01', '0000-00-00', '2025-05-24']);
    case 'free':
    case 'open':
      return d.pick(['1', '0', 'true', 'maybe']);
    default:
      return d.pick(NUMBERS.slice(0, 12).concat(['1', '10', '0.5', '128000', '2']));
  }
}

/** An id that almost exists: the real one, or one edit away, or re-encoded. */
export function nearId(d: Dice, id: string): string {
  switch (d.int(8)) {
    case 0:
      return id;
    case 1:
      return id.toUpperCase();
    case 2:
      return id.slice(0, Math.max(1, id.length - 1 - d.int(3)));
    case 3:
      return `${id}${d.pick([':free', ':beta', '-x', '/', '//', '.png', ' '])}`;
    case 4:
      return id.replace(/\//g, d.pick(['%2F', '%2f', '//', '\\']));
    case 5:
      return id.replace(/:/g, d.pick(['%3A', '%3a', '::']));
    case 6:
      return `${id.slice(0, d.int(id.length))}${hostileValue(d).slice(0, 200)}`;
    default:
      return `lmarena:${id.split('/').pop() ?? id}`;
  }
}
