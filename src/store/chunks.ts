// Multi-row statements in slices small enough for any database's bound-parameter limit.

/** Rows per INSERT: 500 rows × 16 columns stays well under SQLite's 32766 and PostgreSQL's 65535 parameters. */
export const ROWS_PER_STATEMENT = 500;

export function chunked<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
