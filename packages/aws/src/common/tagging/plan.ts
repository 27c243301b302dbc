/**
 * Planned calls that set or remove tags, whatever API the resource type uses. Every action of
 * the tag family plans through these two functions.
 *
 * Batched calls keep `resourceIds[i]` aligned with `input[batchField][i]` (an id or an ARN),
 * so the executor can re-issue a failed batch one resource at a time.
 */
import type { ActionContext, PlannedCall, Resource, ResourceTypeDecl } from '@c7n-ts/core';
import { errorCode, isServiceError } from '../../query/errors.js';
import { TAG_APIS, taggingOf } from './apis.js';
import { resourceArn } from './arn.js';
import { tagsOf } from './resource-tags.js';

export type TagPlanContext = Pick<ActionContext, 'region' | 'accountId' | 'read' | 'log'>;

/** Where an API has more to say about a tag than its key and value. */
export interface TagOptions {
  /** Auto Scaling: the group copies the tag to the instances it launches (default false). */
  propagate?: boolean;
}

/** IAM's code for a user or role that no longer exists (the SDK may name it with the suffix). */
const IAM_GONE = ['NoSuchEntity', 'NoSuchEntityException'];

/** Auto Scaling tags name their group inside each tag. */
const ASG_TAG = 'auto-scaling-group';

