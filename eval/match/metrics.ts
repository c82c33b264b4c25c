// Precision and recall of match decisions against hand labels, overall and per confidence level.
//   precision = correct links / links made (a link is a decision with an arena key)
//   recall    = correct links / labelled ids that have an arena key
// A link is correct when its key is the labelled key or one of the labelled other modes of it.

import { CONFIDENCES, type Confidence } from '../../src/domain/model.ts';
import type { Label } from './labels.ts';

export interface Decision {
  openrouterId: string;
  arenaKey: string | null;
  confidence: Confidence;
  score: number;
  evidence: string[];
}

export type Outcome = 'correct' | 'wrong' | 'missed' | 'rightly-unmatched';

export interface Judged {
  label: Label;
  decision: Decision;
  outcome: Outcome;
}

export interface Tally {
  links: number;
  correct: number;
  /** Labelled ids that have an arena key (the recall denominator). */
  positives: number;
  precision: number | null;
  recall: number | null;
}

export function judge(label: Label, decision: Decision): Outcome {
  const accepted = label.arenaKey === null ? [] : [label.arenaKey, ...label.alsoAccept];
  if (decision.arenaKey === null) return label.arenaKey === null ? 'rightly-unmatched' : 'missed';
  return accepted.includes(decision.arenaKey) ? 'correct' : 'wrong';
}

export function tally(judged: readonly Judged[], level?: Confidence | Confidence[]): Tally {
  const levels = level === undefined ? null : new Set(Array.isArray(level) ? level : [level]);
  const inLevel = (j: Judged) => levels === null || levels.has(j.decision.confidence);
  const links = judged.filter((j) => j.decision.arenaKey !== null && inLevel(j));
  const correct = links.filter((j) => j.outcome === 'correct').length;
  const positives = judged.filter((j) => j.label.arenaKey !== null).length;
  return {
    links: links.length,
    correct,
    positives,
    precision: links.length ? correct / links.length : null,
    recall: positives ? correct / positives : null,
  };
}

/** Levels where precision rises as confidence falls (calibration failures), as sentences. */
export function calibrationProblems(judged: readonly Judged[]): string[] {
  const levels = CONFIDENCES.filter((c) => c !== 'unmatched');
  const out: string[] = [];
  let prev: { level: Confidence; precision: number } | null = null;
  for (const level of levels) {
    const t = tally(judged, level);
    if (t.precision === null) continue;
    if (prev && t.precision > prev.precision + 1e-9)
      out.push(
        `precision rises from ${prev.level} (${pct(prev.precision)}) to ${level} (${pct(t.precision)})`,
      );
    prev = { level, precision: t.precision };
  }
  return out;
}

export function pct(x: number | null): string {
  return x === null ? '   n/a' : `${(x * 100).toFixed(1).padStart(5)}%`;
}
