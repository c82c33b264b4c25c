// Reading a recorded payload from disk into the same FetchedPayload a live fetch produces,
// so one parser serves both and recorded files exercise the live path.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FetchedPayload, InputMeta } from './source.ts';

/** HTTP facts of a live fetch; null for files. */
export interface HttpFacts {
  status: number;
  contentType: string | null;
}

/** Wrap raw bytes as a FetchedPayload: UTF-8 text (BOM dropped), sha256 and size of the bytes as received. */
export function toFetchedPayload(
  bytes: Uint8Array,
  input: InputMeta,
  http: HttpFacts | null,
): FetchedPayload {
  return {
    ...input,
    text: new TextDecoder('utf-8').decode(bytes),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.byteLength,
    httpStatus: http?.status ?? null,
    contentType: http?.contentType ?? null,
  };
}

/**
 * Read a recorded file (`input.location` relative to `dataDir`). When the manifest entry carried a
 * `sha256` in `input.meta`, the file must still match it: a changed file would silently change history.
 */
export async function readRecordedPayload(dataDir: string, input: InputMeta): Promise<FetchedPayload> {
  const path = resolve(dataDir, input.location);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new Error(describeReadFailure(path, dataDir, error), { cause: error });
  }
  const payload = toFetchedPayload(bytes, input, null);
  const expected = input.meta.sha256;
  if (typeof expected === 'string' && expected.toLowerCase() !== payload.sha256) {
    throw new Error(
      `The recorded file ${path} does not match its manifest entry (sha256 ${payload.sha256}, manifest says ${expected}). ` +
        'Restore the original file, or update the manifest if the change is intended.',
    );
  }
  return payload;
}

/** The sentence for a file that could not be read, by error code. */
export function describeReadFailure(path: string, dataDir: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return (
        `The recorded file ${path} does not exist. ` +
        `Check that the data directory (${dataDir}) is the one the manifest describes and that the file was not moved.`
      );
    case 'EISDIR':
      return `The recorded payload ${path} is a directory, not a file. Point the manifest entry at the file itself.`;
    case 'EACCES':
    case 'EPERM':
      return `The recorded file ${path} cannot be read: permission denied. Make it readable by this user.`;
    default:
      return `The recorded file ${path} could not be read (${error instanceof Error ? error.message : String(error)}). Check the path and the disk.`;
  }
}