/** Set `tags` on every resource. Async because S3 reads the current tag set first. */
export async function planTag(
  rt: ResourceTypeDecl,
  resources: readonly Resource[],
  tags: Readonly<Record<string, string>>,
  ctx: TagPlanContext,
  options: TagOptions = {},
): Promise<PlannedCall[]> {
  const pairs = Object.entries(tags);
  if (pairs.length === 0 || resources.length === 0) return [];
  const what = `tag ${describeTags(pairs)}`;
  const api = taggingOf(rt);
  const spec = TAG_APIS[api];
  switch (api) {
    case 'ec2':
      return chunks(ids(rt, resources, ctx), spec.tagBatch).map((batch) => ({
        service: spec.service,
        operation: 'CreateTags',
        input: { Resources: batch, Tags: pairs.map(([Key, Value]) => ({ Key, Value })) },
        resourceIds: batch,
        describe: `${what} on ${describeIds(batch)}`,
        batchField: 'Resources',
      }));
    case 'universal':
      return chunks(arns(rt, resources, ctx), spec.tagBatch).map((batch) => ({
        service: spec.service,
        operation: 'TagResources',
        input: { ResourceARNList: batch.map((b) => b.arn), Tags: Object.fromEntries(pairs) },
        resourceIds: batch.map((b) => b.id),
        describe: `${what} on ${describeIds(batch.map((b) => b.id))}`,
        batchField: 'ResourceARNList',
        ...universalOutcome(batch),
      }));
    case 'redshift':
      return arns(rt, resources, ctx).map(({ id, arn }) => ({
        service: spec.service,
        operation: 'CreateTags',
        input: { ResourceName: arn, Tags: pairs.map(([Key, Value]) => ({ Key, Value })) },
        resourceIds: [id],
        describe: `${what} on ${id}`,
      }));
    case 'sns':
      // As c7n, a topic deleted meanwhile is skipped.
      return arns(rt, resources, ctx).map(({ id, arn }) => ({
        service: spec.service,
        operation: 'TagResource',
        input: { ResourceArn: arn, Tags: pairs.map(([Key, Value]) => ({ Key, Value })) },
        resourceIds: [id],
        describe: `${what} on ${id}`,
        okErrors: ['ResourceNotFound', 'NotFound'],
      }));
    case 'iam-user':
    case 'iam-role': {
      // By name; as c7n, a user or role deleted meanwhile is skipped.
      const [operation, param] = api === 'iam-user' ? ['TagUser', 'UserName'] : ['TagRole', 'RoleName'];
      return ids(rt, resources, ctx).map((id) => ({
        service: spec.service,
        operation,
        input: { [param]: id, Tags: pairs.map(([Key, Value]) => ({ Key, Value })) },
        resourceIds: [id],
        describe: `${what} on ${id}`,
        okErrors: IAM_GONE,
      }));
    }
    case 'elb':
      return ids(rt, resources, ctx).map((id) => ({
        service: spec.service,
        operation: 'AddTags',
        input: { LoadBalancerNames: [id], Tags: pairs.map(([Key, Value]) => ({ Key, Value })) },
        resourceIds: [id],
        describe: `${what} on ${id}`,
      }));
    case 'elbv2':
      return arns(rt, resources, ctx).map(({ id, arn }) => ({
        service: spec.service,
        operation: 'AddTags',
        input: { ResourceArns: [arn], Tags: pairs.map(([Key, Value]) => ({ Key, Value })) },
        resourceIds: [id],
        describe: `${what} on ${id}`,
      }));
    case 'es':
      // As c7n, a domain the call rejects (ValidationException: gone meanwhile) is skipped.
      return arns(rt, resources, ctx).map(({ id, arn }) => ({
        service: spec.service,
        operation: 'AddTags',
        input: { ARN: arn, TagList: pairs.map(([Key, Value]) => ({ Key, Value })) },
        resourceIds: [id],
        describe: `${what} on ${id}`,
        okErrors: ['ValidationException'],
      }));
    case 'rds':
      return arns(rt, resources, ctx).map(({ id, arn }) => ({
        service: spec.service,
        operation: 'AddTagsToResource',
        input: { ResourceName: arn, Tags: pairs.map(([Key, Value]) => ({ Key, Value })) },
        resourceIds: [id],
        describe: `${what} on ${id}`,
      }));
    case 'autoscaling':
      return ids(rt, resources, ctx).map((id) => ({
        service: spec.service,
        operation: 'CreateOrUpdateTags',
        input: {
          Tags: pairs.map(([Key, Value]) => ({
            Key,
            Value,
            PropagateAtLaunch: options.propagate ?? false,
            ResourceType: ASG_TAG,
            ResourceId: id,
          })),
        },
        resourceIds: [id],
        describe: `${what} on ${id}`,
      }));
    case 's3':
      return planBuckets(rt, resources, ctx, what, (current) => {
        for (const [k, v] of pairs) current.set(k, v);
      });
    case 'cfn':
      return planStacks(rt, resources, ctx, what, (current) => {
        for (const [k, v] of pairs) current.set(k, v);
      });
    case 'secretsmanager':
      // As c7n: the secret's other tags (but `aws:` ones) are sent again with the new ones.
      return arns(rt, resources, ctx).map(({ id, arn, resource }) => {
        const current = tagsOf(resource);
        for (const k of [...current.keys()]) if (k.startsWith('aws:')) current.delete(k);
        for (const [k, v] of pairs) current.set(k, v);
        return {
          service: spec.service,
          operation: 'TagResource',
          input: { SecretId: arn, Tags: [...current].map(([Key, Value]) => ({ Key, Value })) },
          resourceIds: [id],
          describe: `${what} on ${id}`,
        };
      });
    case 'ecr':
    case 'ecs':
    case 'eks': {
      // As c7n: ECR takes `{Key, Value}` pairs, ECS `{key, value}`, EKS a map; a resource gone
      // meanwhile is skipped (ECR and EKS; c7n's ecs tag lets the error through).
      const body =
        api === 'ecr'
          ? pairs.map(([Key, Value]) => ({ Key, Value }))
          : api === 'ecs'
            ? pairs.map(([key, value]) => ({ key, value }))
            : Object.fromEntries(pairs);
      return ecsTaggable(api, arns(rt, resources, ctx), ctx).map(({ id, arn }) => ({
        service: spec.service,
        operation: 'TagResource',
        input: { resourceArn: arn, tags: body },
        resourceIds: [id],
        describe: `${what} on ${id}`,
        ...(api !== 'ecs' && {
          okErrors: [api === 'ecr' ? 'RepositoryNotFoundException' : 'ResourceNotFoundException'],
        }),
      }));
    }
  }
}

