import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeVolumesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { afterEach, describe, expect, it } from 'vitest';
import { replayClientConfig } from './config.js';
import { getFlightPlugin } from './middleware.js';
import { FlightSession, KEEP_FILE_CHARS } from './session.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function flightDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'c7n-ts-session-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('FlightSession', () => {
  it('names a replay file that is not valid JSON', () => {
    const dir = flightDir({ 'ec2.DescribeVolumes_1.json': '{"status_code": 200, "data": {},}' });
    const session = new FlightSession();
    expect(() => session.nextReplayFile(dir, 'ec2', 'DescribeVolumes')).toThrow(
      `flight: ${join(dir, 'ec2.DescribeVolumes_1.json')} is not valid JSON`,
    );
  });

  it('names the file through a real client', async () => {
    const dir = flightDir({ 'ec2.DescribeVolumes_1.json': 'not json' });
    const client = new EC2Client(replayClientConfig());
    client.middlewareStack.use(getFlightPlugin({ mode: 'replay', dir, session: new FlightSession() }));
    await expect(client.send(new DescribeVolumesCommand({}))).rejects.toThrow(
      /ec2\.DescribeVolumes_1\.json is not valid JSON/,
    );
  });
});

describe('FlightSession memory (issue 17)', () => {
  const page = (n: number, indent?: number) =>
    JSON.stringify(
      {
        status_code: 200,
        data: {
          Volumes: Array.from({ length: n }, (_, i) => ({ VolumeId: `vol-${String(i).padStart(17, '0')}` })),
        },
      },
      null,
      indent,
    );

  it('keeps a small file for wrap-around, and hands out a fresh tree each time', () => {
    const dir = flightDir({ 'ec2.DescribeVolumes_1.json': page(2) });
    const session = new FlightSession();
    const first = session.nextReplayFile(dir, 'ec2', 'DescribeVolumes').body;
    rmSync(join(dir, 'ec2.DescribeVolumes_1.json'));
    const again = session.nextReplayFile(dir, 'ec2', 'DescribeVolumes').body;
    // Replay decodes an answer in place: a second use must not see the first caller's changes.
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('reads UTF-8 text as UTF-8 and ASCII text as it is', () => {
    const dir = flightDir({
      'ec2.DescribeVolumes_1.json': JSON.stringify({
        status_code: 200,
        data: { Volumes: [{ VolumeId: 'vol-é✓' }] },
      }),
      // As placebo writes it (json.dump escapes non-ASCII): an ASCII file.
      'ec2.DescribeVolumes_2.json':
        '{"status_code": 200, "data": {"Volumes": [{"VolumeId": "vol-\\u00e9"}]}}',
    });
    const session = new FlightSession();
    const read = () =>
      (session.nextReplayFile(dir, 'ec2', 'DescribeVolumes').body.data.Volumes as { VolumeId: string }[])[0]!
        .VolumeId;
    expect(read()).toBe('vol-é✓');
    expect(read()).toBe('vol-é');
  });

  it('reads a large page of UTF-8 text as UTF-8, after an ASCII one', () => {
    const ascii = page(20_000);
    const utf8 = ascii.replace('vol-00000000000000019', 'vol-é✓');
    expect(utf8.length).toBeGreaterThan(KEEP_FILE_CHARS);
    const dir = flightDir({ 'ec2.DescribeVolumes_1.json': ascii, 'ec2.DescribeVolumes_2.json': utf8 });
    const session = new FlightSession();
    const ids = () =>
      (session.nextReplayFile(dir, 'ec2', 'DescribeVolumes').body.data.Volumes as { VolumeId: string }[]).map(
        (v) => v.VolumeId,
      );
    expect(ids()[19]).toBe('vol-00000000000000019');
    expect(ids()[19]).toBe('vol-é✓');
  });

  it('does not keep a large page for the rest of the run, and reads it again after wrap-around', () => {
    const text = page(20_000);
    expect(text.length).toBeGreaterThan(KEEP_FILE_CHARS);
    const dir = flightDir({ 'ec2.DescribeVolumes_1.json': text });
    const session = new FlightSession();
    const first = session.nextReplayFile(dir, 'ec2', 'DescribeVolumes').body;
    const again = session.nextReplayFile(dir, 'ec2', 'DescribeVolumes').body;
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('reads a large indented page (as placebo writes them) in runs: the same tree, UTF-8 too', () => {
    const ascii = page(20_000, 4);
    const utf8 = ascii.replace('vol-00000000000000019', 'vol-é✓');
    expect(ascii.length).toBeGreaterThan(KEEP_FILE_CHARS);
    const dir = flightDir({ 'ec2.DescribeVolumes_1.json': ascii, 'ec2.DescribeVolumes_2.json': utf8 });
    const session = new FlightSession();
    const read = () => session.nextReplayFile(dir, 'ec2', 'DescribeVolumes').body;
    expect(read()).toStrictEqual(JSON.parse(ascii));
    expect(read()).toStrictEqual(JSON.parse(utf8));
    // After wrap-around, read again from the file.
    expect(read()).toStrictEqual(JSON.parse(ascii));
  });

  it('names a large file that is not valid JSON, whatever its layout', () => {
    const broken = page(20_000, 4).replace('"vol-00000000000000019"', '"vol-00000000000000019",');
    const dir = flightDir({ 'ec2.DescribeVolumes_1.json': broken });
    expect(() => new FlightSession().nextReplayFile(dir, 'ec2', 'DescribeVolumes')).toThrow(
      /DescribeVolumes_1\.json is not valid JSON/,
    );
  });
});
