// Checks that every internal link of an export leads to a file, as the nginx config resolves it:
// pages, assets, share images, feeds and the sitemap's absolute URLs.

import { resolveStatic, VARIANTS_DIR } from './static-paths.ts';

/** URL paths with pre-rendered query variants (see site-targets.ts). */
const VARIANT_PATHS = new Set(['/changes', '/changes.atom', '/api/changes']);

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => {
    const map: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    return map[name] ?? "'";
  });
}

/** Site paths (with their query) that a page, feed or sitemap links to. */
export function internalLinks(text: string, baseUrl: string): string[] {
  const found = new Set<string>();
  const base = baseUrl.replace(/\/+$/, '');
  for (const m of text.matchAll(/(?:\b(?:href|src)="([^"]*)"|<loc>([^<]*)<\/loc>)/g)) {
    let link = unescapeXml(m[1] ?? m[2] ?? '');
    if (link.startsWith(`${base}/`)) link = link.slice(base.length);
    if (!link.startsWith('/') || link.startsWith('//')) continue;
    found.add(link.split('#')[0]!);
  }
  return [...found];
}

/** The file a link is answered with, or null for a broken link. */
export function linkTarget(files: ReadonlySet<string>, link: string): string | null {
  const [path = '', query = ''] = link.split('?', 2);
  if (VARIANT_PATHS.has(path) && query !== '') {
    const ext = path === '/changes' ? 'html' : path === '/changes.atom' ? 'atom' : 'json';
    const file = `${VARIANTS_DIR}${path}/${query}.${ext}`;
    return files.has(file) ? file : null;
  }
  return resolveStatic(files, path);
}

export interface BrokenLink {
  from: string;
  link: string;
}

/** Every internal link of the documents that leads to no file. */
export function brokenLinks(
  files: ReadonlySet<string>,
  documents: Iterable<{ file: string; text: string }>,
  baseUrl: string,
): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const doc of documents) {
    for (const link of internalLinks(doc.text, baseUrl)) {
      if (linkTarget(files, link) === null) broken.push({ from: doc.file, link });
    }
  }
  return broken;
}
