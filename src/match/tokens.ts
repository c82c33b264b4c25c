// The tokens of one model name: split into chunks, each classified (family word, version, size,
// date, stage, tuning, mode, vendor…), dates written over several chunks joined, `3-5` read as 3.5,
// a thinking word at the end of a name read as a mode, and a leading vendor word set aside.

import { dateOfDigits, formatDate, isYear, monthOfName, type PartialDate } from './dates.ts';

export type TokenKind =
  | 'word' // family and descriptor words: claude, sonnet, flash, vision, coder, chat
  | 'name' // mixed tokens that name a model: 4o, o3, k2, r1, 3n, 4.5v
  | 'number' // a bare number that is no version, size or date: 1776
  | 'version' // 3.5, 2, v0.1
  | 'size' // 70b, 1.5b
  | 'active' // a22b (active parameters)
  | 'effective' // e4b (effective parameters)
  | 'moe' // 8x7b
  | 'experts' // 128e
  | 'context' // 128k
  | 'date'
  | 'revision' // 001, 002
  | 'stage' // preview, exp, beta, alpha, early
  | 'latest'
  | 'instruct' // instruct, it
  | 'base'
  | 'thinking' // a thinking/reasoning mode at the end of a name
  | 'nothinking' // no-thinking, non-reasoning
  | 'effort' // high, low, minimal
  | 'precision' // bf16, fp8
  | 'budget' // the 32k of thinking-32k
  | 'vendor'
  | 'ignored';

export interface Token {
  kind: TokenKind;
  /** Normalized text: versions without `v` and trailing `.0`, dates as ISO-like strings. */
  text: string;
  /** As written, lower-cased. */
  raw: string;
  /** Inside parentheses: a nickname or a note, not part of the name. */
  aside: boolean;
  date?: PartialDate;
}

export const SIZE_KINDS = ['size', 'active', 'effective', 'moe', 'experts'] as const;
export type SizeKind = (typeof SIZE_KINDS)[number];

const STAGES = new Map([
  ['preview', 'preview'],
  ['exp', 'exp'],
  ['experimental', 'exp'],
  ['beta', 'beta'],
  ['alpha', 'alpha'],
  ['early', 'early'],
]);
const INSTRUCT = new Set(['instruct', 'it', 'inst']);
const EFFORTS = new Set(['high', 'low', 'minimal', 'xhigh']);
const THINKING = new Set(['thinking', 'think', 'reasoning', 'reasoner']);
/** Words that say nothing about which model it is (`-hf` repos, OpenRouter variant notes). */
const IGNORED = new Set(['hf', 'api', 'model', 'self', 'moderated', 'free', 'extended', 'exacto', 'nitro']);
/** Organization words that may lead a name (`amazon-nova-pro`, `Meta-Llama-3.1`, `c4ai-aya`). */
const VENDORS = new Set([
  'openai',
  'anthropic',
  'google',
  'meta',
  'amazon',
  'nvidia',
  'nv',
  'microsoft',
  'alibaba',
  'ibm',
  'c4ai',
  'cohere',
  'mistralai',
  'xai',
  'tencent',
  'baidu',
  'bytedance',
  'moonshotai',
  'zhipu',
  'zhipuai',
  'thudm',
  'ai21',
  'allenai',
]);

interface Chunk {
  text: string;
  aside: boolean;
}

