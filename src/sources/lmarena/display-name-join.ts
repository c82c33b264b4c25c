// Leaderboard CSV rows carry display names, not keys. A row is joined to keys by these rules, in order:
//   key-table        its display name is exactly a key-table display name → every key with that name
//                    (several keys sharing one name are aliases: all of them get the row);
//   same-as-key      its slug equals the slug of exactly one known key (`Gemini-2.5-Pro` → gemini-2.5-pro);
//   same-as-listed   its slug equals the slug of exactly one key-table display name
//                    (`Gemma-2-27b-it` ↔ `Gemma-2-27B-it`) → that name's keys;
//   synthesized      (only when asked) the slug itself becomes the key, marked as synthesized.
// A key joined by an earlier rule is never claimed again, and a slug two rows share joins neither.

import type { ArenaKeyEntry } from '../types.ts';

/**
 * The slug of a display name: lower case, accents dropped, `+` spelled `plus`, every run of other
 * characters than a–z, 0–9 and `.` turned into one `-`.
 * `Claude 3.5 Sonnet (20241022)` → `claude-3.5-sonnet-20241022`; `Command R+ (08-2024)` → `command-r-plus-08-2024`.
 */
export function slugOfDisplayName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\+/g, '-plus-')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

export type JoinRule = 'key-table' | 'same-as-key' | 'same-as-listed' | 'synthesized';

export interface RowJoin {
  keys: string[];
  rule: JoinRule;
}

export interface JoinResult {
  /** Display name → its keys and the rule that joined them; unjoined rows are absent. */
  byDisplayName: Map<string, RowJoin>;
  unjoined: string[];
  /** Rows left unjoined because their slug was ambiguous or taken, with why. */
  conflicts: string[];
}

/** Values that map to exactly one group; slugs shared by different groups are dropped as ambiguous. */
function uniqueBySlug(values: Iterable<[slug: string, value: string]>): Map<string, string> {
  const out = new Map<string, string | null>();
  for (const [slug, value] of values) {
    if (slug === '') continue;
    const current = out.get(slug);
    out.set(slug, current === undefined || current === value ? value : null);
  }
  return new Map([...out].filter((e): e is [string, string] => e[1] !== null));
}

export function joinDisplayNames(
  names: readonly string[],
  keyTable: ReadonlyMap<string, ArenaKeyEntry>,
  knownKeys: ReadonlySet<string>,
  options: { synthesize: boolean },
): JoinResult {
  const keysByName = new Map<string, string[]>();
  for (const entry of keyTable.values()) {
    const list = keysByName.get(entry.displayName) ?? [];
    list.push(entry.key);
    keysByName.set(entry.displayName, list);
  }
  const keyBySlug = uniqueBySlug([...knownKeys].map((k) => [slugOfDisplayName(k), k]));
  const listedNameBySlug = uniqueBySlug([...keysByName.keys()].map((n) => [slugOfDisplayName(n), n]));

  const byDisplayName = new Map<string, RowJoin>();
  const claimed = new Set<string>();
  const conflicts: string[] = [];
  for (const name of names) {
    const keys = keysByName.get(name);
    if (!keys) continue;
    byDisplayName.set(name, { keys: [...keys], rule: 'key-table' });
    for (const k of keys) claimed.add(k);
  }

  // Later rules: propose first, then accept only proposals no other row makes.
  const proposals = new Map<string, { keys: string[]; rule: JoinRule }>();
  for (const name of names) {
    if (byDisplayName.has(name)) continue;
    const slug = slugOfDisplayName(name);
    const key = keyBySlug.get(slug);
    const listed = listedNameBySlug.get(slug);
    if (key !== undefined) proposals.set(name, { keys: [key], rule: 'same-as-key' });
    else if (listed !== undefined)
      proposals.set(name, { keys: keysByName.get(listed)!, rule: 'same-as-listed' });
    else if (options.synthesize && slug !== '' && !knownKeys.has(slug))
      proposals.set(name, { keys: [slug], rule: 'synthesized' });
  }
  const proposedBy = new Map<string, string[]>();
  for (const [name, p] of proposals)
    for (const k of p.keys) proposedBy.set(k, [...(proposedBy.get(k) ?? []), name]);
  for (const [name, p] of proposals) {
    const taken = p.keys.find((k) => claimed.has(k));
    const shared = p.keys.find((k) => proposedBy.get(k)!.length > 1);
    if (taken !== undefined)
      conflicts.push(`${name}: ${taken} already joined to another row by its display name`);
    else if (shared !== undefined)
      conflicts.push(
        `${name}: ${shared} would also join ${proposedBy
          .get(shared)!
          .filter((n) => n !== name)
          .join(', ')}`,
      );
    else byDisplayName.set(name, { keys: [...p.keys], rule: p.rule });
  }
  const unjoined = names.filter((n) => !byDisplayName.has(n));
  return { byDisplayName, unjoined, conflicts };
}
