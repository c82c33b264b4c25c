// The source adapter contract: fetching is separate from parsing.
// A payload is read (from a live URL or a recorded file) into text, then one parser turns the text
// into normalized records. The same parser serves both, so recorded files test the live path.

import type { SourceName } from '../domain/model.ts';

/** The manifest kinds this project reads (see ../shared/data/manifest.json). */
export const SOURCE_KINDS = [
  'openrouter.models',
  'openrouter.endpoints',
  'lmarena.catalog.ratings',
  'lmarena.catalog.prices',
  'lmarena.keys.csv',
  'lmarena.leaderboard.csv',
  'litellm.prices',
  'modelsdev.api',
  'openrouter.usage',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Where a payload came from, as recorded with every snapshot. */
export interface InputMeta {
  kind: SourceKind;
  /** A URL or a file path. */
  location: string;
  /** The day the data represents (ISO date). */
  date: string;
  /** A filtered or top-N listing, never used as a full catalog. */
  partial: boolean;
  /** Extra manifest fields (arena, styleControl, format, dateFrom, note …). */
  meta: Record<string, unknown>;
}

/** The bytes of one payload and their fingerprint. */
export interface FetchedPayload extends InputMeta {
  text: string;
  sha256: string;
  bytes: number;
  /** HTTP status and content type for live fetches; null for files. */
  httpStatus: number | null;
  contentType: string | null;
}

/** One record left out of an ingest, with a reason a reader can act on. */
export interface Rejection {
  source: SourceName;
  /** The record's id in the source (model id, arena key, row number …), null when it has none. */
  recordId: string | null;
  /** The offending field (dotted path), null when the whole record is malformed. */
  field: string | null;
  reason: string;
}

/** A raw source record, kept verbatim for the page's raw fields snapshot. */
export interface RawRecord {
  source: SourceName;
  recordId: string;
  raw: unknown;
}

export interface Parsed<T> {
  records: T[];
  rejections: Rejection[];
  /** Verbatim upstream records, one per accepted record (and per rejected one that had an id). */
  raw: RawRecord[];
  /** Non-fatal remarks about the payload as a whole (e.g. "partial catalog: tools filter"). */
  notes: string[];
}

/**
 * The payload is not a catalog at all (not JSON, an HTML error page, truncated, empty, wrong shape).
 * The whole ingest stops on it and nothing is written.
 */
export class PayloadError extends Error {
  override readonly name = 'PayloadError';
  constructor(
    readonly source: SourceName,
    readonly location: string,
    readonly problem: string,
    readonly hint = 'Check the file or URL; the previous snapshot is unchanged.',
  ) {
    super(`${source}: ${location}: ${problem}. ${hint}`);
  }
}

/** A parser for one manifest kind. Pure: text in, records out. */
export interface SourceParser<T> {
  readonly kind: SourceKind;
  readonly source: SourceName;
  parse(text: string, input: InputMeta): Parsed<T>;
}
