// What the model takes and gives: modalities, supported parameters, tokenizer, license, open
// weights and dates (usage has its own section).

import { formatDate } from '../../../domain/format.ts';
import type { ModelRecord } from '../../../domain/model.ts';

function list(items: string[]): string {
  return items.length === 0 ? 'Unknown' : items.join(', ');
}

export function DetailsSection({ record }: { record: ModelRecord }) {
  return (
    <section class="section" aria-labelledby="details-h">
      <h2 id="details-h">Capabilities and facts</h2>
      <dl class="pairs">
        <dt>Input modalities</dt>
        <dd>{list(record.modalities.input)}</dd>
        <dt>Output modalities</dt>
        <dd>{list(record.modalities.output)}</dd>
        <dt>Supported parameters</dt>
        <dd>
          {record.supportedParameters === null ? (
            'Not listed by the source'
          ) : record.supportedParameters.length === 0 ? (
            'None listed'
          ) : (
            <ul class="chips">
              {record.supportedParameters.map((p) => (
                <li>{p}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Tokenizer</dt>
        <dd>{record.tokenizer ?? 'Unknown'}</dd>
        <dt>License</dt>
        <dd>{record.license ?? 'Unknown'}</dd>
        <dt>Open weights</dt>
        <dd>{record.openWeights === null ? 'Unknown' : record.openWeights ? 'Yes' : 'No'}</dd>
        <dt>Date added</dt>
        <dd>{formatDate(record.created)}</dd>
        <dt>Knowledge cutoff</dt>
        <dd>{record.knowledgeCutoff ?? 'Unknown'}</dd>
      </dl>
    </section>
  );
}
