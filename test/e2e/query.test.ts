/**
 * `query:` through the built CLI: a key Cloud Custodian's query parser refuses stops the run
 * before any call, located; a block the type's listing ignores is a warning, and the run lists
 * everything as Cloud Custodian does.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCliAsync } from './harness.js';

const demo = join(root, 'examples', 'demo-account');

function policyFile(text: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'c7n-ts-query-'));
  const file = join(dir, 'policy.yml');
  writeFileSync(file, text);
  return { dir, file };
}

describe('query', () => {
  it('a bad EC2 query filter stops the run at its line, with did-you-mean, before any call', async () => {
    const { dir, file } = policyFile(
      'policies:\n  - name: q\n    resource: aws.ec2\n    query:\n      - instance-state-name: runing\n',
    );
    const r = await runCliAsync(['run', '-s', join(dir, 'out'), '--replay', demo, file]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`${file}:5:9`);
    expect(r.stderr).toContain('did you mean "running"?');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('a query on a type that ignores it warns and lists everything', async () => {
    const { dir, file } = policyFile(
      'policies:\n  - name: q\n    resource: aws.iam-user\n    query:\n      - PathPrefix: /nothing/\n',
    );
    const r = await runCliAsync(['run', '-s', join(dir, 'out'), '--replay', demo, '-o', 'json', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('warning: policy q: query has no effect on aws.iam-user');
    expect(r.stdout).not.toMatch(/"q"[^\n]*\b0\b resources/);
  });
});
