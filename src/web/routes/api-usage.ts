// The usage movers in the API: the week to the snapshot's as-of date against the week before, each
// mover with its model's name. A zod schema describes it for the OpenAPI document.

import { z } from 'zod';
import type { Catalog } from '../../catalog/catalog.ts';
import type { UsageMover, UsageMovers, UsageWeek } from '../../domain/usage-movers.ts';

const UsageWeekSchema = z.object({
  from: z.string(),
  to: z.string(),
  covered: z.number().describe('Days of this week with usage data; 7 when complete.'),
});

const UsageMoverSchema = z.object({
  id: z.string(),
  name: z.string(),
  previous: z.number().describe('Tokens in the week before.'),
  current: z.number().describe('Tokens in the 7 days to the as-of date.'),
  change: z.number(),
  pct: z.number().describe('Relative change in percent.'),
});

export const UsageMoversSchema = z
  .object({
    current: UsageWeekSchema,
    previous: UsageWeekSchema,
    comparable: z.boolean().describe('false when either week lacks a day of data: then nothing is compared.'),
    compared: z.number().describe('Models with a figure on all 14 days.'),
    risers: z.array(UsageMoverSchema),
    fallers: z.array(UsageMoverSchema),
  })
  .nullable()
  .describe(
    'OpenRouter usage risers and fallers week over week (adoption, not quality); null without daily usage data.',
  );

type UsageMoversJson = z.infer<typeof UsageMoversSchema>;

// Compile-time guard: the schema describes the domain shapes (plus the name).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(_: T[]) => undefined;
agree<
  | Same<z.infer<typeof UsageWeekSchema>, UsageWeek>
  | Same<Omit<z.infer<typeof UsageMoverSchema>, 'name'>, UsageMover>
  | Same<Omit<NonNullable<UsageMoversJson>, 'risers' | 'fallers'>, Omit<UsageMovers, 'risers' | 'fallers'>>
>([]);

export function usageMoversJson(catalog: Catalog): UsageMoversJson {
  const m = catalog.usageMovers;
  if (m === null) return null;
  const named = (list: readonly UsageMover[]) =>
    list.map((mover) => ({ ...mover, name: catalog.get(mover.id)?.name ?? mover.id }));
  return { ...m, risers: named(m.risers), fallers: named(m.fallers) };
}
