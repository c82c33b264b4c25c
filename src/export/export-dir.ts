// The export directory on disk: files are written into a staging folder beside it, then swapped in
// with two renames, so a server reading the directory never sees half a site. A directory that is
// not empty and holds no export manifest is never replaced: it may be someone's files.

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';

export const MANIFEST_FILE = 'export-manifest.json';

export interface ExportManifest {
  snapshot: { id: number; asOf: string; createdAt: string };
  version: string;
  baseUrl: string;
  /** Fingerprinted assets this build links to (older builds' assets kept beside them are not listed). */
  assets: string[];
  /** Every file written with its size and SHA-256, variants (.gz, .br) included. */
  files: Record<string, { bytes: number; sha256: string }>;
}

export interface Body {
  identity: Uint8Array;
  gzip: Uint8Array | null;
  br: Uint8Array | null;
}

export interface ExportDir {
  /** Write a body and its compressed variants under a relative path; returns bytes written. */
  write(file: string, body: Body): Promise<number>;
  /** Relative paths written so far (without the .gz and .br variants). */
  readonly written: ReadonlySet<string>;
  readonly files: ExportManifest['files'];
  /** Copy the previous build's assets that this one does not have, so cached pages keep working. */
  keepPreviousAssets(current: readonly string[]): Promise<string[]>;
  /** Write the manifest and swap the staging folder in place of the export directory. */
  commit(manifest: Omit<ExportManifest, 'files'>): Promise<void>;
  /** Remove the staging folder (after a failure). */
  abandon(): Promise<void>;
}

async function isEmptyOrExport(dir: string): Promise<'missing' | 'empty' | 'export' | 'other'> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  if (names.length === 0) return 'empty';
  return names.includes(MANIFEST_FILE) ? 'export' : 'other';
}

export async function openExportDir(out: string): Promise<ExportDir> {
  const target = resolve(out);
  const state = await isEmptyOrExport(target);
  if (state === 'other')
    throw new Error(
      `${target} is not empty and holds no ${MANIFEST_FILE}, so it is not an earlier export; choose an empty or new directory for --out.`,
    );
  const staging = join(dirname(target), `.${basename(target)}.building-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const written = new Set<string>();
  const files: ExportManifest['files'] = {};

  const put = async (file: string, bytes: Uint8Array) => {
    const path = resolve(staging, file);
    if (!path.startsWith(staging + sep))
      throw new Error(`The file ${file} would be written outside ${target}.`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes, { flag: 'wx' });
    files[file] = { bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
    return bytes.byteLength;
  };

  return {
    written,
    files,
    async write(file, body) {
      if (written.has(file)) throw new Error(`Two URLs of the site map to the same file, ${file}.`);
      written.add(file);
      let bytes = await put(file, body.identity);
      if (body.gzip) bytes += await put(`${file}.gz`, body.gzip);
      if (body.br) bytes += await put(`${file}.br`, body.br);
      return bytes;
    },
    async keepPreviousAssets(current) {
      if (state !== 'export') return [];
      const previous = JSON.parse(await readFile(join(target, MANIFEST_FILE), 'utf8')) as ExportManifest;
      const kept: string[] = [];
      for (const asset of previous.assets ?? []) {
        if (current.includes(asset) || !/^\/assets\/[\w.-]+$/.test(asset)) continue;
        for (const suffix of ['', '.gz', '.br']) {
          const file = `${asset.slice(1)}${suffix}`;
          try {
            await put(file, await readFile(join(target, file)));
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
          }
        }
        kept.push(asset);
      }
      return kept;
    },
    async commit(manifest) {
      const full: ExportManifest = { ...manifest, files };
      await writeFile(join(staging, MANIFEST_FILE), `${JSON.stringify(full, null, 1)}\n`);
      const old = join(dirname(target), `.${basename(target)}.old-${process.pid}`);
      if (state === 'export' || state === 'empty') await rename(target, old);
      await rename(staging, target);
      await rm(old, { recursive: true, force: true });
    },
    async abandon() {
      await rm(staging, { recursive: true, force: true });
    },
  };
}
