import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import ec2 from '../../resources/ec2/resource.js';
import rds from '../../resources/rds/resource.js';
import redshift from '../../resources/redshift/resource.js';
import s3 from '../../resources/s3/resource.js';
import vpcEndpoint from '../../resources/vpc-endpoint/resource.js';
import tagTrim, { trimCandidates } from './tag-trim.js';

/** `n` tags `k00`..., plus the given ones. */
const tagged = (id: string, n: number, extra: Record<string, string> = {}) => ({
  InstanceId: id,
  Tags: [
    ...Array.from({ length: n }, (_, i) => ({ Key: `k${String(i).padStart(2, '0')}`, Value: 'v' })),
    ...Object.entries(extra).map(([Key, Value]) => ({ Key, Value })),
  ],
});

testAction(tagTrim, {
  resourceType: ec2,
  valid: [{}, { space: 0, preserve: ['Owner'] }, { space: 5 }],
  invalid: [
    { options: { space: -1 }, messageId: 'schema' },
    { options: { space: 'three' }, messageId: 'schema' },
    { options: { preserve: 'Owner' }, messageId: 'schema' },
    { options: { keep: ['Owner'] }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'frees `space` slots, removing the first keys in sorted order, preserved and aws: tags kept',
      options: { space: 3, preserve: ['k00'] },
      resources: [tagged('i-full', 48, { 'aws:cloudformation:stack-name': 's' }), tagged('i-roomy', 40)],
      calls: [
        {
          service: 'ec2',
          operation: 'DeleteTags',
          input: { Resources: ['i-full'], Tags: [{ Key: 'k01' }] },
          resourceIds: ['i-full'],
        },
      ],
    },
    {
      name: 'space 0 removes everything not preserved',
      options: { space: 0, preserve: ['Owner'] },
      resources: [tagged('i-1', 2, { Owner: 'me' })],
      calls: [{ input: { Resources: ['i-1'], Tags: [{ Key: 'k00' }, { Key: 'k01' }] } }],
    },
  ],
});

describe('tag-trim', () => {
  it('applies to the EC2 family, RDS instances and Redshift clusters, not S3', () => {
    const has = (tagTrim.resources as { has: (rt: unknown) => boolean }).has;
    expect([has(ec2), has(rds), has(redshift), has(s3)]).toEqual([true, true, true, false]);
  });

  it('removes from VPC endpoints with EC2 DeleteTags, though their other tag actions are universal', async () => {
    const has = (tagTrim.resources as { has: (rt: unknown) => boolean }).has;
    expect(has(vpcEndpoint)).toBe(true);
    expect(tagTrim.permissions).toBeTypeOf('function');
    const permissions = tagTrim.permissions as (o: unknown, rt: unknown) => string[];
    expect(permissions({}, vpcEndpoint)).toEqual(['ec2:DeleteTags']);
    const { InstanceId: _i, ...tags } = tagged('', 49);
    const calls = await tagTrim.plan([{ VpcEndpointId: 'vpce-1', ...tags }], { space: 3 }, {
      resourceType: vpcEndpoint,
      policyName: 'p',
    } as never);
    expect(calls).toMatchObject([
      {
        service: 'ec2',
        operation: 'DeleteTags',
        input: { Resources: ['vpce-1'], Tags: [{ Key: 'k00' }, { Key: 'k01' }] },
        resourceIds: ['vpce-1'],
      },
    ]);
  });

  it('counts the slots c7n counts', () => {
    // 50 tags, space 3, 2 preserved: of the 48 candidates 45 may stay, so 3 go.
    expect(trimCandidates(tagged('i', 48, { A: '1', B: '2' }), 3, ['A', 'B'])).toEqual(['k00', 'k01', 'k02']);
    expect(trimCandidates(tagged('i', 47), 3, [])).toBeUndefined();
    expect(trimCandidates(tagged('i', 0, { A: '1' }), 0, ['A'])).toEqual([]);
  });

  it('removes from RDS instances with the RDS API on the instance ARN', async () => {
    const db = {
      DBInstanceIdentifier: 'db1',
      DBInstanceArn: 'arn:aws:rds:us-east-1:123456789012:db:db1',
      Tags: tagged('x', 50).Tags,
    };
    const calls = await tagTrim.plan(
      [db],
      { space: 1, preserve: [] },
      {
        now: 0,
        region: 'us-east-1',
        accountId: '123456789012',
        resourceType: rds,
        policyName: 't',
        policy: {},
        dryrun: false,
      },
    );
    expect(calls).toMatchObject([
      {
        service: 'rds',
        operation: 'RemoveTagsFromResource',
        input: { ResourceName: 'arn:aws:rds:us-east-1:123456789012:db:db1', TagKeys: ['k00'] },
        resourceIds: ['db1'],
      },
    ]);
    const perms = tagTrim.permissions as (o: object, rt: unknown) => readonly string[];
    expect([perms({}, ec2), perms({}, rds)]).toEqual([['ec2:DeleteTags'], ['rds:RemoveTagsFromResource']]);
  });

  it('removes from Redshift clusters with Redshift DeleteTags on the built cluster ARN', async () => {
    const cluster = { ClusterIdentifier: 'rs1', Tags: tagged('x', 49).Tags };
    const calls = await tagTrim.plan(
      [cluster, { ClusterIdentifier: 'rs2', Tags: tagged('y', 10).Tags }],
      { space: 3, preserve: ['k00'] },
      {
        now: 0,
        region: 'us-east-1',
        accountId: '123456789012',
        resourceType: redshift,
        policyName: 't',
        policy: {},
        dryrun: false,
      },
    );
    expect(calls).toMatchObject([
      {
        service: 'redshift',
        operation: 'DeleteTags',
        input: {
          ResourceName: 'arn:aws:redshift:us-east-1:123456789012:cluster:rs1',
          TagKeys: ['k01', 'k02'],
        },
        resourceIds: ['rs1'],
      },
    ]);
    const perms = tagTrim.permissions as (o: object, rt: unknown) => readonly string[];
    expect(perms({}, redshift)).toEqual(['redshift:DeleteTags']);
  });
});
