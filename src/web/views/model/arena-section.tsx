// Arena facts: overall rank (UB) with score, 95% interval and votes, the style-controlled rank,
// category ranks and other arenas — or "—" with the reason when the model is not ranked.

import { formatCi, formatDate, formatInteger, formatRank, formatScore } from '../../../domain/format.ts';
import type { ArenaFacts, ModelRecord } from '../../../domain/model.ts';
import { CONFIDENCE_LABELS, categoryLabel } from '../labels.ts';
import { TableScroll } from '../table-scroll.tsx';

/** Why a record has no arena figures, as a sentence (or a few words for the summary card). */
export function arenaAbsenceReason(record: ModelRecord, size: 'short' | 'long'): string {
  if (record.arena) return '';
  if (record.sourceType === 'openrouter_only') {
    if (size === 'short') return 'not matched to LMArena';
    return `Not ranked: no LMArena model was accepted as this model (match confidence: ${CONFIDENCE_LABELS[record.match.confidence]}). A missing link is safer than a wrong one.`;
  }
  return size === 'short'
    ? 'no arena rating'
    : 'Not ranked: the matched arena key has no rating in the current files.';
}

function interval(a: { score: number; ciLow: number; ciHigh: number }): string {
  return `${formatCi(a.score, a.ciLow, a.ciHigh)} (${formatScore(a.ciLow)}–${formatScore(a.ciHigh)})`;
}

function Overall({ arena }: { arena: ArenaFacts }) {
  const source =
    arena.scoreSource === 'arena-catalog'
      ? 'Bradley–Terry rating from the arena-catalog ratings file'
      : 'rounded Arena Score from the published leaderboard table';
  return (
    <dl class="pairs">
      <dt>Overall rank (UB)</dt>
      <dd>
        {formatRank(arena.rank, arena.of)} in the {arena.arena} arena
      </dd>
      <dt>Score</dt>
      <dd>
        {formatScore(arena.score)} <span class="muted">({source})</span>
      </dd>
      <dt>95% interval</dt>
      <dd>{interval(arena)}</dd>
      <dt>Votes</dt>
      <dd>
        {arena.votes === null ? 'Unknown' : formatInteger(arena.votes)}
        {arena.votesAsOf ? <span class="muted"> (leaderboard of {formatDate(arena.votesAsOf)})</span> : null}
      </dd>
      <dt>Style-controlled rank</dt>
      <dd>
        {arena.styleControl ? (
          <>
            {formatRank(arena.styleControl.rank, arena.styleControl.of)}, score{' '}
            {formatScore(arena.styleControl.score)} (
            {formatCi(arena.styleControl.score, arena.styleControl.ciLow, arena.styleControl.ciHigh)}){' '}
            <span class="muted">as of {formatDate(arena.styleControl.asOf)}</span>
          </>
        ) : (
          '— (no style-controlled rating for this key)'
        )}
      </dd>
      <dt>Arena key</dt>
      <dd>
        <code>{arena.key}</code>
        {arena.displayName ? <> ({arena.displayName})</> : null}
      </dd>
      <dt>As of</dt>
      <dd>{formatDate(arena.asOf)}</dd>
    </dl>
  );
}

export function ArenaSection({ record }: { record: ModelRecord }) {
  const { arena } = record;
  const categories = arena
    ? Object.entries(arena.categories).sort(
        (a, b) => a[1].rank - b[1].rank || categoryLabel(a[0]).localeCompare(categoryLabel(b[0])),
      )
    : [];
  return (
    <section class="section" aria-labelledby="arena-h">
      <h2 id="arena-h">Arena ranking</h2>
      {arena ? (
        <>
          {record.match.confidence === 'low' ? (
            <p>
              <strong>Low-confidence match:</strong> check the match evidence above before relying on these
              figures.
            </p>
          ) : null}
          <Overall arena={arena} />
          {categories.length > 0 ? (
            <TableScroll label="Category ranks">
              <table>
                <caption>
                  Category ranks (UB)
                  {arena.categoriesAsOf ? `, as of ${formatDate(arena.categoriesAsOf)}` : ''}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Category</th>
                    <th scope="col" class="num">
                      Rank
                    </th>
                    <th scope="col" class="num">
                      Score
                    </th>
                    <th scope="col" class="num">
                      95% interval
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {categories.map(([key, c]) => (
                    <tr>
                      <th scope="row">{categoryLabel(key)}</th>
                      <td class="num">{formatRank(c.rank, c.of)}</td>
                      <td class="num">{formatScore(c.score)}</td>
                      <td class="num">{formatCi(c.score, c.ciLow, c.ciHigh)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : (
            <p class="muted">No category ratings for this key in the current files.</p>
          )}
          {record.otherArenas.length > 0 ? (
            <TableScroll label="Other arenas">
              <table>
                <caption>Other arenas</caption>
                <thead>
                  <tr>
                    <th scope="col">Arena</th>
                    <th scope="col" class="num">
                      Rank
                    </th>
                    <th scope="col" class="num">
                      Score
                    </th>
                    <th scope="col" class="num">
                      95% interval
                    </th>
                    <th scope="col">As of</th>
                  </tr>
                </thead>
                <tbody>
                  {record.otherArenas.map((a) => (
                    <tr>
                      <th scope="row">{a.arena}</th>
                      <td class="num">{formatRank(a.rank, a.of)}</td>
                      <td class="num">{formatScore(a.score)}</td>
                      <td class="num">{formatCi(a.score, a.ciLow, a.ciHigh)}</td>
                      <td>{formatDate(a.asOf)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
        </>
      ) : (
        <dl class="pairs">
          <dt>Overall rank</dt>
          <dd>—</dd>
          <dt>Why</dt>
          <dd>{arenaAbsenceReason(record, 'long')}</dd>
        </dl>
      )}
    </section>
  );
}
