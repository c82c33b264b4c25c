// URLs of the site's pages. Model ids hold slashes and colons (`z-ai/glm-4-32b`, `lmarena:glm-4-plus`):
// both stay readable in a path; anything else that is not a plain path character is percent-encoded.

/** Encode a model id for a path: each segment with encodeURIComponent, keeping `/` and `:`. */
export function encodeModelId(id: string): string {
  return id
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%3A/gi, ':'))
    .join('/');
}

/** Decode the path tail after `/models/` back to an id; null when the encoding is broken. */
export function decodeModelId(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

export function modelPath(id: string): string {
  return `/models/${encodeModelId(id)}`;
}

/** The share image of a model (PNG, 1200×630). */
export function ogImagePath(id: string): string {
  return `/og/${encodeModelId(id)}.png`;
}

export function compareHref(ids: readonly string[]): string {
  return `/compare?ids=${ids.map((id) => encodeURIComponent(id)).join(',')}`;
}

export function apiModelPath(id: string): string {
  return `/api/models/${encodeModelId(id)}`;
}

/** Join a base URL (no trailing slash needed) and a site path into an absolute URL. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}
