/**
 * The README's first command: every example policy validates without warnings and runs with
 * --dryrun on the bundled demo account (examples/demo-account), matching the resources the
 * account was built to contain (see its README) and planning, never making, changes. The demo's
 * library step picks policies of policies/ by metadata and runs them on the same account.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { awsRegistry } from '@c7n-ts/aws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type FlightLogEntry, isMutating, root, runCli } from './harness.js';

const examples = join(root, 'examples');
// offhours.yml acts by the hour: the runs share one clock (the engine's test clock, C7N_TS_NOW),
// Monday 2026-11-02 19:00 in New York. The other examples' dates are all before it.
const DEMO_NOW = '2026-11-03T00:00:00Z';
const account = join(examples, 'demo-account');

interface Expected {
  /** Matched ids, by the resource type's id field. */
  ids: string[];
  /** Lines plan.txt must contain (the action and what it would do). */
  plan: string[];
}

const want: Record<string, Record<string, Expected>> = {
  'distribution-https-only.yml': {
    'distribution-https-only': {
      ids: ['E1V5N0R3TQ6MHA'],
      // set-protocols reads the distribution's config (GetDistributionConfig) even in a dry run.
      plan: ['set-protocols: set the protocols of distribution E1V5N0R3TQ6MHA'],
    },
  },
  'ebs-unattached.yml': {
    'ebs-unattached': {
      ids: ['vol-0e7a9c1b3d5f7a246', 'vol-03b5d7f9a1c3e5b80'],
      plan: [
        'snapshot: snapshot vol-0e7a9c1b3d5f7a246',
        'snapshot: snapshot vol-03b5d7f9a1c3e5b80',
        'delete: delete vol-0e7a9c1b3d5f7a246',
        'delete: delete vol-03b5d7f9a1c3e5b80',
      ],
    },
  },
  'ec2-owner-tags.yml': {
    'ec2-mark-missing-owner': {
      ids: ['i-0c71d5e8a2b4f9036', 'i-0f1b3d5a7c9e2f048'],
      // The due date is today + 4 days, so only its shape is pinned.
      plan: ['mark-for-op: tag maid_status=Resource does not meet policy: stop@'],
    },
    'ec2-stop-marked-missing-owner': {
      ids: ['i-09e2a4c6b8d1f3057'],
      plan: ['stop: stop i-09e2a4c6b8d1f3057'],
    },
  },
  'ec2-notify-owners.yml': {
    'ec2-notify-missing-application': {
      ids: ['i-09e2a4c6b8d1f3057', 'i-0f1b3d5a7c9e2f048', 'i-0217c4e6a8b0d3f59'],
      // The file transport makes no call: it writes the emails (checked below).
      plan: ['notify: nothing to do'],
    },
  },
  'iam-user-old-access-keys.yml': {
    // alice's old key is already Inactive and bob has none: only ci-deploy's active key is old.
    'iam-user-old-access-keys': {
      ids: ['ci-deploy'],
      plan: ['remove-keys: deactivate access key AKIA4EXAMPLECIDEPLOY of user ci-deploy'],
    },
  },
  'lambda-public-invoke.yml': {
    // orders-api grants API Gateway (by source ARN), legacy-report has no policy; image-resize
    // keeps its S3 statement and loses the one granting everyone.
    'lambda-public-invoke': {
      ids: ['image-resize'],
      plan: ['remove-statements: remove statement debug-invoke-anyone from the policy of image-resize'],
    },
  },
  'offhours.yml': {
    // At 19:00 on a weekday the running dev/staging instances and the available staging
    // database are stopped; nothing is started.
    'ec2-offhours-stop': {
      ids: ['i-0c71d5e8a2b4f9036', 'i-09e2a4c6b8d1f3057'],
      plan: ['stop: stop i-0c71d5e8a2b4f9036, i-09e2a4c6b8d1f3057'],
    },
    'ec2-onhours-start': { ids: [], plan: [] },
    'rds-offhours-stop': { ids: ['orders-staging'], plan: ['stop: stop orders-staging'] },
    'rds-onhours-start': { ids: [], plan: [] },
  },
  'rds-public-access.yml': {
    'rds-public-access': {
      ids: ['orders-staging'],
      plan: [
        'delete: delete orders-staging without a final snapshot',
        'notify: email notify@example.com about 1 resource',
      ],
    },
  },
  's3-unencrypted-public.yml': {
    's3-unencrypted': {
      ids: ['acme-legacy-exports'],
      plan: ['set-bucket-encryption: set default encryption of acme-legacy-exports to AES256'],
    },
    's3-global-grants': { ids: ['acme-public-downloads'], plan: [] },
  },
  'sg-world-open-ssh.yml': {
    'sg-world-open-ssh': {
      ids: ['sg-0f6a2d8c3b91e4705'],
      plan: ['remove-permissions: revoke 1 ingress rule from sg-0f6a2d8c3b91e4705'],
    },
  },
};

