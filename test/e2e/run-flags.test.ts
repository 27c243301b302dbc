/** Flags with bad values are usage errors: exit 2, a message naming the flag, nothing run. */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli } from './harness.js';

const caseDir = join(root, 'test', 'e2e', 'cases', 'ec2-tag-untagged');

describe('run flags', () => {
  it.each([
    [['--max-attempts', 'abc'], '--max-attempts takes a whole number of at least 1'],
    [['--concurrency', '0'], '--concurrency takes a whole number of at least 1'],
    [['-r', 'nowhere-1'], '"nowhere-1" is not an AWS region name'],
  ])('%j', (flag, message) => {
    const out = mkdtempSync(join(tmpdir(), 'c7n-ts-flags-'));
    const r = runCli([
      'run',
      '-s',
      out,
      '--replay',
      join(caseDir, 'flight'),
      '--account-id',
      '123456789012',
      ...flag,
      join(caseDir, 'policy.yml'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(readdirSync(out)).toEqual([]);
  });
});
