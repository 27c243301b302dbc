/**
 * The webhook action through the built CLI. Replay answers its HTTP requests from the flight
 * directory (`http.<METHOD>_<n>.json`) and never sends them: the requests are checked in
 * flight-log.json, one per resource or per batch, with JMESPath query params, headers and body;
 * nothing under --dryrun. With `secret`, no output shows the secret's values. (What goes on
 * the wire is checked against a loopback server in packages/aws/src/clients/http.test.ts.)
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root } from './harness.js';

const TOKEN = 'tok-e2e-5c4b3a';
const SCANNER = 'scanner.internal.example.com';

interface Logged {
  service: string;
  operation: string;
  input: { url: string; headers?: Record<string, string>; body?: string };
  ok: boolean;
}

interface Run {
  code: number;
  out: string;
  stdout: string;
  stderr: string;
  /** flight-log.json's HTTP requests. */
  http: Logged[];
  log: Logged[];
}

/** Runs `policyText` on i-0aaa1111 (running, untagged), i-0bbb2222, i-0ccc3333, plus `answers`. */
function run(policyText: string, answers: Record<string, unknown>, args: string[] = []): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'c7n-ts-webhook-'));
  const policy = join(dir, 'policy.yml');
  writeFileSync(policy, policyText);
  const out = join(dir, 'out');
  const flight = join(dir, 'flight');
  cpSync(join(root, 'test', 'e2e', 'cases', 'ec2-tag-untagged', 'flight'), flight, { recursive: true });
  for (const [name, body] of Object.entries(answers)) writeFileSync(join(flight, name), JSON.stringify(body));
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
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('exit', (code) => {
      const log = JSON.parse(readFileSync(join(out, 'flight-log.json'), 'utf8')) as Logged[];
      const http = log.filter((c) => c.service === 'http');
      resolve({ code: code ?? -1, out, stdout, stderr, http, log });
    });
  });
}

const answer = (status: number) => ({ status_code: status, data: { body: 'ok' } });

const policy = (action: string) =>
  ['policies:', '  - name: hooked', '    resource: aws.ec2', '    actions:', action, ''].join('\n');

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesBelow(p) : [p];
  });
}

describe('webhook over http', () => {
  it('makes one request per resource with the evaluated url, headers and JSON body', async () => {
    const r = await run(
      policy(
        [
          '      - type: webhook',
          '        url: https://hooks.example.com/hook?team=sec',
          '        method: PUT',
          '        body: resource.InstanceId',
          '        query-params:',
          '          id: resource.InstanceId',
          '          policy: policy.name',
          '        headers:',
          '          X-Token: "\'t0k\'"',
        ].join('\n'),
      ),
      { 'http.PUT_1.json': answer(200) },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.http.map((s) => [s.operation, s.input.url, s.input.body])).toEqual([
      ['PUT', 'https://hooks.example.com/hook?team=sec&id=i-0aaa1111&policy=hooked', '"i-0aaa1111"'],
      ['PUT', 'https://hooks.example.com/hook?team=sec&id=i-0bbb2222&policy=hooked', '"i-0bbb2222"'],
      ['PUT', 'https://hooks.example.com/hook?team=sec&id=i-0ccc3333&policy=hooked', '"i-0ccc3333"'],
    ]);
    expect(r.http[0]?.input.headers).toEqual({ 'X-Token': 't0k', 'Content-Type': 'application/json' });
  });

  it('batches resources, and records a failed answer per resource', async () => {
    const r = await run(
      policy(
        [
          '      - type: webhook',
          '        url: https://hooks.example.com/broken',
          '        batch: true',
          '        batch-size: 2',
          "        body: 'resources[].InstanceId'",
        ].join('\n'),
      ),
      { 'http.POST_1.json': answer(500) },
    );
    expect(r.http.map((s) => [s.operation, JSON.parse(s.input.body ?? ''), s.ok])).toEqual([
      ['POST', ['i-0aaa1111', 'i-0bbb2222'], false],
      ['POST', ['i-0ccc3333'], false],
    ]);
    const log = readFileSync(join(r.out, 'hooked', 'custodian-run.log'), 'utf8');
    expect(log).toContain('HTTP500');
  });

  it('sends nothing under --dryrun and plans the requests', async () => {
    const r = await run(
      policy(['      - type: webhook', '        url: https://hooks.example.com/hook'].join('\n')),
      {},
      ['--dryrun'],
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.http).toEqual([]);
    const plan = readFileSync(join(r.out, 'hooked', 'plan.json'), 'utf8');
    expect(plan).toContain('https://hooks.example.com/hook');
  });

  const scan = policy(
    [
      '      - type: webhook',
      '        secret: scanner/api',
      "        url: '{secret.url}/v1/targets'",
      '        batch: true',
      "        body: 'resources[].InstanceId'",
      '        headers:',
      `          Authorization: "join(' ', ['Bearer', secret.token])"`,
    ].join('\n'),
  );
  const secret = {
    'secretsmanager.GetSecretValue_1.json': {
      status_code: 200,
      data: {
        Name: 'scanner/api',
        SecretString: JSON.stringify({ url: `https://${SCANNER}`, token: TOKEN }),
      },
    },
  };

  it('with a secret: sends with its values, while no output file or stdout shows them', async () => {
    const r = await run(scan, { ...secret, 'http.POST_1.json': answer(200) }, ['-o', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.log.filter((c) => c.operation === 'GetSecretValue')).toHaveLength(1);
    expect(r.http.map((s) => [s.input.url, s.input.headers?.Authorization, s.ok])).toEqual([
      ['<secret:scanner/api#url>/v1/targets', 'Bearer <secret:scanner/api#token>', true],
    ]);
    for (const text of [r.stdout, r.stderr, ...filesBelow(r.out).map((f) => readFileSync(f, 'utf8'))]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(SCANNER);
    }
  });

  it('with a secret lacking a key: each resource fails naming the key, and nothing is sent', async () => {
    const r = await run(
      scan,
      {
        ...secret,
        'secretsmanager.GetSecretValue_1.json': {
          status_code: 200,
          data: { SecretString: '{"url": "https://x.test"}' },
        },
      },
      ['-o', 'json'],
    );
    expect(r.http).toEqual([]);
    const log = readFileSync(join(r.out, 'hooked', 'custodian-run.log'), 'utf8');
    expect(log).toContain('SecretKeyMissing');
    expect(r.stdout).toContain('secret scanner/api has no key \\"token\\"');
  });

  it('with a secret under --dryrun: reads no secret and plans with placeholders', async () => {
    const r = await run(scan, secret, ['--dryrun']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.log).toEqual([expect.objectContaining({ operation: 'DescribeInstances' })]);
    const plan = readFileSync(join(r.out, 'hooked', 'plan.json'), 'utf8');
    expect(plan).toContain('<secret:scanner/api#url>/v1/targets');
    expect(plan).toContain('Bearer <secret:scanner/api#token>');
    expect(readFileSync(join(r.out, 'hooked', 'plan.txt'), 'utf8')).toContain('<secret:scanner/api#url>');
  });
});
