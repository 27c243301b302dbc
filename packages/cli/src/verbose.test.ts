import { PassThrough } from 'node:stream';
import type { OutputSink } from '@c7n-ts/core';
import { describe, expect, it } from 'vitest';
import { echoLog, readable } from './verbose.js';

describe('readable', () => {
  it('prints a log entry as one line: time, level, policy, message, other fields', () => {
    const line = JSON.stringify({
      ts: '2026-12-06T20:37:46.432Z',
      level: 'info',
      policy: 'ebs-unattached',
      message: 'matched 2',
      ids: ['vol-1', 'vol-2'],
      failed: [],
    });
    expect(readable(line)).toBe('2026-12-06 20:37:46 INFO ebs-unattached: matched 2 ids=["vol-1","vol-2"]');
  });

  it('passes a line that is not JSON through', () => {
    expect(readable('plain text')).toBe('plain text');
  });
});

describe('echoLog', () => {
  it('writes each log line to the sink and the stream', async () => {
    const logged: string[] = [];
    const sink: OutputSink = {
      location: 'here',
      write: async () => {},
      appendLog: (_p, l) => logged.push(l),
      close: async () => {},
    };
    const stream = new PassThrough();
    const echo = echoLog(sink, stream);
    echo.appendLog('p/custodian-run.log', '{"level":"warn","policy":"p","message":"m"}');
    expect(logged).toEqual(['{"level":"warn","policy":"p","message":"m"}']);
    expect(String(stream.read())).toBe('WARN p: m\n');
    expect(echo.location).toBe('here');
  });
});
