// Dates inside model names: `20241022`, `2024-10-22`, `10-2024`, `0711`, `2507`, `03-25`, `june-2024`.
// A name often says only part of a date (a month and a day, a year and a month), so a date is partial
// and two dates agree when every field both of them state is equal.

export interface PartialDate {
  y: number | null;
  m: number | null;
  d: number | null;
}

const DAY_MS = 86_400_000;

/** Days a listing may come before the snapshot it names (a vendor may date a snapshot a little late). */
export const PIN_EARLY_DAYS = 7;
/** Days a listing may come after the snapshot it names (OpenRouter often lists a model days or weeks later). */
export const PIN_LATE_DAYS = 45;

const MONTHS = 'january february march april may june july august september october november december'.split(
  ' ',
);

function validMonthDay(m: number, d: number | null): boolean {
  return m >= 1 && m <= 12 && (d === null || (d >= 1 && d <= 31));
}

/** A year a model name could plausibly carry. */
export function isYear(n: number): boolean {
  return n >= 2020 && n <= 2035;
}

/** `march` / `mar` → 3, else null. */
export function monthOfName(word: string): number | null {
  if (word.length < 3) return null;
  const i = MONTHS.findIndex((name) => name.startsWith(word));
  return i === -1 ? null : i + 1;
}

/**
 * One all-digit chunk read as a date on its own: `20241022` (yyyymmdd), `202412` (yyyymm),
 * `2507` (yymm, years 23–35), `0528` (mmdd). Null when the digits are no date.
 */
export function dateOfDigits(s: string): PartialDate | null {
  if (!/^\d+$/.test(s)) return null;
  if (s.length === 8) {
    const y = Number(s.slice(0, 4));
    const m = Number(s.slice(4, 6));
    const d = Number(s.slice(6, 8));
    return isYear(y) && validMonthDay(m, d) ? { y, m, d } : null;
  }
  if (s.length === 6) {
    const y = Number(s.slice(0, 4));
    const m = Number(s.slice(4, 6));
    return isYear(y) && validMonthDay(m, null) ? { y, m, d: null } : null;
  }
  if (s.length === 4) {
    const a = Number(s.slice(0, 2));
    const b = Number(s.slice(2, 4));
    // yymm first: no month is numbered 23 or more, so `2411` can only be 2024-11.
    if (a >= 23 && a <= 35 && validMonthDay(b, null)) return { y: 2000 + a, m: b, d: null };
    if (validMonthDay(a, b)) return { y: null, m: a, d: b };
  }
  return null;
}

/** Field-by-field comparison: `unknown` when the two state no common field. */
export function compareDates(a: PartialDate, b: PartialDate): 'agree' | 'conflict' | 'unknown' {
  let common = 0;
  for (const f of ['y', 'm', 'd'] as const) {
    const x = a[f];
    const y = b[f];
    if (x === null || y === null) continue;
    if (x !== y) return 'conflict';
    common++;
  }
  return common === 0 ? 'unknown' : 'agree';
}

export function formatDate(d: PartialDate): string {
  const p = (n: number) => String(n).padStart(2, '0');
  if (d.y !== null && d.m !== null && d.d !== null) return `${d.y}-${p(d.m)}-${p(d.d)}`;
  if (d.y !== null && d.m !== null) return `${d.y}-${p(d.m)}`;
  if (d.m !== null && d.d !== null) return `${p(d.m)}-${p(d.d)}`;
  if (d.y !== null) return String(d.y);
  return '?';
}

/** Parse an ISO day (`2024-10-22`) into a full partial date, or null. */
export function dateOfIso(iso: string | null): PartialDate | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: m[3] ? Number(m[3]) : null };
}

function utc(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d);
}

/** The span of days a partial date covers, its year taken from `yearHint` when it states none. */
function span(d: PartialDate, yearHint: number): [number, number] | null {
  if (d.m === null) return null;
  const y = d.y ?? yearHint;
  if (d.d !== null) return [utc(y, d.m, d.d), utc(y, d.m, d.d)];
  return [utc(y, d.m, 1), utc(y, d.m + 1, 1) - DAY_MS];
}

export interface PinCheck {
  status: 'consistent' | 'before' | 'after';
  /** Signed days from the end of the snapshot's span to the pin (negative: the pin is earlier). */
  days: number;
}

/**
 * Can a listing on day `pin` name the snapshot `snapshot`? Consistent when the pin falls from
 * PIN_EARLY_DAYS before to PIN_LATE_DAYS after the snapshot's date. A snapshot without a year takes
 * the latest year that does not put it after the pin. Null when the snapshot names no month.
 */
export function checkPin(snapshot: PartialDate, pin: PartialDate): PinCheck | null {
  if (pin.y === null || pin.m === null || pin.d === null) return null;
  const at = utc(pin.y, pin.m, pin.d);
  let s = span(snapshot, pin.y);
  if (!s) return null;
  if (snapshot.y === null && s[0] > at + PIN_EARLY_DAYS * DAY_MS) s = span(snapshot, pin.y - 1)!;
  const [lo, hi] = s;
  if (at < lo - PIN_EARLY_DAYS * DAY_MS) return { status: 'before', days: Math.round((at - lo) / DAY_MS) };
  const days = Math.round((at - hi) / DAY_MS);
  if (at > hi + PIN_LATE_DAYS * DAY_MS) return { status: 'after', days };
  return { status: 'consistent', days };
}

/** A sortable number for a partial date (unknown year sorts by month and day alone). */
export function dateOrder(d: PartialDate): number {
  return (d.y ?? 0) * 10_000 + (d.m ?? 0) * 100 + (d.d ?? 0);
}
