#!/usr/bin/env node
// Runs the test suites through node:test with tsx. Test files are listed explicitly:
// on Node 20 a bare `--test` finds nothing under src/ and reports "pass 0".
//   node scripts/test.mjs            every suite: unit, recorded data, end-to-end, browser
//   node scripts/test.mjs unit       only the unit tests next to the code (src/**)
//   node scripts/test.mjs <dir|file> …  only those
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function find(dir) {
  let out = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(find(p));
    else if (name.endsWith('.test.ts') || name.endsWith('.test.tsx')) out.push(p);
  }
  return out;
}

const args = process.argv.slice(2);
const roots = args.length === 0 ? ['src', 'test'] : args.map((a) => (a === 'unit' ? 'src' : a));
const files = roots.flatMap((r) => (statSync(r).isDirectory() ? find(r) : [r])).sort();
if (files.length === 0) {
  console.error(`No test files found under ${roots.join(', ')}.`);
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
