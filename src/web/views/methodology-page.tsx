// Methodology: the sources with their snapshot dates and links, how matching works and how many
// records sit at each confidence, how rank (UB) is computed, what the figures mean, known limits.

import type { SnapshotInput } from '../../catalog/types.ts';
import { formatDate, formatInteger, formatShare } from '../../domain/format.ts';
import { CONFIDENCES, SOURCE_TYPES } from '../../domain/model.ts';
import type { SourceKind } from '../../sources/source.ts';
import type { WebContext } from '../context.ts';
import { CONFIDENCE_LABELS, CONFIDENCE_MEANING, SOURCE_TYPE_LABELS } from './labels.ts';
import { Layout, renderDocument } from './layout.tsx';
import { LIMITS, RULES } from './methodology-text.tsx';
import { TableScroll } from './table-scroll.tsx';

const KIND_INFO = {
  'openrouter.models': { label: 'OpenRouter model catalog', home: 'https://openrouter.ai/api/v1/models' },
  'openrouter.endpoints': {
    label: 'OpenRouter per-model endpoints',
    home: 'https://openrouter.ai/docs/api-reference/list-endpoints-for-a-model',
  },
  'lmarena.catalog.ratings': {
    label: 'LMArena ratings (arena-catalog)',
    home: 'https://github.com/lmarena/arena-catalog',
  },
  'lmarena.catalog.prices': {
    label: 'LMArena price table (arena-catalog)',
    home: 'https://github.com/lmarena/arena-catalog',
  },
  'lmarena.keys.csv': {
    label: 'LMArena model key table',
    home: 'https://huggingface.co/spaces/lmarena-ai/chatbot-arena-leaderboard',
  },
  'lmarena.leaderboard.csv': { label: 'LMArena leaderboard table', home: 'https://lmarena.ai/leaderboard' },
  'litellm.prices': {
    label: 'LiteLLM price map',
    home: 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json',
  },
  'modelsdev.api': { label: 'models.dev', home: 'https://models.dev' },
  'openrouter.usage': { label: 'OpenRouter usage (CC BY 4.0)', home: 'https://openrouter.ai/rankings' },
} as const satisfies Record<SourceKind, { label: string; home: string }>;

function InputRow({ input }: { input: SnapshotInput }) {
  const info = KIND_INFO[input.kind];
  const live = /^https?:\/\//.test(input.location);
  const extra = [input.meta.arena, input.meta.styleControl === true ? 'style control' : null]
    .filter((v): v is string => typeof v === 'string')
    .join(', ');
  return (
    <tr>
      <th scope="row">
        <a href={info.home}>{info.label}</a>
        {extra ? <span class="muted"> ({extra})</span> : null}
      </th>
      <td>{formatDate(input.date)}</td>
      <td class="num">{formatInteger(input.records)}</td>
      <td class="num">{formatInteger(input.rejected)}</td>
      <td>
        {live ? <a href={input.location}>{input.location}</a> : <code>{input.location}</code>}
        {input.partial ? <strong> (partial listing)</strong> : null}
      </td>
    </tr>
  );
}

