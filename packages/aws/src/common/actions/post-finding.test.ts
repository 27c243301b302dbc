import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import amiType from '../../resources/ami/resource.js';
import ebsType from '../../resources/ebs/resource.js';
import ec2Type from '../../resources/ec2/resource.js';
import rdsType from '../../resources/rds/resource.js';
import s3Type from '../../resources/s3/resource.js';
import { formatResource, md5, pyDumps } from '../securityhub/format.js';
import postFinding from './post-finding.js';

const NOW = Date.UTC(2024, 0, 2, 3, 4, 5);
const CREATED = '2024-01-02T03:04:05+00:00';
const TYPES = ['Software and Configuration Checks/AWS Security Best Practices'];
const instance = (id: string, tags: Record<string, string> = {}) => ({
  InstanceId: id,
  InstanceType: 't3.micro',
  ImageId: 'ami-1',
  LaunchTime: new Date(Date.UTC(2023, 5, 1)),
  VpcId: 'vpc-1',
  NetworkInterfaces: [{ PrivateIpAddresses: [{ PrivateIpAddress: '10.0.0.5' }] }],
  Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
});
const policy = { name: 'test', resource: 'aws.ec2' };
const idOf = (id: string) => `us-east-1/123456789012/${md5(pyDumps(policy))}/${md5(pyDumps([id]))}`;

testAction(postFinding, {
  resourceType: ec2Type,
  now: NOW,
  valid: [
    { types: TYPES },
    { types: ['TTPs/Discovery'], severity_label: 'HIGH', confidence: 90, criticality: 10, batch_size: 10 },
    {
      types: TYPES,
      fields: { team: 'sec' },
      compliance_status: 'FAILED',
      record_state: 'ARCHIVED',
      region: 'eu-west-1',
    },
  ],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { types: [] }, messageId: 'schema' },
    { options: { types: ['Bogus/Category'] }, messageId: 'finding-type', path: ['types', 0] },
    { options: { types: ['TTPs/a/b/c'] }, messageId: 'finding-type', path: ['types', 0] },
    { options: { types: TYPES, severity_label: 'SEVERE' }, messageId: 'schema' },
    { options: { types: TYPES, batch_size: 101 }, messageId: 'schema' },
    { options: { types: TYPES, confidence: 101 }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'a new finding: the resource is tagged with its id, then the finding is imported',
      options: {
        types: TYPES,
        severity_label: 'HIGH',
        recommendation: 'fix it',
        compliance_status: 'FAILED',
      },
      resources: [instance('i-1')],
      calls: [
        {
          service: 'ec2',
          operation: 'CreateTags',
          input: {
            Resources: ['i-1'],
            Tags: [{ Key: 'c7n:FindingId:test', Value: `${idOf('i-1')}:${CREATED}` }],
          },
        },
        {
          service: 'securityhub',
          operation: 'BatchImportFindings',
          resourceIds: ['i-1'],
          input: {
            Findings: [
              {
                SchemaVersion: '2018-10-08',
                ProductArn: 'arn:aws:securityhub:us-east-1::product/cloud-custodian/cloud-custodian',
                AwsAccountId: '123456789012',
                Description: 'test',
                Title: 'test',
                Id: idOf('i-1'),
                GeneratorId: 'test',
                CreatedAt: CREATED,
                UpdatedAt: CREATED,
                RecordState: 'ACTIVE',
                Severity: { Label: 'HIGH' },
                Remediation: { Recommendation: { Text: 'fix it' } },
                Compliance: { Status: 'FAILED' },
                Resources: [
                  {
                    Type: 'AwsEc2Instance',
                    Id: 'arn:aws:ec2:us-east-1:123456789012:instance/i-1',
                    Region: 'us-east-1',
                    Details: {
                      AwsEc2Instance: {
                        Type: 't3.micro',
                        ImageId: 'ami-1',
                        IpV4Addresses: ['10.0.0.5'],
                        LaunchedAt: '2023-06-01T00:00:00+00:00',
                        VpcId: 'vpc-1',
                      },
                    },
                  },
                ],
                Types: TYPES,
              },
            ],
          },
        },
      ],
    },
    {
      name: 'a known finding is updated under its id and creation time; no tag',
      options: {
        types: TYPES,
        title: 'open-sg',
        severity: 3,
        severity_normalized: 40,
        recommendation_url: 'https://x',
      },
      resources: [
        instance('i-2', { 'c7n:FindingId:open-sg': 'us-east-1/1/abc/def:2023-01-01T00:00:00+00:00' }),
      ],
      calls: [
        {
          operation: 'BatchImportFindings',
          input: {
            Findings: [
              {
                Id: 'us-east-1/1/abc/def',
                CreatedAt: '2023-01-01T00:00:00+00:00',
                UpdatedAt: CREATED,
                Severity: { Product: 3, Normalized: 40, Label: 'INFORMATIONAL' },
                Remediation: { Recommendation: { Url: 'https://x' } },
              },
            ],
          },
        },
      ],
    },
    {
      name: 'batch_size groups resources, known findings first when seen first; a region elsewhere',
      options: { types: TYPES, batch_size: 2, region: 'eu-west-1', title: 't' },
      resources: [instance('i-3', { 'c7n:FindingId:t': 'x:y' }), instance('i-4'), instance('i-5')],
      calls: [
        { operation: 'CreateTags', input: { Resources: ['i-4'] } },
        {
          operation: 'BatchImportFindings',
          resourceIds: ['i-3', 'i-4'],
          region: 'eu-west-1',
          input: { Findings: [{ Id: 'x' }, { Id: idOf('i-4') }] },
        },
        { operation: 'CreateTags', input: { Resources: ['i-5'] } },
        { operation: 'BatchImportFindings', resourceIds: ['i-5'] },
      ],
    },
  ],
});

