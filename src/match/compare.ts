// One OpenRouter model against one arena key: either a conflict (with the reasons) or a compatible
// pair with its evidence and a penalty for every way the two names differ without contradicting.
// Must agree: family words, dates both state, versions, sizes, context variants, base vs tuned,
// thinking vs instruct, release stage. May differ at a cost: what one side leaves unsaid, and modes
// of one model (thinking, reasoning effort, serving precision).

import { checkDates, checkPrice } from './compare-dates.ts';
import { formatDate } from './dates.ts';
import { normalizeVersion, SIZE_KINDS, type Token } from './normalize.ts';
import { article, list, type MatchContext, Pair, type PairResult } from './pair.ts';
import type { ArenaView, OrView } from './views.ts';

export type { MatchContext, PairResult } from './pair.ts';

/** Stages the arena may leave out of a key for a model that never left them. */
const SOFT_STAGES = new Set(['preview', 'beta']);

function multisetDiff(a: readonly string[], b: readonly string[]): [string[], string[]] {
  const rest = [...b];
  const onlyA: string[] = [];
  for (const x of a) {
    const i = rest.indexOf(x);
    if (i === -1) onlyA.push(x);
    else rest.splice(i, 1);
  }
  return [onlyA, rest];
}

/** Overlap of two short word lists, as sets (no allocation: they hold a handful of words). */
function jaccard(a: readonly string[], b: readonly string[]): number {
  let inter = 0;
  let sizeA = 0;
  for (let i = 0; i < a.length; i++) {
    if (a.indexOf(a[i]!) !== i) continue;
    sizeA++;
    if (b.includes(a[i]!)) inter++;
  }
  let sizeB = 0;
  for (let i = 0; i < b.length; i++) if (b.indexOf(b[i]!) === i) sizeB++;
  const union = sizeA + sizeB - inter;
  return union === 0 ? 0 : inter / union;
}

