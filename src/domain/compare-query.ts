// The compare page's state ↔ URL: which models (ids=a,b,c) and the workload of the cost
// calculator (in_tokens, out_tokens, cache_pct). Shared by the server page and its island.

import { DEFAULT_WORKLOAD, type Workload, workloadProblems } from './cost.ts';
import { MODEL_ID } from './model-id.ts';

export const MAX_COMPARE = 12;

export interface CompareQuery {
  ids: string[];
  workload: Workload;
}

export type CompareParse =
  | { ok: true; query: CompareQuery; notes: string[] }
  | { ok: false; errors: string[] };

const MAX_ID = 200;

function readCount(raw: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([kKmMbB]?)$/.exec(raw.replace(/[,_\s]/g, ''));
  if (!m) return null;
  const scale = { '': 1, k: 1e3, m: 1e6, b: 1e9 }[m[2]!.toLowerCase()] ?? 1;
  return Math.round(Number(m[1]) * scale);
}

/**
 * Read the compare parameters. Ids come repeated or comma-separated; other parameters (an
 * explorer form submits its filters too) are ignored. Returns notes for ids beyond the limit.
 */
export function parseCompareQuery(params: URLSearchParams): CompareParse {
  const errors: string[] = [];
  const notes: string[] = [];
  const ids = [
    ...new Set(
      params
        .getAll('ids')
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter((v) => v !== ''),
    ),
  ];
  for (const id of ids)
    if (id.length > MAX_ID || !MODEL_ID.test(id)) errors.push(`"${id.slice(0, 40)}" is not a model id.`);
  if (ids.length > MAX_COMPARE)
    notes.push(`Only the first ${MAX_COMPARE} of the ${ids.length} models are compared.`);

  const workload: Workload = { ...DEFAULT_WORKLOAD };
  const one = (name: string): string | null => {
    const values = params
      .getAll(name)
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (values.length > 1)
      errors.push(`The parameter "${name}" was given ${values.length} times; give it once.`);
    return values[0] ?? null;
  };
  const inTokens = one('in_tokens');
  const outTokens = one('out_tokens');
  const cachePct = one('cache_pct');
  if (inTokens !== null) {
    const n = readCount(inTokens);
    if (n === null)
      errors.push(
        `Input tokens per month must be a number, like 10000000 or 10M; "${inTokens.slice(0, 40)}" is not.`,
      );
    else workload.inputTokens = n;
  }
  if (outTokens !== null) {
    const n = readCount(outTokens);
    if (n === null)
      errors.push(
        `Output tokens per month must be a number, like 2000000 or 2M; "${outTokens.slice(0, 40)}" is not.`,
      );
    else workload.outputTokens = n;
  }
  if (cachePct !== null) {
    const n = /^\d+(\.\d+)?$/.test(cachePct) ? Number(cachePct) : null;
    if (n === null)
      errors.push(`The cached share must be a percentage from 0 to 100; "${cachePct.slice(0, 40)}" is not.`);
    else workload.cachedPct = n;
  }
  if (errors.length === 0) errors.push(...workloadProblems(workload));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, query: { ids: ids.slice(0, MAX_COMPARE), workload }, notes };
}

/** The canonical compare URL: readable ids, workload only where it differs from the default. */
export function compareHref(query: CompareQuery): string {
  const id = (v: string) => encodeURIComponent(v).replace(/%2F/gi, '/').replace(/%3A/gi, ':');
  const parts: string[] = [];
  if (query.ids.length > 0) parts.push(`ids=${query.ids.map(id).join(',')}`);
  const w = query.workload;
  if (w.inputTokens !== DEFAULT_WORKLOAD.inputTokens) parts.push(`in_tokens=${w.inputTokens}`);
  if (w.outputTokens !== DEFAULT_WORKLOAD.outputTokens) parts.push(`out_tokens=${w.outputTokens}`);
  if (w.cachedPct !== DEFAULT_WORKLOAD.cachedPct) parts.push(`cache_pct=${w.cachedPct}`);
  return parts.length === 0 ? '/compare' : `/compare?${parts.join('&')}`;
}
