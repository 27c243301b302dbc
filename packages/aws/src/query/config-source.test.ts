import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createClients } from '../clients/index.js';
import ebs from '../resources/ebs/resource.js';
import ec2 from '../resources/ec2/resource.js';
import networkAddr from '../resources/network-addr/resource.js';
import rds from '../resources/rds/resource.js';
import rdsSnapshot from '../resources/rds-snapshot/resource.js';
import s3 from '../resources/s3/resource.js';
import securityGroup from '../resources/security-group/resource.js';
import type { AwsResourceType } from '../resources/types.js';
import { camelResource, selectExpression } from './config-source.js';
import { fetchResources } from './fetch.js';

const dir = (name: string) => fileURLToPath(new URL(`./__fixtures__/config/${name}`, import.meta.url));
const replay = (name: string) =>
  createClients({ regions: ['us-east-1'], accountId: '111122223333', replay: dir(name) });
const calls = (c: ReturnType<typeof replay>) => c.session.calls.map((x) => `${x.service}.${x.operation}`);

/** Both sources over one account's flight data: the same ids, and `pick` equal on each. */
async function sameAsDescribe(
  rt: AwsResourceType,
  name: string,
  pick: (r: Record<string, unknown>) => unknown,
) {
  const viaConfig = replay(name);
  const fromConfig = await fetchResources(rt, { clients: viaConfig, source: 'config' });
  const fromDescribe = await fetchResources(rt, { clients: replay(name) });
  expect(fromConfig.map((r) => r[rt.id])).toEqual(fromDescribe.map((r) => r[rt.id]));
  expect(fromConfig.map(pick)).toEqual(fromDescribe.map(pick));
  expect(calls(viaConfig).every((c) => c.startsWith('config.'))).toBe(true);
  return { fromConfig, calls: calls(viaConfig), clients: viaConfig };
}

