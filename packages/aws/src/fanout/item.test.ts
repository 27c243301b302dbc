/**
 * The fan-out function's work for one account×region, run here on replayed flight data through
 * the real SDK clients: the role assumed with its ExternalId, the policy run, its files written
 * to S3 under <output>/<account>/<region>/; and an account whose role is refused.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FlightSession } from '../flight/index.js';
import { awsRegistry } from '../registry.js';
import { fanoutConfig } from './config.js';
import { parseItem, runFanoutItem } from './item.js';

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
