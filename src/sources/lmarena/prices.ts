// arena-catalog price / scatter data: a list of {name, model_api_name, input_token_price,
// output_token_price, organization, license, price_source, model_source, hidden?}.
// Prices are USD per 1M tokens already, written as strings ("2.5") or, in places, numbers (0.05).

import { z } from 'zod';
import { scaleDecimal } from '../../domain/price.ts';
import {
  type InputMeta,
  type Parsed,
  PayloadError,
  type RawRecord,
  type Rejection,
  type SourceParser,
} from '../source.ts';
import type { ArenaPriceEntry } from '../types.ts';
import { FirstOfEachId } from './duplicates.ts';
import { readJson } from './payload-text.ts';

const SOURCE = 'lmarena-prices' as const;

const optionalText = z
  .string()
  .nullish()
  .transform((v) => (v == null || v.trim() === '' ? null : v.trim()));

const price = z
  .union([z.string(), z.number()], {
    error: 'expected a price per 1M tokens as a decimal string or a number',
  })
  .nullish();

const ArenaPriceItem = z.object(
  {
    name: z.string({ error: 'expected the display name as a string' }),
    model_api_name: z.string().trim().min(1, 'the key is empty'),
    input_token_price: price,
    output_token_price: price,
    organization: optionalText,
    license: optionalText,
    price_source: optionalText,
    model_source: optionalText,
    hidden: z.boolean({ error: 'expected true or false' }).optional(),
  },
  { error: 'expected an object {name, model_api_name, input_token_price, output_token_price, …}' },
);

/** Enough of an item to name it in a rejection. */
const KeyOnly = z.object({ model_api_name: z.string().min(1) });

type PerMillion = { ok: true; value: number | null } | { ok: false; reason: string };

/** A per-1M price as a string or a number; missing or empty is unknown (null). */
export function readPer1M(value: string | number | null | undefined): PerMillion {
  if (value == null || (typeof value === 'string' && value.trim() === '')) return { ok: true, value: null };
  let n: number;
  if (typeof value === 'number') n = value;
  else {
    try {
      // Through the decimal reader, so "2.50" and "2.5e0" are read exactly as written.
      n = scaleDecimal(value, 0);
    } catch {
      return { ok: false, reason: `${JSON.stringify(value)} is not a number` };
    }
  }
  if (!Number.isFinite(n)) return { ok: false, reason: `${JSON.stringify(value)} is not a finite number` };
  if (n < 0) return { ok: false, reason: `${JSON.stringify(value)} is negative` };
  return { ok: true, value: n };
}

function readItem(
  item: unknown,
): { ok: true; entry: ArenaPriceEntry } | { ok: false; field: string | null; reason: string } {
  const parsed = ArenaPriceItem.safeParse(item);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, field: issue.path.join('.') || null, reason: issue.message };
  }
  const e = parsed.data;
  const input1M = readPer1M(e.input_token_price);
  if (!input1M.ok) return { ok: false, field: 'input_token_price', reason: input1M.reason };
  const output1M = readPer1M(e.output_token_price);
  if (!output1M.ok) return { ok: false, field: 'output_token_price', reason: output1M.reason };
  return {
    ok: true,
    entry: {
      key: e.model_api_name,
      name: e.name.trim(),
      organization: e.organization,
      license: e.license,
      inputPer1M: input1M.value,
      outputPer1M: output1M.value,
      priceSource: e.price_source,
      modelSource: e.model_source,
      hidden: e.hidden ?? false,
    },
  };
}

function parsePrices(text: string, input: InputMeta): Parsed<ArenaPriceEntry> {
  const json = readJson(text, SOURCE, input.location);
  if (!Array.isArray(json))
    throw new PayloadError(
      SOURCE,
      input.location,
      `expected a list of {name, model_api_name, input_token_price, …}, got ${json === null ? 'null' : typeof json}`,
    );
  if (json.length === 0) throw new PayloadError(SOURCE, input.location, 'the price list is empty');
  const records: ArenaPriceEntry[] = [];
  const rejections: Rejection[] = [];
  const raw: RawRecord[] = [];
  const repeats = new FirstOfEachId<Record<string, unknown>>(SOURCE, 'key');
  for (const [i, item] of json.entries()) {
    const recordId = KeyOnly.safeParse(item).data?.model_api_name ?? `item ${i + 1}`;
    const read = readItem(item);
    if (!read.ok) {
      rejections.push({ source: SOURCE, recordId, field: read.field, reason: read.reason });
      continue;
    }
    const admitted = repeats.admit(read.entry.key, item as Record<string, unknown>, `item ${i + 1}`);
    if (admitted.rejection) rejections.push(admitted.rejection);
    if (!admitted.keep) continue;
    records.push(read.entry);
    raw.push({ source: SOURCE, recordId: read.entry.key, raw: item });
  }
  const note = repeats.note();
  return { records, rejections, raw, notes: note ? [note] : [] };
}

/** Parser for `lmarena.catalog.prices` payloads (arena-catalog `scatterplot-data.json`). */
export const arenaPrices: SourceParser<ArenaPriceEntry> = {
  kind: 'lmarena.catalog.prices',
  source: SOURCE,
  parse: parsePrices,
};
