// The top of a model page: name, identity, match confidence with its evidence, and the key facts
// (context window, arena rank, input and output price) a reader came for.

import {
  formatCompact,
  formatContext,
  formatDate,
  formatInteger,
  formatPricePer1M,
  formatRank,
  formatScore,
} from '../../../domain/format.ts';
import type { ModelRecord } from '../../../domain/model.ts';
import { CONFIDENCE_LABELS, CONFIDENCE_MEANING, SOURCE_TYPE_LABELS } from '../labels.ts';
import { arenaAbsenceReason } from './arena-section.tsx';

export function Summary({ record }: { record: ModelRecord }) {
  const { pricing, arena, match } = record;
  return (
    <header>
      <a class="back" href="/">
        ← Back to explorer
      </a>
      <h1>{record.name}</h1>
      <p class="lead">
        {record.author ? <>{record.author} · </> : null}
        <code>{record.id}</code>
        {record.created ? <> · added {formatDate(record.created)}</> : null}
      </p>
      <ul class="badges">
        <li class={`badge conf-${match.confidence}`}>
          Match confidence: {CONFIDENCE_LABELS[match.confidence]}
        </li>
        <li class="badge">Source type: {SOURCE_TYPE_LABELS[record.sourceType]}</li>
        {record.variant ? <li class="badge">Variant: {record.variant}</li> : null}
      </ul>
      <dl class="facts">
        <div class="fact">
          <dt>Context window</dt>
          <dd>
            {formatContext(record.contextLength)}
            {record.contextLength ? (
              <span class="note">{formatInteger(record.contextLength)} tokens</span>
            ) : null}
          </dd>
        </div>
        <div class="fact">
          <dt>Arena overall rank</dt>
          <dd>
            {arena ? formatRank(arena.rank, arena.of) : '—'}
            <span class="note">
              {arena
                ? `score ${formatScore(arena.score)} · ${arena.arena} arena`
                : arenaAbsenceReason(record, 'short')}
            </span>
          </dd>
        </div>
        <div class="fact">
          <dt>Input price</dt>
          <dd>
            {formatPricePer1M(pricing.inputPer1M, pricing.state)}
            <span class="note">per 1M input tokens</span>
          </dd>
        </div>
        <div class="fact">
          <dt>Output price</dt>
          <dd>
            {formatPricePer1M(pricing.outputPer1M, pricing.state)}
            <span class="note">per 1M output tokens</span>
          </dd>
        </div>
        {record.maxCompletionTokens ? (
          <div class="fact">
            <dt>Max output</dt>
            <dd>
              {formatCompact(record.maxCompletionTokens)}
              <span class="note">{formatInteger(record.maxCompletionTokens)} tokens</span>
            </dd>
          </div>
        ) : null}
      </dl>
      <MatchEvidence record={record} />
    </header>
  );
}

function MatchEvidence({ record }: { record: ModelRecord }) {
  const { match } = record;
  return (
    <details>
      <summary>
        Match evidence: {CONFIDENCE_LABELS[match.confidence]}
        {match.confidence !== 'unmatched' ? ` (score ${match.score.toFixed(2)})` : ''}
      </summary>
      <p>
        {CONFIDENCE_LABELS[match.confidence]} means {CONFIDENCE_MEANING[match.confidence]}.
      </p>
      {match.evidence.length > 0 ? (
        <ul class="plain">
          {match.evidence.map((line) => (
            <li>{line}</li>
          ))}
        </ul>
      ) : (
        <p class="muted">The matcher recorded no evidence for this record.</p>
      )}
      {match.override ? (
        <p>
          A reviewed override ({formatDate(match.override.reviewed)}) says this model is{' '}
          {match.override.decision === 'same' ? 'the same as' : 'not'} arena key{' '}
          <code>{match.override.arenaKey}</code>: {match.override.reason}
        </p>
      ) : null}
      {match.variantKeys.length > 0 ? (
        <p>
          Arena variants of the same model:{' '}
          {match.variantKeys.map((k, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <code>{k}</code>
            </>
          ))}
        </p>
      ) : null}
      {match.alternatives.length > 0 ? (
        <>
          <p>Candidates considered and rejected:</p>
          <ul class="plain">
            {match.alternatives.map((a) => (
              <li>
                <code>{a.arenaKey}</code> (score {a.score.toFixed(2)}): {a.whyRejected}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <a href="/methodology#matching">How matching works</a>
      </p>
    </details>
  );
}
