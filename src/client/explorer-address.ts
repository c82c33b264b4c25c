// Puts a query into the explorer's form controls. The server renders the form for the address it
// was asked; a static host answers every address with the default page, so the island fills the
// form from the address itself. Controls are matched by name, so filters added later need nothing.

import { type ExplorerQuery, serializeQuery } from '../domain/query.ts';

/** Parameters the form's own controls do not hold: the results area and hidden fields carry them. */
const NOT_FORM_CONTROLS = new Set(['ids', 'sort', 'dir', 'page']);

/**
 * The value(s) of every named control for a query: the canonical parameters, plus the defaults the
 * canonical form leaves out but a control must still show (arena, columns, rows per page).
 */
export function controlValues(query: ExplorerQuery): URLSearchParams {
  const values = serializeQuery(query);
  values.set('arena', query.arena);
  values.delete('cols');
  for (const col of query.cols) values.append('cols', col);
  values.set('per', String(query.per));
  for (const name of NOT_FORM_CONTROLS) values.delete(name);
  return values;
}

/** Offer the categories of the chosen arena, as the server does (data-by-arena on the select). */
function categoriesFor(select: HTMLSelectElement, arena: string): void {
  const byArena = JSON.parse(select.dataset.byArena ?? '{}') as Record<string, [string, string][]>;
  const overall = select.options[0];
  select.replaceChildren(...(overall ? [overall] : []));
  for (const [value, label] of byArena[arena] ?? []) select.add(new Option(label, value));
}

/** Set every control of the form to what the query says (unchecked or empty where it says nothing). */
export function fillExplorerForm(form: HTMLFormElement, query: ExplorerQuery): void {
  const values = controlValues(query);
  const cat = form.elements.namedItem('cat');
  if (cat instanceof HTMLSelectElement) categoriesFor(cat, query.arena);
  for (const el of form.elements) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) continue;
    if (el.name === '' || NOT_FORM_CONTROLS.has(el.name) || el.type === 'hidden') continue;
    const want = values.getAll(el.name);
    if (el instanceof HTMLSelectElement) {
      const value = want[0] ?? '';
      if (![...el.options].some((o) => o.value === value)) el.add(new Option(value, value));
      el.value = value;
    } else if (el.type === 'checkbox' || el.type === 'radio') {
      el.checked = want.includes(el.value);
    } else {
      // Lists typed into one text field (authors, licenses) are comma-separated, as the server writes them.
      el.value = want.join(', ');
    }
  }
}