const registry = awsRegistry();

const files = readdirSync(examples)
  .filter((f) => f.endsWith('.yml'))
  .sort();

/** A dry run on the demo account; `args` are example file names, or flags and absolute paths. */
function dryRun(args: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'c7n-ts-demo-'));
  const result = runCli([
    'run',
    '-s',
    out,
    '--dryrun',
    '--replay',
    account,
    '--account-id',
    '123456789012',
    '-r',
    'us-east-1',
    ...args.map((a) => (a.endsWith('.yml') && !isAbsolute(a) ? join(examples, a) : a)),
  ]);
  const read = (...p: string[]) => readFileSync(join(out, ...p), 'utf8');
  const log = JSON.parse(read('flight-log.json')) as FlightLogEntry[];
  return { out, result, read, log };
}

function checkPolicies(run: ReturnType<typeof dryRun>, policies: Record<string, Expected>) {
  const context = `stdout:\n${run.result.stdout}\nstderr:\n${run.result.stderr}`;
  expect(run.result.code, context).toBe(0);
  expect(
    run.log.filter((c) => isMutating(c.operation)).map((c) => `${c.service}.${c.operation}`),
    'a dry run makes no mutating call',
  ).toEqual([]);
  // Every replayed call found its file; the NotFound answers (S3 buckets without encryption, a
  // Lambda function without a resource policy) are recorded errors, not gaps.
  expect(run.log.filter((c) => !c.ok && !/NotFound|NoSuch/.test(c.errorCode ?? ''))).toEqual([]);
  for (const [policy, expected] of Object.entries(policies)) {
    const meta = JSON.parse(run.read(policy, 'metadata.json')) as { policy: { resource: string } };
    const field = registry.resource(meta.policy.resource)!.id;
    const ids = (JSON.parse(run.read(policy, 'resources.json')) as Record<string, unknown>[]).map(
      (r) => r[field],
    );
    expect(ids.sort(), `${policy}: ${context}`).toEqual([...expected.ids].sort());
    const plan = run.read(policy, 'plan.txt');
    expect(plan).toContain(`${expected.ids.length} matched`);
    for (const line of expected.plan) expect(plan, policy).toContain(line);
    if (!expected.plan.length) expect(plan.trim().split('\n'), `${policy} plans no action`).toHaveLength(1);
  }
}

