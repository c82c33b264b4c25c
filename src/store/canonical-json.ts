// Content addresses for raw records: the same JSON value, whatever its key order, gets the same hash.

import { createHash } from 'node:crypto';

/** JSON with every object's keys sorted, so equal values serialize to equal text. */
export function canonicalJson(value: unknown): string | undefined {
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

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
