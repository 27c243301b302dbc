/**
 * value_from with an http(s) url, as in Cloud Custodian: one GET (with the policy's headers) per
 * run, on a server on loopback. The CLI runs asynchronously so this process can answer.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, root } from './harness.js';

const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
const server = createServer((req, res) => {
  seen.push({ url: req.url ?? '', headers: req.headers });
  if (req.url === '/ids.txt' && req.headers.authorization === 'Bearer t0k') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('i-0aaa1111\ni-0ccc3333\n');
  } else {
    res.writeHead(403);
    res.end('no');
  }
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function run(policyText: string): Promise<{ code: number; out: string; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'c7n-ts-vf-http-'));
  const policy = join(dir, 'policy.yml');
  writeFileSync(policy, policyText);
  const out = join(dir, 'out');
  const flight = join(root, 'test', 'e2e', 'cases', 'ec2-tag-untagged', 'flight');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [
      cli,
      'run',
      '-s',
      out,
      '--dryrun',
      '--replay',
      flight,
      '--account-id',
      '123456789012',
      policy,
    ]);
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('exit', (code) => resolve({ code: code ?? -1, out, stderr }));
  });
}

const policy = (headers: string) =>
  [
    'policies:',
    '  - name: listed-instances',
    '    resource: aws.ec2',
    '    filters:',
    '      - type: value',
    '        key: InstanceId',
    '        op: in',
    '        value_from:',
    `          url: ${base}/ids.txt`,
    '          format: txt',
    headers,
    '',
  ].join('\n');

describe('value_from over http', () => {
  it('GETs the url with the policy headers and filters on what it lists', async () => {
    seen.length = 0;
    const r = await run(policy('          headers:\n            Authorization: Bearer t0k'));
    expect(r.code, r.stderr).toBe(0);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.headers.authorization).toBe('Bearer t0k');
    const ids = JSON.parse(readFileSync(join(r.out, 'listed-instances', 'resources.json'), 'utf8')).map(
      (i: { InstanceId: string }) => i.InstanceId,
    );
    expect(ids).toEqual(['i-0aaa1111', 'i-0ccc3333']);
  });

  it('an error answer fails the policy, naming the url and the status', async () => {
    const r = await run(policy(''));
    expect(r.code).toBe(1);
    const meta = JSON.parse(readFileSync(join(r.out, 'listed-instances', 'metadata.json'), 'utf8'));
    expect(meta.execution.reason).toContain(`cannot read ${base}/ids.txt: HTTP 403`);
  });
});
