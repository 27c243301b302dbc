/**
 * The fan-out function's work for one account×region, run here on replayed flight data through
 * the real SDK clients: the role assumed with its ExternalId, the policy run, its files written
 * to S3 under <output>/<account>/<region>/; an account whose role is refused; and a Lambda-mode
 * policy deployed into the account from the archive in the fan-out's bucket (then unchanged, and
 * evaluated without any change under a dry run).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEPLOY_CALL_PERMISSIONS } from '../deploy/permissions.js';
import { FlightSession } from '../flight/index.js';
import { codeSha256 } from '../lambda/zip.js';
import { awsRegistry } from '../registry.js';
import { fanoutConfig } from './config.js';
import { type FanoutItemResult, parseItem, runFanoutItem } from './item.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const policy = {
  name: 'ec2-large',
  resourceType: 'aws.ec2',
  data: {
    name: 'ec2-large',
    resource: 'aws.ec2',
    filters: [{ type: 'value', key: 'InstanceType', value: 'm5.large' }],
  },
  file: '/home/me/policies/ec2.yml',
  baseDir: '/home/me/policies',
  index: 0,
  location: { line: 1, col: 1 },
};
const config = fanoutConfig([{ vars: [], policies: [policy] }], '1.2.3');
const registry = awsRegistry();

function item(extra: Record<string, unknown> = {}) {
  return {
    item: {
      account: 'dev',
      account_id: '222222222222',
      region: 'us-east-1',
      role: 'arn:aws:iam::222222222222:role/custodian',
      external_id: 'dev-external',
      vars: [],
      ...extra,
    },
    output: 's3://fanout-bucket/c7n/out',
  };
}

describe('runFanoutItem', () => {
  it('assumes the role, runs the policies and writes their files under <output>/<account>/<region>/', async () => {
    const session = new FlightSession();
    const result = await runFanoutItem(
      { config, registry, bundleDir: '/var/task', replay: join(fixtures, 'item-ok'), session },
      item(),
    );
    expect(result).toEqual({
      account: 'dev',
      account_id: '222222222222',
      region: 'us-east-1',
      status: 'ok',
      policies: [
        {
          policy: 'ec2-large',
          resourceType: 'aws.ec2',
          status: 'ok',
          fetched: 2,
          matched: 1,
          actionFailures: 0,
        },
      ],
    });
    const calls = session.calls.map((c) => `${c.service}.${c.operation}`);
    expect(calls.slice(0, 3)).toEqual(['s3.DeleteObject', 'sts.AssumeRole', 'ec2.DescribeInstances']);
    expect(session.calls[0]?.input).toEqual({
      Bucket: 'fanout-bucket',
      Key: 'c7n/out/dev/us-east-1/org-error.json',
    });
    expect(session.calls[1]?.input).toMatchObject({
      RoleArn: 'arn:aws:iam::222222222222:role/custodian',
      RoleSessionName: 'c7n-ts-org',
      ExternalId: 'dev-external',
    });
    const puts = session.calls.filter((c) => c.operation === 'PutObject');
    const keys = puts.map((c) => (c.input as { Key: string }).Key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'c7n/out/dev/us-east-1/ec2-large/resources.json',
        'c7n/out/dev/us-east-1/ec2-large/metadata.json',
      ]),
    );
    for (const c of puts) expect((c.input as { Bucket: string }).Bucket).toBe('fanout-bucket');
    const resources = puts.find((c) => (c.input as { Key: string }).Key.endsWith('resources.json'));
    const body = JSON.parse(String((resources?.input as { Body?: string } | undefined)?.Body)) as {
      InstanceId: string;
    }[];
    expect(body.map((r) => r.InstanceId)).toEqual(['i-0bbb']);
  });

  it('records an account whose role is refused in org-error.json and answers with the error', async () => {
    const session = new FlightSession();
    const result = await runFanoutItem(
      { config, registry, bundleDir: '/var/task', replay: join(fixtures, 'item-denied'), session },
      item({ account: 'prod', account_id: '333333333333', role: 'custodian', external_id: undefined }),
    );
    expect(result).toMatchObject({
      account: 'prod',
      status: 'error',
      policies: [],
      error: { stage: 'assume-role', code: 'AccessDenied' },
    });
    expect(session.calls.map((c) => c.operation)).toEqual(['DeleteObject', 'AssumeRole', 'PutObject']);
    // A bare role name is that role in the account, as in c7n-org.
    expect(session.calls[1]?.input).toEqual({
      RoleArn: 'arn:aws:iam::333333333333:role/custodian',
      RoleSessionName: 'c7n-ts-org',
    });
    const put = session.calls[2]?.input as { Key: string; Body: string };
    expect(put.Key).toBe('c7n/out/prod/us-east-1/org-error.json');
    expect(JSON.parse(put.Body)).toMatchObject({
      account: 'prod',
      account_id: '333333333333',
      region: 'us-east-1',
      stage: 'assume-role',
      code: 'AccessDenied',
    });
  });

  it('answers an error when no policies were deployed for the account vars', async () => {
    const result = await runFanoutItem(
      { config, registry, bundleDir: '/var/task', replay: join(fixtures, 'item-denied') },
      item({ vars: ['env=prod'] }),
    );
    expect(result.error).toMatchObject({
      stage: 'policies',
      message: expect.stringMatching(/deploy-fanout again/),
    });
  });
});

describe('runFanoutItem with a Lambda-mode policy', () => {
  const periodic = {
    ...policy,
    name: 'ebs-unattached-daily',
    resourceType: 'aws.ebs',
    data: {
      name: 'ebs-unattached-daily',
      resource: 'aws.ebs',
      mode: {
        type: 'periodic',
        schedule: 'rate(1 day)',
        role: 'arn:aws:iam::{account_id}:role/custodian',
        memory: 256,
      },
      filters: [{ Attachments: 'empty' }],
    },
  };
  const withDeploy = fanoutConfig([{ vars: [], policies: [periodic, policy] }], '1.2.3');
  // test/e2e/deploy/archive.zip's 169 bytes, served by s3.GetObject_1.json.
  const archive = {
    policy: 'ebs-unattached-daily',
    bucket: 'fanout-bucket',
    key: 'c7n/archives/ebs-unattached-daily/f99b5f8f4da75b5a.zip',
    sha256: '+Ztfj02nW1o7bHMMBoMSMjOemvTwwg+1TI7JnYJolnI=',
  };
  const run = async (fixture: string, extra: Record<string, unknown> = {}) => {
    const session = new FlightSession();
    const result = await runFanoutItem(
      { config: withDeploy, registry, bundleDir: '/var/task', replay: join(fixtures, fixture), session },
      item({ archives: [archive], ...extra }),
    );
    const calls = session.calls.map((c) => ({ op: `${c.service}.${c.operation}`, input: c.input as any }));
    return { result, calls };
  };
  const deployed = (r: FanoutItemResult) => r.policies.find((p) => p.policy === 'ebs-unattached-daily');

  it('deploys it into the account with its role and the archive read from S3, and runs the pull-mode policy', async () => {
    const { result, calls } = await run('item-deploy');
    expect(calls.map((c) => c.op)).toEqual([
      's3.DeleteObject',
      'sts.AssumeRole',
      's3.GetObject',
      'lambda.GetFunction',
      'lambda.CreateFunction',
      'logs.CreateLogGroup',
      'events.DescribeRule',
      'events.PutRule',
      'events.PutTargets',
      'lambda.AddPermission',
      's3.PutObject',
      'ec2.DescribeInstances',
      ...calls.slice(12).map(() => 's3.PutObject'),
    ]);
    expect(calls[2]?.input).toMatchObject({ Bucket: archive.bucket, Key: archive.key });
    // The member role needs what a local deploy needs (c7n-ts permissions --deploy).
    for (const c of calls.slice(3, 10)) expect(DEPLOY_CALL_PERMISSIONS).toHaveProperty([c.op]);
    const fnArn = 'arn:aws:lambda:us-east-1:222222222222:function:custodian-ebs-unattached-daily';
    const ruleArn = 'arn:aws:events:us-east-1:222222222222:rule/custodian-ebs-unattached-daily';
    const create = calls[4]?.input;
    // {account_id} is the member account's; the zip is the archive's bytes, passed as ZipFile.
    expect(create).toMatchObject({
      FunctionName: 'custodian-ebs-unattached-daily',
      Role: 'arn:aws:iam::222222222222:role/custodian',
      MemorySize: 256,
      Handler: 'index.handler',
      Tags: { 'c7n-ts:policy': 'ebs-unattached-daily', 'c7n-ts:version': '1.2.3' },
    });
    expect(codeSha256(create.Code.ZipFile)).toBe(archive.sha256);
    expect(calls[7]?.input).toMatchObject({
      Name: 'custodian-ebs-unattached-daily',
      ScheduleExpression: 'rate(1 day)',
    });
    expect(calls[8]?.input).toEqual({
      Rule: 'custodian-ebs-unattached-daily',
      Targets: [{ Id: 'custodian-ebs-unattached-daily', Arn: fnArn }],
    });
    expect(calls[9]?.input).toMatchObject({ Principal: 'events.amazonaws.com', SourceArn: ruleArn });
    expect(calls[10]?.input.Key).toBe('c7n/out/dev/us-east-1/ebs-unattached-daily/deploy.json');
    expect(JSON.parse(calls[10]?.input.Body)).toMatchObject({
      status: 'created',
      functionArn: fnArn,
      ruleArn,
    });
    expect(result.status).toBe('ok');
    expect(deployed(result)).toEqual({
      policy: 'ebs-unattached-daily',
      resourceType: 'aws.ebs',
      status: 'ok',
      fetched: 0,
      matched: 0,
      actionFailures: 0,
      deploy: {
        status: 'created',
        functionName: 'custodian-ebs-unattached-daily',
        changes: [
          'created function',
          'created log group',
          'created rule',
          'added rule target',
          'added invoke permission',
        ],
      },
    });
    expect(result.policies.find((p) => p.policy === 'ec2-large')).toMatchObject({ matched: 1 });
  });

  it('leaves an up-to-date deployment unchanged: reads only, no update', async () => {
    const { result, calls } = await run('item-deploy-unchanged', { policies: ['ebs-unattached-daily'] });
    expect(calls.map((c) => c.op)).toEqual([
      's3.DeleteObject',
      'sts.AssumeRole',
      's3.GetObject',
      'lambda.GetFunction',
      'events.DescribeRule',
      'events.ListTargetsByRule',
      'lambda.GetPolicy',
      's3.PutObject',
    ]);
    expect(deployed(result)?.deploy).toEqual({
      status: 'unchanged',
      functionName: 'custodian-ebs-unattached-daily',
      changes: [],
    });
  });

  it('fails the policy alone when its archive is not the one built, and says why', async () => {
    const { result, calls } = await run('item-deploy-unchanged', {
      policies: ['ebs-unattached-daily'],
      archives: [{ ...archive, sha256: 'other=' }],
    });
    expect(calls.map((c) => c.op)).toEqual([
      's3.DeleteObject',
      'sts.AssumeRole',
      's3.GetObject',
      's3.PutObject',
    ]);
    expect(result.status).toBe('failed');
    expect(deployed(result)).toMatchObject({
      status: 'failed',
      deploy: { status: 'failed', error: expect.stringMatching(/is not the one org run --fanout built/) },
    });
  });

  it('under --dryrun evaluates it here as org run --dryrun does: no archive read, no mutating call in the account', async () => {
    const { result, calls } = await run('item-dryrun', {
      policies: ['ebs-unattached-daily'],
      dryrun: true,
    });
    expect(calls.map((c) => c.op).filter((op) => !op.startsWith('s3.'))).toEqual([
      'sts.AssumeRole',
      'ec2.DescribeVolumes',
    ]);
    // S3: only the run's own output, in the fan-out's bucket.
    for (const c of calls.filter((c) => c.op.startsWith('s3.'))) {
      expect(c.op).not.toBe('s3.GetObject');
      expect(c.input.Key).toMatch(/^c7n\/out\/dev\/us-east-1\//);
    }
    expect(deployed(result)).toMatchObject({ status: 'ok', fetched: 2, matched: 1 });
    expect(deployed(result)?.deploy).toBeUndefined();
  });
});

describe('parseItem', () => {
  it('refuses an item without account, account_id, region or an s3 output', () => {
    expect(() => parseItem({ account: 'dev', region: 'us-east-1', output: 's3://b/p' })).toThrow(
      /account_id/,
    );
    expect(() =>
      parseItem({ account: 'dev', account_id: '222222222222', region: 'us-east-1', output: '/tmp/out' }),
    ).toThrow(/s3:\/\//);
  });

  it('takes the flat form too, with a role chain', () => {
    expect(
      parseItem({
        account: 'dev',
        account_id: '222222222222',
        region: 'us-east-1',
        output: 's3://b/p',
        role: ['arn:aws:iam::111122223333:role/hop', 'arn:aws:iam::222222222222:role/custodian'],
        policies: ['ec2-large'],
      }),
    ).toEqual({
      account: 'dev',
      account_id: '222222222222',
      region: 'us-east-1',
      output: 's3://b/p',
      roles: ['arn:aws:iam::111122223333:role/hop', 'arn:aws:iam::222222222222:role/custodian'],
      policies: ['ec2-large'],
      vars: [],
      dryrun: false,
    });
  });
});
