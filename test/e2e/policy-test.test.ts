/**
 * `c7n-ts test` end to end (docs/policy-tests.md): the built CLI on the policy-test folders of
 * test/e2e/policy-tests/: pass/ (every test passes, one in Lambda mode), fail/ (one failing
 * test per kind of difference), typo/ (a policy that does not validate), broken/ (exit 2).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from './harness.js';

const here = join('test', 'e2e', 'policy-tests');

describe.concurrent('c7n-ts test (built CLI)', { timeout: 120_000 }, () => {
  it('passes every test of pass/, pull and Lambda mode, and writes JUnit XML', async () => {
    const junit = join(mkdtempSync(join(tmpdir(), 'c7n-ts-junit-')), 'results.xml');
    const r = await runCliAsync(['test', '--output', 'junit', junit, join(here, 'pass')]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      expect.stringMatching(/^PASS ebs-unattached\/keep-tagged-kept {2}\(\d+\.\d\ds\)$/),
      expect.stringMatching(/^PASS ebs-unattached\/unattached-deleted /),
      expect.stringMatching(/^PASS rds-public-lambda\/public-created-deleted /),
      expect.stringMatching(/^3 tests: 3 passed, 0 failed \(\d+\.\ds\)$/),
      '',
    ]);
    expect(r.stdout).not.toContain('\x1b['); // no colour when stdout is not a terminal
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="c7n-ts test" tests="3" failures="0"/,
    );
    expect(xml).toContain(
      '<testcase name="public-created-deleted" classname="test/e2e/policy-tests/pass/rds-public-lambda.yml"',
    );
  });

  it('runs the tests of one policy file, and one test folder', async () => {
    const file = await runCliAsync(['test', join(here, 'pass', 'ebs-unattached.yml')]);
    expect(file.code, file.stderr).toBe(0);
    expect(file.stdout).toContain('2 tests: 2 passed, 0 failed');
    const one = await runCliAsync(['test', join(here, 'pass', 'ebs-unattached.tests', 'keep-tagged-kept')]);
    expect(one.stdout).toContain('1 test: 1 passed, 0 failed');
  });

  it('fails each test of fail/ with a diff of what differed, exit 1, and the failures in JUnit', async () => {
    const junit = join(mkdtempSync(join(tmpdir(), 'c7n-ts-junit-')), 'results.xml');
    const r = await runCliAsync(['test', join(here, 'fail'), '--output', 'junit', junit]);
    expect(r.code, r.stderr).toBe(1);
    const out = r.stdout;
    expect(out).toContain('5 tests: 0 passed, 5 failed');
    // Ids: expected vs matched, missing and extra.
    expect(out).toMatch(/^FAIL ebs-unattached\/wrong-resources /m);
    expect(out).toContain(
      [
        '  resources differ:',
        '    expected: [vol-0bbb000000000b002]',
        '    matched:  [vol-0bbb000000000b001]',
        '    missing:  vol-0bbb000000000b002',
        '    extra:    vol-0bbb000000000b001',
      ].join('\n'),
    );
    // Calls: a line per call, the first difference marked, the parameter that differs.
    expect(out).toMatch(
      /calls differ \(first difference at call 1\):\n +expected +made\n {4}> ec2\.CreateSnapshot +ec2\.DeleteVolume\n {6}ec2\.DeleteVolume +sqs\.SendMessage/,
    );
    expect(out).toContain(
      'call 1 ec2.DeleteVolume: VolumeId expected "vol-0bbb000000000b999", made "vol-0bbb000000000b001"',
    );
    // Notifications: recipients, subject, body.
    expect(out).toContain('notification 1: to expected [bob@example.com], rendered [alice@example.com]');
    expect(out).toContain(
      'notification 1: subject expected "Volumes deleted", rendered "Unattached EBS volumes deleted"',
    );
    expect(out).toContain('notification 1: the body does not contain "vol-0bbb000000000b002"');
    // A missing answer names the file to add.
    expect(out).toContain('no answer in flight/ for ec2.DeleteVolume: add ec2.DeleteVolume_1.json');
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toContain('tests="5" failures="5"');
    expect(xml).toContain('<failure message="resources differ:" type="PolicyTestFailure">');
  });

  it('fails the test of a policy with a filter typo, naming it with a did-you-mean', async () => {
    const r = await runCliAsync(['test', join(here, 'typo')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL ebs-typo/kept');
    expect(r.stdout).toContain(
      'ebs-typo.yml:5:15  policy ebs-unattached: unknown filter "valeu"; did you mean "value"?',
    );
  });

  it.each([
    ['unknown-key', /ebs\.tests\/t\/test\.yml:4:3 {2}unknown key "call"; did you mean "calls"\?/],
    ['no-flight', /no-flight\/ebs\.tests\/t {2}no flight\/ folder/],
    [
      'wrong-policy',
      /test\.yml:1:9 {2}policy "ebs-unatached" is not in .*ebs\.yml; did you mean "ebs-unattached"\?/,
    ],
    ['bad-event', /test\.yml:1:8 {2}event .*event\.json: not valid JSON/],
    ['event-pull-mode', /test\.yml {2}event: policy ebs-unattached runs in pull mode, which takes no event/],
    ['no-test-yml', /no-test-yml\/ebs\.tests\/t {2}a test folder without test\.yml/],
  ])('a broken test folder (%s): one line naming it, exit 2, nothing run', async (name, message) => {
    const r = await runCliAsync(['test', join(here, 'broken', name)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses --record of a folder, an unknown --output format, a missing path and a folder without tests (exit 2)', async () => {
    // Recording itself: policy-test-record.test.ts.
    const record = await runCliAsync(['test', '--record', 'x', join(here, 'pass')]);
    expect(record.code).toBe(2);
    expect(record.stderr).toContain(`${join(here, 'pass')}: not a policy file (.yml, .yaml or .json)`);
    const format = await runCliAsync(['test', '--output', 'tap', 'x.tap', join(here, 'pass')]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--output tap: the only format is junit');
    const missing = await runCliAsync(['test', join(here, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope  no such file or directory');
    const none = await runCliAsync(['test', join('test', 'e2e', 'lambda')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no policy tests');
    const jobs = await runCliAsync(['test', '-j', '0', join(here, 'pass')]);
    expect(jobs.code).toBe(2);
    expect(jobs.stderr).toContain('--jobs takes a whole number of at least 1');
  });

  it('runs one test at a time with -j 1, in the same order', async () => {
    const r = await runCliAsync(['test', '-j', '1', join(here, 'pass')]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^PASS ebs-unattached\/keep-tagged-kept .*\nPASS ebs-unattached\/unattached-deleted .*\nPASS rds-public-lambda\//,
    );
  });
});
