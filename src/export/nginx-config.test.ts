import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../web/middleware/security-headers.ts';
import { CACHE_IMMUTABLE, CACHE_PAGE, CACHE_SHORT } from '../web/respond.ts';
import { type NginxOptions, nginxConfig } from './nginx-config.ts';

const OPTIONS: NginxOptions = {
  root: '/srv/atlas',
  listen: '8080',
  baseUrl: 'http://atlas.example',
  version: 'abc123XYZ_-0',
  faviconPath: '/assets/favicon.0123456789.svg',
  csvFilename: 'model-atlas-2025-05-23.csv',
  snapshotLabel: 'snapshot #2 as of 2025-05-23',
};

/** The lines of one location block. */
function location(conf: string, head: string): string {
  const start = conf.indexOf(`${head} {`);
  assert.ok(start >= 0, `no "${head}" block`);
  return conf.slice(start, conf.indexOf('\n    }', start));
}

describe('the nginx config of a static export', () => {
  const conf = nginxConfig(OPTIONS);

  test('every location repeats the security headers, since nginx does not inherit add_header', () => {
    const blocks = conf.split(/\n\s+location /).slice(1);
    const withHeaders = blocks.filter((b) => b.includes('add_header'));
    assert.ok(withHeaders.length >= 10);
    for (const block of withHeaders) {
      assert.ok(
        block.includes(`add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY}" always;`),
        block,
      );
      assert.ok(block.includes('add_header X-Content-Type-Options "nosniff" always;'), block);
      assert.ok(block.includes('add_header X-Frame-Options "DENY" always;'), block);
    }
    assert.doesNotMatch(conf, /Strict-Transport-Security/, 'no HSTS for a plain-HTTP origin');
    assert.match(nginxConfig({ ...OPTIONS, baseUrl: 'https://atlas.example' }), /Strict-Transport-Security/);
  });

  test('cache lifetimes are the server’s: pages, fingerprinted assets, versioned explorer data, 404s', () => {
    assert.match(location(conf, 'location /'), new RegExp(`Cache-Control "${CACHE_PAGE}"`));
    assert.match(location(conf, 'location /assets/'), new RegExp(`Cache-Control "${CACHE_IMMUTABLE}"`));
    assert.match(location(conf, 'location = /404.html'), new RegExp(`Cache-Control "${CACHE_SHORT}"`));
    assert.match(location(conf, 'location = /explorer-data.json'), /Cache-Control \$atlas_data_cache/);
    assert.match(conf, new RegExp(`"${OPTIONS.version}" "${CACHE_IMMUTABLE}";`));
  });

  test('content types carry the charset the server sends, and CSV is text/csv', () => {
    assert.match(conf, /text\/csv csv;/);
    assert.match(conf, /application\/atom\+xml atom;/);
    assert.match(conf, /image\/png png;/);
    assert.match(conf, /charset_types [^;]*text\/csv[^;]*application\/json[^;]*;/);
  });

  test('the API allows any origin and names the CSV download like the server', () => {
    assert.match(location(conf, 'location /api/'), /Access-Control-Allow-Origin "\*"/);
    assert.match(location(conf, 'location /api/'), /error_page 404 \/api\/404\.json;/);
    assert.match(
      location(conf, 'location = /api/models.csv'),
      /add_header Content-Disposition 'attachment; filename="model-atlas-2025-05-23\.csv"' always;/,
    );
  });

  test('changes filters go to their variant file only for a canonical query, else the whole page', () => {
    assert.match(
      location(conf, 'location = /changes'),
      /try_files \/_variants\/changes\/\$atlas_changes_query\.html \/changes\/index\.html =404;/,
    );
    assert.match(
      conf,
      /"~\^\(kind=\[a-z_\]\+\|snapshot=\[0-9\]\+\|kind=\[a-z_\]\+&snapshot=\[0-9\]\+\)\$" \$args;/,
    );
  });

  test('serves precompressed files and redirects /favicon.ico to the fingerprinted icon', () => {
    assert.match(conf, /gzip_static on;/);
    assert.match(conf, /# brotli_static on;/);
    assert.match(location(conf, 'location = /favicon.ico'), /return 301 \/assets\/favicon\.0123456789\.svg;/);
  });

  test('refuses a value nginx would read as a variable or as the end of the string', () => {
    assert.throws(() => nginxConfig({ ...OPTIONS, root: '/srv/$host' }), /cannot go into nginx\.conf/);
    assert.throws(() => nginxConfig({ ...OPTIONS, csvFilename: `a'b.csv` }), /cannot go into nginx\.conf/);
  });
});
