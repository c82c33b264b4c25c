// The data directory's manifest: which recorded file is which kind of payload, and its date.

import { z } from 'zod';
import { type InputMeta, SOURCE_KINDS, type SourceKind } from '../sources/source.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const ManifestFile = z
  .object({
    path: z.string().min(1),
    kind: z.string().min(1),
    date: z.string().regex(ISO_DATE, 'expected an ISO date (YYYY-MM-DD)'),
    bytes: z.number().int().nonnegative().optional(),
    sha256: z.string().optional(),
    partial: z.boolean().optional(),
  })
  .passthrough();

const Manifest = z.object({ files: z.array(ManifestFile) }).passthrough();

export interface ManifestEntry extends InputMeta {
  /** sha256 the manifest promises, checked against the bytes read. */
  expectedSha256: string | null;
}

export interface ManifestReadResult {
  entries: ManifestEntry[];
  /** Files of kinds this version does not read, listed so nothing is ignored silently. */
  unknownKinds: { path: string; kind: string }[];
}

const KNOWN = new Set<string>(SOURCE_KINDS);

/** Parse manifest.json text. Throws an Error with a sentence when it is not a manifest. */
export function parseManifest(text: string, location = 'manifest.json'): ManifestReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(
      `${location} is not valid JSON (${(err as Error).message}). Point --from at a directory laid out like ../shared/data.`,
    );
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `${location} is not a data manifest: ${issue.path.join('.') || 'top level'}: ${issue.message}. ` +
        'It must be {"files": [{"path", "kind", "date"}, ...]}.',
    );
  }
  const entries: ManifestEntry[] = [];
  const unknownKinds: { path: string; kind: string }[] = [];
  for (const f of parsed.data.files) {
    if (!KNOWN.has(f.kind)) {
      unknownKinds.push({ path: f.path, kind: f.kind });
      continue;
    }
    const { path, kind, date, bytes: _b, sha256, partial, ...rest } = f;
    entries.push({
      kind: kind as SourceKind,
      location: path,
      date,
      partial: partial === true,
      meta: rest,
      expectedSha256: sha256 ?? null,
    });
  }
  return { entries, unknownKinds };
}
