/**
 * `c7n-ts test --record DIR POLICY_FILE` end to end (docs/policy-tests.md, "Recording a test"):
 * the built CLI records through the real SDK clients from a local HTTP server standing in for
 * AWS (AWS_ENDPOINT_URL, which SDK v3 honours for every client; fake static credentials),
 * answering EC2's and STS's Query protocol as AWS documents it. No request leaves the machine.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './harness.js';

const EC2 = 'xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"';

// Two running instances: i-0a1 without an Owner tag (the policy tags it), i-0b2 with one.
const DESCRIBE_INSTANCES = `<?xml version="1.0" encoding="UTF-8"?>
<DescribeInstancesResponse ${EC2}>
  <requestId>8f7724cf-496f-496e-8fe3-example1</requestId>
  <reservationSet>
    <item>
      <reservationId>r-0123456789abcdef0</reservationId>
      <ownerId>210987654321</ownerId>
      <instancesSet>
        <item>
          <instanceId>i-0a1</instanceId>
          <instanceType>t3.micro</instanceType>
          <launchTime>2026-11-01T08:00:00.000Z</launchTime>
          <instanceState><code>16</code><name>running</name></instanceState>
          <tagSet><item><key>Name</key><value>web</value></item></tagSet>
        </item>
        <item>
          <instanceId>i-0b2</instanceId>
          <instanceType>t3.micro</instanceType>
          <launchTime>2026-11-01T08:00:00.000Z</launchTime>
          <instanceState><code>16</code><name>running</name></instanceState>
          <tagSet><item><key>Owner</key><value>team-a</value></item></tagSet>
        </item>
      </instancesSet>
    </item>
  </reservationSet>
</DescribeInstancesResponse>`;

const ANSWERS: Record<string, string> = {
  DescribeInstances: DESCRIBE_INSTANCES,
  CreateTags: `<CreateTagsResponse ${EC2}><requestId>7a62c49f-347e-4fc4-9331-example2</requestId><return>true</return></CreateTagsResponse>`,
  GetCallerIdentity: `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult>
    <Arn>arn:aws:iam::210987654321:user/recorder</Arn>
    <UserId>AIDACKCEVSQ6C2EXAMPLE</UserId>
    <Account>210987654321</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata><RequestId>01234567-89ab-cdef-0123-example3</RequestId></ResponseMetadata>
</GetCallerIdentityResponse>`,
};

const POLICY = `policies:
  - name: ec2-owner-tag
    resource: aws.ec2
    filters:
      - "tag:Owner": absent
    actions:
      - type: tag
        key: Owner
        value: unknown
`;

const TRAIL_POLICY = `policies:
  - name: ec2-owner-tag-new
    resource: aws.ec2
    mode:
      type: cloudtrail
      events: [RunInstances]
    filters:
      - "tag:Owner": absent
    actions:
      - type: tag
        key: Owner
        value: unknown
`;

// EventBridge's event for a CloudTrail RunInstances record (the fields the mode reads).
const RUN_INSTANCES = {
  version: '0',
  id: '6f2a1f0e-3b8a-4c1e-9d55-1d2c3b4a5e01',
  'detail-type': 'AWS API Call via CloudTrail',
  source: 'aws.ec2',
  account: '210987654321',
  time: '2026-12-07T09:15:32Z',
  region: 'us-east-1',
  resources: [],
  detail: {
    eventVersion: '1.09',
    eventTime: '2026-12-07T09:15:30Z',
    eventSource: 'ec2.amazonaws.com',
    eventName: 'RunInstances',
    awsRegion: 'us-east-1',
    responseElements: {
      reservationId: 'r-0123456789abcdef0',
      instancesSet: { items: [{ instanceId: 'i-0a1' }, { instanceId: 'i-0b2' }] },
    },
  },
};

/** The Query-protocol actions the stand-in AWS was asked, in order. */
const asked: string[] = [];
let server: Server;
let endpoint = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => {
      body += d.toString();
    });
    req.on('end', () => {
      const action = new URLSearchParams(body).get('Action') ?? '';
      asked.push(action);
      const answer = ANSWERS[action];
      res.setHeader('content-type', 'text/xml');
      if (answer) res.end(answer);
      else {
        res.statusCode = 400;
        res.end(
          `<Response><Errors><Error><Code>InvalidAction</Code><Message>${action}</Message></Error></Errors><RequestID>x</RequestID></Response>`,
        );
      }
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** A fresh folder holding `policy.yml`. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'c7n-ts-record-e2e-'));
  writeFileSync(join(dir, 'policy.yml'), POLICY);
  return dir;
}

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** The built CLI in `cwd`, its AWS calls going to the stand-in; nothing of the user's AWS setup. */
function c7n(args: string[], cwd: string): Promise<Result> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_CONFIG_FILE: join(cwd, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(cwd, 'no-aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    C7N_TS_NOW: '2026-12-07T09:30:00Z',
  };
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env, timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

const flightFiles = (dir: string) => readdirSync(join(dir, 'flight')).sort();

// One at a time: the stand-in's request list is shared.
describe('c7n-ts test --record (built CLI)', { timeout: 120_000 }, () => {
  it('records a dry run by default: no change asked of the account, resources expected, calls as a comment', async () => {
    const cwd = workspace();
    asked.length = 0;
    const r = await c7n(['test', '--record', 'untagged-found', 'policy.yml'], cwd);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(asked).toEqual(['GetCallerIdentity', 'DescribeInstances']);
    const dir = join(cwd, 'policy.tests', 'untagged-found');
    expect(flightFiles(dir)).toEqual(['ec2.DescribeInstances_1.json', 'sts.GetCallerIdentity_1.json']);
    expect(readFileSync(join(dir, 'test.yml'), 'utf8')).toBe(
      [
        '# Recorded by `c7n-ts test --record` at 2026-12-07T09:30:00Z from account 210987654321 (us-east-1),',
        '# as a dry run (dryrun: true): the actions were not run, and expect.calls is not checked.',
        '# The expectation below is what happened, not what should happen: review it (and add a',
        '# description) before committing the test.',
        'policy: ec2-owner-tag',
        'region: us-east-1',
        'account_id: "210987654321"',
        'now: "2026-12-07T09:30:00Z"',
        'dryrun: true',
        'expect:',
        '  resources:',
        '    - i-0a1',
        '  # The actions were not run. The calls they would make (a dry-run test compares the planned',
        '  # calls when calls: is given):',
        '  # calls:',
        '  #   - ec2.CreateTags:',
        '  #       Resources:',
        '  #         - i-0a1',
        '  #       Tags:',
        '  #         - Key: Owner',
        '  #           Value: unknown',
        '',
      ].join('\n'),
    );
    expect(r.stdout).toContain('PASS policy/untagged-found (replayed)');
    expect(r.stdout).toContain('run it with: c7n-ts test policy.tests/untagged-found');
    // The new test replays offline: the stand-in is not asked again.
    asked.length = 0;
    const replay = await c7n(['test', 'policy.yml'], cwd);
    expect(replay.code, replay.stdout + replay.stderr).toBe(0);
    expect(replay.stdout).toContain('1 test: 1 passed, 0 failed');
    expect(asked).toEqual([]);
  });

  it('with --act runs the actions, records their answers and expects their calls', async () => {
    const cwd = workspace();
    asked.length = 0;
    const r = await c7n(
      [
        'test',
        '--record',
        'policy.tests/untagged-tagged',
        '--act',
        '--account-id',
        '210987654321',
        'policy.yml',
      ],
      cwd,
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(asked).toEqual(['DescribeInstances', 'CreateTags']);
    const dir = join(cwd, 'policy.tests', 'untagged-tagged');
    expect(flightFiles(dir)).toEqual(['ec2.CreateTags_1.json', 'ec2.DescribeInstances_1.json']);
    const text = readFileSync(join(dir, 'test.yml'), 'utf8');
    expect(text).toContain(
      '# with --act: the actions ran against the account and their answers are in flight/.',
    );
    expect(text).not.toContain('dryrun');
    expect(text.slice(text.indexOf('expect:'))).toBe(
      [
        'expect:',
        '  resources:',
        '    - i-0a1',
        '  calls:',
        '    - ec2.CreateTags:',
        '        Resources:',
        '          - i-0a1',
        '        Tags:',
        '          - Key: Owner',
        '            Value: unknown',
        '',
      ].join('\n'),
    );
    expect(r.stdout).toContain('PASS policy/untagged-tagged (replayed)');
    // A reviewer's edit that no longer holds fails the replay.
    writeFileSync(join(dir, 'test.yml'), text.replace('Value: unknown', 'Value: nobody'));
    const changed = await c7n(['test', dir], cwd);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('Tags expected [{"Key":"Owner","Value":"nobody"}]');
  });

  it('records a Lambda-mode policy in its handler on --event, the event copied into the test', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'trail.yml'), TRAIL_POLICY);
    writeFileSync(join(cwd, 'run-instances.json'), JSON.stringify(RUN_INSTANCES));
    asked.length = 0;
    const r = await c7n(
      ['test', '--record', 'launched', '--act', '--event', 'run-instances.json', 'trail.yml'],
      cwd,
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    // The account id asked of STS for the function's ARN is recorded too: the test replays as it.
    expect(asked).toEqual(['GetCallerIdentity', 'DescribeInstances', 'CreateTags']);
    const dir = join(cwd, 'trail.tests', 'launched');
    expect(JSON.parse(readFileSync(join(dir, 'event.json'), 'utf8'))).toEqual(RUN_INSTANCES);
    expect(flightFiles(dir)).toEqual([
      'ec2.CreateTags_1.json',
      'ec2.DescribeInstances_1.json',
      'sts.GetCallerIdentity_1.json',
    ]);
    const text = readFileSync(join(dir, 'test.yml'), 'utf8');
    expect(text).toContain('account_id: "210987654321"\nnow: "2026-12-07T09:30:00Z"\nevent: event.json\n');
    expect(text).toContain('  calls:\n    - ec2.CreateTags:\n        Resources:\n          - i-0a1\n');
    expect(r.stdout).toContain('invoke ec2-owner-tag-new: ok');
    expect(r.stdout).toContain('PASS trail/launched (replayed)');
  });

  it('refuses bad input with exit 2 before asking the account anything', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'two.yml'), `${POLICY}  - name: second\n    resource: aws.ec2\n`);
    writeFileSync(join(cwd, 'trail.yml'), TRAIL_POLICY);
    writeFileSync(join(cwd, 'event.json'), '[]');
    mkdirSync(join(cwd, 'policy.tests', 'taken'), { recursive: true });
    writeFileSync(join(cwd, 'policy.tests', 'taken', 'notes.txt'), 'x');
    asked.length = 0;
    const cases: [string[], string][] = [
      [['--record', 'taken', 'policy.yml'], '--record policy.tests/taken: is not empty'],
      [['--record', 'elsewhere/t', 'policy.yml'], 'the tests of policy.yml live in policy.tests/<name>/'],
      [
        ['--record', 't', 'two.yml'],
        'two.yml holds 2 policies (ec2-owner-tag, second): choose one with -p NAME',
      ],
      [
        ['--record', 't', '-p', 'secnd', 'two.yml'],
        '-p secnd: no such policy in two.yml; did you mean "second"?',
      ],
      [['--record', 't'], 'c7n-ts test --record DIR POLICY_FILE (given 0 paths)'],
      [['--record', 't', 'missing.yml'], 'missing.yml: no such file'],
      [['--act', 'policy.yml'], '--act applies to --record DIR only'],
      [
        ['--record', 't', 'trail.yml'],
        'policy ec2-owner-tag-new has mode cloudtrail: give the triggering event',
      ],
      [
        ['--record', 't', '--event', 'event.json', 'trail.yml'],
        '--event event.json: an event is a JSON object',
      ],
      [['--record', 't', '--event', 'event.json', 'policy.yml'], 'policy ec2-owner-tag runs in pull mode'],
    ];
    for (const [args, message] of cases) {
      const r = await c7n(['test', ...args], cwd);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    const both = await c7n(
      ['invoke', '--replay', '.', '--record', 'rec', '--event', 'event.json', 'trail.yml'],
      cwd,
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--replay and --record: give one of them');
    expect(asked).toEqual([]);
    expect(existsSync(join(cwd, 'policy.tests', 't'))).toBe(false);
    expect(existsSync(join(cwd, 'two.tests'))).toBe(false);
    expect(existsSync(join(cwd, 'trail.tests'))).toBe(false);
  });

  it('a run that fails leaves no half-recorded test (exit 1)', async () => {
    const cwd = workspace();
    // The stand-in knows no DescribeVolumes: the run fails on AWS's error answer.
    writeFileSync(join(cwd, 'ebs.yml'), 'policies:\n  - name: volumes\n    resource: aws.ebs\n');
    const r = await c7n(['test', '--record', 'v', '--account-id', '210987654321', 'ebs.yml'], cwd);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stderr).toContain('the recording run failed (exit 1); ebs.tests/v was removed');
    expect(existsSync(join(cwd, 'ebs.tests'))).toBe(false);
  });
});
