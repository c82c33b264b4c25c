// Reviewed match decisions: a JSON Lines file, one decision per line, `#` lines and blank lines
// ignored. Each line says an OpenRouter id is (`same`) or is not (`different`) an arena key, why,
// and when it was reviewed. A decision on a base id covers its variants (`:free`, `:beta` …)
// unless the variant has a decision of its own.

import type { OpenRouterModel } from '../sources/types.ts';
import type { MatchOverride } from './types.ts';

const FIELDS = ['openrouterId', 'arenaKey', 'decision', 'reason', 'reviewed'] as const;

function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Problems with one parsed line, as clauses. */
function problemsOf(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['is not a JSON object'];
  const o = value as Record<string, unknown>;
  const out: string[] = [];
  for (const k of Object.keys(o))
    if (!(FIELDS as readonly string[]).includes(k))
      out.push(`has an unknown field "${k}" (fields are ${FIELDS.join(', ')})`);
  for (const k of FIELDS) if (typeof o[k] !== 'string') out.push(`needs "${k}" as a string`);
  if (out.length) return out;
  const id = o.openrouterId as string;
  if (!/^[^/\s]+\/[^\s]+$/.test(id))
    out.push(`"openrouterId" should look like "author/slug", got ${JSON.stringify(id)}`);
  if ((o.arenaKey as string).trim() === '') out.push('"arenaKey" is empty');
  if (o.decision !== 'same' && o.decision !== 'different')
    out.push(`"decision" is "same" or "different", got ${JSON.stringify(o.decision)}`);
  if ((o.reason as string).trim().length < 10) out.push('"reason" should say why in a sentence');
  if (!isRealDate(o.reviewed as string))
    out.push(`"reviewed" should be the review date as YYYY-MM-DD, got ${JSON.stringify(o.reviewed)}`);
  return out;
}

/**
 * Parse the override file. Throws one Error listing every bad line by number, so the file can be
 * fixed in one pass.
 */
export function parseOverrides(text: string): MatchOverride[] {
  const out: MatchOverride[] = [];
  const errors: string[] = [];
  const seenPair = new Map<string, number>();
  const seenSame = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      errors.push(`line ${n}: not valid JSON (${(err as Error).message})`);
      return;
    }
    const problems = problemsOf(value);
    if (problems.length) {
      errors.push(`line ${n}: ${problems.join('; ')}`);
      return;
    }
    const o = value as MatchOverride;
    const override: MatchOverride = {
      openrouterId: o.openrouterId,
      arenaKey: o.arenaKey,
      decision: o.decision,
      reason: o.reason.trim(),
      reviewed: o.reviewed,
    };
    const pair = `${override.openrouterId}\u0000${override.arenaKey}`;
    const before = seenPair.get(pair);
    if (before !== undefined) {
      errors.push(
        `line ${n}: ${override.openrouterId} and ${override.arenaKey} were already decided on line ${before}`,
      );
      return;
    }
    seenPair.set(pair, n);
    if (override.decision === 'same') {
      const other = seenSame.get(override.openrouterId);
      if (other !== undefined) {
        errors.push(
          `line ${n}: ${override.openrouterId} is already "same" as another key on line ${other}; one id has one arena key`,
        );
        return;
      }
      seenSame.set(override.openrouterId, n);
    }
    out.push(override);
  });
  if (errors.length)
    throw new Error(
      `The match override file has ${errors.length} bad line${errors.length === 1 ? '' : 's'}; fix ${errors.length === 1 ? 'it' : 'them'} and run again:\n${errors.join('\n')}`,
    );
  return out;
}

/** The decisions that apply to one model: its own, else its base id's. */
export function overridesFor(
  overrides: readonly MatchOverride[] | null,
  model: OpenRouterModel,
): MatchOverride[] {
  if (!overrides) return [];
  const own = overrides.filter((o) => o.openrouterId === model.id);
  if (own.length || model.baseId === model.id) return own;
  return overrides.filter((o) => o.openrouterId === model.baseId);
}
