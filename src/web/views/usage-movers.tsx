// The biggest usage risers and fallers week over week, for the changes page: OpenRouter tokens over
// the 7 days to the snapshot's as-of date against the 7 days before. Adoption, not quality.

import type { Catalog } from '../../catalog/catalog.ts';
import { formatInteger, formatPct, formatTokenChange, formatTokens } from '../../domain/format.ts';
import type { UsageMover, UsageMovers } from '../../domain/usage-movers.ts';
import { modelPath } from '../paths.ts';
import { usageCitation } from './model/usage-section.tsx';
import { TableScroll } from './table-scroll.tsx';

/** "2026-08-15 to 2026-08-21 against 2026-08-08 to 2026-08-14". */
export function moversWindow(m: UsageMovers): string {
  return `${m.current.from} to ${m.current.to} against ${m.previous.from} to ${m.previous.to}`;
}

/** One mover as a sentence: "+73.5B tokens (+21.6%): 340B → 413B". */
export function describeMover(m: UsageMover): string {
  return `${formatTokenChange(m.change)} tokens (${formatPct(m.pct)}): ${formatTokens(m.previous)} → ${formatTokens(m.current)}`;
}

// No good/bad colouring: a rise in usage is not better, a fall not worse.
function MoversTable(props: { catalog: Catalog; caption: string; movers: readonly UsageMover[] }) {
  if (props.movers.length === 0) return <p class="muted">{`${props.caption}: none this week.`}</p>;
  return (
    <TableScroll label={props.caption}>
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col" class="num">
              Week before
            </th>
            <th scope="col" class="num">
              Last 7 days
            </th>
            <th scope="col" class="num">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {props.movers.map((m) => {
            const record = props.catalog.get(m.id);
            return (
              <tr>
                <th scope="row" class="text">
                  <a href={modelPath(m.id)}>{record?.name ?? m.id}</a>
                </th>
                <td class="num">{formatTokens(m.previous)}</td>
                <td class="num">{formatTokens(m.current)}</td>
                <td class="num">
                  {formatTokenChange(m.change)} ({formatPct(m.pct)})
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function UsageMoversSection({ catalog }: { catalog: Catalog }) {
  const m = catalog.usageMovers;
  if (m === null) return null;
  return (
    <section class="section" aria-labelledby="usage-movers-h">
      <h2 id="usage-movers-h">Usage risers and fallers, week over week</h2>
      <p class="muted">
        OpenRouter tokens over {moversWindow(m)}. Usage measures adoption, not quality. Only models with a
        figure on all 14 days are compared ({formatInteger(m.compared)} models); a model that left a day's top
        list is left out rather than shown as falling.
      </p>
      {m.comparable ? (
        <>
          <MoversTable catalog={catalog} caption="Biggest risers" movers={m.risers} />
          <MoversTable catalog={catalog} caption="Biggest fallers" movers={m.fallers} />
        </>
      ) : (
        <p>
          The weeks cannot be compared: the 7 days to {m.current.to} have usage data on {m.current.covered}{' '}
          days and the 7 days before on {m.previous.covered}; both need all 7.
        </p>
      )}
      <p class="citation">{usageCitation(catalog.usageWindow?.covered.at(-1) ?? m.current.to)}.</p>
    </section>
  );
}
