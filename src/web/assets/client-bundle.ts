// Browser islands bundled by esbuild when the asset bundle is built: minified ES modules with
// preact as the JSX runtime. Only src/client entries are bundled; they import only src/domain.

import { existsSync } from 'node:fs';
import { buildSync } from 'esbuild';

export const CLIENT_ENTRIES = ['explorer', 'compare'] as const;
export type ClientEntry = (typeof CLIENT_ENTRIES)[number];

/**
 * One browser entry minified into an ES module by esbuild, with the given JSX runtime (the server's
 * tsconfig sets hono/jsx; the src/client islands render with preact). `what` names it in errors.
 */
export function bundleForBrowser(entryPath: string, jsxImportSource: string, what: string): Uint8Array {
  const result = buildSync({
    entryPoints: [entryPath],
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2022', 'chrome100', 'firefox100', 'safari15'],
    platform: 'browser',
    write: false,
    legalComments: 'none',
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', jsxImportSource } },
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced no output for ${what}.`);
  return file.contents;
}

/** The minified bundle of one island, src/client/<entry>.tsx (or .ts when it has no JSX). */
export function buildClientBundle(entry: ClientEntry): Uint8Array {
  const tsx = new URL(`../../client/${entry}.tsx`, import.meta.url).pathname;
  return bundleForBrowser(
    existsSync(tsx) ? tsx : tsx.replace(/\.tsx$/, '.ts'),
    'preact',
    `the ${entry} island`,
  );
}
