// The nginx configuration that serves a static export the way the Node server serves the site:
// same content types, cache lifetimes, security headers and CORS; precompressed .gz files; the
// changes filters mapped to their pre-rendered variants; a 404 page (JSON under /api/).

import { securityHeaderRecord } from '../web/middleware/security-headers.ts';
import { CACHE_IMMUTABLE, CACHE_PAGE, CACHE_SHORT } from '../web/respond.ts';
import { VARIANTS_DIR } from './static-paths.ts';

export interface NginxOptions {
  /** Absolute path of the export directory. */
  root: string;
  /** Where to listen: a port (`8080`) or address and port (`127.0.0.1:8080`). */
  listen: string;
  /** Public origin the site was built for; HSTS is sent only when it is https. */
  baseUrl: string;
  /** Catalog version: explorer data asked for with `?v=<version>` is cacheable for good. */
  version: string;
  /** Fingerprinted path of the favicon, for the /favicon.ico redirect. */
  faviconPath: string;
  /** Download name of /api/models.csv. */
  csvFilename: string;
  /** Snapshot named in the header comment. */
  snapshotLabel: string;
  /** pid file, error log and temporary files; a directory the nginx user may write (default /tmp). */
  runtimeDir?: string;
  /** Access log file; none when unset. */
  accessLog?: string;
}

/** Content types by extension, with the charsets the server sends. */
const TYPES: readonly [string, string][] = [
  ['text/html', 'html'],
  ['text/css', 'css'],
  ['text/javascript', 'js'],
  ['application/json', 'json'],
  ['text/csv', 'csv'],
  ['application/atom+xml', 'atom'],
  ['application/xml', 'xml'],
  ['text/plain', 'txt'],
  ['image/png', 'png'],
  ['image/svg+xml', 'svg'],
];
const CHARSET_TYPES = [
  'text/css',
  'text/javascript',
  'text/plain',
  'text/csv',
  'application/json',
  'application/atom+xml',
  'application/xml',
];

/** A quoted nginx string; refuses characters nginx would read as syntax or variables. */
function quoted(value: string): string {
  if (/[$\\\n]/.test(value) || (value.includes('"') && value.includes("'")))
    throw new Error(`The value ${JSON.stringify(value)} cannot go into nginx.conf.`);
  return value.includes('"') ? `'${value}'` : `"${value}"`;
}

/**
 * The headers of one location. nginx drops the server's add_header lines in any location that has
 * its own, so every location repeats the whole set; `always` keeps them on 304 and 404 responses.
 */
function headers(security: Readonly<Record<string, string>>, extra: Record<string, string>): string[] {
  const all = { ...security, ...extra };
  return Object.entries(all).map(([name, value]) => {
    const text = value.startsWith('$') && /^\$[a-z_]+$/.test(value) ? value : quoted(value);
    return `add_header ${name} ${text} always;`;
  });
}

function block(head: string, lines: string[], indent: string): string {
  return [`${indent}${head} {`, ...lines.map((l) => `${indent}  ${l}`), `${indent}}`].join('\n');
}

/** The command that runs nginx in the foreground with this config and its runtime folder. */
export function nginxCommand(runtimeDir: string, confPath: string): string {
  return `nginx -p ${runtimeDir} -e ${runtimeDir}/error.log -c ${confPath} -g 'daemon off;'`;
}

export const DEFAULT_RUNTIME_DIR = '/tmp/model-atlas-nginx';

