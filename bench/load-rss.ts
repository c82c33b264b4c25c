// Resident memory of a process, sampled once a second from /proc/<pid>/status (VmRSS), and the
// comparison of the first and last ten seconds that says whether memory held steady under load.

import { readFileSync } from 'node:fs';

export interface RssSample {
  /** Seconds since sampling began. */
  t: number;
  mb: number;
}

export function readRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
  if (!kb) throw new Error(`/proc/${pid}/status has no VmRSS line; is the process still running?`);
  return Number(kb) / 1024;
}

export function sampleRss(pid: number, everyMs = 1_000): { stop(): RssSample[] } {
  const samples: RssSample[] = [];
  const start = performance.now();
  const take = () => samples.push({ t: (performance.now() - start) / 1000, mb: readRssMb(pid) });
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}

export interface Window {
  min: number;
  mean: number;
  max: number;
}

function window(samples: readonly RssSample[]): Window {
  const mbs = samples.map((s) => s.mb);
  return {
    min: Math.min(...mbs),
    mean: mbs.reduce((a, b) => a + b, 0) / Math.max(1, mbs.length),
    max: Math.max(...mbs),
  };
}

export interface RssVerdict {
  first: Window;
  last: Window;
  /** Growth of the mean from the first window to the last, in percent. */
  growthPct: number;
  stable: boolean;
}

/**
 * First and last `seconds` of a run. Stable: the last window's mean is within `tolerancePct` of the
 * first's, or within `floorMb` (a few MB of allocator noise on a small heap is not a leak).
 */
export function rssVerdict(
  samples: readonly RssSample[],
  seconds = 10,
  tolerancePct = 10,
  floorMb = 16,
): RssVerdict {
  if (samples.length < 2 * seconds)
    throw new Error(`Only ${samples.length} memory samples; a verdict needs at least ${2 * seconds}.`);
  const end = samples.at(-1)!.t;
  const first = window(samples.filter((s) => s.t <= seconds));
  const last = window(samples.filter((s) => s.t >= end - seconds));
  const growth = last.mean - first.mean;
  const growthPct = (growth / first.mean) * 100;
  return { first, last, growthPct, stable: growthPct <= tolerancePct || growth <= floorMb };
}
