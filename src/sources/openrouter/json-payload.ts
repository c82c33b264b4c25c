// Whole-payload checks shared by the OpenRouter parsers: the text must be a complete JSON document
// shaped `{"data": …}`. Anything else stops the ingest with a PayloadError that says what was found.

import type { SourceName } from '../../domain/model.ts';
import { PayloadError } from '../source.ts';

/** Parse the text as JSON, or say precisely why it is not a payload. */
export function parseJsonText(text: string, source: SourceName, location: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '')
    throw new PayloadError(source, location, `the payload is empty (${text.length} characters, no JSON)`);
  if (trimmed.startsWith('<')) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(trimmed)?.[1]?.trim();
    throw new PayloadError(
      source,
      location,
      `the payload is an HTML page, not JSON${title ? ` (titled "${title}")` : ''}: an error, login or maintenance page was served in place of the data`,
      'Fetch it again later or check the URL; the previous snapshot is unchanged.',
    );
  }
  try {
    return JSON.parse(trimmed);
  } catch (error) {
    const unfinished = unfinishedJson(trimmed);
    if (unfinished)
      throw new PayloadError(
        source,
        location,
        `the JSON is truncated: it ends ${unfinished} after ${text.length} characters (cut short in transit or by the server)`,
        'Fetch it again; the previous snapshot is unchanged.',
      );
    const detail = error instanceof Error ? error.message : String(error);
    throw new PayloadError(
      source,
      location,
      `the payload is not valid JSON (${detail}); it starts with ${JSON.stringify(trimmed.slice(0, 60))}`,
    );
  }
}

/** Why a JSON text stops before its end ("inside a string", "with 3 brackets still open"), or null. */
export function unfinishedJson(text: string): string | null {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const ch of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
  }
  if (inString) return 'inside a string';
  if (depth > 0) return `with ${depth} ${depth === 1 ? 'bracket' : 'brackets'} still open`;
  return null;
}

/**
 * The value of `data` in a `{"data": …}` document. An upstream error object, another top-level type,
 * or a missing `data` field is a PayloadError naming what was there instead.
 */
export function dataField(value: unknown, source: SourceName, location: string, expected: string): unknown {
  if (Array.isArray(value))
    throw new PayloadError(source, location, `the top level is a list; expected an object with ${expected}`);
  if (value === null || typeof value !== 'object')
    throw new PayloadError(
      source,
      location,
      `the top level is ${describeValue(value)}; expected an object with ${expected}`,
    );
  const object = value as Record<string, unknown>;
  if ('data' in object) return object.data;
  const upstream = upstreamError(object.error);
  if (upstream)
    throw new PayloadError(
      source,
      location,
      `OpenRouter answered with an error instead of data: ${upstream}`,
      'Check the URL and any API key, then fetch again; the previous snapshot is unchanged.',
    );
  const keys = Object.keys(object);
  const lists = keys.filter((key) => Array.isArray(object[key]));
  const found =
    keys.length === 0 ? 'an empty object' : `fields ${keys.map((k) => JSON.stringify(k)).join(', ')}`;
  const renamed =
    lists.length > 0 ? ` (was "data" renamed to ${lists.map((k) => JSON.stringify(k)).join(' or ')}?)` : '';
  throw new PayloadError(
    source,
    location,
    `the object has no "data" field; found ${found}${renamed}, expected ${expected}`,
    'The upstream format may have changed: check the payload and update the parser; the previous snapshot is unchanged.',
  );
}

function upstreamError(error: unknown): string | null {
  if (typeof error === 'string') return error;
  if (error === null || typeof error !== 'object') return null;
  const { message, code } = error as { message?: unknown; code?: unknown };
  if (typeof message !== 'string') return null;
  return code === undefined ? message : `${message} (code ${String(code)})`;
}

/** A short phrase for a JSON value in messages: `null`, `the number 5`, `the string "abc"`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value === '' ? 'an empty string' : `the string ${JSON.stringify(truncate(value, 60))}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
