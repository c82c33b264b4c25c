// Repeated records in an arena table: an identical repeat loses nothing and becomes a note;
// a repeat that disagrees with the first is left out as a Rejection naming what differs.

import type { SourceName } from '../../domain/model.ts';
import type { Rejection } from '../source.ts';

export class FirstOfEachId<T extends Record<string, unknown>> {
  private readonly seen = new Map<string, T>();
  readonly identicalRepeats: string[] = [];

  constructor(
    private readonly source: SourceName,
    private readonly what: string,
  ) {}

  /** Keeps the first record of an id; returns a Rejection for a differing repeat, null otherwise. */
  admit(id: string, cells: T, where: string): { keep: boolean; rejection: Rejection | null } {
    const first = this.seen.get(id);
    if (!first) {
      this.seen.set(id, cells);
      return { keep: true, rejection: null };
    }
    const differing = Object.keys({ ...first, ...cells }).filter(
      (k) => JSON.stringify(first[k]) !== JSON.stringify(cells[k]),
    );
    if (differing.length === 0) {
      this.identicalRepeats.push(id);
      return { keep: false, rejection: null };
    }
    return {
      keep: false,
      rejection: {
        source: this.source,
        recordId: id,
        field: differing[0] ?? null,
        reason: `${where} repeats the ${this.what} ${JSON.stringify(id)} with different ${differing.join(', ')}; the first is kept`,
      },
    };
  }

  /** The note for identical repeats, or null when there were none. */
  note(): string | null {
    if (this.identicalRepeats.length === 0) return null;
    return `${this.identicalRepeats.length} identical repeated ${this.what}(s) kept once: ${this.identicalRepeats.join(', ')}`;
  }
}
