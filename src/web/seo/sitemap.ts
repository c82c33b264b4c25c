// sitemap.xml and robots.txt: every model page, with the date its record represents.

import type { Catalog } from '../../catalog/catalog.ts';
import { formatDate } from '../../domain/format.ts';
import { absoluteUrl, modelPath } from '../paths.ts';

export function xmlEscape(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

export function sitemapXml(catalog: Catalog, baseUrl: string): string {
  const asOf = formatDate(catalog.snapshot.asOf);
  const pages: { path: string; lastmod: string }[] = [
    { path: '/', lastmod: asOf },
    { path: '/changes', lastmod: asOf },
    { path: '/methodology', lastmod: asOf },
    ...catalog.records.map((r) => ({ path: modelPath(r.id), lastmod: formatDate(r.asOf) })),
  ];
  const urls = pages
    .map(
      (p) =>
        `<url><loc>${xmlEscape(absoluteUrl(baseUrl, p.path))}</loc><lastmod>${p.lastmod}</lastmod></url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

export function robotsTxt(baseUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    // Filtered views and comparisons are endless combinations of pages that are indexed already.
    'Disallow: /api/',
    'Disallow: /compare',
    'Disallow: /*?',
    `Sitemap: ${absoluteUrl(baseUrl, '/sitemap.xml')}`,
    '',
  ].join('\n');
}