/** Remove the tags named `keys` from every resource. */
export async function planUntag(
  rt: ResourceTypeDecl,
  resources: readonly Resource[],
  keys: readonly string[],
  ctx: TagPlanContext,
): Promise<PlannedCall[]> {
  if (keys.length === 0 || resources.length === 0) return [];
  const what = `remove tag${keys.length > 1 ? 's' : ''} ${keys.join(', ')}`;
  const api = taggingOf(rt);
  const spec = TAG_APIS[api];
  switch (api) {
    case 'ec2':
      return chunks(ids(rt, resources, ctx), spec.untagBatch).map((batch) => ({
        service: spec.service,
        operation: 'DeleteTags',
        // Never an empty Tags list: EC2 reads that as "delete every tag".
        input: { Resources: batch, Tags: keys.map((Key) => ({ Key })) },
        resourceIds: batch,
        describe: `${what} from ${describeIds(batch)}`,
        batchField: 'Resources',
      }));
    case 'universal':
      return chunks(arns(rt, resources, ctx), spec.untagBatch).map((batch) => ({
        service: spec.service,
        operation: 'UntagResources',
        input: { ResourceARNList: batch.map((b) => b.arn), TagKeys: [...keys] },
        resourceIds: batch.map((b) => b.id),
        describe: `${what} from ${describeIds(batch.map((b) => b.id))}`,
        batchField: 'ResourceARNList',
        ...universalOutcome(batch),
      }));
    case 'redshift':
      return arns(rt, resources, ctx).map(({ id, arn }) => ({
        service: spec.service,
        operation: 'DeleteTags',
        input: { ResourceName: arn, TagKeys: [...keys] },
        resourceIds: [id],
        describe: `${what} from ${id}`,
      }));
    case 'sns':
      return arns(rt, resources, ctx).map(({ id, arn }) => ({
        service: spec.service,
        operation: 'UntagResource',
        input: { ResourceArn: arn, TagKeys: [...keys] },
        resourceIds: [id],
        describe: `${what} from ${id}`,
        okErrors: ['ResourceNotFound', 'NotFound'],
      }));
    case 'iam-user':
    case 'iam-role': {
      const [operation, param] = api === 'iam-user' ? ['UntagUser', 'UserName'] : ['UntagRole', 'RoleName'];
      return ids(rt, resources, ctx).map((id) => ({
        service: spec.service,
        operation,
        input: { [param]: id, TagKeys: [...keys] },
        resourceIds: [id],
        describe: `${what} from ${id}`,
        okErrors: IAM_GONE,
      }));
    }
    case 'elb':
      return ids(rt, resources, ctx).map((id) => ({
        service: spec.service,
        operation: 'RemoveTags',
        input: { LoadBalancerNames: [id], Tags: keys.map((Key) => ({ Key })) },
        resourceIds: [id],
        describe: `${what} from ${id}`,
      }));
    case 'elbv2':
      return arns(rt, resources, ctx).map(({ id, arn }) => ({
        service: spec.service,
        operation: 'RemoveTags',
        input: { ResourceArns: [arn], TagKeys: [...keys] },
        resourceIds: [id],
        describe: `${what} from ${id}`,
      }));
    case 'es':
      return arns(rt, resources, ctx).map(({ id, arn }) => ({
        service: spec.service,
        operation: 'RemoveTags',
        input: { ARN: arn, TagKeys: [...keys] },
        resourceIds: [id],
        describe: `${what} from ${id}`,
        okErrors: ['ValidationException'],
      }));
    case 'rds':
      return arns(rt, resources, ctx).map(({ id, arn }) => ({
        service: spec.service,
        operation: 'RemoveTagsFromResource',
        input: { ResourceName: arn, TagKeys: [...keys] },
        resourceIds: [id],
        describe: `${what} from ${id}`,
      }));
    case 'autoscaling':
      return ids(rt, resources, ctx).map((id) => ({
        service: spec.service,
        operation: 'DeleteTags',
        input: { Tags: keys.map((Key) => ({ Key, ResourceType: ASG_TAG, ResourceId: id })) },
        resourceIds: [id],
        describe: `${what} from ${id}`,
      }));
    case 's3':
      return planBuckets(rt, resources, ctx, what, (current) => {
        for (const k of keys) current.delete(k);
      });
    case 'cfn':
      return planStacks(rt, resources, ctx, what, (current) => {
        for (const k of keys) current.delete(k);
      });
    case 'secretsmanager':
      return arns(rt, resources, ctx).map(({ id, arn }) => ({
        service: spec.service,
        operation: 'UntagResource',
        input: { SecretId: arn, TagKeys: [...keys] },
        resourceIds: [id],
        describe: `${what} from ${id}`,
      }));
    case 'ecr':
    case 'ecs':
    case 'eks':
      return ecsTaggable(api, arns(rt, resources, ctx), ctx).map(({ id, arn }) => ({
        service: spec.service,
        operation: 'UntagResource',
        input: { resourceArn: arn, tagKeys: [...keys] },
        resourceIds: [id],
        describe: `${what} from ${id}`,
        ...(api !== 'ecs' && {
          okErrors: [api === 'ecr' ? 'RepositoryNotFoundException' : 'ResourceNotFoundException'],
        }),
      }));
  }
}

/**
 * Set `tags` and remove `keys` on every resource, e.g. to rename a key. Two calls per batch,
 * the set first unless `removeFirst` (a resource at the tag limit); S3 buckets and stacks get a
 * single rewrite, as two rewrites planned from the same read would undo each other.
 */
