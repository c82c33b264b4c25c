// Progress for long commands: a bar on a terminal, plain lines otherwise (logs, CI, pipes).

import cliProgress from 'cli-progress';

export interface Progress {
  /** Start a phase of `total` steps. */
  start(label: string, total: number): void;
  /** One step done, with what it was. */
  tick(detail: string): void;
  stop(): void;
  /** A line of text that does not disturb the bar. */
  log(line: string): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, quiet = false): Progress {
  if (quiet) return { start() {}, tick() {}, stop() {}, log() {} };
  if (!stream.isTTY) return plainProgress(stream);
  let bar: cliProgress.SingleBar | null = null;
  return {
    start(label, total) {
      bar?.stop();
      bar = new cliProgress.SingleBar(
        {
          format: `${label} [{bar}] {value}/{total} {detail}`,
          stream,
          hideCursor: true,
          clearOnComplete: false,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0, { detail: '' });
    },
    tick(detail) {
      bar?.increment(1, { detail });
    },
    stop() {
      bar?.stop();
      bar = null;
    },
    log(line) {
      if (bar) {
        stream.write('\n');
      }
      stream.write(`${line}\n`);
    },
  };
}

function plainProgress(stream: NodeJS.WriteStream): Progress {
  let label = '';
  let total = 0;
  let done = 0;
  return {
    start(l, t) {
      label = l;
      total = t;
      done = 0;
    },
    tick(detail) {
      done++;
      stream.write(`${label} ${done}/${total} ${detail}\n`);
    },
    stop() {},
    log(line) {
      stream.write(`${line}\n`);
    },
  };
}