export function renderMethodologyPage(ctx: WebContext): string {
  const { snapshot, snapshots } = ctx.catalog;
  const total = snapshot.counts.models;
  const share = (n: number) => formatShare(total > 0 ? n / total : null);
  return renderDocument(
    <Layout
      ctx={ctx}
      title="Methodology and data sources"
      description="Where Model Atlas data comes from, how records are matched across sources, how arena ranks are computed, and what the figures do and do not mean."
      canonical="/methodology"
      active="methodology"
    >
      <h1>Methodology and data sources</h1>
      <p class="lead">
        Model Atlas merges public catalogs and leaderboards into one record per model. Every record says which
        sources it came from, how sure the cross-source match is and why, and where each field came from.
      </p>
      <nav aria-label="On this page">
        <ul class="filters">
          <li>
            <a href="#sources">Sources</a>
          </li>
          <li>
            <a href="#matching">Matching</a>
          </li>
          <li>
            <a href="#rank">Rank (UB)</a>
          </li>
          <li>
            <a href="#prices">Prices and formats</a>
          </li>
          <li>
            <a href="#semantics">What figures mean</a>
          </li>
          <li>
            <a href="#limits">Known limits</a>
          </li>
          <li>
            <a href="#snapshots">Snapshots</a>
          </li>
        </ul>
      </nav>

      <section class="section" aria-labelledby="sources">
        <h2 id="sources">Sources in this snapshot</h2>
        <p>
          Snapshot {snapshot.id} represents {formatDate(snapshot.asOf)} and was built on{' '}
          {formatDate(snapshot.createdAt)} ({snapshot.mode}). It holds {formatInteger(total)} models;{' '}
          {formatInteger(snapshot.counts.rejected)} source records were rejected as malformed.
        </p>
        <TableScroll label="Sources in this snapshot">
          <table>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Data date</th>
                <th scope="col" class="num">
                  Records
                </th>
                <th scope="col" class="num">
                  Rejected
                </th>
                <th scope="col">File or URL</th>
              </tr>
            </thead>
            <tbody>
              {snapshot.inputs.map((input) => (
                <InputRow input={input} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section class="section" aria-labelledby="matching">
        <h2 id="matching">How matching works</h2>
        <p>
          The primary record is the OpenRouter model; its id is the page URL. Arena models are matched to it
          by normalized names (case, punctuation and vendor prefixes set aside), then checked on size, version
          and date tokens: <code>glm-4-32b</code> is not <code>glm-4-plus</code>, and{' '}
          <code>gpt-4o-2024-05-13</code> is not <code>gpt-4o-2024-08-06</code>. Variants (<code>:free</code>,{' '}
          <code>:beta</code>) share the arena figures of their base model. The LiteLLM and models.dev maps,
          which carry vendor-native ids, bridge names that differ. A reviewed override file wins over the
          algorithm, and a record says when one applied. Arena models with no OpenRouter counterpart get their
          own record, <code>lmarena:&lt;key&gt;</code>. A wrong match is worse than a missing one, so
          uncertain candidates are left unmatched and listed as rejected alternatives.
        </p>
        <div class="two-col">
          <TableScroll label="Records per match confidence">
            <table>
              <caption>Records per match confidence</caption>
              <thead>
                <tr>
                  <th scope="col">Confidence</th>
                  <th scope="col" class="num">
                    Records
                  </th>
                  <th scope="col" class="num">
                    Share
                  </th>
                </tr>
              </thead>
              <tbody>
                {CONFIDENCES.map((c) => (
                  <tr>
                    <th scope="row" class="text">
                      {CONFIDENCE_LABELS[c]} <span class="muted">— {CONFIDENCE_MEANING[c]}</span>
                    </th>
                    <td class="num">{formatInteger(snapshot.counts.byConfidence[c] ?? 0)}</td>
                    <td class="num">{share(snapshot.counts.byConfidence[c] ?? 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <TableScroll label="Records per source type">
            <table>
              <caption>Records per source type</caption>
              <thead>
                <tr>
                  <th scope="col">Source type</th>
                  <th scope="col" class="num">
                    Records
                  </th>
                  <th scope="col" class="num">
                    Share
                  </th>
                </tr>
              </thead>
              <tbody>
                {SOURCE_TYPES.map((t) => (
                  <tr>
                    <th scope="row">{SOURCE_TYPE_LABELS[t]}</th>
                    <td class="num">{formatInteger(snapshot.counts.bySourceType[t] ?? 0)}</td>
                    <td class="num">{share(snapshot.counts.bySourceType[t] ?? 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </div>
      </section>
      {RULES}
      {LIMITS}
      <section class="section" aria-labelledby="snapshots">
        <h2 id="snapshots">Snapshots</h2>
        <TableScroll label="Snapshots">
          <table>
            <thead>
              <tr>
                <th scope="col">Snapshot</th>
                <th scope="col">Represents</th>
                <th scope="col">Built</th>
                <th scope="col">Mode</th>
                <th scope="col" class="num">
                  Models
                </th>
              </tr>
            </thead>
            <tbody>
              {[...snapshots].reverse().map((s) => (
                <tr>
                  <th scope="row">{s.id}</th>
                  <td>{formatDate(s.asOf)}</td>
                  <td>{formatDate(s.createdAt)}</td>
                  <td>{s.mode}</td>
                  <td class="num">{formatInteger(s.counts.models)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </Layout>,
  );
}
