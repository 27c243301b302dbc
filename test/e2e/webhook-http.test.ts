/**
 * The webhook action through the built CLI: requests to a server on loopback, one per resource
 * or per batch, with JMESPath query params, headers and body; nothing sent under --dryrun. The
 * CLI runs asynchronously so this process can answer.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, root } from './harness.js';

const seen: { method: string; url: string; headers: IncomingHttpHeaders; body: string }[] = [];
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (d) => {
    body += d;
  });
  req.on('end', () => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
    res.writeHead(req.url?.startsWith('/broken') ? 500 : 200);
    res.end('ok');
  });
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function run(
  policyText: string,
  args: string[] = [],
): Promise<{ code: number; out: string; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'c7n-ts-webhook-'));
  const policy = join(dir, 'policy.yml');
  writeFileSync(policy, policyText);
  const out = join(dir, 'out');
  // i-0aaa1111 (running, untagged), i-0bbb2222, i-0ccc3333.
  const flight = join(root, 'test', 'e2e', 'cases', 'ec2-tag-untagged', 'flight');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [
      cli,
      'run',
      '-s',
      out,
      ...args,
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

const policy = (action: string) =>
  ['policies:', '  - name: hooked', '    resource: aws.ec2', '    actions:', action, ''].join('\n');

describe('webhook over http', () => {
  it('sends one request per resource with the evaluated url, headers and JSON body', async () => {
    seen.length = 0;
    const r = await run(
      policy(
        [
          '      - type: webhook',
          `        url: ${base}/hook?team=sec`,
          '        method: PUT',
          '        body: resource.InstanceId',
          '        query-params:',
          '          id: resource.InstanceId',
          '          policy: policy.name',
          '        headers:',
          '          X-Token: "\'t0k\'"',
        ].join('\n'),
      ),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(seen.map((s) => [s.method, s.url, s.body])).toEqual([
      ['PUT', '/hook?team=sec&id=i-0aaa1111&policy=hooked', '"i-0aaa1111"'],
      ['PUT', '/hook?team=sec&id=i-0bbb2222&policy=hooked', '"i-0bbb2222"'],
      ['PUT', '/hook?team=sec&id=i-0ccc3333&policy=hooked', '"i-0ccc3333"'],
    ]);
    expect(seen[0]?.headers['x-token']).toBe('t0k');
    expect(seen[0]?.headers['content-type']).toBe('application/json');
  });

  it('batches resources, and records a failed answer per resource', async () => {
    seen.length = 0;
    const r = await run(
      policy(
        [
          '      - type: webhook',
          `        url: ${base}/broken`,
          '        batch: true',
          '        batch-size: 2',
          "        body: 'resources[].InstanceId'",
        ].join('\n'),
      ),
    );
    expect(seen.map((s) => [s.method, s.url, JSON.parse(s.body)])).toEqual([
      ['POST', '/broken', ['i-0aaa1111', 'i-0bbb2222']],
      ['POST', '/broken', ['i-0ccc3333']],
    ]);
    const log = readFileSync(join(r.out, 'hooked', 'custodian-run.log'), 'utf8');
    expect(log).toContain('HTTP500');
  });

  it('sends nothing under --dryrun and plans the requests', async () => {
    seen.length = 0;
    const r = await run(policy(['      - type: webhook', `        url: ${base}/hook`].join('\n')), [
      '--dryrun',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(seen).toEqual([]);
    const plan = readFileSync(join(r.out, 'hooked', 'plan.json'), 'utf8');
    expect(plan).toContain(`${base}/hook`);
  });
});
