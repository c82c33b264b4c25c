// The compare island: makes the workload cost calculator instant. The server already computed the
// table; this recomputes it on every keystroke with the same domain code and keeps the URL in step.

import { compareHref, parseCompareQuery } from '../domain/compare-query.ts';
import { type Cost, describeCost, monthlyCost } from '../domain/cost.ts';
import { formatInteger } from '../domain/format.ts';
import { PRICING_STATES, type PricingState } from '../domain/model.ts';

const form = document.getElementById('cost-form');
const table = document.getElementById('cost-table');
const errors = document.getElementById('cost-errors');
if (form instanceof HTMLFormElement && table && errors) start(form, table, errors);

function numberOrNull(text: string | undefined): number | null {
  return text === undefined || text === '' ? null : Number(text);
}

function pricingOf(row: HTMLElement) {
  const state = (PRICING_STATES as readonly string[]).includes(row.dataset.state ?? '')
    ? (row.dataset.state as PricingState)
    : 'unknown';
  const cacheRead = numberOrNull(row.dataset.cache);
  return {
    state,
    inputPer1M: numberOrNull(row.dataset.in),
    outputPer1M: numberOrNull(row.dataset.out),
    extra: cacheRead === null ? {} : { cacheRead },
  };
}

function setText(row: HTMLElement, selector: string, text: string): void {
  const cell = row.querySelector(selector);
  if (cell && cell.textContent !== text) cell.textContent = text;
}

function start(form: HTMLFormElement, table: HTMLElement, errors: HTMLElement): void {
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const summary = document.getElementById('cost-summary');

  const update = () => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
    const parsed = parseCompareQuery(params);
    errors.replaceChildren();
    if (!parsed.ok) {
      for (const message of parsed.errors)
        errors.appendChild(document.createElement('p')).textContent = message;
      return;
    }
    const w = parsed.query.workload;
    const costs: Cost[] = rows.map((row) => monthlyCost(pricingOf(row), w));
    const totals = costs.map((c) => (c.kind === 'amount' ? c.total : null));
    const known = totals.filter((t): t is number => t !== null);
    const min = known.length >= 2 && !known.every((t) => t === known[0]) ? Math.min(...known) : null;
    rows.forEach((row, i) => {
      const text = describeCost(costs[i]!, w);
      setText(row, '.c-input', text.input);
      setText(row, '.c-cached', text.cached);
      setText(row, '.c-output', text.output);
      setText(row, '.c-total-text', text.total);
      setText(row, '.c-note', text.note ?? '');
      const best = min !== null && totals[i] === min;
      row.querySelector('.c-total')?.classList.toggle('best', best);
      const mark = row.querySelector<HTMLElement>('.c-total .best-mark');
      if (mark) mark.hidden = !best;
    });
    if (summary) {
      summary.firstChild!.textContent = `For ${formatInteger(w.inputTokens)} input and ${formatInteger(w.outputTokens)} output tokens a month, ${w.cachedPct}% of input cached. `;
    }
    const href = compareHref(parsed.query);
    if (href !== location.pathname + location.search) history.replaceState(null, '', href);
  };

  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
}
