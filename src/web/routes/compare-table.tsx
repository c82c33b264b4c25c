// The side-by-side table: one column per model, one row per field, the best cell of each row
// marked (with the rule for "best" stated beside the row's name).

import type { ModelRecord } from '../../domain/model.ts';
import { modelPath } from '../paths.ts';
import { bestCells, compareGroups } from './compare-rows.ts';

export function CompareTable(props: { records: readonly ModelRecord[] }) {
  const { records } = props;
  const groups = compareGroups(records);
  const span = records.length + 1;
  return (
    <>
      <p class="muted">
        <span aria-hidden="true">★</span> marks the best value in a row, by the rule under the row's name;
        rows without a rule are facts, not rankings.
      </p>
      <div class="table-scroll">
        <table class="compare-table">
          <caption class="visually-hidden">The chosen models side by side, one column each</caption>
          <thead>
            <tr>
              <td />
              {records.map((r) => (
                <th scope="col">
                  <a href={modelPath(r.id)}>{r.name}</a>
                </th>
              ))}
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody class="group">
              <tr>
                <th scope="colgroup" colspan={span}>
                  {group.title}
                </th>
              </tr>
              {group.rows.map((row) => {
                const cells = records.map((r) => row.cell(r));
                const best = bestCells(row.best, cells);
                return (
                  <tr>
                    <th scope="row">
                      {row.label}
                      {row.bestMeans ? <span class="why">{row.bestMeans}</span> : null}
                    </th>
                    {cells.map((cell, i) => (
                      <td class={best[i] ? 'best' : undefined}>
                        {cell.text}
                        {best[i] ? (
                          <span class="best-mark">
                            <span aria-hidden="true">★</span>
                            <span class="visually-hidden">(best)</span>
                          </span>
                        ) : null}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}
