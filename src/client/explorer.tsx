/** @jsxImportSource preact */
// The explorer island: the server page already works as a GET form; this makes it instant. On the
// first sign of use it downloads the catalog as compact rows, then every change of the form runs
// the shared query code in the page and keeps the URL in step (history.replaceState).

import { render } from 'preact';
import {
  decodeExplorerData,
  type ExplorerCategoryData,
  type ExplorerData,
  mergeCategory,
} from '../domain/explorer-rows.ts';
import { compareLink, explorerHref, resultsView } from '../domain/explorer-view.ts';
import {
  applyQuery,
  type ExplorerQuery,
  parseQuery,
  type QueryRecord,
  serializeQuery,
} from '../domain/query.ts';
import { fillExplorerForm } from './explorer-address.ts';
import { Results } from './explorer-results.tsx';

/** The performance measure each answered interaction leaves (read by the interaction benchmark). */
const INTERACTION_MEASURE = 'explorer:interaction';

const form = document.getElementById('explorer');
if (form instanceof HTMLFormElement) start(form);

function element<T extends Element>(id: string, type: new () => T): T | null {
  const found = document.getElementById(id);
  return found instanceof type ? found : null;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The form's fields as URL parameters (what a GET submission would send). */
function formParams(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  return params;
}

/** What identifies a control across a redraw: its column, its pager role, or its name and value. */
function focusKeyOf(el: Element): string {
  return (
    el.getAttribute('data-col') ??
    el.getAttribute('rel') ??
    `${el.getAttribute('name')}=${el.getAttribute('value')}`
  );
}

/** True when two queries differ in anything but the selection and the visible columns. */
function filtersChanged(a: ExplorerQuery, b: ExplorerQuery): boolean {
  const strip = (q: ExplorerQuery) => JSON.stringify({ ...q, ids: [], cols: [], page: 0 });
  return strip(a) !== strip(b);
}

function start(form: HTMLFormElement): void {
  const host = element('results', HTMLDivElement);
  const count = element('result-count', HTMLElement);
  const errors = element('form-errors', HTMLDivElement);
  const compareCount = element('compare-count', HTMLElement);
  const sortInput = form.elements.namedItem('sort');
  const dirInput = form.elements.namedItem('dir');
  if (!host || !count || !errors) return;

  const initial = parseQuery(new URLSearchParams(location.search));
  let current: ExplorerQuery | null = initial.ok ? initial.query : null;
  let rows: QueryRecord[] | null = null;
  let loading: Promise<QueryRecord[]> | null = null;
  const categories = new Map<string, Promise<void>>();
  let firstRender = true;
  let failed = false;
  /** When the input event not yet answered by a redraw happened (event.timeStamp), for the measure. */
  let inputAt: number | null = null;
  let drawn: ExplorerQuery | null = null;

  const facets = form.querySelector('details.facets');
  // Wide screens show the closed facets panel through CSS (::details-content); older browsers need it open.
  if (
    facets instanceof HTMLDetailsElement &&
    !CSS.supports('selector(::details-content)') &&
    !matchMedia('(max-width: 48rem)').matches
  )
    facets.open = true;

  const showErrors = (messages: string[]) => {
    errors.replaceChildren();
    if (messages.length === 0) return;
    const list = document.createElement('ul');
    for (const m of messages) list.appendChild(document.createElement('li')).textContent = m;
    const lead = document.createElement('p');
    lead.textContent = 'Fix these to update the results:';
    errors.append(lead, list);
  };

  const load = (): Promise<QueryRecord[]> => {
    loading ??= fetchJson<ExplorerData>(form.dataset.rows ?? '/explorer-data.json').then((data) => {
      rows = decodeExplorerData(data);
      return rows;
    });
    return loading;
  };

  const loadCategory = (arena: string, cat: string, into: QueryRecord[]): Promise<void> => {
    const key = `${arena}/${cat}`;
    let pending = categories.get(key);
    if (!pending) {
      const url = `${form.dataset.cats ?? '/explorer-data/'}${encodeURIComponent(arena)}/${encodeURIComponent(cat)}.json?v=${form.dataset.version ?? ''}`;
      pending = fetchJson<ExplorerCategoryData>(url).then((data) => mergeCategory(into, data));
      categories.set(key, pending);
    }
    return pending;
  };

  const fail = (error: unknown) => {
    failed = true;
    showErrors([
      `Instant filtering is unavailable because the catalog did not load (${String(error)}). The Apply filters button still works.`,
    ]);
  };

  // The address follows in a task of its own: replaceState takes milliseconds in Chromium, and the
  // results should not wait for it.
  let nextHref: string | null = null;
  const followAddress = (href: string) => {
    if (nextHref === null)
      setTimeout(() => {
        if (nextHref !== null && nextHref !== location.pathname + location.search)
          history.replaceState(null, '', nextHref);
        nextHref = null;
      }, 0);
    nextHref = href;
  };

  const draw = (query: ExplorerQuery, all: QueryRecord[]) => {
    const view = resultsView(applyQuery(all, query), query);
    // The first draw replaces the server's markup; remember what had focus to give it back.
    const active = document.activeElement;
    const focusKey = firstRender && active && host.contains(active) ? focusKeyOf(active) : null;
    if (firstRender) host.replaceChildren();
    firstRender = false;
    render(<Results view={view} />, host);
    if (focusKey) {
      const again = [...host.querySelectorAll<HTMLElement>('a, input')].find(
        (el) => focusKeyOf(el) === focusKey,
      );
      again?.focus();
    }
    if (count.textContent !== view.countText) count.textContent = view.countText;
    if (compareCount) compareCount.textContent = String(query.ids.length);
    if (sortInput instanceof HTMLInputElement) sortInput.value = query.sort;
    if (dirInput instanceof HTMLInputElement) dirInput.value = query.dir;
    drawn = query;
    followAddress(explorerHref(query));
    // How long the page took to answer the user: from the input event to the updated DOM.
    if (inputAt !== null)
      performance.measure(INTERACTION_MEASURE, { start: inputAt, end: performance.now() });
    inputAt = null;
  };

  const apply = (query: ExplorerQuery) => {
    current = query;
    load()
      .then(async (all) => {
        if (query.cat !== null) await loadCategory(query.arena, query.cat, all);
        // A later change may have arrived while this one waited for data.
        if (current === query) draw(query, all);
      })
      .catch(fail);
  };

  let answered = '';
  const fromForm = () => {
    const params = formParams(form);
    // The input and change events of one action carry the same form: answer it once.
    if (params.toString() === answered) {
      // Nothing left to draw: this event gets no answer, so it starts no measure.
      if (drawn === current) inputAt = null;
      return;
    }
    answered = params.toString();
    const parsed = parseQuery(params);
    if (!parsed.ok) {
      inputAt = null;
      showErrors(parsed.errors);
      return;
    }
    showErrors([]);
    const next = parsed.query;
    // Filters and sorting start again at page 1; selecting models or columns keeps the page.
    if (current && !filtersChanged(current, next)) next.page = current.page;
    apply(next);
  };

  // Answered in the event itself, not in a later task or frame: Chromium runs timers and frames
  // after the rendering that follows input, which would add up to a frame to every answer.
  const onChange = (event: Event) => {
    inputAt ??= event.timeStamp;
    if (failed) return;
    fromForm();
  };

  const arenaSelect = form.elements.namedItem('arena');
  const catSelect = form.elements.namedItem('cat');
  if (arenaSelect instanceof HTMLSelectElement && catSelect instanceof HTMLSelectElement) {
    // Categories belong to one arena: offer the chosen arena's, as the server does.
    // On input, which comes before the form's own handler reads the categories.
    arenaSelect.addEventListener('input', () => {
      const byArena = JSON.parse(catSelect.dataset.byArena ?? '{}') as Record<string, [string, string][]>;
      const overall = catSelect.options[0];
      catSelect.replaceChildren(...(overall ? [overall] : []));
      for (const [value, label] of byArena[arenaSelect.value] ?? []) catSelect.add(new Option(label, value));
      catSelect.value = '';
    });
  }

  form.addEventListener('input', onChange);
  form.addEventListener('change', onChange);
  // Start the download at the first sign of use, before the first change needs it.
  for (const type of ['focusin', 'pointerover', 'touchstart'])
    form.addEventListener(type, () => void load().catch(fail), { once: true, passive: true });

  form.addEventListener('submit', (event) => {
    if (failed) return;
    event.preventDefault();
    const submitter = event.submitter;
    if (submitter instanceof HTMLButtonElement && submitter.id === 'compare-button') {
      const parsed = parseQuery(formParams(form));
      const ids = parsed.ok ? parsed.query.ids : (current?.ids ?? []);
      location.assign(compareLink(ids));
      return;
    }
    fromForm();
  });

  form.addEventListener('click', (event) => {
    const target = event.target;
    const link = target instanceof Element ? target.closest('a[data-nav]') : null;
    if (failed || !(link instanceof HTMLAnchorElement) || event.ctrlKey || event.metaKey || event.shiftKey)
      return;
    const parsed = parseQuery(new URL(link.href).searchParams);
    if (!parsed.ok) return;
    event.preventDefault();
    inputAt = event.timeStamp;
    apply(parsed.query);
  });

  // A static host answers every address with the default page: show the address's own view.
  const rendered = form.dataset.query;
  if (rendered !== undefined) {
    if (initial.ok && serializeQuery(initial.query).toString() !== rendered) {
      fillExplorerForm(form, initial.query);
      apply(initial.query);
    } else if (!initial.ok && errors.childElementCount === 0) showErrors(initial.errors);
  }
}
