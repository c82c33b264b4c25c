// The real command line as a child process: what a user runs, with the exit code and the words they see.

import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const CLI = resolve(import.meta.dirname, '../../bin/model-atlas.js');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The parent's environment without anything that would point the CLI elsewhere, plus `env`. */
export function cliEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const key of [
    'DATABASE_URL',
    'OPENROUTER_API_KEY',
    'OPENROUTER_BASE_URL',
    'ARENA_CATALOG_BASE_URL',
    'LITELLM_PRICES_URL',
    'MODELS_DEV_URL',
    'ATLAS_FETCH_TIMEOUT_MS',
    'ATLAS_FETCH_RETRIES',
    'ATLAS_FETCH_BACKOFF_MS',
    'ATLAS_FETCH_MAX_DELAY_MS',
    'ATLAS_DEBUG',
  ])
    delete base[key];
  return { ...base, ...env };
}

export interface Started {
  child: ChildProcess;
  done: Promise<CliRun>;
}

/** Start `model-atlas ARGS`; `done` settles when it exits (or is killed after `limitMs`). */
export function startCli(args: string[], env: Record<string, string>, limitMs = 60_000): Started {
  const t0 = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], {
    env: cliEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const limit = setTimeout(() => child.kill('SIGKILL'), limitMs);
  const done = new Promise<CliRun>((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(limit);
      resolvePromise({ code, signal, stdout, stderr, ms: performance.now() - t0 });
    });
  });
  return { child, done };
}

export function runCli(args: string[], env: Record<string, string>, limitMs?: number): Promise<CliRun> {
  return startCli(args, env, limitMs).done;
}

/** A failure message for assertions: the command's whole output. */
export function explain(run: CliRun): string {
  return `exit ${run.code}${run.signal ? ` (${run.signal})` : ''} after ${Math.round(run.ms)} ms\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}
