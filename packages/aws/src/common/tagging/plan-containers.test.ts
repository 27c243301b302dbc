/** The container services' own tag APIs: ECR, ECS and EKS TagResource/UntagResource, one ARN a call. */
import { describe, expect, it } from 'vitest';
import ecr from '../../resources/ecr/resource.js';
import ecs from '../../resources/ecs/resource.js';
import ecsService from '../../resources/ecs-service/resource.js';
import eks from '../../resources/eks/resource.js';
import { planTag, planUntag, taggingOf, tagPermissions, untagPermissions } from './index.js';

const ctx = { region: 'us-east-1', accountId: '123456789012' };
const repo = { repositoryName: 'web', repositoryArn: 'arn:aws:ecr:us-east-1:123456789012:repository/web' };
const cluster = { name: 'prod', arn: 'arn:aws:eks:us-east-1:123456789012:cluster/prod' };
const svc = (arn: string) => ({ serviceArn: arn, serviceName: 'web' });

describe('container tag APIs', () => {
  it('are the services own, as c7n uses them', () => {
    expect([ecr, ecs, ecsService, eks].map(taggingOf)).toEqual(['ecr', 'ecs', 'ecs', 'eks']);
    expect(tagPermissions(ecr)).toEqual(['ecr:TagResource']);
    expect(untagPermissions(eks)).toEqual(['eks:UntagResource']);
  });

  it('ECR: {Key, Value} pairs by repository ARN; a repository gone meanwhile is skipped', async () => {
    const [call] = await planTag(ecr, [repo], { Team: 'web' }, ctx);
    expect(call).toMatchObject({
      service: 'api.ecr',
      operation: 'TagResource',
      input: { resourceArn: repo.repositoryArn, tags: [{ Key: 'Team', Value: 'web' }] },
      resourceIds: ['web'],
      okErrors: ['RepositoryNotFoundException'],
    });
    const [untag] = await planUntag(ecr, [repo], ['Team'], ctx);
    expect(untag).toMatchObject({
      operation: 'UntagResource',
      input: { resourceArn: repo.repositoryArn, tagKeys: ['Team'] },
    });
  });

  it('EKS: a tag map by cluster ARN', async () => {
    const [call] = await planTag(eks, [cluster], { App: 'Custodian' }, ctx);
    expect(call).toMatchObject({
      service: 'eks',
      operation: 'TagResource',
      input: { resourceArn: cluster.arn, tags: { App: 'Custodian' } },
      resourceIds: ['prod'],
    });
    const [untag] = await planUntag(eks, [cluster], ['Env'], ctx);
    expect(untag).toMatchObject({ service: 'eks', input: { resourceArn: cluster.arn, tagKeys: ['Env'] } });
  });

  it('ECS: {key, value} pairs; services with old-format ARNs (no cluster) are skipped', async () => {
    const fresh = 'arn:aws:ecs:us-east-1:123456789012:service/prod/web';
    const old = 'arn:aws:ecs:us-east-1:123456789012:service/web';
    const calls = await planTag(ecsService, [svc(fresh), svc(old)], { Team: 'web' }, ctx);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      service: 'ecs',
      operation: 'TagResource',
      input: { resourceArn: fresh, tags: [{ key: 'Team', value: 'web' }] },
    });
    const untag = await planUntag(ecsService, [svc(old)], ['Team'], ctx);
    expect(untag).toEqual([]);
  });
});
