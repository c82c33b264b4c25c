// The HF Space key table `leaderboard_table_*.csv`: arena key → display name, organization,
// license. It lists every model ever shown (ranked or not) and has no scores. `-` means missing.

import type { InputMeta, Parsed, RawRecord, Rejection, SourceParser } from '../source.ts';
import type { ArenaKeyEntry } from '../types.ts';
import { knowledgeCutoff, numberCell, textOrNull } from './cells.ts';
import { FirstOfEachId } from './duplicates.ts';
import { readCsv, requireColumns } from './payload-text.ts';

const SOURCE = 'lmarena-keys' as const;

function parseKeys(text: string, input: InputMeta): Parsed<ArenaKeyEntry> {
  const table = readCsv(text, SOURCE, input.location);
  requireColumns(table, ['key', 'Model'], SOURCE, input.location);
  const records: ArenaKeyEntry[] = [];
  const rejections: Rejection[] = [];
  const raw: RawRecord[] = [];
  const notes: string[] = [];
  const repeats = new FirstOfEachId<Record<string, string>>(SOURCE, 'key');
  for (const { row, cells, width } of table.rows) {
    const key = cells.key ?? '';
    const reject = (field: string | null, reason: string) =>
      rejections.push({ source: SOURCE, recordId: key || `row ${row}`, field, reason });
    if (width !== table.header.length) {
      reject(null, `row ${row} has ${width} fields where the header has ${table.header.length}`);
      continue;
    }
    if (key === '') {
      reject('key', `row ${row} has no key`);
      continue;
    }
    const displayName = textOrNull(cells.Model);
    if (displayName === null) {
      reject('Model', `row ${row} has no display name`);
      continue;
    }
    const admitted = repeats.admit(key, cells, `row ${row}`);
    if (admitted.rejection) rejections.push(admitted.rejection);
    if (!admitted.keep) continue;
    // A bad side figure must not cost the key → display name mapping: it is left empty, with a note.
    const figure = (column: string): number | null => {
      const n = numberCell(cells[column]);
      if (n.ok) return n.value;
      notes.push(`${key}: ${column} ${n.reason}; left empty`);
      return null;
    };
    const mtBench = figure('MT-bench (score)');
    const mmlu = figure('MMLU');
    records.push({
      key,
      displayName,
      organization: textOrNull(cells.Organization),
      license: textOrNull(cells.License),
      knowledgeCutoff: knowledgeCutoff(cells['Knowledge cutoff date']),
      link: textOrNull(cells.Link),
      mtBench,
      mmlu,
    });
    raw.push({ source: SOURCE, recordId: key, raw: cells });
  }
  const note = repeats.note();
  if (note) notes.push(note);
  return { records, rejections, raw, notes };
}

/** Parser for `lmarena.keys.csv` payloads (HF Space `leaderboard_table_YYYYMMDD.csv`). */
export const arenaKeys: SourceParser<ArenaKeyEntry> = {
  kind: 'lmarena.keys.csv',
  source: SOURCE,
  parse: parseKeys,
};
