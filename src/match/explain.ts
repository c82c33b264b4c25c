// A match decision as text a person can check: `model-atlas match --explain ID`.

import type { MatchResult } from './types.ts';

export function explainMatch(result: MatchResult): string {
  const lines: string[] = [];
  const target = result.arenaKey ?? 'no arena key';
  lines.push(`${result.openrouterId} → ${target}`);
  lines.push(`Confidence: ${result.confidence} (score ${result.score.toFixed(2)})`);
  if (result.override) {
    const o = result.override;
    const verb = o.decision === 'same' ? 'is' : 'is not';
    lines.push(
      `Reviewed override: ${result.openrouterId} ${verb} ${o.arenaKey} — ${o.reason} (reviewed ${o.reviewed})`,
    );
  }
  if (result.variantKeys.length)
    lines.push(`Modes of the same model on the arena: ${result.variantKeys.join(', ')}`);
  lines.push('Evidence:');
  // The override is shown above; its evidence line would only repeat it.
  const evidence = result.override
    ? result.evidence.filter((e) => !e.startsWith('reviewed override:'))
    : result.evidence;
  for (const e of evidence.length ? evidence : ['none recorded']) lines.push(`  - ${e}`);
  const bridges = [
    result.bridges.litellm ? `LiteLLM ${result.bridges.litellm}` : null,
    result.bridges.modelsDev ? `models.dev ${result.bridges.modelsDev}` : null,
  ].filter((b): b is string => b !== null);
  if (bridges.length) lines.push(`Bridges: ${bridges.join('; ')}`);
  if (result.alternatives.length) {
    lines.push('Rejected alternatives:');
    for (const a of result.alternatives)
      lines.push(`  - ${a.arenaKey} (score ${a.score.toFixed(2)}): ${a.whyRejected}`);
  }
  return lines.join('\n');
}
