/**
 * `-v, --verbose`: each policy's log lines (what `custodian-run.log` records: fetched, matched,
 * each action's outcome) also go to stderr as they are written, one readable line each, as
 * Cloud Custodian's -v shows its log.
 */
import type { OutputSink } from '@c7n-ts/core';

/** The sink, with every log line also printed to `stream`. */
export function echoLog(sink: OutputSink, stream: NodeJS.WritableStream = process.stderr): OutputSink {
  return new Proxy(sink, {
    get(target, prop) {
      if (prop === 'appendLog')
        return (relPath: string, line: string) => {
          target.appendLog(relPath, line);
          stream.write(`${readable(line)}\n`);
        };
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** `2026-12-06 20:37:46 INFO ebs-unattached: matched 2 ids=["vol-1","vol-2"]`. */
export function readable(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const { ts, level, policy, message, ...rest } = entry;
  const when = typeof ts === 'string' ? ts.replace('T', ' ').replace(/\.\d+Z$/, '') : '';
  const extra = Object.entries(rest)
    .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return [
    when,
    String(level ?? 'info').toUpperCase(),
    `${String(policy ?? '')}:`,
    String(message ?? ''),
    ...extra,
  ]
    .filter(Boolean)
    .join(' ');
}
