// Content addresses for raw records: the same JSON value, whatever its key order, gets the same hash.

import { createHash } from 'node:crypto';

/** Thrown inside the fast serializer when a value is not plain JSON data; the reference form takes over. */
const NOT_PLAIN = Symbol('not plain JSON data');

/**
 * JSON with every object's keys sorted, so equal values serialize to equal text. Plain data (what
 * JSON.parse and the parsers build) is copied with sorted keys and written by JSON.stringify's own fast path; anything else (toJSON,
 * class instances, functions, bigints) goes through the reference form, so the text never differs.
 */
export function canonicalJson(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  try {
    return JSON.stringify(sortedCopy(value));
  } catch (error) {
    if (error === NOT_PLAIN) return referenceCanonicalJson(value);
    throw error;
  }
}

/** The definition canonicalJson must match: JSON.stringify rebuilding each object with sorted keys. */
export function referenceCanonicalJson(value: unknown): string | undefined {
  return JSON.stringify(value, (_key: string, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const record = v as Record<string, unknown>;
    // fromEntries defines own properties, so a "__proto__" key stays data.
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, record[key]]),
    );
  });
}

/** A copy with every object's keys inserted in sorted order; JSON.stringify then writes them in that order. */
function sortedCopy(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) {
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') throw NOT_PLAIN;
    return v;
  }
  if (Array.isArray(v)) {
    if (Object.getPrototypeOf(v) !== Array.prototype) throw NOT_PLAIN;
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = sortedCopy(v[i]);
    return out;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) throw NOT_PLAIN;
  const record = v as Record<string, unknown>;
  if (typeof record.toJSON === 'function') throw NOT_PLAIN;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    const item = sortedCopy(record[key]);
    // Assigning "__proto__" would set the prototype; defining it keeps it data, as fromEntries does.
    if (key === '__proto__') {
      Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    } else out[key] = item;
  }
  return out;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
