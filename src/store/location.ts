// DATABASE_URL → a SQLite path. PostgreSQL is recognised but refused until its dialect is wired in.

import { fileURLToPath } from 'node:url';
import { StoreError } from './errors.ts';

const SCHEME = /^([a-z][a-z0-9+.-]+):\/\//i;

/**
 * Accepts a plain path, `:memory:`, `file:relative/path.db`, `file:/abs/path.db` or `file:///abs/path.db`.
 * Query strings on file: URLs are ignored. The URL is never echoed back: it may hold a password.
 */
export function sqlitePathFromUrl(url: string): string {
  const text = url.trim();
  if (text === '') {
    throw new StoreError(
      'The database location is empty. Set DATABASE_URL to a file path such as ./data/atlas.db.',
    );
  }
  if (/^file:/i.test(text)) {
    const rest = text.slice('file:'.length);
    const path = rest.startsWith('//')
      ? fileURLToPath(new URL(text.replace(/[?#].*$/, '')))
      : rest.replace(/[?#].*$/, '');
    if (path === '')
      throw new StoreError('The file: URL in DATABASE_URL names no file. Write it as file:./data/atlas.db.');
    return path;
  }
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === 'postgres' || scheme === 'postgresql') {
    throw new StoreError(
      'PostgreSQL is not supported yet: the store runs on SQLite for now. Set DATABASE_URL to a file path or a file: URL, such as file:./data/atlas.db.',
    );
  }
  if (scheme !== undefined) {
    throw new StoreError(
      `DATABASE_URL uses the "${scheme}:" scheme, which the store does not know. Use a file path or a file: URL, such as file:./data/atlas.db.`,
    );
  }
  return text;
}