describe('post-finding', () => {
  it('reports failed findings per resource', async () => {
    const calls = await postFinding.plan(
      [instance('i-1')],
      { types: TYPES },
      {
        now: NOW,
        region: 'us-east-1',
        accountId: '123456789012',
        resourceType: ec2Type,
        policyName: 'test',
        policy,
        dryrun: false,
      },
    );
    const failures = calls[1]?.failures?.({
      FailedFindings: [{ Id: idOf('i-1'), ErrorCode: 'InvalidInput' }],
    });
    expect(failures).toEqual([{ id: 'i-1', errorCode: 'InvalidInput' }]);
  });

  it('uses the policy tags as product fields unless `fields` is given', async () => {
    const plan = (opts: object) =>
      postFinding.plan(
        [instance('i-1')],
        { types: TYPES, ...opts },
        {
          now: NOW,
          region: 'us-east-1',
          accountId: '123456789012',
          resourceType: ec2Type,
          policyName: 'test',
          policy: { ...policy, tags: ['team:sec', 'flag'], description: ' Open ports \n' },
          dryrun: false,
        },
      );
    const finding = (calls: Awaited<ReturnType<typeof plan>>) =>
      (calls[1]!.input.Findings as Record<string, unknown>[])[0] as Record<string, unknown>;
    expect(finding(await plan({}))).toMatchObject({
      Description: 'Open ports',
      ProductFields: { resource: 'ec2', ProviderName: 'CloudCustodian', team: 'sec', flag: '' },
    });
    expect(finding(await plan({ fields: { k: 'v' } })).ProductFields).not.toHaveProperty('team');
  });

  const ctx = { region: 'us-east-1', accountId: '123456789012' };
  it('formats EBS volumes as AwsEc2Volume', () => {
    const vol = {
      VolumeId: 'vol-1',
      Size: 8,
      Encrypted: false,
      CreateTime: new Date(Date.UTC(2024, 0, 1)),
      Attachments: [
        {
          AttachTime: new Date(Date.UTC(2024, 0, 1)),
          InstanceId: 'i-1',
          DeleteOnTermination: true,
          State: 'attached',
        },
      ],
      Tags: [{ Key: 'Name', Value: 'data' }],
    };
    expect(formatResource(ebsType, vol, ctx)).toEqual({
      Id: 'arn:aws:ec2:us-east-1:123456789012:volume/vol-1',
      Region: 'us-east-1',
      Tags: { Name: 'data' },
      Partition: 'aws',
      Type: 'AwsEc2Volume',
      Details: {
        AwsEc2Volume: {
          Size: 8,
          CreateTime: '2024-01-01T00:00:00+00:00',
          Attachments: [
            {
              AttachTime: '2024-01-01T00:00:00+00:00',
              InstanceId: 'i-1',
              DeleteOnTermination: true,
              Status: 'attached',
            },
          ],
        },
      },
    });
  });

  it('formats RDS instances and S3 buckets as c7n does', () => {
    expect(
      formatResource(
        rdsType,
        {
          DBInstanceIdentifier: 'db1',
          DBInstanceArn: 'arn:db1',
          Engine: 'mysql',
          MultiAZ: true,
          StorageEncrypted: false,
        },
        ctx,
      ),
    ).toEqual({
      Type: 'AwsRdsDbInstance',
      Id: 'arn:db1',
      Region: 'us-east-1',
      Details: { AwsRdsDbInstance: { DBInstanceIdentifier: 'db1', Engine: 'mysql' } },
    });
    expect(
      formatResource(s3Type, { Name: 'b', Acl: { Owner: { ID: 'abc', DisplayName: 'me' } } }, ctx),
    ).toEqual({
      Type: 'AwsS3Bucket',
      Id: 'arn:aws:s3:::b',
      Region: 'us-east-1',
      Details: { AwsS3Bucket: { OwnerId: 'abc', OwnerName: 'me' } },
    });
  });

  it('formats other types as Other: scalars as strings, structures as JSON', () => {
    const image = {
      ImageId: 'ami-1',
      Public: false,
      Size: 2,
      BlockDeviceMappings: [{ DeviceName: '/dev/xvda' }],
    };
    expect(formatResource(amiType, image, ctx)).toEqual({
      Type: 'Other',
      Id: 'arn:aws:ec2:us-east-1:123456789012:image/ami-1',
      Region: 'us-east-1',
      Partition: 'aws',
      Details: {
        Other: {
          ImageId: 'ami-1',
          Public: 'False',
          Size: '2',
          BlockDeviceMappings: '[\n{\n"DeviceName": "/dev/xvda"\n}\n]',
          'c7n:resource-type': 'ami',
        },
      },
    });
  });

  it('writes JSON as Python does', () => {
    expect(pyDumps({ a: [1, 'é'], b: {} })).toBe('{"a": [1, "\\u00e9"], "b": {}}');
  });
});
