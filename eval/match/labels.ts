// The hand-labelled evaluation set (labels.tsv): one OpenRouter id per line and snapshot date, with
// the arena key that is the same model (or none), other keys of the same model in another mode that
// also count as correct, a hard-case flag and the reason.

export interface Label {
  asOf: string;
  openrouterId: string;
  /** null: no arena key ranked on that date is this model. */
  arenaKey: string | null;
  /** Other keys of the same model (thinking budget, effort, precision) also counted correct. */
  alsoAccept: string[];
  /** A near-named arena key is a different model. */
  hard: boolean;
  reason: string;
  line: number;
}

/** Parse labels.tsv. Throws one Error listing every bad line by number. */
export function parseLabels(text: string): Label[] {
  const out: Label[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cols = raw.split('\t');
    if (cols.length !== 5) {
      errors.push(
        `line ${line}: expected 5 tab-separated columns (asOf, openrouterId, arenaKey, flags, reason), got ${cols.length}`,
      );
      return;
    }
    const [asOf, openrouterId, key, flags, reason] = cols as [string, string, string, string, string];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf))
      errors.push(`line ${line}: asOf ${JSON.stringify(asOf)} is not a YYYY-MM-DD date`);
    if (!/^[^/\s]+\/\S+$/.test(openrouterId))
      errors.push(`line ${line}: ${JSON.stringify(openrouterId)} is not an OpenRouter id`);
    if (key.trim() === '') errors.push(`line ${line}: the arena key column is empty; write "-" for none`);
    if (reason.trim().length < 5) errors.push(`line ${line}: the reason is missing`);
    const items = flags
      .split(';')
      .map((f) => f.trim())
      .filter(Boolean);
    const bad = items.filter((f) => f !== 'H' && !f.startsWith('+'));
    if (bad.length) errors.push(`line ${line}: unknown flag ${bad.join(', ')} (flags are H and +KEY)`);
    const id = `${asOf} ${openrouterId}`;
    const before = seen.get(id);
    if (before !== undefined)
      errors.push(`line ${line}: ${openrouterId} is already labelled for ${asOf} on line ${before}`);
    seen.set(id, line);
    out.push({
      asOf,
      openrouterId,
      arenaKey: key === '-' ? null : key,
      alsoAccept: items.filter((f) => f.startsWith('+')).map((f) => f.slice(1)),
      hard: items.includes('H'),
      reason: reason.trim(),
      line,
    });
  });
  if (errors.length) throw new Error(`labels.tsv has ${errors.length} bad line(s):\n${errors.join('\n')}`);
  return out;
}
