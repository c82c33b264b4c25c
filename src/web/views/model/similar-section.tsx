// "Compare with…": models near this one (same author, near arena score, similar price), each with
// a direct comparison link, plus the other variants of the same model.

import type { SimilarModel } from '../../../catalog/similar.ts';
import { formatPricePer1M } from '../../../domain/format.ts';
import type { ModelRecord } from '../../../domain/model.ts';
import { compareHref, modelPath } from '../../paths.ts';

export function SimilarSection(props: {
  record: ModelRecord;
  similar: SimilarModel[];
  variants: readonly ModelRecord[];
}) {
  const { record, similar, variants } = props;
  if (similar.length === 0 && variants.length === 0) return null;
  const price = (r: ModelRecord) => formatPricePer1M(r.pricing.inputPer1M, r.pricing.state);
  return (
    <section class="section" aria-labelledby="similar-h">
      <h2 id="similar-h">Compare with…</h2>
      {variants.length > 0 ? (
        <p>
          Other variants:{' '}
          {variants.map((v, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <a href={modelPath(v.id)}>{v.name}</a> (
              <a href={compareHref([record.id, v.id])} aria-label={`Compare with ${v.name}`}>
                compare
              </a>
              )
            </>
          ))}
        </p>
      ) : null}
      {similar.length > 0 ? (
        <>
          <ul class="plain">
            {similar.map(({ record: other, reasons }) => (
              <li>
                <a href={modelPath(other.id)}>{other.name}</a>{' '}
                <span class="muted">
                  ({reasons.join(', ')}; input {price(other)})
                </span>{' '}
                —{' '}
                <a href={compareHref([record.id, other.id])} aria-label={`Compare with ${other.name}`}>
                  compare
                </a>
              </li>
            ))}
          </ul>
          <p>
            <a href={compareHref([record.id, ...similar.slice(0, 3).map((s) => s.record.id)])}>
              Compare with the top {Math.min(3, similar.length)} side by side
            </a>
          </p>
        </>
      ) : null}
    </section>
  );
}
