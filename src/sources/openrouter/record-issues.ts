// Turning what is wrong with one upstream record (schema issues, price problems) into one Rejection
// whose reason a reader can act on without opening the payload.

import type { core } from 'zod';
import type { SourceName } from '../../domain/model.ts';
import type { PricingProblem } from '../../domain/price.ts';
import type { Rejection } from '../source.ts';
import { describeValue } from './json-payload.ts';

/** One thing wrong with a record: the dotted field and a clause about it ("is missing"). */
export interface RecordProblem {
  field: string;
  says: string;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

/** Schema issues of a record, phrased against the record's actual values. */
export function problemsFromIssues(issues: readonly core.$ZodIssue[], record: unknown): RecordProblem[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const value = valueAt(record, issue.path);
    return { field, says: describeIssue(issue, value) };
  });
}

function describeIssue(issue: core.$ZodIssue, value: unknown): string {
  if (value === undefined) return 'is missing';
  if (issue.code === 'invalid_type')
    return `should be ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeValue(value)}`;
  if (issue.code === 'too_small' && issue.origin === 'string') return 'is empty';
  if (issue.code === 'too_small')
    return `should be ${String(issue.minimum)} or more, got ${describeValue(value)}`;
  return `${issue.message.toLowerCase()} (got ${describeValue(value)})`;
}

/** Price problems from the price reader, phrased like schema issues. */
export function problemsFromPricing(
  problems: readonly PricingProblem[],
  pricing: Record<string, unknown>,
  prefix = '',
): RecordProblem[] {
  return problems.map(({ field }) => {
    const value = pricing[field.replace(/^pricing\./, '')];
    const says =
      typeof value === 'string'
        ? `is not a decimal number: ${describeValue(value)}`
        : `should be a decimal string in USD per token, got ${describeValue(value)}`;
    return { field: `${prefix}${field}`, says };
  });
}

/** One Rejection for a record: the first problem names the field, the reason lists them all. */
export function rejectRecord(
  source: SourceName,
  recordId: string | null,
  problems: readonly RecordProblem[],
  context = '',
): Rejection {
  const first = problems[0];
  const listed = problems.map((p) => `${p.field || 'the record'} ${p.says}`).join('; ');
  return {
    source,
    recordId,
    field: first?.field || null,
    reason: `${context}${listed}`,
  };
}

function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = record;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
