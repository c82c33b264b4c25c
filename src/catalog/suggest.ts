// Near names for a text that is not an id: what the 404 page offers. Scores id and name by shared
// character bigrams (Dice coefficient), with a bonus when one contains the other.

import type { ModelRecord } from '../domain/model.ts';

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/^lmarena:/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const s = ` ${text} `;
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice similarity of two normalized strings, 0..1. */
export function similarity(a: string, b: string): number {
  return gramSimilarity(prepare(a), prepare(b));
}

interface Prepared {
  text: string;
  grams: Map<string, number>;
  /** Number of bigrams: the padded text has length + 2 characters. */
  size: number;
}

function prepare(text: string): Prepared {
  return { text, grams: bigrams(text), size: text.length + 1 };
}

function gramSimilarity(a: Prepared, b: Prepared): number {
  if (a.text === '' || b.text === '') return 0;
  if (a.text === b.text) return 1;
  let shared = 0;
  for (const [g, n] of a.grams) shared += Math.min(n, b.grams.get(g) ?? 0);
  const dice = (2 * shared) / (a.size + b.size);
  const contained = a.text.includes(b.text) || b.text.includes(a.text) ? 0.25 : 0;
  return Math.min(1, dice + contained);
}

/** Longer than any id or name: the comparison costs the text's length once per record. */
export const MAX_SUGGEST_TEXT = 160;

// Each record's normalized id, slug and name with their bigrams, built once per catalog.
const preparedRecords = new WeakMap<readonly ModelRecord[], Prepared[][]>();

function preparedFor(records: readonly ModelRecord[]): Prepared[][] {
  let prepared = preparedRecords.get(records);
  if (!prepared) {
    prepared = records.map((record) => {
      const slug = record.id.includes('/') ? record.id.slice(record.id.indexOf('/') + 1) : record.id;
      return [prepare(normalize(record.id)), prepare(normalize(slug)), prepare(normalize(record.name))];
    });
    preparedRecords.set(records, prepared);
  }
  return prepared;
}

export function suggestModels(records: readonly ModelRecord[], text: string, n: number): ModelRecord[] {
  // A 50 KB path would cost seconds of CPU per request; no near name is that long.
  const query = normalize(text.slice(0, MAX_SUGGEST_TEXT));
  if (query === '' || n <= 0) return [];
  const q = prepare(query);
  const prepared = preparedFor(records);
  const scored: { record: ModelRecord; score: number }[] = [];
  records.forEach((record, i) => {
    const [id, slug, name] = prepared[i]!;
    const score = Math.max(gramSimilarity(q, id!), gramSimilarity(q, slug!), gramSimilarity(q, name!));
    if (score >= 0.3) scored.push({ record, score });
  });
  scored.sort((a, b) => b.score - a.score || a.record.id.localeCompare(b.record.id));
  return scored.slice(0, n).map((s) => s.record);
}
