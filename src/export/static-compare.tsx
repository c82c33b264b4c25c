// The compare island of the static site. A static host answers /compare?ids=a,b with the empty
// compare page, so this renders the comparison in the browser: it reads the address, loads each
// model's API file (/api/models/<id>.json) and renders the server's own CompareBody markup, then
// starts the workload calculator island. On the Node server this file is never loaded.

import { compareHref, parseCompareQuery } from '../domain/compare-query.ts';
import type { ModelRecord } from '../domain/model.ts';
import { encodeModelId } from '../web/paths.ts';
import { CompareBody, type MissingId } from '../web/routes/compare-body.tsx';

/** Where the static export writes one model's API record. */
export function staticModelFile(id: string): string {
  return `/api/models/${encodeModelId(id)}.json`;
}

type Loaded = { id: string; record: ModelRecord | null };

async function loadRecord(id: string): Promise<Loaded> {
  const response = await fetch(staticModelFile(id), { headers: { Accept: 'application/json' } });
  if (response.status === 404) return { id, record: null };
  if (!response.ok) throw new Error(`${staticModelFile(id)} answered ${response.status}`);
  const body = (await response.json()) as { model?: ModelRecord };
  if (!body.model || body.model.id !== id)
    throw new Error(`${staticModelFile(id)} holds no record for ${id}`);
  return { id, record: body.model };
}

function show(main: HTMLElement, html: string, title: string): void {
  main.innerHTML = html;
  document.title = `${title} · Model Atlas`;
}

async function renderComparison(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const parsed = parseCompareQuery(params);
  if (!parsed.ok) {
    const query = { ids: [], workload: { inputTokens: 0, outputTokens: 0, cachedPct: 0 } };
    const body = (
      <CompareBody query={query} records={[]} missing={[]} notes={[]} errors={parsed.errors} sample={[]} />
    );
    show(main, String(body), 'Compare models');
    return;
  }
  const { query, notes } = parsed;
  const loaded = await Promise.all(query.ids.map(loadRecord));
  const records = loaded.flatMap((l) => (l.record ? [l.record] : []));
  const missing: MissingId[] = loaded.filter((l) => !l.record).map((l) => ({ id: l.id, suggestions: [] }));
  const body = (
    <CompareBody query={query} records={records} missing={missing} notes={notes} errors={[]} sample={[]} />
  );
  show(
    main,
    String(body),
    records.length > 0 ? `Compare ${records.map((r) => r.name).join(', ')}` : 'Compare models',
  );
  const canonical = compareHref(query);
  if (canonical !== location.pathname + location.search) history.replaceState(null, '', canonical);
  // The calculator island looks for its form when it runs, so it starts after the markup is in.
  if (records.length > 0) await import('../client/compare.ts');
}

const main = document.getElementById('main');
const params = new URLSearchParams(location.search);
if (main && params.getAll('ids').some((v) => v.trim() !== '')) {
  renderComparison(main, params).catch((error: unknown) => {
    const note = document.createElement('p');
    note.className = 'form-errors';
    note.setAttribute('role', 'alert');
    note.textContent = `The comparison could not be loaded (${String(error)}). Reload the page to try again.`;
    main.prepend(note);
  });
}
