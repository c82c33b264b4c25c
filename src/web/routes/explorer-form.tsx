// The explorer's facets as a plain GET form: every control is labelled and carries the current
// state, so submitting without JavaScript reaches the same URL the island writes.

import type { Child } from 'hono/jsx';
import { CONFIDENCES, SOURCE_TYPES } from '../../domain/model.ts';
import type { ExplorerQuery } from '../../domain/query.ts';
import { CONFIDENCE_LABELS, categoryLabel, SOURCE_TYPE_LABELS } from '../views/labels.ts';
import type { FacetOptions } from './explorer-facets.ts';

/** "text" → "Text"; arenas are single lower-case words. */
function arenaLabel(arena: string): string {
  return arena.charAt(0).toUpperCase() + arena.slice(1);
}

function CheckGroup(props: {
  legend: string;
  name: string;
  values: readonly string[];
  checked: readonly string[];
  label?: (value: string) => string;
}) {
  if (props.values.length === 0) return null;
  return (
    <fieldset class="facet">
      <legend>{props.legend}</legend>
      <ul class="checks">
        {props.values.map((value) => {
          const id = `f-${props.name}-${value.replace(/[^a-z0-9_-]/gi, '_')}`;
          return (
            <li>
              <input
                type="checkbox"
                id={id}
                name={props.name}
                value={value}
                checked={props.checked.includes(value)}
              />
              <label for={id}>{props.label ? props.label(value) : value}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function NumberField(props: {
  name: string;
  label: string;
  value: number | null;
  step?: string;
  placeholder?: string;
}) {
  const id = `f-${props.name}`;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        type="number"
        id={id}
        name={props.name}
        min="0"
        step={props.step ?? 'any'}
        inputmode="decimal"
        placeholder={props.placeholder}
        value={props.value === null ? '' : String(props.value)}
      />
    </div>
  );
}

function Range(props: { legend: string; children: Child; hint?: string; stack?: boolean }) {
  return (
    <fieldset class="facet">
      <legend>{props.legend}</legend>
      {props.hint ? <p class="hint">{props.hint}</p> : null}
      <div class={props.stack ? 'pair stack' : 'pair'}>{props.children}</div>
    </fieldset>
  );
}

function TextField(props: { name: string; label: string; value: string; list?: string; hint?: string }) {
  const id = `f-${props.name}`;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input type="text" id={id} name={props.name} value={props.value} list={props.list} autocomplete="off" />
      {props.hint ? <p class="hint">{props.hint}</p> : null}
    </div>
  );
}

/** The facets panel: every filter of the explorer. */
export function ExplorerFacets(props: { query: ExplorerQuery; options: FacetOptions; resetHref: string }) {
  const { query: q, options: o } = props;
  return (
    // Closed in the HTML: phones start with the results in view (opening it is one tap), and wide
    // screens show the facets anyway (explorer.css), so nothing shifts when the page loads.
    <details class="facets">
      <summary>Filters</summary>
      <div class="facet-grid">
        <CheckGroup
          legend="Source type"
          name="source"
          values={SOURCE_TYPES}
          checked={q.source}
          label={(v) => SOURCE_TYPE_LABELS[v as keyof typeof SOURCE_TYPE_LABELS]}
        />
        <CheckGroup
          legend="Match confidence"
          name="confidence"
          values={CONFIDENCES}
          checked={q.confidence}
          label={(v) => CONFIDENCE_LABELS[v as keyof typeof CONFIDENCE_LABELS]}
        />
        <fieldset class="facet">
          <legend>Author and license</legend>
          <TextField
            name="author"
            label="Author or organization"
            value={q.author.join(', ')}
            list="authors"
            hint="Separate several with commas."
          />
          <datalist id="authors">
            {o.authors.map((a) => (
              <option value={a} />
            ))}
          </datalist>
          <div class="field">
            <label for="f-open">Weights</label>
            <select id="f-open" name="open">
              <option value="" selected={q.open === null}>
                Any
              </option>
              <option value="1" selected={q.open === true}>
                Open weights
              </option>
              <option value="0" selected={q.open === false}>
                Proprietary
              </option>
            </select>
          </div>
          <TextField name="license" label="License" value={q.license.join(', ')} list="licenses" />
          <datalist id="licenses">
            {o.licenses.map((l) => (
              <option value={l} />
            ))}
          </datalist>
        </fieldset>
        <CheckGroup legend="Input modalities (all of)" name="in" values={o.inputModalities} checked={q.in} />
        <CheckGroup
          legend="Output modalities (all of)"
          name="out"
          values={o.outputModalities}
          checked={q.out}
        />
        <Range legend="Context window (tokens)">
          <NumberField name="ctx_min" label="At least" value={q.ctxMin} step="1" placeholder="128000" />
          <NumberField name="ctx_max" label="At most" value={q.ctxMax} step="1" />
        </Range>
        <Range
          legend="Price (USD per 1M tokens)"
          hint="Variable and unknown prices are left out when a bound is set."
        >
          <NumberField name="in_min" label="Input from" value={q.inMin} />
          <NumberField name="in_max" label="Input up to" value={q.inMax} placeholder="1" />
          <NumberField name="out_min" label="Output from" value={q.outMin} />
          <NumberField name="out_max" label="Output up to" value={q.outMax} />
          <div class="field check">
            <input type="checkbox" id="f-free" name="free" value="1" checked={q.free} />
            <label for="f-free">Free only</label>
          </div>
        </Range>
        <Range legend="Arena (LMArena)" hint="Unranked models are left out when any of these is set.">
          <div class="field">
            <label for="f-arena">Arena</label>
            <select id="f-arena" name="arena">
              {[...new Set([...o.arenas, q.arena])].map((a) => (
                <option value={a} selected={q.arena === a}>
                  {arenaLabel(a)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-cat">Category</label>
            <select
              id="f-cat"
              name="cat"
              data-by-arena={JSON.stringify(
                Object.fromEntries(
                  [...o.categories].map(([a, cats]) => [a, cats.map((c) => [c, categoryLabel(c)])]),
                ),
              )}
            >
              <option value="" selected={q.cat === null}>
                Overall
              </option>
              {[...new Set([...(o.categories.get(q.arena) ?? []), ...(q.cat ? [q.cat] : [])])].map((c) => (
                <option value={c} selected={q.cat === c}>
                  {categoryLabel(c)}
                </option>
              ))}
            </select>
          </div>
          <NumberField name="score_min" label="Score from" value={q.scoreMin} placeholder="1200" />
          <NumberField name="score_max" label="Score up to" value={q.scoreMax} />
          <NumberField name="rank_min" label="Rank from" value={q.rankMin} step="1" />
          <NumberField name="rank_max" label="Rank up to" value={q.rankMax} step="1" placeholder="20" />
        </Range>
        <CheckGroup
          legend="Supported parameters (all of)"
          name="param"
          values={[...new Set([...o.params, ...q.param])]}
          checked={q.param}
        />
        <fieldset class="facet">
          <legend>Usage (OpenRouter)</legend>
          <div class="field">
            <label for="f-popular">Most used, by tokens over 7 days</label>
            <select id="f-popular" name="popular">
              <option value="" selected={q.popular === null}>
                All models
              </option>
              {[...new Set([10, 25, 50, 100, ...(q.popular === null ? [] : [q.popular])])]
                .sort((a, b) => a - b)
                .map((n) => (
                  <option value={String(n)} selected={q.popular === n}>
                    Top {n}
                  </option>
                ))}
            </select>
            <p class="hint">Adoption, not quality.</p>
          </div>
        </fieldset>
        <Range legend="Date added" stack>
          <div class="field">
            <label for="f-added_after">From</label>
            <input type="date" id="f-added_after" name="added_after" value={q.addedAfter ?? ''} />
          </div>
          <div class="field">
            <label for="f-added_before">Until</label>
            <input type="date" id="f-added_before" name="added_before" value={q.addedBefore ?? ''} />
          </div>
        </Range>
      </div>
      <div class="facet-actions">
        <button type="submit">Apply filters</button>
        <a href={props.resetHref}>Reset filters</a>
      </div>
    </details>
  );
}
