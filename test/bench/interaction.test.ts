// The explorer leaves one performance measure per answered interaction, which the interaction
// benchmark reads: here over the web fixture, with every kind of interaction the benchmark uses.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { benchInteraction, interactionReport, MEASURE } from '../../bench/interaction.ts';
import { buildCatalog } from '../../src/catalog/catalog.ts';
import { fixtureCatalogData } from '../fixtures/catalog.ts';

describe(`the explorer's ${MEASURE} measure`, () => {
  test('is left once for each search keystroke, facet toggle, select choice and sort, and read back', async () => {
    const result = await benchInteraction(buildCatalog(fixtureCatalogData()));
    const kinds = new Set(result.interactions.map((i) => i.kind));
    assert.deepEqual([...kinds].sort(), ['facet', 'search', 'select', 'sort']);
    assert.ok(result.interactions.length >= 50, `${result.interactions.length} interactions`);
    for (const i of result.interactions)
      assert.ok(i.ms > 0 && i.ms < 5000, `${i.kind} ${i.what}: ${i.ms} ms`);
    assert.match(interactionReport(result).text, /\| \*\*all\*\* \| \d+ \|/);
  });
});
