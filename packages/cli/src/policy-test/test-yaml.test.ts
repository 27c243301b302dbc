import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTest } from './spec.js';
import { type Recording, testYaml } from './test-yaml.js';

const recording: Recording = {
  policy: 'untagged',
  region: 'eu-west-1',
  accountId: '012345678901',
  now: '2026-12-07T07:00:00Z',
  acted: true,
  resources: ['i-1', 'i-2'],
  calls: [
    {
      service: 'ec2',
      operation: 'CreateTags',
      // Values YAML 1.1 would read as something else unless quoted: a boolean, a date, a number.
      input: {
        Resources: ['i-1', 'i-2'],
        Tags: [
          { Key: 'yes', Value: '2026-12-07' },
          { Key: 'n', Value: '0755' },
        ],
      },
    },
    { service: 'ec2', operation: 'StopInstances', input: {} },
  ],
  notifications: [{ to: ['owner@example.com'], subject: 'i-1 was tagged', body: '<p>i-1</p>' }],
};

/** Writes `text` as `p.tests/t/test.yml` beside a policy file and reads it back as a test. */
async function readBack(text: string) {
  const root = mkdtempSync(join(tmpdir(), 'c7n-ts-record-'));
  const dir = join(root, 'p.tests', 't');
  mkdirSync(join(dir, 'flight'), { recursive: true });
  writeFileSync(join(root, 'p.yml'), 'policies: []\n');
  writeFileSync(join(dir, 'test.yml'), text);
  return readTest(dir, join(root, 'p.yml'), ['untagged']);
}

describe('testYaml', () => {
  it('writes what a run with --act gave, and reads back as the same expectation', async () => {
    const text = testYaml(recording);
    expect(text).toMatch(
      /^# Recorded by `c7n-ts test --record` at 2026-12-07T07:00:00Z from account 012345678901/,
    );
    expect(text).toContain('review it');
    const r = await readBack(text);
    expect(r.problems).toEqual([]);
    expect(r.test).toMatchObject({
      policy: 'untagged',
      region: 'eu-west-1',
      accountId: '012345678901',
      now: '2026-12-07T07:00:00Z',
      expect: {
        resources: ['i-1', 'i-2'],
        calls: [
          {
            call: 'ec2.CreateTags',
            params: {
              Resources: ['i-1', 'i-2'],
              Tags: [
                { Key: 'yes', Value: '2026-12-07' },
                { Key: 'n', Value: '0755' },
              ],
            },
          },
          { call: 'ec2.StopInstances', params: {} },
        ],
        notifications: [{ to: ['owner@example.com'], subject: 'i-1 was tagged' }],
      },
    });
    expect(r.test?.dryrun).toBeUndefined();
  });

  it('a dry run: dryrun: true, no calls expected, the planned calls left as a comment', async () => {
    const text = testYaml({ ...recording, acted: false, notifications: [] });
    expect(text).toContain('as a dry run');
    expect(text).toContain('  #   - ec2.CreateTags:\n');
    const r = await readBack(text);
    expect(r.problems).toEqual([]);
    expect(r.test?.dryrun).toBe(true);
    expect(r.test?.expect).toEqual({ resources: ['i-1', 'i-2'] });
    // Uncommented, the planned calls are an expectation of the same calls.
    const uncommented = await readBack(text.replace(/^ {2}# (?=calls:| )/gm, '  '));
    expect(uncommented.problems).toEqual([]);
    expect(uncommented.test?.expect.calls?.map((c) => c.call)).toEqual([
      'ec2.CreateTags',
      'ec2.StopInstances',
    ]);
  });

  it('a dry run whose actions would call nothing says so', () => {
    expect(testYaml({ ...recording, acted: false, calls: [] })).toContain('  # calls: []\n');
  });
});