export async function planRetag(
  rt: ResourceTypeDecl,
  resources: readonly Resource[],
  tags: Readonly<Record<string, string>>,
  keys: readonly string[],
  ctx: TagPlanContext,
  opts: { removeFirst?: boolean } = {},
): Promise<PlannedCall[]> {
  if (resources.length === 0) return [];
  const api = taggingOf(rt);
  if (api === 's3' || api === 'cfn') {
    const what = `move ${keys.join(', ')} to ${Object.keys(tags).join(', ')}`;
    const change = (current: Map<string, string>) => {
      for (const k of keys) current.delete(k);
      for (const [k, v] of Object.entries(tags)) current.set(k, v);
    };
    return api === 's3'
      ? planBuckets(rt, resources, ctx, what, change)
      : planStacks(rt, resources, ctx, what, change);
  }
  const set = await planTag(rt, resources, tags, ctx);
  const unset = await planUntag(rt, resources, keys, ctx);
  return opts.removeFirst ? [...unset, ...set] : [...set, ...unset];
}

/**
 * TagResources and UntagResources answer 200 with `FailedResourcesMap` (ARN -> ErrorCode,
 * ErrorMessage) for the ARNs they could not change: those resources failed, the others are
 * done. As in Cloud Custodian, a resource that no longer exists is not a failure.
 */
function universalOutcome(
  batch: readonly { id: string; arn: string }[],
): Pick<PlannedCall, 'failures' | 'okErrors'> {
  return {
    okErrors: ['ResourceNotFoundException'],
    failures(output) {
      const map = (
        output as { FailedResourcesMap?: Record<string, { ErrorCode?: string; ErrorMessage?: string }> }
      )?.FailedResourcesMap;
      if (!map) return [];
      return Object.entries(map).flatMap(([arn, info]) => {
        const id = batch.find((b) => b.arn === arn)?.id;
        return id ? [{ id, errorCode: info?.ErrorCode ?? 'Error', message: info?.ErrorMessage }] : [];
      });
    },
  };
}

/** `a, b, c and 4 more`. */
export function describeIds(list: readonly string[], max = 3): string {
  if (list.length <= max) return list.join(', ');
  return `${list.slice(0, max).join(', ')} and ${list.length - max} more`;
}

function describeTags(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([k, v]) => `${k}=${v.length > 60 ? `${v.slice(0, 57)}...` : v}`).join(', ');
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function idOf(rt: ResourceTypeDecl, r: Resource): string | undefined {
  const v = r[rt.id];
  return typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : undefined;
}

function ids(rt: ResourceTypeDecl, resources: readonly Resource[], ctx: TagPlanContext): string[] {
  const out: string[] = [];
  for (const r of resources) {
    const id = idOf(rt, r);
    if (id) out.push(id);
    else ctx.log?.('warn', `${rt.type}: a resource has no ${rt.id}; not tagged`);
  }
  return out;
}

function arns(
  rt: ResourceTypeDecl,
  resources: readonly Resource[],
  ctx: TagPlanContext,
): { id: string; arn: string; resource: Resource }[] {
  const out: { id: string; arn: string; resource: Resource }[] = [];
  for (const r of resources) {
    const id = idOf(rt, r);
    const arn = resourceArn(rt, r, ctx);
    if (id && arn) out.push({ id, arn, resource: r });
    else ctx.log?.('warn', `${rt.type}: no ARN for ${id ?? 'a resource'}; not tagged`);
  }
  return out;
}

/**
 * S3 replaces a bucket's whole tag set, so each bucket gets its own call carrying the current
 * set with the change applied. Like c7n, the current set is read again just before (another
 * policy of the run may have changed it) when a reader is available, else taken from the
 * fetch. `aws:` tags stay in the set: S3 refuses a set that drops them. An empty result is
 * deleted, as PutBucketTagging takes no empty set.
 */
async function planBuckets(
  rt: ResourceTypeDecl,
  resources: readonly Resource[],
  ctx: TagPlanContext,
  what: string,
  change: (tags: Map<string, string>) => void,
): Promise<PlannedCall[]> {
  const calls: PlannedCall[] = [];
  // A few reads at a time: enough to be quick, few enough not to be throttled.
  for (const group of chunks(resources, 8)) {
    const planned = await Promise.all(
      group.map(async (bucket): Promise<PlannedCall | undefined> => {
        const name = idOf(rt, bucket);
        if (!name) return undefined;
        const current = await currentBucketTags(bucket, name, ctx);
        if (!current) return undefined;
        change(current);
        if (current.size === 0)
          return {
            service: 's3',
            operation: 'DeleteBucketTagging',
            input: { Bucket: name },
            resourceIds: [name],
            describe: `${what} on ${name}, leaving no tags`,
            okErrors: ['NoSuchTagSet'],
          };
        return {
          service: 's3',
          operation: 'PutBucketTagging',
          input: { Bucket: name, Tagging: { TagSet: [...current].map(([Key, Value]) => ({ Key, Value })) } },
          resourceIds: [name],
          describe: `${what} on ${name} (rewrites the set of ${current.size} tag${current.size === 1 ? '' : 's'})`,
        };
      }),
    );
    for (const call of planned) if (call) calls.push(call);
  }
  return calls;
}

