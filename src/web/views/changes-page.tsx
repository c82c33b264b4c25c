// The changes page: what moved between consecutive snapshots, grouped by snapshot pair and kind,
// filterable by kind with a plain link (no JavaScript).

import type { Change, ChangeKind } from '../../catalog/types.ts';
import { CHANGE_KINDS } from '../../catalog/types.ts';
import { formatInteger } from '../../domain/format.ts';
import { applyChangesFilter, type ChangesFilter, changesQuery } from '../changes-filter.ts';
import type { WebContext } from '../context.ts';
import { modelPath } from '../paths.ts';
import { CHANGE_KIND_LABELS, CHANGE_KIND_SHORT, changeDirection, describeChange } from './change-text.ts';
import { Layout, renderDocument } from './layout.tsx';
import { TableScroll } from './table-scroll.tsx';
import { UsageMoversSection } from './usage-movers.tsx';

/** Changes grouped by snapshot pair, newest pair first, keeping the catalog's order inside a pair. */
export interface ChangePair {
  key: string;
  from: string;
  to: string;
  /** Id of the later snapshot. */
  toId: number;
  changes: Change[];
}

export function groupByPair(changes: readonly Change[]): ChangePair[] {
  const groups = new Map<string, ChangePair>();
  for (const c of changes) {
    const key = `${c.from.snapshotId}-${c.to.snapshotId}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, from: c.from.asOf, to: c.to.asOf, toId: c.to.snapshotId, changes: [] };
      groups.set(key, g);
    }
    g.changes.push(c);
  }
  return [...groups.values()];
}

function ChangeRow({ ctx, change }: { ctx: WebContext; change: Change }) {
  const known = ctx.catalog.get(change.modelId);
  const dir = changeDirection(change);
  return (
    <tr>
      <td>{CHANGE_KIND_SHORT[change.kind]}</td>
      <th scope="row" class="text">
        {known ? <a href={modelPath(change.modelId)}>{change.name}</a> : change.name}{' '}
        <code class="muted">{change.modelId}</code>
      </th>
      <td class={dir ?? undefined}>{describeChange(change)}</td>
    </tr>
  );
}

/** "12 new · 3 removed · 40 price" for one pair, in the order of the kinds. */
export function pairSummary(pair: ChangePair): string {
  const counts = new Map<ChangeKind, number>();
  for (const c of pair.changes) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  return CHANGE_KINDS.filter((k) => counts.has(k))
    .map((k) => `${formatInteger(counts.get(k)!)} ${CHANGE_KIND_SHORT[k].toLowerCase()}`)
    .join(' · ');
}

/** Snapshot pairs shown when no snapshot is chosen: the newest ones, the rest one link away. */
export const LATEST_PAIRS = 3;

function PairNav(props: { filter: ChangesFilter; pairs: ChangePair[] }) {
  const { filter, pairs } = props;
  return (
    <nav aria-label="Changes by snapshot">
      <h2>Every snapshot</h2>
      <ul class="filters">
        <li>
          <a
            href={`/changes${changesQuery({ ...filter, snapshot: null })}`}
            aria-current={filter.snapshot === null ? 'page' : undefined}
          >
            Latest {LATEST_PAIRS}
          </a>
        </li>
        {pairs.map((g) => (
          <li>
            <a
              href={`/changes${changesQuery({ ...filter, snapshot: g.toId })}`}
              aria-current={filter.snapshot === g.toId ? 'page' : undefined}
            >
              {g.to} ({g.changes.length})
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function renderChangesPage(ctx: WebContext, filter: ChangesFilter): string {
  const { kind } = filter;
  const allPairs = groupByPair(applyChangesFilter(ctx.catalog.changes, { kind, snapshot: null }));
  const groups =
    filter.snapshot === null
      ? allPairs.slice(0, LATEST_PAIRS)
      : allPairs.filter((g) => g.toId === filter.snapshot);
  const path = `/changes${changesQuery(filter)}`;
  const title = kind ? `${CHANGE_KIND_LABELS[kind]} between snapshots` : 'Changes between snapshots';
  return renderDocument(
    <Layout
      ctx={ctx}
      title={filter.snapshot === null ? title : `${title}: into ${groups[0]?.to ?? filter.snapshot}`}
      description={`New and removed models, price, context and arena rank changes between catalog snapshots, up to ${ctx.catalog.snapshot.asOf}.`}
      canonical={path}
      active="changes"
    >
      <h1>{title}</h1>
      <p class="lead">
        What changed from one snapshot of the catalog to the next. Prices are per 1M tokens. Follow it in a
        feed reader: <a href={`/changes.atom${changesQuery({ kind, snapshot: null })}`}>Atom feed</a>.
      </p>
      <nav aria-label="Filter changes by kind">
        <ul class="filters">
          <li>
            <a
              href={`/changes${changesQuery({ kind: null, snapshot: filter.snapshot })}`}
              aria-current={kind === null ? 'page' : undefined}
            >
              All
            </a>
          </li>
          {CHANGE_KINDS.map((k) => (
            <li>
              <a
                href={`/changes${changesQuery({ kind: k, snapshot: filter.snapshot })}`}
                aria-current={kind === k ? 'page' : undefined}
              >
                {CHANGE_KIND_LABELS[k]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.length === 0 ? (
        <p>
          {ctx.catalog.snapshots.length < 2
            ? 'There is only one snapshot so far; changes appear once a second one is ingested.'
            : 'No changes of this kind between the snapshots.'}
        </p>
      ) : (
        groups.map((g) => (
          <section class="section" aria-labelledby={`pair-${g.key}`}>
            <h2 id={`pair-${g.key}`}>
              {g.from} → {g.to}
            </h2>
            <p class="muted">{pairSummary(g)}</p>
            <TableScroll label={`Changes ${g.from} to ${g.to}`}>
              <table>
                <caption>{`${g.changes.length} change${g.changes.length === 1 ? '' : 's'}`}</caption>
                <thead>
                  <tr>
                    <th scope="col">Kind</th>
                    <th scope="col">Model</th>
                    <th scope="col">Change</th>
                  </tr>
                </thead>
                <tbody>
                  {g.changes.map((change) => (
                    <ChangeRow ctx={ctx} change={change} />
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
        ))
      )}
      {kind === null && filter.snapshot === null ? <UsageMoversSection catalog={ctx.catalog} /> : null}
      {allPairs.length > 1 ? <PairNav filter={filter} pairs={allPairs} /> : null}
    </Layout>,
  );
}
