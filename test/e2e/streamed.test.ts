/**
 * Streamed runs (issue 17): the policies of one listing are evaluated a page at a time, each
 * page fetched once. The files they write must be those of the unstreamed run: the same run
 * through the resource cache (--cache-period), which is never streamed, is the reference.
 */

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FlightLogEntry, root, runCli } from './harness.js';

const dir = join(root, 'test', 'e2e', 'streamed');
// The engine's test clock, for these runs only: both runs of a comparison plan their marks for the
// same day.
const env = { C7N_TS_NOW: '2026-12-07T12:00:00Z' };

function run(policies: string, flight: string, cached: boolean) {
  return runIn(join(dir, policies), join(dir, flight), cached);
}

function runIn(policies: string, flight: string, cached: boolean) {
  const out = mkdtempSync(join(tmpdir(), 'c7n-ts-streamed-'));
  const cache = cached
    ? ['--cache-period', '60', '--cache-dir', mkdtempSync(join(tmpdir(), 'c7n-ts-cache-'))]
    : [];
  const args = [
    'run',
    '--dryrun',
    '-s',
    out,
    ...cache,
    '--replay',
    flight,
    '-r',
    'us-east-1',
    '--account-id',
    '123456789012',
    policies,
  ];
  const result = runCli(args, undefined, env);
  const read = (policy: string, file: string) => readFileSync(join(out, policy, file), 'utf8');
  const policyDirs = readdirSync(out).filter((d) => !d.includes('.'));
  const calls = (JSON.parse(readFileSync(join(out, 'flight-log.json'), 'utf8')) as FlightLogEntry[]).map(
    (c) => `${c.service}.${c.operation} ${c.file.replace(/.*\//, '')}`,
  );
  const counts = (policy: string) => JSON.parse(read(policy, 'metadata.json')).counts;
  return { out, result, read, policyDirs, calls, counts };
}

describe('streamed run of one listing', () => {
  const streamed = run('policies.yml', 'flight', false);
  const reference = run('policies.yml', 'flight', true);

  it('fails only the policy over its resource limit', () => {
    expect(streamed.result.code, streamed.result.stderr).toBe(1);
    expect(streamed.result.stdout).toMatch(/FAIL limited .*over the limit \(max-resources 1\)/);
    expect(streamed.result.stdout.match(/^ok /gm)).toHaveLength(4);
  });

  it('writes what the unstreamed run writes, policy by policy', () => {
    expect(streamed.policyDirs.sort()).toEqual(reference.policyDirs.sort());
    for (const policy of streamed.policyDirs) {
      for (const file of ['resources.json', 'plan.json', 'plan.txt'])
        expect(streamed.read(policy, file), `${policy}/${file}`).toBe(reference.read(policy, file));
      expect(streamed.counts(policy)).toEqual(reference.counts(policy));
    }
  });

  it('matches across every page, annotated as Cloud Custodian does', () => {
    const resources = JSON.parse(streamed.read('running-no-owner', 'resources.json'));
    expect(resources.map((r: { InstanceId: string }) => r.InstanceId)).toEqual([
      'i-05e1a7c0000000002',
      'i-05e1a7c0000000004',
      'i-05e1a7c0000000006',
      'i-05e1a7c0000000009',
    ]);
    expect(resources[0]['c7n:MatchedFilters']).toEqual(['State.Name', 'tag:Owner']);
    // The annotating filter's own note, on the policy's own copies.
    const marked = JSON.parse(streamed.read('stop-marked', 'resources.json'));
    expect(marked.map((r: { InstanceId: string }) => r.InstanceId)).toEqual([
      'i-05e1a7c0000000002',
      'i-05e1a7c0000000009',
    ]);
  });

  it('lists each page once for all five policies', () => {
    expect(streamed.calls).toEqual([
      'ec2.DescribeInstances ec2.DescribeInstances_1.json',
      'ec2.DescribeInstances ec2.DescribeInstances_2.json',
      'ec2.DescribeInstances ec2.DescribeInstances_3.json',
    ]);
    expect(streamed.calls).toEqual(reference.calls);
  });
});

