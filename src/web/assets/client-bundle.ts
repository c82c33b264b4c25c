// Browser islands bundled by esbuild when the asset bundle is built: minified ES modules with
// preact as the JSX runtime. Only src/client entries are bundled; they import only src/domain.

import { existsSync } from 'node:fs';
import { buildSync } from 'esbuild';

export const CLIENT_ENTRIES = ['explorer', 'compare'] as const;
export type ClientEntry = (typeof CLIENT_ENTRIES)[number];

/** The minified bundle of one island, src/client/<entry>.tsx (or .ts when it has no JSX). */
export function buildClientBundle(entry: ClientEntry): Uint8Array {
  const tsx = new URL(`../../client/${entry}.tsx`, import.meta.url).pathname;
  const result = buildSync({
    entryPoints: [existsSync(tsx) ? tsx : tsx.replace(/\.tsx$/, '.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2022', 'chrome100', 'firefox100', 'safari15'],
    platform: 'browser',
    write: false,
    legalComments: 'none',
    // The server's tsconfig sets hono/jsx; islands render with preact.
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'preact' } },
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced no output for the ${entry} island.`);
  return file.contents;
}
