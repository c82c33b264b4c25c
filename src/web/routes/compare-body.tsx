// The compare page's content inside the layout: the heading, what could not be read or found, and
// the comparison itself (table, workload cost, value chart). Pure markup over records, so the server
// and the static site's compare island render the same bytes.

import { type CompareQuery, compareHref } from '../../domain/compare-query.ts';
import { DEFAULT_WORKLOAD } from '../../domain/cost.ts';
import type { ModelRecord } from '../../domain/model.ts';
import { CostCalculator, ValueSection } from './compare-cost.tsx';
import { CompareTable } from './compare-table.tsx';

export interface MissingId {
  id: string;
  suggestions: ModelRecord[];
}

export interface CompareBodyProps {
  query: CompareQuery;
  records: ModelRecord[];
  missing: MissingId[];
  notes: string[];
  errors: string[];
  /** Well-ranked models offered as a first comparison on an empty page (none on a static host). */
  sample: ModelRecord[];
}

function PickForm(props: { ids: string[]; label: string }) {
  return (
    <form class="compare-pick" method="get" action="/compare">
      {props.ids.length > 0 ? <input type="hidden" name="ids" value={props.ids.join(',')} /> : null}
      <div class="field">
        <label for="pick-ids">{props.label}</label>
        <input
          type="text"
          id="pick-ids"
          name="ids"
          placeholder="e.g. openai/gpt-4o, z-ai/glm-4-32b"
          autocomplete="off"
        />
      </div>
      <button type="submit">Compare</button>
    </form>
  );
}

export function CompareBody(props: CompareBodyProps) {
  const { query, records, missing, notes, errors, sample } = props;
  const replace = (id: string, by: string) =>
    compareHref({
      ...query,
      ids: query.ids.map((x) => (x === id ? by : x)).filter((x, i, all) => all.indexOf(x) === i),
    });
  return (
    <>
      <a class="back" href="/">
        ← Back to the explorer
      </a>
      <h1>
        {records.length > 0
          ? `Compare ${records.length} ${records.length === 1 ? 'model' : 'models'}`
          : 'Compare models'}
      </h1>
      {errors.length > 0 ? (
        <div class="form-errors" role="alert">
          <p>This address could not be read:</p>
          <ul>
            {errors.map((e) => (
              <li>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {notes.map((n) => (
        <p class="muted">{n}</p>
      ))}
      {missing.length > 0 ? (
        <div class="form-errors" role="status">
          {missing.map((m) => (
            <p>
              No model has the id <code>{m.id}</code>.{' '}
              {m.suggestions.length > 0 ? (
                <>
                  Did you mean{' '}
                  {m.suggestions.map((s, i) => (
                    <>
                      {i > 0 ? ', ' : ''}
                      <a href={replace(m.id, s.id)}>{s.name}</a>
                    </>
                  ))}
                  ?
                </>
              ) : (
                'Find it in the explorer and tick its box.'
              )}
            </p>
          ))}
        </div>
      ) : null}
      {records.length === 0 ? (
        <>
          <p class="lead">
            Tick models in the <a href="/">explorer</a> and press “Compare selected”, or enter their ids
            below.
          </p>
          <PickForm ids={[]} label="Model ids, separated by commas" />
          {sample.length >= 2 ? (
            <p>
              Or start with the top-ranked priced models:{' '}
              <a href={compareHref({ ids: sample.map((r) => r.id), workload: DEFAULT_WORKLOAD })}>
                {sample.map((r) => r.name).join(' vs ')}
              </a>
              .
            </p>
          ) : null}
        </>
      ) : (
        <>
          <p class="lead">
            Prices are USD at each model's cheapest provider. Arena figures are human-preference ratings from
            LMArena, not a universal measure. This page's address holds the selection and workload:{' '}
            <a href={compareHref(query)}>link to this comparison</a>.
          </p>
          <CompareTable records={records} />
          <CostCalculator records={records} query={{ ...query, ids: records.map((r) => r.id) }} />
          <ValueSection records={records} />
          <section class="section" aria-labelledby="add-heading">
            <h2 id="add-heading">Add a model</h2>
            <PickForm ids={query.ids} label="Model id" />
          </section>
        </>
      )}
    </>
  );
}
