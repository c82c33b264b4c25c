// Format `model-activity-csv`: `Date,Model,Prompt,Completion,Reasoning,Total_Tokens`, one row per
// OpenRouter API id (variants such as `:free` are their own rows) per day, in BILLIONS of tokens.

import { parse } from 'csv-parse/sync';
import { type Parsed, PayloadError, type Rejection, type SourceParser } from '../source.ts';
import type { UsageDay, UsageOrigin } from '../types.ts';
import { rawPerModel } from './raw.ts';
import { billionsToTokens, isIsoDate } from './tokens.ts';

export const ACTIVITY_CSV_FORMAT = 'model-activity-csv';
const EXPECTED_HEADER = 'Date,Model,Prompt,Completion,Reasoning,Total_Tokens';
const REQUIRED = ['date', 'model', 'total_tokens'] as const;
const OPTIONAL = ['prompt', 'completion', 'reasoning'] as const;
/** The figures of a row, in the order they are read: a bad total is reported before a bad part. */
const FIGURES = ['total_tokens', ...OPTIONAL] as const;
/** Prompt and Completion are each rounded to 1000 tokens, so their sum may miss the total by this much. */
const ROUNDING_SLACK = 2000;

function readRows(text: string, location: string): string[][] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new PayloadError('openrouter-usage', location, 'the CSV is empty');
  if (trimmed.startsWith('<')) {
    throw new PayloadError('openrouter-usage', location, 'the payload is an HTML page, not the activity CSV');
  }
  // The export never quotes a field: split it directly (about 20× faster than the general parser).
  if (!trimmed.includes('"')) {
    return trimmed
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      .map((line) => line.split(',').map((cell) => cell.trim()));
  }
  try {
    return parse(trimmed, { relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new PayloadError('openrouter-usage', location, `the CSV cannot be read (${detail})`);
  }
}

/** Column index by lower-cased name; throws when a required column is missing. */
function columnIndex(header: string[], location: string): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    index.set(name.trim().toLowerCase(), i);
  });
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0) {
    throw new PayloadError(
      'openrouter-usage',
      location,
      `the CSV header is "${header.join(',').slice(0, 200)}", which lacks ${missing.join(', ')}; expected ${EXPECTED_HEADER}`,
      'Check that the file is the model activity export; the previous snapshot is unchanged.',
    );
  }
  return index;
}

function rowRejection(recordId: string, r: number, field: string | null, reason: string): Rejection {
  return { source: 'openrouter-usage', recordId, field, reason: `Row ${r}: ${reason}` };
}

/** The row as an object keyed by the header's names, as Object.fromEntries would build it. */
function rawRowBuilder(
  header: readonly string[],
): (row: readonly string[]) => Record<string, string | undefined> {
  // Assigning "__proto__" would set the prototype, so such a header keeps the general form.
  if (header.includes('__proto__'))
    return (row) => Object.fromEntries(header.map((name, i) => [name, row[i]]));
  return (row) => {
    const raw: Record<string, string | undefined> = {};
    for (let i = 0; i < header.length; i++) raw[header[i]!] = row[i];
    return raw;
  };
}

export const usageActivityCsv: SourceParser<UsageDay> = {
  kind: 'openrouter.usage',
  source: 'openrouter-usage',
  parse(text, input): Parsed<UsageDay> {
    const rows = readRows(text, input.location);
    const header = rows[0]!;
    const col = columnIndex(header, input.location);
    if (rows.length < 2)
      throw new PayloadError('openrouter-usage', input.location, 'the CSV has a header but no rows');
    const origin: UsageOrigin = { format: ACTIVITY_CSV_FORMAT, location: input.location, date: input.date };
    const notes: string[] = [];
    const missingOptional = OPTIONAL.filter((c) => !col.has(c));
    if (missingOptional.length > 0)
      notes.push(`The CSV has no ${missingOptional.join(', ')} column; those figures are unknown.`);

    const byKey = new Map<string, { day: UsageDay; raw: Record<string, string | undefined> }>();
    const rejections: Rejection[] = [];
    let duplicates = 0;
    let firstDuplicate = '';
    let offTotals = 0;
    // Column positions and the figure slots are worked out once, not per row (the export has ~60,000 rows).
    const dateAt = col.get('date')!;
    const modelAt = col.get('model')!;
    const figureAt = FIGURES.map((name) => col.get(name));
    const figures: (number | undefined)[] = new Array(FIGURES.length);
    const rawRow = rawRowBuilder(header);
    for (let r = 1; r < rows.length; r++) {
      const row = rows[r]!;
      const date = row[dateAt] ?? '';
      const model = row[modelAt] ?? '';
      const recordId = date && model ? `${model}@${date}` : `row ${r}`;
      if (row.length !== header.length) {
        rejections.push(
          rowRejection(
            recordId,
            r,
            null,
            `has ${row.length} fields where the header has ${header.length}; the row may be truncated.`,
          ),
        );
        continue;
      }
      if (!isIsoDate(date)) {
        rejections.push(
          rowRejection(recordId, r, 'Date', `Date ${JSON.stringify(date)} is not a YYYY-MM-DD date.`),
        );
        continue;
      }
      if (model === '') {
        rejections.push(rowRejection(recordId, r, 'Model', 'Model is empty.'));
        continue;
      }
      let bad = false;
      for (let f = 0; f < FIGURES.length; f++) {
        figures[f] = undefined;
        const at = figureAt[f];
        const text = at === undefined ? undefined : row[at];
        if (text === undefined) continue;
        const reading = billionsToTokens(text);
        if (!reading.ok) {
          const name = header[at!]!;
          rejections.push(rowRejection(recordId, r, name, `${name} ${reading.reason}.`));
          bad = true;
          break;
        }
        figures[f] = reading.tokens;
      }
      if (bad) continue;
      const day: UsageDay = {
        date,
        modelKey: model,
        keyKind: 'api-id',
        tokens: figures[0]!,
        prompt: figures[1] ?? null,
        completion: figures[2] ?? null,
        reasoning: figures[3] ?? null,
        origin,
      };
      if (day.prompt !== null && day.completion !== null) {
        if (Math.abs(day.prompt + day.completion - day.tokens) > ROUNDING_SLACK) offTotals++;
      }
      const key = `${date}\u0000${model}`;
      if (byKey.has(key)) {
        duplicates++;
        firstDuplicate ||= `${model} on ${date}`;
        byKey.delete(key); // re-inserted below so the kept row sits where the last one was
      }
      byKey.set(key, { day, raw: rawRow(row) });
    }
    if (duplicates > 0) {
      notes.push(
        `${duplicates} rows repeat an earlier (Date, Model) pair, e.g. ${firstDuplicate}; the last row of each was kept.`,
      );
    }
    if (offTotals > 0) {
      notes.push(
        `${offTotals} rows have Total_Tokens further than rounding from Prompt + Completion; Total_Tokens was used.`,
      );
    }
    const kept = [...byKey.values()];
    const records = kept.map((k) => k.day);
    if (records.length > 0) {
      const dates = records.map((d) => d.date).sort();
      const models = new Set(records.map((d) => d.modelKey));
      notes.push(
        `Daily tokens for ${models.size} model ids from ${dates[0]} to ${dates[dates.length - 1]} (${new Set(dates).size} days).`,
      );
    }
    return {
      records,
      rejections,
      raw: rawPerModel(kept.map((k) => ({ modelKey: k.day.modelKey, row: k.raw }))),
      notes,
    };
  },
};
