// The LMArena source adapters and the per-key arena index built from them.

export { type ArenaIndex, type ArenaIndexInput, buildArenaIndex } from './arena-index.ts';
export { arenaOf, styleControlOf } from './arena-name.ts';
export { type JoinRule, slugOfDisplayName } from './display-name-join.ts';
export { arenaKeys } from './keys.ts';
export { arenaLeaderboard } from './leaderboard.ts';
export { arenaPrices } from './prices.ts';
export { arenaRatings } from './ratings.ts';
