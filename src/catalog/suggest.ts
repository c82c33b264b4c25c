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
  if (a === '' || b === '') return 0;
  if (a === b) return 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of ga) {
    shared += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  const dice = (2 * shared) / total;
  const contained = a.includes(b) || b.includes(a) ? 0.25 : 0;
  return Math.min(1, dice + contained);
}

export function suggestModels(records: readonly ModelRecord[], text: string, n: number): ModelRecord[] {
  const query = normalize(text);
  if (query === '' || n <= 0) return [];
  const scored: { record: ModelRecord; score: number }[] = [];
  for (const record of records) {
    const slug = normalize(record.id.includes('/') ? record.id.slice(record.id.indexOf('/') + 1) : record.id);
    const score = Math.max(
      similarity(query, normalize(record.id)),
      similarity(query, slug),
      similarity(query, normalize(record.name)),
    );
    if (score >= 0.3) scored.push({ record, score });
  }
  scored.sort((a, b) => b.score - a.score || a.record.id.localeCompare(b.record.id));
  return scored.slice(0, n).map((s) => s.record);
}
