/**
 * resources.json carries Cloud Custodian's `c7n:MatchedFilters`: the key of each value filter a
 * resource passed, in evaluation order, with what `not` blocks and failed `and` blocks noted swept
 * away. The expected lists are what Cloud Custodian 0.9.52 wrote for the same policies on the
 * same flight data (bench/custodian-replay.py), per-resource blocks and set-wise ones (reduce).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli } from './harness.js';

const flight = join(root, 'test', 'e2e', 'cases', 'ec2-instance-age', 'flight');
const policy = join(root, 'test', 'e2e', 'matched-filters', 'policy.yml');

describe('c7n:MatchedFilters', () => {
  const out = mkdtempSync(join(tmpdir(), 'c7n-ts-e2e-'));
  const result = runCli([
    'run',
    '-s',
    out,
    '--replay',
    flight,
    '-r',
    'us-east-1',
    '--account-id',
    '123456789012',
    policy,
  ]);
  const annotations = (name: string) =>
    Object.fromEntries(
      (
        JSON.parse(readFileSync(join(out, name, 'resources.json'), 'utf8')) as {
          InstanceId: string;
          'c7n:MatchedFilters'?: string[];
        }[]
      ).map((r) => [r.InstanceId, r['c7n:MatchedFilters']]),
    );

  it('runs', () => {
    expect(result.code, result.stderr).toBe(0);
  });

  it('notes every matching branch of an `or` and nothing from a `not`', () => {
    expect(annotations('annotated')).toEqual({
      'i-0a1f0c3d5e7a9b001': ['tag:Name', 'State.Name', 'InstanceType'],
      'i-0a1f0c3d5e7a9b002': ['tag:Name', 'State.Name', 'InstanceType'],
      'i-0a1f0c3d5e7a9b003': ['tag:Name', 'State.Name'],
    });
  });

  it('sweeps what a failed `and` block noted, when blocks run set-wise', () => {
    expect(annotations('process-blocks')).toEqual({
      'i-0a1f0c3d5e7a9b001': ['State.Name', 'InstanceType'],
      'i-0a1f0c3d5e7a9b003': ['tag:Name', 'State.Name'],
    });
  });

  it('is absent where no value filter decided the match, as in Cloud Custodian', () => {
    expect(annotations('age-only')).toEqual({
      'i-0a1f0c3d5e7a9b001': undefined,
      'i-0a1f0c3d5e7a9b002': undefined,
      'i-0a1f0c3d5e7a9b003': undefined,
    });
    expect(annotations('value-then-age')).toEqual({
      'i-0a1f0c3d5e7a9b001': ['InstanceType'],
      'i-0a1f0c3d5e7a9b002': ['InstanceType'],
    });
  });
});
