// Reading a JSON payload at the edge: anything that is not a JSON document (empty, an HTML error
// page, truncated bytes) stops the ingest with a PayloadError that says what it looked like.

import type { SourceName } from '../../domain/model.ts';
import { PayloadError } from '../source.ts';

/** Parse `text` as JSON or throw a PayloadError naming the source, the location and the problem. */
export function readJsonPayload(text: string, source: SourceName, location: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') throw new PayloadError(source, location, 'the payload is empty');
  if (trimmed.startsWith('<')) {
    throw new PayloadError(
      source,
      location,
      'the payload is an HTML page, not JSON (an error or login page was served instead of the data)',
    );
  }
  try {
    return JSON.parse(trimmed);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new PayloadError(
      source,
      location,
      `the payload is not valid JSON, it may be truncated (${detail})`,
    );
  }
}

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short readable description of a JSON value's type, for rejection reasons. */
export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