async function currentBucketTags(
  bucket: Resource,
  name: string,
  ctx: TagPlanContext,
): Promise<Map<string, string> | undefined> {
  const denied = bucket['c7n:DeniedMethods'];
  if (Array.isArray(denied) && denied.includes('get_bucket_tagging')) {
    // Rewriting a set we cannot read would drop the tags we cannot see.
    ctx.log?.('warn', `s3: cannot read the tags of bucket ${name}; not changing them`);
    return undefined;
  }
  if (!ctx.read) return tagsOf(bucket);
  try {
    const out = (await ctx.read('s3', 'GetBucketTagging', { Bucket: name })) as
      | { TagSet?: unknown }
      | undefined;
    return tagsOf({ Tags: out?.TagSet ?? [] });
  } catch (e) {
    // Only an AWS answer means "no tags" or "cannot read"; a missing flight file or a bug fails.
    if (!isServiceError(e)) throw e;
    const code = errorCode(e);
    if (code === 'NoSuchTagSet') return new Map();
    ctx.log?.('warn', `s3: cannot read the tags of bucket ${name}; not changing them`, { error: code });
    return undefined;
  }
}

/** Stack states UpdateStack accepts; c7n's cfn tag actions skip stacks in any other. */
const STACK_UPDATABLE = new Set([
  'CREATE_COMPLETE',
  'UPDATE_COMPLETE',
  'UPDATE_ROLLBACK_COMPLETE',
  'IMPORT_COMPLETE',
  'IMPORT_ROLLBACK_COMPLETE',
  'ROLLBACK_COMPLETE',
]);

/**
 * CloudFormation stacks are tagged by updating the stack: as c7n, UpdateStack with the previous
 * template, each parameter's previous value, the stack's capabilities and notification topics,
 * and the fetched tag set with the change applied (CloudFormation propagates it to the stack's
 * resources).
 */
function planStacks(
  rt: ResourceTypeDecl,
  resources: readonly Resource[],
  ctx: TagPlanContext,
  what: string,
  change: (tags: Map<string, string>) => void,
): PlannedCall[] {
  const calls: PlannedCall[] = [];
  let skipped = 0;
  for (const stack of resources) {
    const name = idOf(rt, stack);
    if (!name) continue;
    if (!STACK_UPDATABLE.has(String(stack.StackStatus ?? ''))) {
      skipped++;
      continue;
    }
    const current = tagsOf(stack);
    change(current);
    const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
    calls.push({
      service: 'cloudformation',
      operation: 'UpdateStack',
      input: {
        StackName: name,
        UsePreviousTemplate: true,
        Capabilities: list<string>(stack.Capabilities),
        Parameters: list<{ ParameterKey?: string }>(stack.Parameters).map((p) => ({
          ParameterKey: p.ParameterKey,
          UsePreviousValue: true,
        })),
        NotificationARNs: list<string>(stack.NotificationARNs),
        Tags: [...current].map(([Key, Value]) => ({ Key, Value })),
      },
      resourceIds: [name],
      describe: `${what} on stack ${name} (updates the stack with ${current.size} tag${current.size === 1 ? '' : 's'})`,
    });
  }
  if (skipped) ctx.log?.('warn', `cfn: ${skipped} stack(s) not in an updatable state; not tagged`);
  return calls;
}

/**
 * ECS tags only resources with new-format ARNs: a service, task or container instance ARN must
 * name its cluster (`service/<cluster>/<name>`). As c7n, the others are skipped with a warning.
 */
function ecsTaggable<T extends { arn: string }>(api: string, items: T[], ctx: TagPlanContext): T[] {
  if (api !== 'ecs') return items;
  const kept = items.filter(({ arn }) => {
    const parts = (arn.split(':').pop() ?? '').split('/');
    return !['container-instance', 'service', 'task'].includes(parts[0] ?? '') || parts.length > 2;
  });
  if (kept.length < items.length)
    ctx.log?.('warn', `ecs: ${items.length - kept.length} resource(s) with old-format ARNs; not tagged`);
  return kept;
}
