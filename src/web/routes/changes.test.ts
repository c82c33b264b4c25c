import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureCatalogData } from '../../../test/fixtures/catalog.ts';
import { assertHas, assertHasNot, fixtureApp, TEST_BASE_URL, tableRows } from '../test-app.ts';

const { app } = fixtureApp();

/** A strict-enough XML well-formedness check: balanced tags, known entities, no stray `<` or `&`. */
function assertWellFormedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let consumed = 0;
  for (let m = token.exec(body); m !== null; m = token.exec(body)) {
    consumed = token.lastIndex;
    const [, close, name, attrs, selfClose, text] = m;
    const checkEntities = (s: string) => {
      for (const e of s.match(/&[^;\s]*;?/g) ?? [])
        assert.match(e, /^&(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);$/i, `bad entity ${e}`);
    };
    if (text !== undefined) {
      checkEntities(text);
      continue;
    }
    checkEntities(attrs ?? '');
    if (close) assert.equal(stack.pop(), name, `</${name}> closes the open element`);
    else if (!selfClose) stack.push(name!);
  }
  assert.equal(consumed, body.length, `unparsable XML near: ${body.slice(consumed, consumed + 60)}`);
  assert.deepEqual(stack, [], 'every element is closed');
}

describe('GET /changes', () => {
  test('lists every change between the snapshots with old → new and the percentage', async () => {
    const res = await app.request('/changes');
    assert.equal(res.status, 200);
    const html = await res.text();
    assertHas(html, '<h2 id="pair-1-2">2025-05-12 → 2025-05-23</h2>');
    assertHas(html, '<p class="muted">1 new · 1 removed · 2 price · 1 context · 1 rank</p>');
    const rows = tableRows(html, '6 changes');
    assert.equal(rows.length, 6);
    assert.deepEqual(rows[2]!.slice(0, 1), ['Price']);
    assert.equal(rows[2]![2], 'Input price $3 / 1M → $6 / 1M (+100%)');
    assert.equal(rows[4]![2], 'Context window 32K → 128K (+300%)');
    assert.equal(rows[5]![2], 'Arena rank #3 → #5 (down 2)');
    assertHas(html, 'Cohere: Command R (03-2024)', 'a removed model is listed though it has no page');
    assertHasNot(html, 'href="/models/cohere/command-r-03-2024"', 'a removed model is not linked');
  });

  test('filters by kind with a plain link', async () => {
    const html = await (await app.request('/changes?kind=price')).text();
    assertHas(html, '<a href="/changes?kind=price" aria-current="page">Price changes</a>');
    const rows = tableRows(html, '2 changes');
    assert.deepEqual(
      rows.map((r) => r[0]),
      ['Price', 'Price'],
    );
    assertHas(html, 'href="/changes.atom?kind=price"');
  });

  test('an unknown kind is a 400 page that says which kinds exist', async () => {
    const res = await app.request('/changes?kind=%3Cscript%3E');
    assert.equal(res.status, 400);
    const html = await res.text();
    assertHas(html, 'must be one of added, removed, price, context, rank');
    assertHasNot(html, '<script>');
  });

  test('shows the latest pairs and links every older pair, one page each', async () => {
    const data = fixtureCatalogData();
    const base = data.changes[0]!;
    // Five snapshot pairs, newest first, as the catalog orders them.
    data.changes = [6, 5, 4, 3, 2].map((to) => ({
      ...base,
      from: { snapshotId: to - 1, asOf: `2025-06-0${to - 1}` },
      to: { snapshotId: to, asOf: `2025-06-0${to}` },
    }));
    const { app: many } = fixtureApp(data);
    const html = await (await many.request('/changes')).text();
    assert.equal(html.match(/<h2 id="pair-/g)?.length, 3);
    assertHas(html, '<h2 id="pair-5-6">2025-06-05 → 2025-06-06</h2>');
    assertHasNot(html, 'id="pair-1-2"');
    assertHas(html, '<a href="/changes?snapshot=2">2025-06-02 (1)</a>');
    const older = await (await many.request('/changes?snapshot=2')).text();
    assert.equal(older.match(/<h2 id="pair-/g)?.length, 1);
    assertHas(older, '<h2 id="pair-1-2">2025-06-01 → 2025-06-02</h2>');
    assertHas(
      older,
      '<a href="/changes?kind=added&amp;snapshot=2">New models</a>',
      'kind links keep the snapshot',
    );
  });

  test('a snapshot without changes into it is a 400 that lists the ones with changes', async () => {
    for (const bad of ['1', 'abc', '99']) {
      const res = await app.request(`/changes?snapshot=${bad}`);
      assert.equal(res.status, 400, bad);
      assertHas(await res.text(), 'must be the id of a snapshot with changes (2)');
    }
  });

  test('says so when there is only one snapshot', async () => {
    const data = fixtureCatalogData();
    data.snapshots = [data.snapshot];
    data.changes = [];
    const { app: single } = fixtureApp(data);
    assertHas(await (await single.request('/changes')).text(), 'There is only one snapshot so far');
  });
});

describe('GET /changes.atom', () => {
  test("is well-formed Atom with one entry per change and one for the week's usage movers", async () => {
    const res = await app.request('/changes.atom');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/atom+xml; charset=utf-8');
    const xml = await res.text();
    assertWellFormedXml(xml);
    assertHas(xml, '<feed xmlns="http://www.w3.org/2005/Atom">');
    assertHas(xml, `<link rel="self" type="application/atom+xml" href="${TEST_BASE_URL}/changes.atom"/>`);
    assert.equal(xml.match(/<entry>/g)?.length, 6 + 1);
    assertHas(xml, '<updated>2025-05-23T06:00:00.000Z</updated>');
    assertHas(
      xml,
      `<link rel="alternate" type="text/html" href="${TEST_BASE_URL}/models/anthropic/claude-3.5-sonnet"/>`,
    );
    assertHas(xml, 'Input price $3 / 1M → $6 / 1M (+100%)');
  });

  test('escapes hostile names', async () => {
    const data = fixtureCatalogData();
    data.changes[0] = { ...data.changes[0]!, name: '<b>Bold</b> & "quoted"' };
    const { app: hostile } = fixtureApp(data);
    const xml = await (await hostile.request('/changes.atom')).text();
    assertWellFormedXml(xml);
    assertHasNot(xml, '<b>Bold</b>');
    assertHas(xml, '&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot;');
  });

  test('filters by kind', async () => {
    const xml = await (await app.request('/changes.atom?kind=added')).text();
    assert.equal(xml.match(/<entry>/g)?.length, 1);
    assertHas(xml, '<category term="added"/>');
    assert.equal((await app.request('/changes.atom?kind=nope')).status, 400);
  });

  test('the checker itself rejects broken XML', () => {
    assert.throws(() => assertWellFormedXml('<a><b></a>'));
    assert.throws(() => assertWellFormedXml('<a>x & y</a>'));
    assert.throws(() => assertWellFormedXml('<a>x < y</a>'));
  });
});