function splitChunk(s: string): string[] {
  return s
    .replace(/(\d)_(\d)/g, '$1.$2')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .split(/[\s\-_/:,;+|'"*]+/)
    .filter(Boolean);
}

/** Chunks of a name; those inside parentheses or brackets are marked aside. */
function chunksOf(name: string): Chunk[] {
  const out: Chunk[] = [];
  let depth = 0;
  for (const part of name.toLowerCase().split(/([()[\]])/)) {
    if (part === '(' || part === '[') depth++;
    else if (part === ')' || part === ']') depth = Math.max(0, depth - 1);
    else for (const text of splitChunk(part)) out.push({ text, aside: depth > 0 });
  }
  return out;
}

/** `v1.0` → `1`, `3.50` stays: only a whole trailing `.0` goes, so `2.0` and `2` compare equal. */
export function normalizeVersion(raw: string): string {
  let v = raw.replace(/^v/, '');
  while (/\.0$/.test(v) && v.includes('.')) v = v.slice(0, -2);
  return v;
}

const tok = (kind: TokenKind, text: string, raw: string, aside: boolean, date?: PartialDate): Token =>
  date ? { kind, text, raw, aside, date } : { kind, text, raw, aside };

/** One non-numeric chunk → its token(s). */
function classifyWord(c: string, aside: boolean): Token[] {
  if (/^v\d+(\.\d+)*$/.test(c) || /^\d+(\.\d+)+$/.test(c))
    return [tok('version', normalizeVersion(c), c, aside)];
  if (/^\d+(\.\d+)?[bm]$/.test(c)) return [tok('size', c, c, aside)];
  if (/^a\d+(\.\d+)?b$/.test(c)) return [tok('active', c, c, aside)];
  if (/^e\d+(\.\d+)?b$/.test(c)) return [tok('effective', c, c, aside)];
  if (/^\d+x\d+(\.\d+)?b$/.test(c)) return [tok('moe', c, c, aside)];
  if (/^\d+e$/.test(c)) return [tok('experts', c, c, aside)];
  if (/^\d+k$/.test(c)) return [tok('context', c, c, aside)];
  if (/^(fp|bf|int|nf)\d+$/.test(c) || c === 'awq') return [tok('precision', c, c, aside)];
  const stage = STAGES.get(c);
  if (stage) return [tok('stage', stage, c, aside)];
  if (c === 'latest') return [tok('latest', c, c, aside)];
  if (INSTRUCT.has(c)) return [tok('instruct', 'instruct', c, aside)];
  if (c === 'base') return [tok('base', c, c, aside)];
  if (EFFORTS.has(c)) return [tok('effort', c, c, aside)];
  if (IGNORED.has(c)) return [tok('ignored', c, c, aside)];
  if (/^[a-z]+$/.test(c)) return [tok('word', c, c, aside)];
  const familyVersion = /^([a-z]{3,})(\d+(?:\.\d+)*)$/.exec(c);
  if (familyVersion) {
    const [, word, version] = familyVersion as unknown as [string, string, string];
    return [tok('word', word, word, aside), tok('version', normalizeVersion(version), version, aside)];
  }
  return [tok('name', c, c, aside)];
}

const isDigits = (c: Chunk | undefined, len?: number): boolean =>
  c !== undefined && /^\d+$/.test(c.text) && (len === undefined || c.text.length === len);

function pushDate(out: Token[], aside: boolean, date: PartialDate, raw: string): void {
  out.push(tok('date', formatDate(date), raw, aside, date));
}

/** Read the chunks in order, joining dates written over several chunks and `3-5` versions. */
function tokensOf(chunks: Chunk[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    const next = chunks[i + 1];
    const after = chunks[i + 2];
    const t = c.text;
    if (isDigits(c)) {
      const n = Number(t);
      if (t.length === 4 && isYear(n)) {
        if (isDigits(next, 2) && isDigits(after, 2)) {
          const date = { y: n, m: Number(next!.text), d: Number(after!.text) };
          pushDate(out, c.aside, date, `${t}-${next!.text}-${after!.text}`);
          i += 2;
        } else if (isDigits(next, 2) && Number(next!.text) <= 12) {
          pushDate(out, c.aside, { y: n, m: Number(next!.text), d: null }, `${t}-${next!.text}`);
          i += 1;
        } else pushDate(out, c.aside, { y: n, m: null, d: null }, t);
        continue;
      }
      if (t.length === 2) {
        const m = Number(t);
        if (isDigits(next, 4) && isYear(Number(next!.text)) && m >= 1 && m <= 12) {
          pushDate(out, c.aside, { y: Number(next!.text), m, d: null }, `${t}-${next!.text}`);
          i += 1;
          continue;
        }
        const d = next && isDigits(next, 2) ? Number(next.text) : 0;
        if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
          pushDate(out, c.aside, { y: null, m, d }, `${t}-${next!.text}`);
          i += 1;
          continue;
        }
        out.push(tok('number', t, t, c.aside));
        continue;
      }
      if (t.length === 1) {
        if (isDigits(next, 1)) {
          out.push(tok('version', normalizeVersion(`${t}.${next!.text}`), `${t}-${next!.text}`, c.aside));
          i += 1;
        } else out.push(tok('version', t, t, c.aside));
        continue;
      }
      if (t.length === 3 && t.startsWith('0')) {
        out.push(tok('revision', t, t, c.aside));
        continue;
      }
      const date = dateOfDigits(t);
      if (date) pushDate(out, c.aside, date, t);
      else out.push(tok('number', String(n), t, c.aside));
      continue;
    }
    const month = /^[a-z]+$/.test(t) ? monthOfName(t) : null;
    if (month !== null && isDigits(next, 4) && isYear(Number(next!.text))) {
      pushDate(out, c.aside, { y: Number(next!.text), m: month, d: null }, `${t}-${next!.text}`);
      i += 1;
      continue;
    }
    if ((t === 'no' || t === 'non') && next && THINKING.has(next.text)) {
      out.push(tok('nothinking', 'nothinking', `${t}-${next.text}`, c.aside));
      i += 1;
      continue;
    }
    if (THINKING.has(t)) {
      out.push(tok('thinking', 'thinking', t, c.aside));
      continue;
    }
    out.push(...classifyWord(t, c.aside));
  }
  return settleModes(dropLeadingVendors(out));
}

/** Kinds that may follow a thinking word that is a mode. */
const TRAILING = new Set<TokenKind>(['effort', 'precision', 'context', 'thinking', 'nothinking', 'ignored']);

/** A thinking word is a mode only at the end of a name (`-thinking`, `-thinking-32k`, `-reasoning`). */
function settleModes(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'thinking' || t.aside) continue;
    let trailing = true;
    for (let j = i + 1; j < tokens.length; j++) {
      const r = tokens[j]!;
      if (!r.aside && !TRAILING.has(r.kind)) trailing = false;
    }
    if (!trailing) tokens[i] = { ...t, kind: 'word', text: t.raw };
    else if (tokens[i + 1]?.kind === 'context') tokens[i + 1] = { ...tokens[i + 1]!, kind: 'budget' };
  }
  return tokens;
}

function dropLeadingVendors(tokens: Token[]): Token[] {
  const out = [...tokens];
  for (let i = 0; i < out.length - 1; i++) {
    const t = out[i]!;
    if (t.aside || t.kind !== 'word' || !VENDORS.has(t.text)) break;
    out[i] = { ...t, kind: 'vendor' };
  }
  return out;
}

/** The classified tokens of one name. */
export function tokenize(name: string): Token[] {
  return tokensOf(chunksOf(name));
}
