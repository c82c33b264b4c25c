// The date rules of a pair. Dates both sides state must agree. An OpenRouter id that names a
// snapshot cannot be an undated key of a model the arena ranks by snapshot. An undated OpenRouter id
// is tied to a dated key by its canonical slug, its release date or its listing date (within days
// of the snapshot), or as a "latest" alias; a listing date fails when OpenRouter's price is the list
// price of another snapshot of the model (the alias has moved on).

import { checkPin, compareDates, formatDate, type PartialDate } from './dates.ts';
import { days, list, type MatchContext, type Pair } from './pair.ts';
import type { ArenaView, OrView } from './views.ts';

const full = (d: PartialDate) => d.y !== null && d.m !== null && d.d !== null;
const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.005, 0.02 * Math.max(a, b));
const money = (n: number) => `$${Number(n.toFixed(4))}`;

export function checkDates(or: OrView, view: ArenaView, pair: Pair, ctx: MatchContext): void {
  const exact = or.exactDates[0];
  const keyDate = view.keyDate;
  if (exact && keyDate) {
    const c = compareDates(exact.date, keyDate);
    if (c === 'conflict')
      pair.conflict(
        `snapshot dates differ: ${formatDate(exact.date)} (OpenRouter ${exact.from}) vs ${formatDate(keyDate)}`,
      );
    else if (c === 'agree') {
      pair.datesAgree = true;
      pair.note(`snapshot date agrees: ${formatDate(exact.date)} (${exact.from}) = ${formatDate(keyDate)}`);
    }
  } else if (exact) {
    const shown = view.displayDate;
    const c = shown ? compareDates(exact.date, shown) : 'unknown';
    if (c === 'conflict')
      pair.conflict(
        `the arena shows ${view.candidate.key} as ${formatDate(shown!)}; OpenRouter's ${exact.from} says ${formatDate(exact.date)}`,
      );
    else if (c === 'agree') {
      pair.datesAgree = true;
      pair.note(`snapshot date agrees with the arena's display name: ${formatDate(exact.date)}`);
    } else {
      const stage = or.stages.join();
      const dated = ctx
        .datedSiblings(view)
        .filter((v) => v.key.stages.join() === stage)
        .map((v) => v.candidate.key);
      if (dated.length > 0)
        pair.conflict(
          `OpenRouter names snapshot ${formatDate(exact.date)}; the arena dates this model's snapshots (${list(dated.slice(0, 3))}) and this key is undated`,
        );
      else
        pair.soft(
          `OpenRouter names snapshot ${formatDate(exact.date)}; the arena key carries no date (the arena ranks one snapshot of it)`,
          0.35,
        );
    }
  } else if (keyDate) {
    pair.pin = pinUndated(or, view, keyDate, pair, ctx);
  }
}

/** Tie an undated OpenRouter id to a dated arena key: canonical slug, release date, listing date, or "latest". */
function pinUndated(or: OrView, view: ArenaView, keyDate: PartialDate, pair: Pair, ctx: MatchContext) {
  const snap = formatDate(keyDate);
  if (or.latest) {
    pair.soft(`a moving "latest" alias; ${view.candidate.key} is one of its snapshots`, 0.2);
    return { how: 'latest' as const, from: 'latest', days: 0 };
  }
  for (const p of or.pins) {
    if (p.from === 'canonical slug' && !full(p.date)) {
      const c = compareDates(p.date, keyDate);
      if (c === 'unknown') continue;
      if (c === 'conflict') pair.conflict(`the canonical slug dates it ${formatDate(p.date)}, not ${snap}`);
      else pair.soft(`the canonical slug's date ${formatDate(p.date)} agrees with ${snap}`, 0.02);
      return { how: 'exact' as const, from: p.from, days: 0 };
    }
    const check = checkPin(keyDate, p.date);
    if (!check) continue;
    const when = formatDate(p.date);
    if (check.status === 'consistent') {
      const exactDay = check.days === 0 && keyDate.d !== null;
      const listing = p.from === 'listing date';
      // A listing date picks among several snapshots less surely than it confirms the only one.
      const others = ctx.datedSiblings(view).filter((v) => v.groupKey !== view.groupKey).length;
      const base = listing ? 0.06 : 0.03;
      const spread = others > 0 && listing ? 0.15 : 0;
      pair.soft(
        exactDay
          ? `the ${p.from} ${when} is the snapshot's own date`
          : check.days <= 0
            ? `the ${p.from} ${when} falls within snapshot ${snap}`
            : `the ${p.from} ${when} falls ${days(check.days)} after snapshot ${snap}`,
        (exactDay ? base / 2 : base + Math.min(Math.abs(check.days), 45) / 1000) + spread,
      );
      return { how: exactDay ? ('exact' as const) : ('window' as const), from: p.from, days: check.days };
    }
    pair.conflict(
      keyDate.y === null
        ? `the ${p.from} ${when} falls near no year's ${snap}: the id names another snapshot`
        : check.status === 'before'
          ? `the ${p.from} ${when} is ${days(-check.days)} before snapshot ${snap}: the id predates it`
          : `the ${p.from} ${when} is ${days(check.days)} after snapshot ${snap}: the id names a later version`,
    );
    return { how: 'window' as const, from: p.from, days: check.days };
  }
  pair.soft(`nothing dates the undated OpenRouter id; ${view.candidate.key} is dated ${snap}`, 0.25);
  return { how: 'unpinned' as const, from: 'none', days: 0 };
}

function agreeingPrice(ctx: MatchContext, key: string, price: { input: number; output: number }) {
  return (
    ctx.nativePrices(key).find((n) => near(n.input, price.input) && near(n.output, price.output)) ?? null
  );
}

/**
 * Check a listing-date pin against list prices: it fails when OpenRouter's price is LiteLLM's price
 * for another snapshot of the model and not for this one; it is backed when it is this one's.
 */
export function checkPrice(or: OrView, view: ArenaView, pair: Pair, ctx: MatchContext): void {
  const price = or.price;
  if (!price || pair.pin?.from !== 'listing date' || !pair.ok) return;
  const own = agreeingPrice(ctx, view.candidate.key, price);
  if (own) {
    pair.note(`price ${money(price.input)}/${money(price.output)} per 1M agrees with LiteLLM's ${own.id}`);
    pair.priceBridge = own.id;
    pair.penalty = Math.max(0.02, pair.penalty - 0.05);
    return;
  }
  const listed = ctx.nativePrices(view.candidate.key)[0];
  const other = ctx.datedSiblings(view).find((v) => agreeingPrice(ctx, v.candidate.key, price));
  if (listed && other)
    pair.conflict(
      `OpenRouter charges ${money(price.input)}/${money(price.output)} per 1M, LiteLLM's price for ${other.candidate.key}; ${listed.id} is ${money(listed.input)}/${money(listed.output)}: the alias has moved on`,
    );
}