/** How near a rejected key is: shared family words first, then versions and sizes. */
function closenessOf(or: OrView, view: ArenaView): number {
  const words = Math.max(
    jaccard(or.slug.core, view.key.core),
    or.hf ? jaccard(or.hf.core, view.key.core) : 0,
  );
  return (
    words + 0.3 * jaccard(or.versionTexts, view.versionTexts) + 0.2 * jaccard(or.sizeTexts, view.sizeTexts)
  );
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

function isFirstVersion(t: Token): boolean {
  return /^v1(\.0)*$/.test(t.raw);
}

export function compare(or: OrView, view: ArenaView, ctx: MatchContext): PairResult {
  const pair = new Pair(view);
  const identical = or.slug.sequence === view.key.sequence;
  if (!checkWords(or, view, pair, identical)) return pair.result(false, closenessOf(or, view));
  checkDates(or, view, pair, ctx);
  checkVersions(or, view, pair, ctx);
  checkSizes(or, view, pair, ctx);
  checkTuning(or, view, pair);
  checkStage(or, view, pair);
  checkModes(or, view, pair);
  checkPrice(or, view, pair, ctx);
  checkStagedSiblings(or, view, pair, ctx, identical);
  // A key made up from a leaderboard display name may have lost the date or stage a real key carries.
  if (pair.ok && view.candidate.keySynthesized)
    pair.soft(
      `the arena key ${view.candidate.key} is made from a leaderboard display name, not an arena id`,
      0.1,
    );
  return pair.result(identical, pair.ok ? 1 : closenessOf(or, view));
}

/** Family words: the slug's, or else the Hugging Face repo's (the weights' own name). */
function checkWords(or: OrView, view: ArenaView, pair: Pair, identical: boolean): boolean {
  const key = view.key;
  if (sameWords(or.slug.core, key.core)) {
    if (identical) pair.note(`same id: ${or.model.slug} = ${view.candidate.key}`);
    else pair.soft(`same name words (${list(key.core)})`, 0.02);
    return true;
  }
  if (or.hf && sameWords(or.hf.core, key.core)) {
    pair.soft(
      `name words agree through the Hugging Face id ${or.model.huggingFaceId} (${list(key.core)})`,
      0.04,
    );
    return true;
  }
  const [onlyOr, onlyArena] = multisetDiff(or.slug.core, key.core);
  const parts = [];
  if (onlyOr.length) parts.push(`the OpenRouter id adds ${list(onlyOr)}`);
  if (onlyArena.length) parts.push(`the arena key adds ${list(onlyArena)}`);
  pair.conflict(`different model names: ${parts.join('; ')}`);
  return false;
}

/** Versions equal as written or after `v`/`.0` normalization; `2` is not `2.0` when `2.1` exists. */
function checkVersions(or: OrView, view: ArenaView, pair: Pair, ctx: MatchContext): void {
  const secondary = or.versionsFrom === 'name' || or.versionsFrom === 'canonical';
  // A version only OpenRouter's display name or canonical slug writes is not held against a key.
  if (secondary && view.versions.length === 0) return;
  const [onlyOr, onlyArena] = multisetDiff(
    or.versions.map((v) => v.text),
    view.versions.map((v) => v.text),
  );
  if (onlyOr.length && onlyArena.length) {
    pair.conflict(`versions differ: ${list(onlyOr)} vs ${list(onlyArena)}`);
    return;
  }
  if (onlyOr.length || onlyArena.length) {
    const left = onlyOr.length
      ? or.versions.filter((v) => onlyOr.includes(v.text))
      : view.versions.filter((v) => onlyArena.includes(v.text));
    const who = onlyOr.length ? 'OpenRouter' : 'the arena key';
    const named = list(left.map((v) => v.text));
    if (left.every(isFirstVersion))
      pair.note(`${who} alone writes ${list(left.map((v) => v.raw))}, a first version`);
    else if (pair.datesAgree)
      pair.soft(`${who} alone names version ${named}; the snapshot dates agree`, 0.15);
    else pair.conflict(`${who} names version ${named} and the other side none`);
    return;
  }
  if (!or.versions.length) return;
  for (const v of or.versions) {
    const a = view.versions.find((x) => x.text === v.text)!;
    const bare = !v.raw.replace(/^v/, '').includes('.');
    if (a.raw === v.raw || !bare || !/\.0$/.test(a.raw)) continue;
    const minors = ctx
      .familyVersions(view.key.core)
      .filter((x) => x.startsWith(`${v.text}.`) && normalizeVersion(x) !== v.text);
    if (minors.length) {
      pair.conflict(
        `version ${v.raw} names a whole family: the arena ranks ${a.raw} and ${list(minors)} apart`,
      );
      return;
    }
  }
  pair.note(`version agrees: ${list(or.versions.map((v) => v.text))}`);
}

/** Sizes must agree; one only OpenRouter states is another model when the arena ranks that size apart. */
function checkSizes(or: OrView, view: ArenaView, pair: Pair, ctx: MatchContext): void {
  const key = view.key;
  let oneSided = false;
  for (const k of SIZE_KINDS) {
    const a = [...or.sizes[k]].sort();
    const b = [...key.sizes[k]].sort();
    if (a.length && b.length) {
      if (a.join() !== b.join()) pair.conflict(`sizes differ: ${list(a)} vs ${list(b)}`);
      else pair.note(`size agrees: ${list(a)}`);
    } else if (a.length && !pair.datesAgree) {
      const sized = ctx.family(view).find((v) => v.key.sizes[k].join() === a.join());
      if (sized)
        pair.conflict(
          `OpenRouter names size ${list(a)}; the arena ranks that size apart as ${sized.candidate.key}`,
        );
      else oneSided = true;
    } else if (a.length || b.length) oneSided = true;
  }
  if (oneSided) pair.soft('a size is written on one side only', 0.03);
  const [mine, theirs] = [or.contexts.join(), key.contexts.join()];
  if (mine !== theirs)
    pair.conflict(`context variants differ: ${mine || 'none'} vs ${theirs || 'none'} (separate checkpoints)`);
}

/** A base model is never its instruct model; an instruct model is never a thinking one. */
function checkTuning(or: OrView, view: ArenaView, pair: Pair): void {
  const key = view.key;
  if (or.base !== key.base)
    pair.conflict(
      or.base
        ? 'OpenRouter lists the base (pretrained) model; the arena key is a tuned model'
        : 'the arena key is a base model',
    );
  if (or.instruct !== view.instruct)
    pair.soft(`"instruct" is written on ${or.instruct ? 'OpenRouter' : 'the arena'} side only`, 0.03);
  const at = key.thinking;
  const ot = or.thinking;
  if (ot?.from === 'slug') {
    if (ot.state === 'on' && at !== 'on')
      pair.conflict('the OpenRouter id names a thinking model; the arena key does not');
    else if (ot.state === 'off' && at === 'on')
      pair.conflict('the OpenRouter id names a non-thinking model; the arena key is a thinking mode');
    else pair.note('thinking mode agrees');
  } else if (or.instruct && at === 'on') {
    pair.conflict('an instruct model is not the thinking model the arena key names');
  } else if (ot?.from === 'variant') {
    if (at === 'on') pair.note("the :thinking variant meets the arena's thinking key");
    else
      pair.soft(
        `the arena ranks it ${at === 'off' ? 'with thinking off' : 'without a thinking mode'}; OpenRouter's variant thinks`,
        at === 'off' ? 0.1 : 0.05,
      );
  } else if (at === 'on') pair.soft('the arena key is its thinking mode', 0.12);
  else if (at === 'off') pair.soft('the arena key is its non-thinking mode', 0.03);
}

/** Stages both write must agree; an experimental build is never a release; a preview may be ranked under its plain name. */
function checkStage(or: OrView, view: ArenaView, pair: Pair): void {
  const key = view.key;
  const os = or.stages;
  const as = key.stages;
  if (os.length && as.length) {
    if (os.join() !== as.join()) pair.conflict(`release stages differ: ${list(os)} vs ${list(as)}`);
    else pair.note(`stage agrees: ${list(os)}`);
  } else if (os.length) {
    const release = view.keyDate ? formatDate(view.keyDate) : key.revisions[0];
    if (os.some((s) => !SOFT_STAGES.has(s)))
      pair.conflict(`the OpenRouter id is ${article(os[0]!)} ${list(os)} build; the arena key is not`);
    else if (release)
      pair.conflict(
        `the OpenRouter id is ${article(os[0]!)} ${list(os)}; the arena key names release ${release}`,
      );
    else pair.soft(`OpenRouter says ${list(os)}; the arena key names no stage`, 0.15);
  } else if (as.length) {
    if (pair.datesAgree) pair.soft(`the arena key says ${list(as)}; the snapshot dates agree`, 0.08);
    else pair.conflict(`the arena key is ${article(as[0]!)} ${list(as)} build; the OpenRouter id names none`);
  }
  if (or.latest && !key.latest && !view.keyDate)
    pair.conflict('a moving "latest" alias is not a fixed, undated arena key');
  else if (or.latest !== key.latest) pair.soft('"latest" is written on one side only', 0.1);
  if (or.revisions.length && key.revisions.length) {
    if (or.revisions.join() !== key.revisions.join())
      pair.conflict(`revisions differ: ${list(or.revisions)} vs ${list(key.revisions)}`);
  } else if (or.revisions.length || key.revisions.length)
    pair.soft(`revision ${list([...or.revisions, ...key.revisions])} is written on one side only`, 0.06);
}

/** Reasoning effort and serving precision are modes of one model. */
function checkModes(or: OrView, view: ArenaView, pair: Pair): void {
  const key = view.key;
  if (or.effort || key.effort) {
    if (or.effort === key.effort) pair.note(`reasoning effort agrees: ${or.effort}`);
    else if (or.effort && key.effort) pair.soft(`reasoning effort ${or.effort} vs ${key.effort}`, 0.1);
    else if (or.effort)
      pair.soft(`OpenRouter fixes reasoning effort ${or.effort}; the arena ranks the default`, 0.12);
    else pair.soft(`the arena ranks it at ${key.effort} reasoning effort`, 0.12);
  }
  if (view.precision && or.precision !== view.precision)
    pair.soft(`the arena ranks the ${view.precision} serving precision`, or.precision ? 0.05 : 0.02);
}

/** An unmarked key of a model the arena also ranks as a beta or preview build may be that build. */
function checkStagedSiblings(
  or: OrView,
  view: ArenaView,
  pair: Pair,
  ctx: MatchContext,
  identical: boolean,
): void {
  const key = view.key;
  const unmarked = !view.keyDate && !key.revisions.length && !key.stages.length;
  if (!pair.ok || !unmarked || identical || or.stages.length) return;
  const staged = ctx.stagedSiblings(view).filter((v) => v !== view);
  if (staged.length)
    pair.soft(
      `the arena also ranks ${list(staged.map((v) => v.candidate.key))}, ${article(staged[0]!.key.stages[0]!)} ${list(staged[0]!.key.stages)} build of this model`,
      0.25,
    );
}
