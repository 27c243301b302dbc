import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover, readTest } from './spec.js';

/** A policy file `p.yml` with one test folder `p.tests/t` holding `test.yml` and flight/. */
function folder(testYml: string, opts: { flight?: boolean; event?: string } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'c7n-ts-spec-'));
  const dir = join(root, 'p.tests', 't');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(root, 'p.yml'), 'policies: []\n');
  writeFileSync(join(dir, 'test.yml'), testYml);
  if (opts.flight !== false) mkdirSync(join(dir, 'flight'));
  if (opts.event !== undefined) writeFileSync(join(dir, 'event.json'), opts.event);
  return { root, dir, policyFile: join(root, 'p.yml') };
}

const messages = async (yml: string, policies = ['only'], opts = {}) => {
  const f = folder(yml, opts);
  const r = await readTest(f.dir, f.policyFile, policies);
  return r.problems.map((d) => `${d.line}:${d.col} ${d.message}`);
};

describe('readTest', () => {
  it('reads a test with its defaults: the only policy, us-east-1', async () => {
    const f = folder(
      'expect:\n  resources: [a]\n  calls:\n    - ec2.DeleteVolume: {VolumeId: a}\n    - sqs.SendMessage:\n',
    );
    const r = await readTest(f.dir, f.policyFile, ['only']);
    expect(r.problems).toEqual([]);
    expect(r.test).toMatchObject({
      name: 'p/t',
      policy: 'only',
      region: 'us-east-1',
      expect: {
        resources: ['a'],
        calls: [
          { call: 'ec2.DeleteVolume', params: { VolumeId: 'a' } },
          { call: 'sqs.SendMessage', params: {} },
        ],
      },
    });
  });

  it('locates an unknown key with a did-you-mean', async () => {
    expect(await messages('expect:\n  resources: []\n  call: []\n')).toEqual([
      '3:3 unknown key "call"; did you mean "calls"? (known: resources, calls, notifications)',
    ]);
  });

  it('names a policy that is not in the file, and asks which of several', async () => {
    expect(await messages('policy: ony\nexpect: {resources: []}\n')).toEqual([
      expect.stringMatching(/^1:9 policy "ony" is not in .*p\.yml; did you mean "only"\?$/),
    ]);
    expect((await messages('expect: {resources: []}\n', ['a', 'b']))[0]).toMatch(
      /holds 2 policies: name one/,
    );
  });

  it('refuses a bad region, account id, clock, call entry and a missing expect.resources', async () => {
    const m = await messages(
      [
        'region: us-east',
        'account_id: 1234',
        'now: yesterday',
        'expect:',
        '  calls:',
        '    - DeleteVolume: {}',
        '    - {a.B: {}, c.D: {}}',
      ].join('\n'),
    );
    expect(m).toEqual([
      '1:9 "us-east" is not an AWS region name (e.g. us-east-1)',
      '2:13 account_id is 12 digits in quotes ("123456789012"), not 1234',
      '3:6 now is an ISO 8601 time with a zone, such as "2026-12-01T00:00:00Z"',
      '4:1 expect.resources is missing: the ids that must match ([] for none)',
      '6:7 "DeleteVolume" is not <service>.<Operation> (e.g. rds.DeleteDBInstance)',
      '7:7 a call is one <service>.<Operation>: {parameters} entry, e.g. "- rds.DeleteDBInstance: {}"',
    ]);
  });

  it('refuses a missing flight/ folder and a broken event', async () => {
    expect(await messages('expect: {resources: []}\n', ['only'], { flight: false })).toEqual([
      '0:0 no flight/ folder: the recorded API answers the policy runs against',
    ]);
    expect(
      await messages('event: event.json\nexpect: {resources: []}\n', ['only'], { event: '[1]' }),
    ).toEqual([expect.stringMatching(/^1:8 event .*event\.json: an event is a JSON object$/)]);
    expect((await messages('event: nope.json\nexpect: {resources: []}\n'))[0]).toMatch(
      /nope\.json: no such file/,
    );
  });

  it('reads dryrun (a test recorded without --act), true or false only', async () => {
    const f = folder('dryrun: true\nexpect: {resources: []}\n');
    expect((await readTest(f.dir, f.policyFile, ['only'])).test?.dryrun).toBe(true);
    expect(await messages('dryrun: "yes"\nexpect: {resources: []}\n')).toEqual([
      '1:9 dryrun is true or false, not string "yes"',
    ]);
  });

  it('checks notifications', async () => {
    const m = await messages('expect:\n  resources: []\n  notifications:\n    - subject: 1\n      body: x\n');
    expect(m).toEqual([
      '5:7 unknown key "body" (known: to, subject, contains)',
      '4:7 a notification names its recipients: to: [...]',
      '4:16 subject is a string, not number 1',
    ]);
  });
});

describe('discover', () => {
  it('finds tests below a folder, of a policy file, of a .tests folder and one test folder', async () => {
    const f = folder('expect: {resources: []}\n');
    const byFolder = await discover([f.root]);
    expect(byFolder.tests).toEqual([{ dir: f.dir, policyFile: f.policyFile }]);
    for (const p of [f.policyFile, join(f.root, 'p.tests'), f.dir, `${f.dir}/`])
      expect((await discover([p])).tests).toEqual([{ dir: f.dir, policyFile: f.policyFile }]);
    expect((await discover([f.root, f.dir])).tests).toHaveLength(1);
  });

  it('reports a missing path, a policy file without tests and a .tests folder without its file', async () => {
    const f = folder('expect: {resources: []}\n');
    writeFileSync(join(f.root, 'q.yml'), 'policies: []\n');
    mkdirSync(join(f.root, 'r.tests', 'x'), { recursive: true });
    const found = await discover([join(f.root, 'nope'), join(f.root, 'q.yml'), f.root]);
    expect(found.problems.map((d) => d.message)).toEqual([
      'no such file or directory',
      expect.stringMatching(/^has no tests: no folder .*q\.tests$/),
      'no policy file beside it (r.yml, r.yaml, r.json)',
    ]);
  });
});