export function nginxConfig(options: NginxOptions): string {
  const security = securityHeaderRecord({ https: options.baseUrl.startsWith('https://') });
  const h = (extra: Record<string, string>) => headers(security, extra);
  const run = (options.runtimeDir ?? DEFAULT_RUNTIME_DIR).replace(/\/+$/, '');
  const cors = { 'Access-Control-Allow-Origin': '*' };
  const page = { 'Cache-Control': CACHE_PAGE };
  // A filtered view's file when the query is one the site links to, else the unfiltered file.
  const variant = (path: string, ext: string, unfiltered: string) =>
    `try_files /${VARIANTS_DIR}${path}/$atlas_changes_query.${ext} ${unfiltered} =404;`;
  const i = '    ';
  const locations = [
    block('location /', [...h(page), 'try_files $uri $uri/index.html =404;'], i),
    block('location = /404.html', ['internal;', ...h({ 'Cache-Control': CACHE_SHORT })], i),
    block('location /assets/', [...h({ 'Cache-Control': CACHE_IMMUTABLE }), 'try_files $uri =404;'], i),
    block('location = /explorer-data.json', h({ 'Cache-Control': '$atlas_data_cache' }), i),
    block('location /explorer-data/', h({ 'Cache-Control': '$atlas_data_cache' }), i),
    block(
      'location /api/',
      [...h({ ...page, ...cors }), 'try_files $uri $uri.json =404;', 'error_page 404 /api/404.json;'],
      i,
    ),
    block('location = /api/404.json', ['internal;', ...h({ 'Cache-Control': CACHE_SHORT, ...cors })], i),
    block(
      'location = /api/models.csv',
      h({ ...page, ...cors, 'Content-Disposition': `attachment; filename="${options.csvFilename}"` }),
      i,
    ),
    block('location = /changes', [...h(page), variant('/changes', 'html', '/changes/index.html')], i),
    block('location = /changes.atom', [...h(page), variant('/changes.atom', 'atom', '/changes.atom')], i),
    block(
      'location = /api/changes',
      [...h({ ...page, ...cors }), variant('/api/changes', 'json', '/api/changes.json')],
      i,
    ),
    block(`location /${VARIANTS_DIR}/`, ['internal;'], i),
    block('location = /favicon.ico', [...h(page), `return 301 ${options.faviconPath};`], i),
    block('location = /nginx.conf.example', ['return 404;'], i),
  ];
  const server = [
    `  server {`,
    `    listen ${options.listen};`,
    `    server_name _;`,
    `    root ${quoted(options.root)};`,
    `    error_page 404 /404.html;`,
    locations.join('\n'),
    `  }`,
  ].join('\n');
  return `# Model Atlas static site, ${options.snapshotLabel}. Written by \`model-atlas build\`; rebuild to refresh.
# Run it as it is, as any user (it listens on ${options.listen}):
#   mkdir -p ${run} && ${nginxCommand(run, '<this file>')}
# or copy the map lines and the server block into the http block of an existing nginx.
# Content types, cache lifetimes, security headers and CORS are the Node server's.

worker_processes auto;
pid ${quoted(`${run}/nginx.pid`)};
error_log ${quoted(`${run}/error.log`)} warn;

events {
  worker_connections 1024;
}

http {
  types {
${TYPES.map(([type, ext]) => `    ${type} ${ext};`).join('\n')}
  }
  default_type application/octet-stream;
  charset utf-8;
  charset_types ${CHARSET_TYPES.join(' ')};
  sendfile on;
  tcp_nopush on;
  server_tokens off;
  ${options.accessLog ? `access_log ${quoted(options.accessLog)};` : 'access_log off;'}
  # Every compressible file has a .gz (and a .br) beside it: serve those, never compress per request.
  gzip_static on;
  gzip_vary on;
  # With the ngx_brotli module (Debian: libnginx-mod-http-brotli-static), uncomment to serve the .br files:
  # brotli_static on;
  client_body_temp_path ${quoted(`${run}/body`)};
  proxy_temp_path ${quoted(`${run}/proxy`)};
  fastcgi_temp_path ${quoted(`${run}/fastcgi`)};
  uwsgi_temp_path ${quoted(`${run}/uwsgi`)};
  scgi_temp_path ${quoted(`${run}/scgi`)};

  # The explorer asks for its data with ?v=<catalog version>: that address never changes meaning.
  map $arg_v $atlas_data_cache {
    ${quoted(options.version)} ${quoted(CACHE_IMMUTABLE)};
    default ${quoted(CACHE_PAGE)};
  }
  # The changes filters the site links to (?kind=price, ?snapshot=12, both) have pre-rendered files.
  map $args $atlas_changes_query {
    default "";
    "~^(kind=[a-z_]+|snapshot=[0-9]+|kind=[a-z_]+&snapshot=[0-9]+)$" $args;
  }

${server}
}
`;
}