describe('demo: examples/*.yml on examples/demo-account', () => {
  beforeAll(() => {
    vi.stubEnv('C7N_TS_NOW', DEMO_NOW);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('lists every example file', () => {
    expect(files).toEqual(Object.keys(want).sort());
  });

  it('validates every example without warnings', () => {
    const r = runCli(['validate', '--strict', ...files.map((f) => join(examples, f))]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/warning/i);
    for (const f of files)
      expect(readFileSync(join(examples, f), 'utf8')).toMatch(
        /^# yaml-language-server: \$schema=\.\.\/schemas\/policy\.schema\.json\n/,
      );
  });

  it.each(files)('%s runs with --dryrun, matches the planted resources, changes nothing', (file) => {
    checkPolicies(dryRun([file]), want[file]!);
  });

  it('all examples in one run (as `npm run demo` does) give the same answers', () => {
    const run = dryRun(files);
    checkPolicies(run, Object.assign({}, ...Object.values(want)));
    for (const p of Object.values(want).flatMap(Object.keys))
      expect(existsSync(join(run.out, p, 'plan.json')), `${p}/plan.json`).toBe(true);
  });

  it('the IAM, CloudFront and Lambda examples, run without --dryrun, make just the fixing calls', () => {
    const out = mkdtempSync(join(tmpdir(), 'c7n-ts-demo-acting-'));
    const r = runCli([
      'run',
      '-s',
      out,
      '--replay',
      account,
      ...['distribution-https-only.yml', 'iam-user-old-access-keys.yml', 'lambda-public-invoke.yml'].map(
        (f) => join(examples, f),
      ),
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const log = JSON.parse(readFileSync(join(out, 'flight-log.json'), 'utf8')) as FlightLogEntry[];
    const writes = log.filter((c) => isMutating(c.operation));
    expect(writes.map((c) => ({ operation: c.operation, input: c.input }))).toMatchObject([
      {
        operation: 'UpdateDistribution',
        input: {
          Id: 'E1V5N0R3TQ6MHA',
          IfMatch: 'E3LD5CK8EXAMPLE',
          DistributionConfig: { DefaultCacheBehavior: { ViewerProtocolPolicy: 'redirect-to-https' } },
        },
      },
      {
        operation: 'UpdateAccessKey',
        input: { UserName: 'ci-deploy', AccessKeyId: 'AKIA4EXAMPLECIDEPLOY', Status: 'Inactive' },
      },
      {
        operation: 'RemovePermission',
        input: { FunctionName: 'image-resize', StatementId: 'debug-invoke-anyone' },
      },
    ]);
  });

  it('writes the rendered owner emails of ec2-notify-owners.yml, one per owner', () => {
    const run = dryRun(['ec2-notify-owners.yml']);
    const dir = join(run.out, 'ec2-notify-missing-application', 'notify');
    expect(readdirSync(dir).sort()).toEqual([
      '0-ci-team@example.com.eml',
      '0-ci-team@example.com.html',
      '0-cloud-team@example.com.eml',
      '0-cloud-team@example.com.html',
      '0-index.json',
    ]);
    expect(run.read('ec2-notify-missing-application', 'notify', '0-ci-team@example.com.html')).toContain(
      'jenkins-ci',
    );
  });

  it("writes the seed RDS policy's email to notify@example.com with the default HTML template", () => {
    const run = dryRun(['rds-public-access.yml']);
    const html = run.read('rds-public-access', 'notify', '1-notify@example.com.html');
    expect(html).toContain('orders-staging');
    expect(html).toContain('It was deleted without a final snapshot.');
    expect(run.read('rds-public-access', 'notify', '1-notify@example.com.eml')).toContain(
      'Subject: Public RDS instance deleted: orders-staging',
    );
  });
});

// `npm run demo`'s library step (examples/demo.mjs): policies of the library picked by metadata
// from policies/aws/*/*.yml, as a team would pick them, with --dryrun on the demo account.
const libraryFiles = readdirSync(join(root, 'policies', 'aws'))
  .sort()
  .flatMap((d) =>
    readdirSync(join(root, 'policies', 'aws', d))
      .filter((f) => f.endsWith('.yml'))
      .sort()
      .map((f) => join(root, 'policies', 'aws', d, f)),
  );

const sweeps: Record<string, { select: string[]; want: Record<string, Expected> }> = {
  security: {
    select: [
      '--category',
      'security',
      '--severity',
      'high',
      '--resource',
      'aws.iam-user',
      '--resource',
      'aws.rrset',
      '--resource',
      'aws.distribution',
    ],
    want: {
      // An A record to an address in the account's Elastic IP range (54.210.0.0/16) it released.
      'dangling-a-record-eip': {
        ids: ['ftp.acme.example.'],
        plan: [
          'notify: send c7n-mailer message to https://sqs.us-east-1.amazonaws.com/123456789012/custodian-mailer about 1 resource',
        ],
      },
      // An alias to a CloudFront domain that is no distribution of the account.
      'dangling-alias-cloudfront': {
        ids: ['status.acme.example.'],
        plan: ['notify: send c7n-mailer message'],
      },
      // docs-legacy-cdn's origin bucket acme-legacy-docs answers HeadBucket with 404.
      'dangling-cloudfront-s3-origin': { ids: ['E1V5N0R3TQ6MHA'], plan: ['notify: send c7n-mailer message'] },
      'iam-user-access-keys-not-rotated': {
        ids: ['ci-deploy'],
        plan: [
          'remove-keys: deactivate access key AKIA4EXAMPLECIDEPLOY of user ci-deploy',
          'notify: send c7n-mailer message',
        ],
      },
    },
  },
  cost: {
    select: ['--category', 'cost', '--resource', 'aws.network-addr'],
    // The address on web-prod-1 is associated, the partner one is tagged c7n:exempt.
    want: {
      'eip-unassociated-release': {
        ids: ['eipalloc-0c5e7a9b1d3f52846'],
        plan: ['release: release 54.210.91.204 (eipalloc-0c5e7a9b1d3f52846)'],
      },
    },
  },
};

describe('demo: library policies picked by metadata, on examples/demo-account', () => {
  it.each(Object.keys(sweeps))(
    'the %s sweep runs just its policies, matches the planted resources, changes nothing',
    (name) => {
      const { select, want: expected } = sweeps[name]!;
      const run = dryRun([...select, ...libraryFiles]);
      checkPolicies(run, expected);
      const ran = readdirSync(run.out, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();
      expect(ran, 'the policies selected by metadata').toEqual(Object.keys(expected).sort());
    },
  );
});
