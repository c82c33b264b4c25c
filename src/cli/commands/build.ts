// model-atlas build --out DIR: the whole site of a snapshot as static files for any static host or
// CDN, with an nginx config beside them. See README "Running at scale".

import { resolve } from 'node:path';
import type { Command } from 'commander';
import { buildCatalog } from '../../catalog/catalog.ts';
import { formatCompact, formatInteger } from '../../domain/format.ts';
import { type ExportSummary, exportSite } from '../../export/export-site.ts';
import { DEFAULT_RUNTIME_DIR, nginxCommand } from '../../export/nginx-config.ts';
import { createProgress } from '../progress.ts';
import { checkDate, chooseSnapshot, withStore } from './shared.ts';

interface BuildFlags {
  out: string;
  db?: string;
  asOf?: string;
  baseUrl?: string;
  quiet?: boolean;
}

/** Where the nginx example expects to be served when no public origin is given. */
const LOCAL_ORIGIN = 'http://localhost:8080';

export function checkBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `--base-url takes an absolute URL such as https://atlas.example.org; got ${JSON.stringify(value)}.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`--base-url must be an http or https URL; got ${JSON.stringify(value)}.`);
  if (url.search || url.hash || url.pathname !== '/')
    throw new Error(
      `--base-url is an origin without a path, query or fragment (the site is served from the root); got ${JSON.stringify(value)}.`,
    );
  return url.origin;
}

function report(summary: ExportSummary, label: string, baseUrl: string, ms: number): void {
  const out = resolve(summary.out);
  console.log(`Built the static site of ${label} into ${out}`);
  console.log(
    `  ${formatInteger(summary.models)} models, ${formatInteger(summary.urls)} URLs, ${formatInteger(summary.files)} files with their .gz and .br variants, ${formatCompact(summary.bytes)} bytes, in ${(ms / 1000).toFixed(1)} s`,
  );
  console.log(`  Canonical links, share tags, sitemap and feed point at ${baseUrl}`);
  if (summary.keptAssets.length > 0)
    console.log(
      `  Kept ${summary.keptAssets.length} assets of the previous build for pages cached before it.`,
    );
  console.log('  Serve it with any static host, or with nginx on port 8080:');
  console.log(
    `    mkdir -p ${DEFAULT_RUNTIME_DIR} && ${nginxCommand(DEFAULT_RUNTIME_DIR, `${out}/nginx.conf.example`)}`,
  );
  for (const s of summary.skipped)
    console.error(
      `warning: model "${s.id}" was left out: its page address cannot be a file path (${s.reason}).`,
    );
  const shown = summary.brokenLinks.slice(0, 20);
  for (const b of shown)
    console.error(`warning: ${b.from} links to ${b.link}, which the export does not hold.`);
  if (summary.brokenLinks.length > shown.length)
    console.error(`warning: … and ${summary.brokenLinks.length - shown.length} more links to missing files.`);
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('Write the whole site of a snapshot as static files for any static host or CDN.')
    .requiredOption('--out <dir>', 'the directory to write: new, empty, or an earlier export to replace')
    .option('--as-of <date>', 'the snapshot of this day (default: the latest)')
    .option('--db <path>', 'SQLite database file (default var/atlas.db, or DATABASE_URL)')
    .option('--base-url <url>', `public origin of the site (default BASE_URL, else ${LOCAL_ORIGIN})`)
    .option('--quiet', 'no progress, only the summary')
    .action(async (flags: BuildFlags) => {
      const asOf = checkDate(flags.asOf);
      const given = flags.baseUrl ?? process.env.BASE_URL;
      const baseUrl = given ? checkBaseUrl(given) : LOCAL_ORIGIN;
      if (!given)
        console.error(
          `note: no --base-url or BASE_URL, so canonical links and share tags point at ${LOCAL_ORIGIN}; pass the public origin for a real deployment.`,
        );
      const data = await withStore(flags.db, { readonly: true }, async (store) =>
        store.loadCatalogData((await chooseSnapshot(store, asOf)).id),
      );
      const progress = createProgress(process.stderr, flags.quiet === true);
      const start = performance.now();
      const catalog = buildCatalog(data);
      // One step per hundred URLs: a bar on a terminal, a couple of dozen lines in a log.
      const STEP = 100;
      let started = false;
      const summary = await exportSite({
        catalog,
        out: flags.out,
        baseUrl,
        onProgress: (done, total) => {
          if (!started) progress.start('Writing the site', Math.ceil(total / STEP));
          started = true;
          if (done % STEP === 0 || done === total)
            progress.tick(`${formatInteger(done)} of ${formatInteger(total)} URLs`);
        },
      });
      progress.stop();
      const label = `snapshot #${data.snapshot.id} (as of ${data.snapshot.asOf})`;
      report(summary, label, baseUrl, performance.now() - start);
    });
}
