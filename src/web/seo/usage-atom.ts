// The changes feed's usage entry: one per snapshot, naming the biggest usage risers and fallers of
// the week to its as-of date (adoption, not quality), with the citation the data's licence asks for.

import type { Catalog } from '../../catalog/catalog.ts';
import { absoluteUrl } from '../paths.ts';
import { usageCitation } from '../views/model/usage-section.tsx';
import { describeMover, moversWindow } from '../views/usage-movers.tsx';
import { xmlEscape } from './sitemap.ts';

/** How many risers and fallers the entry names. */
const NAMED = 3;

export function usageMoversEntry(catalog: Catalog, baseUrl: string): string | null {
  const m = catalog.usageMovers;
  if (m === null || !m.comparable || m.risers.length + m.fallers.length === 0) return null;
  const name = (id: string) => catalog.get(id)?.name ?? id;
  const list = (movers: typeof m.risers) =>
    movers
      .slice(0, NAMED)
      .map((x) => `${name(x.id)} ${describeMover(x)}`)
      .join('; ');
  const parts = [
    `OpenRouter tokens over ${moversWindow(m)}; usage measures adoption, not quality.`,
    m.risers.length > 0 ? `Risers: ${list(m.risers)}.` : null,
    m.fallers.length > 0 ? `Fallers: ${list(m.fallers)}.` : null,
    `${usageCitation(catalog.usageWindow?.covered.at(-1) ?? m.current.to)}.`,
  ].filter((p): p is string => p !== null);
  const host = new URL(baseUrl).host;
  const link = absoluteUrl(baseUrl, '/changes#usage-movers-h');
  const updated = new Date(catalog.snapshot.createdAt).toISOString();
  return [
    '<entry>',
    `<id>${xmlEscape(`tag:${host},2025:usage/${catalog.snapshot.id}`)}</id>`,
    `<title>${xmlEscape(`Usage movers, week to ${m.current.to}`)}</title>`,
    `<updated>${updated}</updated>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(link)}"/>`,
    '<category term="usage"/>',
    `<summary type="text">${xmlEscape(parts.join(' '))}</summary>`,
    '</entry>',
  ].join('');
}
