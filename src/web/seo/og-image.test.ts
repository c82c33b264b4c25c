import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureRecords } from '../../../test/fixtures/catalog-records.ts';
import { fixtureApp } from '../test-app.ts';
import { ogImageSvg, renderOgImage, wrapText } from './og-image.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the PNG's IHDR chunk (the first chunk, right after the signature). */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  assert.equal(new TextDecoder().decode(bytes.subarray(12, 16)), 'IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('the share image', () => {
  const records = fixtureRecords();
  const glm = records.find((r) => r.id === 'z-ai/glm-4-32b')!;

  test('is a 1200×630 PNG', () => {
    const png = renderOgImage(glm);
    assert.deepEqual([...png.subarray(0, 8)], PNG_SIGNATURE);
    assert.deepEqual(pngSize(png), { width: 1200, height: 630 });
  });

  test('is the same bytes every time: only the bundled fonts are used', () => {
    assert.deepEqual(renderOgImage(glm), renderOgImage(glm));
  });

  test('shows the name, context and prices formatted like the page', () => {
    const svg = ogImageSvg(glm);
    assert.ok(svg.includes('>Z.AI: GLM 4 32B</text>'));
    assert.ok(svg.includes('>128K</text>'));
    assert.equal(svg.match(/>\$0\.10<\/text>/g)?.length, 2);
    const free = ogImageSvg(records.find((r) => r.id.endsWith(':free'))!);
    assert.equal(free.match(/>Free<\/text>/g)?.length, 2);
  });

  test('escapes hostile names inside the SVG', () => {
    const svg = ogImageSvg(records.find((r) => r.id === 'hostile/evil-model')!);
    assert.ok(!svg.includes('<script'));
    assert.ok(svg.includes('&#60;script&#62;'));
  });

  test('wraps long names to two lines with an ellipsis', () => {
    assert.deepEqual(wrapText('Short name', 26, 2), ['Short name']);
    const lines = wrapText('An extremely long model name that goes on and on and on forever', 26, 2);
    assert.equal(lines.length, 2);
    assert.ok(lines[1]!.endsWith('…'));
    for (const l of lines) assert.ok(l.length <= 26);
    assert.deepEqual(wrapText('x'.repeat(60), 26, 1), [`${'x'.repeat(25)}…`]);
  });
});

describe('GET /og/<id>.png', () => {
  const { app } = fixtureApp();
  test('serves the PNG once per snapshot with an ETag', async () => {
    const res = await app.request('/og/z-ai/glm-4-32b.png');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/png');
    assert.equal(res.headers.get('content-encoding'), null, 'PNG is not compressed again');
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.deepEqual(pngSize(bytes), { width: 1200, height: 630 });
    const again = await app.request('/og/z-ai/glm-4-32b.png', {
      headers: { 'If-None-Match': res.headers.get('etag')! },
    });
    assert.equal(again.status, 304);
  });
  test('is a 404 for an unknown id or a path without .png', async () => {
    assert.equal((await app.request('/og/no/such-model.png')).status, 404);
    assert.equal((await app.request('/og/z-ai/glm-4-32b')).status, 404);
  });
  test('redirects an encoded colon to the canonical image path', async () => {
    const res = await app.request('/og/meta-llama/llama-3.1-8b-instruct%3Afree.png');
    assert.equal(res.status, 301);
    assert.equal(res.headers.get('location'), '/og/meta-llama/llama-3.1-8b-instruct:free.png');
  });
});
