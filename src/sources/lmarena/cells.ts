// Cell values shared by the arena tables: missing markers, knowledge cutoffs, numbers.

/** `-` and the empty string mean "missing" in the arena tables. */
export function textOrNull(value: string | undefined): string | null {
  const t = (value ?? '').trim();
  return t === '' || t === '-' ? null : t;
}

/**
 * A knowledge cutoff as the arena writes it (`2023/10`, `2023/6`) becomes `2023-10`;
 * `Unknown`, `-` and empty are missing; anything else (`Online`) is kept verbatim.
 */
export function knowledgeCutoff(value: string | undefined): string | null {
  const t = textOrNull(value);
  if (t === null || t.toLowerCase() === 'unknown') return null;
  const m = /^(\d{4})\/(\d{1,2})$/.exec(t);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}` : t;
}

export type CellNumber = { ok: true; value: number | null } | { ok: false; reason: string };

/** A decimal cell: missing markers give null, anything else must be a finite number. */
export function numberCell(value: string | undefined, options: { integer?: boolean } = {}): CellNumber {
  const t = textOrNull(value);
  if (t === null) return { ok: true, value: null };
  const n = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
  if (!Number.isFinite(n)) return { ok: false, reason: `${JSON.stringify(t)} is not a number` };
  if (options.integer && !Number.isInteger(n))
    return { ok: false, reason: `${JSON.stringify(t)} is not a whole number` };
  return { ok: true, value: n };
}
