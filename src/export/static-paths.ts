// Where each URL of the site lives in a static export, and how a static server finds it again.
// Pages are `<path>/index.html` (any static host serves those), API records `<path>.json`, files
// that already carry an extension keep their path. Query variants (the changes filters) are files
// under `_variants/` that only a server with a rewrite (the nginx config) can reach. File names are
// the decoded URL path, because nginx and object stores decode the address before looking it up.

/** A URL of the site and the file, relative to the export root, that holds its body. */
export interface ExportTarget {
  /** Path and query as the site links to it (percent-encoded). */
  url: string;
  /** Relative file path with `/` separators. */
  file: string;
}

/** Why a URL path cannot be a file path; null when it can. */
export function unsafePathReason(path: string): string | null {
  if (!path.startsWith('/')) return 'it does not start with "/"';
  const segments = path.slice(1).split('/');
  for (const raw of segments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return `"${raw}" is not valid percent-encoding`;
    }
    if (segment === '' || segment === '.' || segment === '..')
      return 'an empty, "." or ".." segment would leave its folder';
    if (/[/\\\0]/.test(segment)) return 'a segment holds "/", "\\" or a NUL byte once decoded';
    if (Buffer.byteLength(segment) > 255) return 'a segment is longer than a file name may be (255 bytes)';
  }
  return null;
}

/** The decoded relative file path of a URL path (no query); throws for an unsafe path. */
export function decodedPath(path: string): string {
  const reason = unsafePathReason(path);
  if (reason) throw new Error(`The URL path ${path} cannot be written as a file: ${reason}.`);
  return path
    .slice(1)
    .split('/')
    .map((s) => decodeURIComponent(s))
    .join('/');
}

/** An HTML page: `/` → `index.html`, `/models/a/b` → `models/a/b/index.html`. */
export function pageTarget(path: string): ExportTarget {
  return { url: path, file: path === '/' ? 'index.html' : `${decodedPath(path)}/index.html` };
}

/** A file whose URL already ends in its extension: `/sitemap.xml`, `/og/a/b.png`. */
export function fileTarget(path: string): ExportTarget {
  return { url: path, file: decodedPath(path) };
}

/** A body whose URL has no extension, stored with one: `/api/models/a/b` → `api/models/a/b.json`. */
export function withExtension(path: string, ext: string): ExportTarget {
  return { url: path, file: `${decodedPath(path)}.${ext}` };
}

/**
 * A filtered view (`/changes?kind=price`) stored as `_variants/changes/kind=price.html`. The query
 * must be the canonical one the site links to, made only of letters, digits, `_`, `=` and `&`.
 */
export function variantTarget(path: string, query: string, ext: string): ExportTarget {
  const bare = query.replace(/^\?/, '');
  if (!/^[a-z0-9_=&]+$/i.test(bare)) throw new Error(`The query "${query}" cannot name a variant file.`);
  return { url: `${path}?${bare}`, file: `${VARIANTS_DIR}/${decodedPath(path)}/${bare}.${ext}` };
}

export const VARIANTS_DIR = '_variants';

/**
 * The file a static server answers a URL path with, trying what the nginx config tries, in its
 * order: the path itself, then `<path>/index.html`, then (under /api/) `<path>.json`. Query strings
 * are ignored, as on any static host. Returns null when nothing matches (a 404).
 */
export function resolveStatic(files: ReadonlySet<string>, urlPath: string): string | null {
  const path = urlPath.split(/[?#]/)[0]!;
  if (path === '/') return files.has('index.html') ? 'index.html' : null;
  if (unsafePathReason(path.replace(/\/+$/, '')) !== null) return null;
  const file = decodedPath(path.replace(/\/+$/, ''));
  const candidates = [file, `${file}/index.html`, ...(path.startsWith('/api/') ? [`${file}.json`] : [])];
  return candidates.find((c) => files.has(c)) ?? null;
}
