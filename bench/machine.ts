// What the figures were measured on: CPU, cores, memory, OS, and the versions of every tool in the run.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { wrkVersion } from './wrk.ts';

function firstLine(command: string, args: string[]): string {
  const run = spawnSync(command, args, { encoding: 'utf8' });
  if (run.error) return `${command}: not installed`;
  return `${run.stdout}${run.stderr}`.trim().split('\n')[0] ?? '';
}

function osName(): string {
  try {
    return /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? 'Linux';
  } catch {
    return process.platform;
  }
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string })
      .version;
  } catch {
    return 'not installed';
  }
}

export function describeMachine(): string {
  const cpu = cpus();
  const hypervisor = /^Hypervisor vendor:\s+(.+)$/m.exec(
    firstLine('sh', ['-c', 'lscpu | grep Hypervisor']),
  )?.[1];
  return [
    `- CPU: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown'}${hypervisor ? ` (virtual machine, ${hypervisor})` : ''}; memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB; ${osName()}`,
    `- Node ${process.version}; ${firstLine('/usr/sbin/nginx', ['-v'])}; ${wrkVersion()}; ${firstLine(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version'])}; lighthouse ${packageVersion('lighthouse')}; playwright-core ${packageVersion('playwright-core')}`,
    `- Load average when the run began: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ', ',
      )} (1, 5, 15 min). The machine is shared with other work, so every comparison is made within one run.`,
  ].join('\n');
}
