import { describe, expect, it } from 'vitest';
import ami from '../resources/ami/resource.js';
import cacheCluster from '../resources/cache-cluster/resource.js';
import ec2 from '../resources/ec2/resource.js';
import iamPolicy from '../resources/iam-policy/resource.js';
import s3 from '../resources/s3/resource.js';
import sqs from '../resources/sqs/resource.js';
import { arnOf } from './arn.js';
import { fieldsRead, topLevelField } from './needs.js';
import { augmentKeysOf, listInput } from './params.js';
import { itemsAt } from './path.js';

describe('itemsAt', () => {
  it('flattens nested lists and reads plain list members', () => {
    const page = { Reservations: [{ Instances: [{ a: 1 }, { a: 2 }] }, { Instances: [{ a: 3 }] }, {}] };
    expect(itemsAt(page, 'Reservations[].Instances[]')).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
    expect(itemsAt({ Volumes: [{ v: 1 }] }, 'Volumes')).toEqual([{ v: 1 }]);
    expect(itemsAt({ Buckets: [{ n: 1 }] }, 'Buckets[]')).toEqual([{ n: 1 }]);
    expect(itemsAt({}, 'Volumes')).toEqual([]);
  });
});

describe('listInput', () => {
  it('keeps declared defaults unless the query sets them, and never leaks augment-keys', () => {
    expect(listInput(ami, [{ ExecutableUsers: ['self'] }])).toEqual({
      ExecutableUsers: ['self'],
      Owners: ['self'],
    });
    expect(listInput(s3, [{ 'augment-keys': 'none' }])).toEqual({});
    expect(augmentKeysOf([{ 'augment-keys': 'all' }, { 'augment-keys': ['Acl'] }])).toEqual(['Acl']);
  });

  it("reads EC2 filter names as Filters, IAM policies' Scope over the default, and nothing for SQS", () => {
    expect(listInput(ec2, [{ 'instance-state-name': 'running' }, { 'tag:Env': ['a', 'b'] }])).toEqual({
      Filters: [
        { Name: 'instance-state-name', Values: ['running'] },
        { Name: 'tag:Env', Values: ['a', 'b'] },
      ],
    });
    expect(listInput(iamPolicy, [])).toEqual({ Scope: 'Local' });
    expect(listInput(iamPolicy, [{ Name: 'Scope', Value: 'AWS' }])).toEqual({ Scope: 'AWS' });
    expect(listInput(sqs, [{ QueueNamePrefix: 'a' }])).toEqual(listInput(sqs, []));
  });

  it('reads ElastiCache {Name, Value} entries as input members, as c7n does', () => {
    expect(listInput(cacheCluster, [{ Name: 'ShowCacheNodeInfo', Value: true }])).toEqual({
      ShowCacheNodeInfo: true,
    });
    expect(listInput(cacheCluster, [{ ShowCacheClustersNotInReplicationGroups: true }])).toEqual({
      ShowCacheClustersNotInReplicationGroups: true,
    });
  });
});

describe('needs', () => {
  it('maps value-filter keys to top-level fields', () => {
    expect(topLevelField('Versioning.Status')).toBe('Versioning');
    expect(topLevelField('Tags[0].Key')).toBe('Tags');
    expect(topLevelField('tag:Owner')).toBe('Tags');
    expect(topLevelField('"c7n:MatchedFilters"[0]')).toBe('c7n:MatchedFilters');
    expect([...fieldsRead(['c7n:DeniedMethods', 'Name'])]).toEqual(['*', 'Name']);
  });
});

describe('arnOf', () => {
  it('builds bucket ARNs without region or account', () => {
    expect(arnOf(s3.source, { Name: 'b' }, { region: 'eu-west-1', accountId: '1' })).toBe('arn:aws:s3:::b');
    expect(arnOf(ami.source, { ImageId: 'ami-1' }, { region: 'cn-north-1', accountId: '1' })).toBe(
      'arn:aws-cn:ec2:cn-north-1:1:image/ami-1',
    );
  });
});
