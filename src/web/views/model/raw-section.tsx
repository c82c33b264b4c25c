// The raw fields snapshot: every source record behind the model, verbatim, collapsed by default.

import type { RawSourceRecord } from '../../../catalog/types.ts';
import { formatDate } from '../../../domain/format.ts';
import { SOURCE_LABELS } from '../labels.ts';

export function RawSection({ raw }: { raw: readonly RawSourceRecord[] }) {
  return (
    <section class="section" aria-labelledby="raw-h">
      <h2 id="raw-h">Raw fields snapshot</h2>
      {raw.length === 0 ? (
        <p class="muted">No raw source records were kept for this model.</p>
      ) : (
        <>
          <p class="muted">The source records exactly as they were read, before any normalization.</p>
          {raw.map((r) => (
            <details>
              <summary>
                {SOURCE_LABELS[r.source]}: <code>{r.recordId}</code>, {formatDate(r.asOf)}
              </summary>
              <p class="muted">
                From <code>{r.location}</code>
              </p>
              <pre>{JSON.stringify(r.raw, null, 2)}</pre>
            </details>
          ))}
        </>
      )}
    </section>
  );
}
