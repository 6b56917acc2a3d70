// Progress for many images: a bar redrawn in place on a terminal, plain lines otherwise
// (CI logs, pipes), and the closing summary line.
export interface Progress {
  done(label: string, ok: boolean): void;
  finish(): string;
}

const BAR_WIDTH = 24;

export function formatSummary(count: number, seconds: number): string {
  const each = count > 0 ? seconds / count : 0;
  return `${count} ${count === 1 ? 'image' : 'images'} in ${seconds.toFixed(1)} s (${each.toFixed(2)} s each)`;
}

export function formatBar(done: number, total: number, label: string): string {
  const filled = total > 0 ? Math.round((done / total) * BAR_WIDTH) : BAR_WIDTH;
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${label}`;
}

export function createProgress(
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  const started = performance.now();
  const tty = stream.isTTY === true;
  let count = 0;
  let succeeded = 0;
  if (tty && total > 1) stream.write(formatBar(0, total, ''));
  return {
    done(label, ok) {
      count++;
      if (ok) succeeded++;
      if (tty && total > 1) {
        const width = stream.columns ?? 80;
        stream.write(
          `\r${formatBar(count, total, label)
            .slice(0, width - 1)
            .padEnd(width - 1)}`,
        );
      } else {
        stream.write(`${count}/${total} ${ok ? 'wrote' : 'FAILED'} ${label}\n`);
      }
    },
    finish() {
      if (tty && total > 1) stream.write('\n');
      return formatSummary(succeeded, (performance.now() - started) / 1000);
    },
  };
}
