import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lighthouseReport, medianRun, readLighthouseReport } from '../../bench/lighthouse.ts';

/** A Lighthouse JSON report cut down to what the bench reads. */
function report(performance: number, tbtScore: number): string {
  const audit = (id: string, score: number | null, displayValue?: string) => ({
    id,
    title: `Title of ${id}`,
    score,
    displayValue,
  });
  return JSON.stringify({
    lighthouseVersion: '12.2.3',
    categories: {
      performance: {
        score: performance,
        auditRefs: [
          { id: 'total-blocking-time', weight: 30 },
          { id: 'first-contentful-paint', weight: 10 },
          { id: 'diagnostics', weight: 0 },
        ],
      },
      accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
      'best-practices': { score: 1, auditRefs: [] },
      seo: { score: 1, auditRefs: [{ id: 'document-title', weight: 1 }] },
    },
    audits: {
      'total-blocking-time': audit('total-blocking-time', tbtScore, '160 ms'),
      'first-contentful-paint': audit('first-contentful-paint', 1, '0.9 s'),
      diagnostics: audit('diagnostics', 0),
      'color-contrast': audit('color-contrast', 1),
      'document-title': audit('document-title', null),
      'total-byte-weight': audit('total-byte-weight', 1, 'Total size was 28 KiB'),
    },
  });
}

describe('readLighthouseReport', () => {
  test('gives the four scores out of 100 and the weighted audits that did not score 1', () => {
    const r = readLighthouseReport('explorer', 'http://127.0.0.1:3000/', report(0.94, 0.8));
    assert.deepEqual(r.scores, { performance: 94, accessibility: 100, 'best-practices': 100, seo: 100 });
    assert.equal(r.lost.length, 1);
    assert.equal(r.lost[0]!.audit.id, 'total-blocking-time');
    assert.equal(r.lost[0]!.weight, 30);
    assert.equal(r.metrics['total-byte-weight'], 'Total size was 28 KiB');
    assert.equal(r.metrics['largest-contentful-paint'], '—');
  });

  test('takes the run with the median performance score of each page, and shows the range', () => {
    const runs = [0.9, 1, 0.97].map((p) =>
      readLighthouseReport('explorer', 'http://127.0.0.1:3000/', report(p, p)),
    );
    assert.equal(medianRun(runs).scores.performance, 97);
    assert.match(
      lighthouseReport([runs]).text,
      /\| explorer \(`\/`\) \| 97 \(90–100\) \| 100 \| 100 \| 100 \|/,
    );
  });

  test('meets the target only with 100 everywhere, and lists what cost points', () => {
    const perfect = readLighthouseReport('model page', 'http://127.0.0.1:3000/models/a', report(1, 1));
    const short = readLighthouseReport('explorer', 'http://127.0.0.1:3000/', report(0.94, 0.8));
    assert.equal(lighthouseReport([[perfect]]).met, true);
    const both = lighthouseReport([[perfect], [short]]);
    assert.equal(both.met, false);
    assert.match(
      both.text,
      /- explorer, performance: Title of total-blocking-time \(score 0\.8, weight 30, 160 ms\)/,
    );
    assert.match(both.text, /\| model page \(`\/models\/a`\) \| 100 \| 100 \| 100 \| 100 \|/);
  });
});
