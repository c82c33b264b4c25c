// Identifiers and provenance: every id the sources know the model by, with the date of the file it
// came from and a link to the source, then where each displayed field came from.

import type { SnapshotMeta } from '../../../catalog/types.ts';
import { formatDate } from '../../../domain/format.ts';
import type { ModelIds, ModelRecord } from '../../../domain/model.ts';
import type { SourceKind } from '../../../sources/source.ts';
import { fieldLabel, SOURCE_HOME, SOURCE_LABELS } from '../labels.ts';
import { TableScroll } from '../table-scroll.tsx';

const segments = (id: string) => id.split('/').map(encodeURIComponent).join('/');

interface IdRow {
  key: keyof ModelIds;
  label: string;
  kind: SourceKind;
  link: (id: string, record: ModelRecord) => string | null;
}

const ID_ROWS: readonly IdRow[] = [
  {
    key: 'openrouter',
    label: 'OpenRouter id',
    kind: 'openrouter.models',
    link: (id) => `https://openrouter.ai/${segments(id).replace(/%3A/gi, ':')}`,
  },
  { key: 'canonicalSlug', label: 'Canonical slug', kind: 'openrouter.models', link: () => null },
  {
    key: 'arena',
    label: 'Arena key',
    kind: 'lmarena.catalog.ratings',
    link: (_id, r) => `https://lmarena.ai/leaderboard/${encodeURIComponent(r.arena?.arena ?? 'text')}`,
  },
  {
    key: 'huggingFace',
    label: 'Hugging Face id',
    kind: 'openrouter.models',
    link: (id) => `https://huggingface.co/${segments(id)}`,
  },
  { key: 'litellm', label: 'LiteLLM id', kind: 'litellm.prices', link: () => SOURCE_HOME.litellm },
  { key: 'modelsDev', label: 'models.dev id', kind: 'modelsdev.api', link: () => SOURCE_HOME.modelsdev },
];

/** The date an id came from: its own provenance, else the date of the snapshot's input of that kind. */
function idDate(record: ModelRecord, row: IdRow, snapshot: SnapshotMeta): string {
  const own = record.provenance[`ids.${row.key}`]?.asOf;
  if (own) return own;
  if (row.key === 'arena' && record.arena) return record.arena.asOf;
  const inputs = snapshot.inputs.filter((i) => i.kind === row.kind).map((i) => i.date);
  return inputs.sort().at(-1) ?? record.asOf;
}

export function IdentifiersSection({ record, snapshot }: { record: ModelRecord; snapshot: SnapshotMeta }) {
  const provenance = Object.entries(record.provenance).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section class="section" aria-labelledby="ids-h">
      <h2 id="ids-h">Identifiers and provenance</h2>
      <TableScroll label="Identifiers">
        <table>
          <thead>
            <tr>
              <th scope="col">Identifier</th>
              <th scope="col">Value</th>
              <th scope="col">As of</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Primary id</th>
              <td>
                <code>{record.id}</code>
              </td>
              <td>{formatDate(record.asOf)}</td>
              <td>This site (stable page URL)</td>
            </tr>
            {ID_ROWS.map((row) => {
              const id = record.ids[row.key];
              const href = id ? row.link(id, record) : null;
              return (
                <tr>
                  <th scope="row">{row.label}</th>
                  <td>{id ? <code>{id}</code> : <span class="muted">—</span>}</td>
                  <td>{id ? formatDate(idDate(record, row, snapshot)) : ''}</td>
                  <td>{href ? <a href={href}>{new URL(href).hostname}</a> : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {provenance.length > 0 ? (
        <details>
          <summary>Where each field came from ({provenance.length} fields)</summary>
          <TableScroll label="Field provenance">
            <table>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Source</th>
                  <th scope="col">Source field</th>
                  <th scope="col">As of</th>
                </tr>
              </thead>
              <tbody>
                {provenance.map(([key, p]) => (
                  <tr>
                    <th scope="row">{fieldLabel(key)}</th>
                    <td>
                      <a href={SOURCE_HOME[p.source]}>{SOURCE_LABELS[p.source]}</a>
                    </td>
                    <td>
                      <code>{p.field}</code>
                    </td>
                    <td>{formatDate(p.asOf)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      ) : null}
    </section>
  );
}
