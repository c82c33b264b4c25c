// The changes page: what moved between consecutive snapshots, grouped by snapshot pair and kind,
// filterable by kind with a plain link (no JavaScript).

import type { Change, ChangeKind } from '../../catalog/types.ts';
import { CHANGE_KINDS } from '../../catalog/types.ts';
import type { WebContext } from '../context.ts';
import { modelPath } from '../paths.ts';
import { CHANGE_KIND_LABELS, CHANGE_KIND_SHORT, changeDirection, describeChange } from './change-text.ts';
import { Layout, renderDocument } from './layout.tsx';

/** Changes grouped by snapshot pair, newest pair first, keeping the catalog's order inside a pair. */
export function groupByPair(
  changes: readonly Change[],
): { key: string; from: string; to: string; changes: Change[] }[] {
  const groups = new Map<string, { key: string; from: string; to: string; changes: Change[] }>();
  for (const c of changes) {
    const key = `${c.from.snapshotId}-${c.to.snapshotId}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, from: c.from.asOf, to: c.to.asOf, changes: [] };
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

export function renderChangesPage(ctx: WebContext, kind: ChangeKind | null): string {
  const changes = kind ? ctx.catalog.changes.filter((c) => c.kind === kind) : ctx.catalog.changes;
  const groups = groupByPair(changes);
  const path = kind ? `/changes?kind=${kind}` : '/changes';
  const title = kind ? `${CHANGE_KIND_LABELS[kind]} between snapshots` : 'Changes between snapshots';
  return renderDocument(
    <Layout
      ctx={ctx}
      title={title}
      description={`New and removed models, price, context and arena rank changes between catalog snapshots, up to ${ctx.catalog.snapshot.asOf}.`}
      canonical={path}
      active="changes"
    >
      <h1>{title}</h1>
      <p class="lead">
        What changed from one snapshot of the catalog to the next. Prices are per 1M tokens. Follow it in a
        feed reader: <a href={kind ? `/changes.atom?kind=${kind}` : '/changes.atom'}>Atom feed</a>.
      </p>
      <nav aria-label="Filter changes by kind">
        <ul class="filters">
          <li>
            <a href="/changes" aria-current={kind === null ? 'page' : undefined}>
              All
            </a>
          </li>
          {CHANGE_KINDS.map((k) => (
            <li>
              <a href={`/changes?kind=${k}`} aria-current={kind === k ? 'page' : undefined}>
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
            <div class="table-scroll">
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
            </div>
          </section>
        ))
      )}
    </Layout>,
  );
}
