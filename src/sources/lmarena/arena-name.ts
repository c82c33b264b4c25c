// Which arena (text, vision, image …) and whether style control applies, for one payload:
// the manifest says so for recorded files; a live URL is read from its file name
// (`leaderboard-text-style-control.json`, `lmarena_vision.csv`, `lmsys.csv`).

import type { InputMeta } from '../source.ts';

/** Arena names recognised in file names; the manifest may name any other. */
export const KNOWN_ARENAS = ['text', 'vision', 'image', 'webdev', 'search', 'video', 'copilot'] as const;

function fileName(location: string): string {
  return (location.split(/[?#]/)[0] ?? '').split('/').pop()?.toLowerCase() ?? '';
}

/** The arena of a payload, or null when neither the manifest nor the file name says. */
export function arenaOf(input: InputMeta): string | null {
  const given = input.meta.arena;
  if (typeof given === 'string' && given.trim() !== '') return given.trim();
  const tokens = fileName(input.location).split(/[-_.]/);
  const known = tokens.find((t) => (KNOWN_ARENAS as readonly string[]).includes(t));
  if (known) return known;
  // The historical `lmsys.csv` export only ever covered the text arena.
  return tokens.includes('lmsys') ? 'text' : null;
}

/** Whether a ratings payload is style-controlled. */
export function styleControlOf(input: InputMeta): boolean {
  const given = input.meta.styleControl;
  if (typeof given === 'boolean') return given;
  const name = fileName(input.location);
  return name.includes('style-control') || name.includes('stylectrl') || name.includes('style_control');
}