describe('a listing one of whose policies needs the whole set', () => {
  const whole = run('whole-set.yml', 'flight', false);
  const reference = run('whole-set.yml', 'flight', true);

  it('is not streamed, and gives the same files', () => {
    expect(whole.result.code, whole.result.stderr).toBe(0);
    for (const policy of whole.policyDirs)
      expect(whole.read(policy, 'resources.json')).toBe(reference.read(policy, 'resources.json'));
    expect(JSON.parse(whole.read('newest-two', 'resources.json'))).toHaveLength(2);
    expect(whole.calls).toEqual(reference.calls);
  });
});

describe('a streamed listing refused on its second page', () => {
  const denied = run('policies.yml', 'denied', false);
  const reference = run('policies.yml', 'denied', true);

  it('fails every policy of the listing, and writes no resources.json', () => {
    expect(denied.result.code).toBe(1);
    expect(denied.result.stdout.match(/^FAIL .*not authorized/gm)).toHaveLength(5);
    for (const policy of denied.policyDirs) {
      expect(readdirSync(join(denied.out, policy))).not.toContain('resources.json');
      expect(denied.counts(policy)).toEqual(reference.counts(policy));
    }
    expect(readdirSync(join(denied.out, 'tag-running')).some((f) => f.endsWith('.tmp'))).toBe(false);
  });
});

describe('a page of many resources matched by several policies', () => {
  // One page of 300 instances, copies of the first instance of flight/ with their own ids, types
  // and tags: the streamed run writes such a page a few dozen resources at a time, printing a
  // resource several pure policies matched once for all of them.
  const work = mkdtempSync(join(tmpdir(), 'c7n-ts-streamed-large-'));
  const page = JSON.parse(readFileSync(join(dir, 'flight', 'ec2.DescribeInstances_1.json'), 'utf8'));
  const template = page.data.Reservations[0].Instances[0];
  const types = ['m5.large', 't3.micro', 'c5.xlarge'];
  const instances = Array.from({ length: 300 }, (_, i) => ({
    ...template,
    InstanceId: `i-0b16000000000${String(i).padStart(4, '0')}`,
    InstanceType: types[i % 3],
    State: { Code: i % 5 ? 16 : 80, Name: i % 5 ? 'running' : 'stopped' },
    Tags: [
      { Key: 'Name', Value: `web-${i}` },
      ...(i % 7 ? [{ Key: 'Owner', Value: 'ana' }] : []),
      ...(i % 4 ? [] : [{ Key: 'Environment', Value: 'dev' }]),
    ],
  }));
  const flight = join(work, 'flight');
  mkdirSync(flight);
  writeFileSync(
    join(flight, 'ec2.DescribeInstances_1.json'),
    JSON.stringify({
      status_code: 200,
      data: { Reservations: [{ ...page.data.Reservations[0], Instances: instances }] },
    }),
  );
  const policies = join(work, 'policies.yml');
  writeFileSync(
    policies,
    `policies:
  - name: running
    resource: aws.ec2
    filters:
      - State.Name: running
  - name: no-owner
    resource: aws.ec2
    filters:
      - tag:Owner: absent
    actions:
      - type: tag
        key: Owner
        value: unknown
  - name: small-or-dev
    resource: aws.ec2
    filters:
      - or:
          - InstanceType: t3.micro
          - tag:Environment: dev
  - name: everything
    resource: aws.ec2
  - name: stopped-dev
    resource: aws.ec2
    filters:
      - State.Name: stopped
      - tag:Environment: dev
    actions:
      - stop
`,
  );
  const streamed = runIn(policies, flight, false);
  const reference = runIn(policies, flight, true);

  it('writes what the unstreamed run writes', () => {
    expect(streamed.result.code, streamed.result.stderr).toBe(0);
    expect(streamed.policyDirs.sort()).toEqual(reference.policyDirs.sort());
    for (const policy of streamed.policyDirs)
      for (const file of ['resources.json', 'plan.json', 'plan.txt'])
        expect(streamed.read(policy, file), `${policy}/${file}`).toBe(reference.read(policy, file));
    expect(JSON.parse(streamed.read('everything', 'resources.json'))).toHaveLength(300);
    expect(JSON.parse(streamed.read('no-owner', 'resources.json'))).toHaveLength(43);
  });
});