describe('source: config', () => {
  it('aws.ec2: pages SelectResourceConfig by NextToken; dates, states and tags as describe gives them', async () => {
    const { calls: made, clients } = await sameAsDescribe(ec2, 'ec2', (r) => ({
      InstanceType: r.InstanceType,
      LaunchTime: r.LaunchTime,
      State: r.State,
      Tags: r.Tags,
      VpcId: r.VpcId,
      AttachTime: (r.BlockDeviceMappings as { Ebs: { AttachTime: unknown } }[])[0]?.Ebs.AttachTime,
    }));
    expect(made).toEqual(['config.SelectResourceConfig', 'config.SelectResourceConfig']);
    expect(clients.session.calls.map((c) => c.input)).toEqual([
      {
        Expression:
          "select resourceId, configuration, supplementaryConfiguration where resourceType = 'AWS::EC2::Instance'",
      },
      {
        Expression:
          "select resourceId, configuration, supplementaryConfiguration where resourceType = 'AWS::EC2::Instance'",
        NextToken: 'page-2',
      },
    ]);
  });

  it('aws.ebs', async () => {
    await sameAsDescribe(ebs, 'ebs', (r) => ({
      Size: r.Size,
      State: r.State,
      CreateTime: r.CreateTime,
      Attachments: r.Attachments,
      Tags: r.Tags,
    }));
  });

  it('aws.security-group: legacy CIDR lists, null ports and null pair members become describe form', async () => {
    const { fromConfig } = await sameAsDescribe(securityGroup, 'security-group', (r) => ({
      IpPermissions: r.IpPermissions,
      IpPermissionsEgress: r.IpPermissionsEgress,
      Tags: r.Tags,
      GroupName: r.GroupName,
    }));
    expect(fromConfig[0]?.IpPermissions).toEqual([
      {
        IpProtocol: 'tcp',
        FromPort: 22,
        ToPort: 22,
        IpRanges: [{ CidrIp: '0.0.0.0/0' }],
        Ipv6Ranges: [],
        PrefixListIds: [],
        UserIdGroupPairs: [],
      },
    ]);
  });

  it('aws.network-addr: an empty select falls back to ListDiscoveredResources (paged) and each id`s history', async () => {
    const { calls: made, clients } = await sameAsDescribe(networkAddr, 'network-addr', (r) => ({
      PublicIp: r.PublicIp,
      InstanceId: r.InstanceId,
      Tags: r.Tags,
    }));
    expect(made).toEqual([
      'config.SelectResourceConfig',
      'config.ListDiscoveredResources',
      'config.ListDiscoveredResources',
      'config.GetResourceConfigHistory',
      'config.GetResourceConfigHistory',
    ]);
    expect(clients.session.calls[4]?.input).toEqual({
      resourceId: 'eipalloc-0a1b2c3d4e5f60002',
      resourceType: 'AWS::EC2::EIP',
      limit: 1,
    });
  });

  it('aws.network-addr by id (event modes): one GetResourceConfigHistory per id, no listing', async () => {
    const clients = replay('network-addr');
    const rs = await fetchResources(networkAddr, {
      clients,
      source: 'config',
      ids: ['eipalloc-0a1b2c3d4e5f60001'],
    });
    expect(rs.map((r) => r.AllocationId)).toEqual(['eipalloc-0a1b2c3d4e5f60001']);
    expect(calls(clients)).toEqual(['config.GetResourceConfigHistory']);
  });

  it('aws.rds: Db... keys gain their DB... spelling', async () => {
    const { fromConfig } = await sameAsDescribe(rds, 'rds', (r) => ({
      DBInstanceClass: r.DBInstanceClass,
      PubliclyAccessible: r.PubliclyAccessible,
      InstanceCreateTime: r.InstanceCreateTime,
      DBSubnetGroup: r.DBSubnetGroup,
      Engine: r.Engine,
    }));
    expect(fromConfig[0]?.DbiResourceId).toBe('db-ABCDEFGHIJKLMNOP');
    // As Cloud Custodian: TagList stays, and the supplementary tags fill Tags.
    expect(fromConfig[0]?.Tags).toEqual([{ Key: 'Owner', Value: 'data' }]);
  });

  it('aws.rds-snapshot', async () => {
    await sameAsDescribe(rdsSnapshot, 'rds-snapshot', (r) => ({
      SnapshotCreateTime: r.SnapshotCreateTime,
      DBInstanceIdentifier: r.DBInstanceIdentifier,
      Status: r.Status,
      Tags: r.Tags,
    }));
  });

  it('aws.s3: selects awsRegion and rebuilds the describe sub-documents from the supplementary ones', async () => {
    const clients = replay('s3');
    const [web, plain] = await fetchResources(s3, { clients, source: 'config' });
    expect(clients.session.calls[0]?.input).toEqual({
      Expression:
        "select awsRegion, resourceId, configuration, supplementaryConfiguration where resourceType = 'AWS::S3::Bucket'",
    });
    expect(web).toEqual({
      Name: 'web-assets',
      CreationDate: new Date('2021-01-02T03:04:05Z'),
      Location: { LocationConstraint: 'eu-west-1' },
      Acl: {
        Owner: { ID: 'owner-id' },
        Grants: [
          { Permission: 'FULL_CONTROL', Grantee: { ID: 'owner-id', Type: 'CanonicalUser' } },
          {
            Permission: 'READ',
            Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' },
          },
        ],
      },
      Logging: { TargetBucket: 'log-bucket', TargetPrefix: 'web/' },
      Policy: expect.stringContaining('"Principal":"*"'),
      Versioning: { Status: 'Enabled', MFADelete: 'Disabled' },
      Notification: {
        QueueConfigurations: [
          {
            QueueArn: 'arn:aws:sqs:eu-west-1:111122223333:q',
            Id: 'to-queue',
            Events: ['s3:ObjectCreated:*'],
          },
        ],
      },
      Lifecycle: {
        Rules: [
          {
            Expiration: { Days: 30 },
            NoncurrentVersionExpiration: { NoncurrentDays: -1 },
            Status: 'Enabled',
            ID: 'expire',
            Filter: { Prefix: 'tmp/' },
          },
        ],
      },
      Tags: [{ Key: 'Owner', Value: 'web' }],
      Replication: null,
      Website: null,
    });
    // Config's "none" values leave describe's defaults.
    expect(plain).toEqual({
      Name: 'plain',
      CreationDate: new Date('2022-02-03T04:05:06Z'),
      Location: {},
      Tags: [],
      Policy: null,
      Acl: null,
      Replication: null,
      Versioning: null,
      Website: null,
      Logging: null,
      Notification: null,
      Lifecycle: null,
    });
  });

  it("builds the expression from the policy's query: the last expr wins, else the last clause is appended", () => {
    expect(selectExpression(ec2, [{ clause: "resourceId = 'i-1'" }])).toBe(
      "select resourceId, configuration, supplementaryConfiguration where resourceType = 'AWS::EC2::Instance'AND resourceId = 'i-1'",
    );
    expect(selectExpression(ec2, [{ expr: 'select a' }, { expr: 'select b' }, { clause: 'x' }])).toBe(
      'select b',
    );
    expect(
      selectExpression(s3, [{ expr: "select configuration where resourceType = 'AWS::S3::Bucket'" }]),
    ).toBe("select awsRegion, configuration where resourceType = 'AWS::S3::Bucket'");
  });

  it('a policy clause that finds nothing does not fall back to listing everything', async () => {
    const clients = replay('network-addr');
    const rs = await fetchResources(networkAddr, { clients, source: 'config', query: [{ clause: 'x' }] });
    expect(rs).toEqual([]);
    expect(calls(clients)).toEqual(['config.SelectResourceConfig']);
  });

  it('camelResource raises first letters only and reads dates from time/date keys', () => {
    expect(
      camelResource(
        {
          dBName: 'x',
          nested: [{ createTime: '2020-01-02T00:00:00Z', idleTimeout: 60, updateDate: 1700000000 }],
        },
        true,
      ),
    ).toEqual({
      DBName: 'x',
      Nested: [
        {
          CreateTime: new Date('2020-01-02T00:00:00Z'),
          IdleTimeout: 60,
          UpdateDate: new Date(1700000000 * 1000),
        },
      ],
    });
  });

  it('camelResource keeps keys named like built-ins as ordinary keys', () => {
    const doc = JSON.parse('{"__proto__": {"polluted": true}, "constructor": "x"}');
    const out = camelResource(doc, false) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['__proto__', 'constructor']);
    expect((out as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
  });
});
