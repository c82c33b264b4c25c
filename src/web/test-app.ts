// Test support for the web suites: the app over the fixture catalog, and small readers of HTML.

import { fixtureCatalogData } from '../../test/fixtures/catalog.ts';
import { buildCatalog } from '../catalog/catalog.ts';
import type { CatalogData } from '../catalog/types.ts';
import { createAtlasApp } from './app.ts';

export const TEST_BASE_URL = 'https://atlas.example';

export function fixtureApp(data: CatalogData = fixtureCatalogData()) {
  return createAtlasApp({ catalog: buildCatalog(data), baseUrl: TEST_BASE_URL });
}

/** The content attribute of a <meta> tag by name or property, or null. */
export function metaContent(html: string, key: string): string | null {
  const tag = html.match(
    new RegExp(`<meta (?:name|property)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`),
  );
  return tag ? tag[1]! : null;
}

/** Text of the element following a <dt> with this label in a facts card (tags stripped). */
export function factValue(html: string, label: string): string | null {
  const m = html.match(new RegExp(`<dt>${label}</dt><dd>(.*?)</dd>`));
  return m ? m[1]!.replace(/<span class="note">.*?<\/span>/g, '').replace(/<[^>]+>/g, '') : null;
}

/** Rows of the table whose caption starts with the text, as arrays of cell texts. */
export function tableRows(html: string, caption: string): string[][] {
  const start = html.indexOf(`<caption>${caption}`);
  if (start < 0) return [];
  const table = html.slice(start, html.indexOf('</table>', start));
  const body = table.slice(table.indexOf('<tbody>'));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => cell[1]!.replace(/<[^>]+>/g, '')),
  );
}

/** Assert the text is in the page, reporting only the missing text (pages are long). */
export function assertHas(html: string, text: string | RegExp, what = ''): void {
  const found = typeof text === 'string' ? html.includes(text) : text.test(html);
  if (!found) throw new Error(`The page does not contain ${String(text)}${what ? ` (${what})` : ''}.`);
}

/** Assert the text is not in the page. */
export function assertHasNot(html: string, text: string | RegExp, what = ''): void {
  const found = typeof text === 'string' ? html.includes(text) : text.test(html);
  if (found) throw new Error(`The page contains ${String(text)}${what ? ` (${what})` : ''}.`);
}
