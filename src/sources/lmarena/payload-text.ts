// Reading an arena payload's text into JSON or CSV cells, with whole-payload failures as
// PayloadErrors that say what was found instead.

import { parse as parseCsv } from 'csv-parse/sync';
import type { SourceName } from '../../domain/model.ts';
import { PayloadError } from '../source.ts';

function firstChar(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .charAt(0);
}

function refuseEmptyOrHtml(text: string, source: SourceName, location: string, expected: string): void {
  if (text.replace(/^\uFEFF/, '').trim() === '')
    throw new PayloadError(source, location, 'the payload is empty');
  if (firstChar(text) === '<')
    throw new PayloadError(
      source,
      location,
      `the payload looks like an HTML page, not ${expected}`,
      'The URL probably served an error or login page; check it in a browser. The previous snapshot is unchanged.',
    );
}

/**
 * Parse JSON. Files written by Python may hold bare `NaN` / `Infinity` tokens, which JSON.parse
 * refuses; they are read as the strings "NaN" / "Infinity" so that one bad value rejects one entry.
 */
export function readJson(text: string, source: SourceName, location: string): unknown {
  refuseEmptyOrHtml(text, source, location, 'JSON');
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch (error) {
    try {
      return JSON.parse(quoteNonFiniteTokens(body));
    } catch {
      throw new PayloadError(
        source,
        location,
        `the payload is not valid JSON (${(error as Error).message})`,
        'The download may be truncated; fetch it again. The previous snapshot is unchanged.',
      );
    }
  }
}

/** Wrap bare NaN, Infinity and -Infinity tokens (outside strings) in quotes. */
export function quoteNonFiniteTokens(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
      continue;
    }
    const token = /^(-?Infinity|NaN)/.exec(text.slice(i, i + 9))?.[1];
    if (token) {
      out += `"${token}"`;
      i += token.length - 1;
      continue;
    }
    out += c;
  }
  return out;
}

export interface CsvTable {
  /** Column names as written in the header, trimmed. */
  header: string[];
  /** Data rows, 1-based `row` counted after the header; cells keyed by header name, trimmed. */
  rows: { row: number; cells: Record<string, string>; width: number }[];
}

/** Parse CSV with a header line. Quoted fields may hold commas; rows of the wrong width are kept with their width. */
export function readCsv(text: string, source: SourceName, location: string): CsvTable {
  refuseEmptyOrHtml(text, source, location, 'CSV');
  const first = firstChar(text);
  if (first === '{' || first === '[')
    throw new PayloadError(source, location, 'the payload looks like JSON, not CSV');
  let cells: string[][];
  try {
    cells = parseCsv(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new PayloadError(
      source,
      location,
      `the payload is not readable CSV (${(error as Error).message})`,
      'The download may be truncated; fetch it again. The previous snapshot is unchanged.',
    );
  }
  const [header = [], ...body] = cells;
  if (body.length === 0) throw new PayloadError(source, location, 'the CSV has a header but no rows');
  return {
    header,
    rows: body.map((values, i) => ({
      row: i + 1,
      width: values.length,
      cells: Object.fromEntries(header.map((name, j) => [name, values[j] ?? ''])),
    })),
  };
}

/** Throws when the header lacks a required column, naming the columns it has. */
export function requireColumns(
  table: CsvTable,
  required: readonly (string | readonly string[])[],
  source: SourceName,
  location: string,
): void {
  const have = new Set(table.header);
  const missing = required
    .filter((r) => (typeof r === 'string' ? !have.has(r) : !r.some((alt) => have.has(alt))))
    .map((r) => (typeof r === 'string' ? r : r.join(' or ')));
  if (missing.length > 0)
    throw new PayloadError(
      source,
      location,
      `the CSV header lacks ${missing.map((m) => `\`${m}\``).join(', ')}; it has ${
        table.header.length > 0 ? table.header.map((h) => `\`${h}\``).join(', ') : 'no columns'
      }`,
      'Check that the file is the right kind of table. The previous snapshot is unchanged.',
    );
}
