/**
 * How each resource type is tagged, as Cloud Custodian does it per type: the EC2 family with
 * EC2 CreateTags/DeleteTags on ids, S3 by rewriting the bucket's whole tag set, and everything
 * else (RDS instances and snapshots included: c7n marks them `universal_taggable`) with the
 * Resource Groups Tagging API on ARNs. The RDS API is kept for types that need it. Auto Scaling
 * groups are tagged by name with CreateOrUpdateTags/DeleteTags, each tag saying whether it
 * propagates to the instances the group launches.
 */
import type { ResourceTypeDecl } from '@c7n-ts/core';
import type { AwsSource } from '../../resources/types.js';

export type TagApi =
  | 'ec2'
  | 'universal'
  | 'rds'
  | 's3'
  | 'autoscaling'
  | 'redshift'
  | 'sns'
  | 'iam-user'
  | 'iam-role'
  | 'elb'
  | 'elbv2'
  | 'es'
  | 'cfn'
  | 'secretsmanager'
  | 'ecr'
  | 'ecs'
  | 'eks';

export interface TagApiSpec {
  /** Client key (endpoint prefix). */
  service: string;
  /** Resources per tag call and per untag call; 1 where the API takes one resource. */
  tagBatch: number;
  untagBatch: number;
  tagPermissions: readonly string[];
  untagPermissions: readonly string[];
}

export const TAG_APIS: Readonly<Record<TagApi, TagApiSpec>> = {
  ec2: {
    service: 'ec2',
    // c7n's batch sizes (tag 25, remove-tag 100), not EC2's limit of 1000 ids: a smaller batch
    // keeps a throttled or failed call, and its one-id-at-a-time retry, cheap.
    tagBatch: 25,
    untagBatch: 100,
    tagPermissions: ['ec2:CreateTags'],
    untagPermissions: ['ec2:DeleteTags'],
  },
  universal: {
    service: 'tagging',
    // TagResources and UntagResources take at most 20 ARNs.
    tagBatch: 20,
    untagBatch: 20,
    tagPermissions: ['tag:TagResources'],
    untagPermissions: ['tag:UntagResources'],
  },
  rds: {
    service: 'rds',
    tagBatch: 1,
    untagBatch: 1,
    tagPermissions: ['rds:AddTagsToResource'],
    untagPermissions: ['rds:RemoveTagsFromResource'],
  },
  s3: {
    service: 's3',
    tagBatch: 1,
    untagBatch: 1,
    // The current tag set is read before it is rewritten; an empty set is deleted.
    tagPermissions: ['s3:GetBucketTagging', 's3:PutBucketTagging'],
    untagPermissions: ['s3:GetBucketTagging', 's3:PutBucketTagging', 's3:DeleteBucketTagging'],
  },
  autoscaling: {
    service: 'autoscaling',
    // c7n's asg tag actions make one call per group (its batch_size of 1).
    tagBatch: 1,
    untagBatch: 1,
    tagPermissions: ['autoscaling:CreateOrUpdateTags'],
    untagPermissions: ['autoscaling:DeleteTags'],
  },
  redshift: {
    service: 'redshift',
    // c7n's redshift tag actions make one call per cluster, by ARN.
    tagBatch: 1,
    untagBatch: 1,
    tagPermissions: ['redshift:CreateTags'],
    untagPermissions: ['redshift:DeleteTags'],
  },
  sns: {
    service: 'sns',
    // c7n's sns tag, remove-tag and mark-for-op call TagResource/UntagResource per topic.
    tagBatch: 1,
    untagBatch: 1,
    tagPermissions: ['sns:TagResource'],
    untagPermissions: ['sns:UntagResource'],
  },
  // c7n's iam-user and iam-role tag actions: TagUser/TagRole by name, one call per resource.
  'iam-user': {
    service: 'iam',
    tagBatch: 1,
    untagBatch: 1,
    tagPermissions: ['iam:TagUser'],
    untagPermissions: ['iam:UntagUser'],
  },
  'iam-role': {
    service: 'iam',
    tagBatch: 1,
    untagBatch: 1,
    tagPermissions: ['iam:TagRole'],
    untagPermissions: ['iam:UntagRole'],
  },
  // c7n's elb tag actions: ELB AddTags/RemoveTags by load balancer name, one call per resource.
  elb: {
    service: 'elb',
    tagBatch: 1,
    untagBatch: 1,
    tagPermissions: ['elasticloadbalancing:AddTags'],
    untagPermissions: ['elasticloadbalancing:RemoveTags'],
  },
  // c7n's app-elb and target group tag actions: ELBv2 AddTags/RemoveTags by ARN, one per call.
  elbv2: {
    service: 'elbv2',
    tagBatch: 1,
    untagBatch: 1,
    tagPermissions: ['elasticloadbalancing:AddTags'],
    untagPermissions: ['elasticloadbalancing:RemoveTags'],
  },
  // c7n's elasticsearch tag actions: AddTags/RemoveTags by domain ARN, one call per domain.
  es: {
    service: 'es',
    tagBatch: 1,
    untagBatch: 1,
    tagPermissions: ['es:AddTags'],
    untagPermissions: ['es:RemoveTags'],
  },
  // c7n's cfn tag actions: UpdateStack per stack with the whole new tag set (previous template).
  cfn: {
    service: 'cloudformation',
    tagBatch: 1,
    untagBatch: 1,
    tagPermissions: ['cloudformation:UpdateStack'],
    untagPermissions: ['cloudformation:UpdateStack'],
  },
  // c7n's secrets-manager tag actions: TagResource/UntagResource by secret ARN, one per call.
  secretsmanager: {
    service: 'secretsmanager',
    tagBatch: 1,
    untagBatch: 1,
    tagPermissions: ['secretsmanager:TagResource'],
    untagPermissions: ['secretsmanager:UntagResource'],
  },
  // c7n's ecr tag actions: TagResource/UntagResource by repository ARN, one call per repository.
  ecr: {
    service: 'api.ecr',
    tagBatch: 1,
    untagBatch: 1,
    tagPermissions: ['ecr:TagResource'],
    untagPermissions: ['ecr:UntagResource'],
  },
  // c7n's ecs tag actions: TagResource/UntagResource by ARN (`{key, value}` tags), one per call.
  ecs: {
    service: 'ecs',
    tagBatch: 1,
    untagBatch: 1,
    tagPermissions: ['ecs:TagResource'],
    untagPermissions: ['ecs:UntagResource'],
  },
  // c7n's eks tag actions: TagResource (a tag map)/UntagResource by cluster ARN, one per call.
  eks: {
    service: 'eks',
    tagBatch: 1,
    untagBatch: 1,
    tagPermissions: ['eks:TagResource'],
    untagPermissions: ['eks:UntagResource'],
  },
};

/** The source fields the tag family reads; `tagging` is optional on declarations. */
export type TaggingSource = Pick<AwsSource, 'service' | 'arn'> & { tagging?: TagApi };

/**
 * The tagging API of a resource type: `source.tagging` when declared, else c7n's rule by
 * service (EC2 family → ec2, S3 → s3, Auto Scaling → autoscaling, anything else → universal).
 */
export function taggingOf(rt: ResourceTypeDecl): TagApi {
  const source = rt.source as Partial<TaggingSource> | undefined;
  if (source?.tagging) return source.tagging;
  if (source?.service === 'ec2') return 'ec2';
  if (source?.service === 's3') return 's3';
  if (source?.service === 'autoscaling') return 'autoscaling';
  return 'universal';
}

export function tagPermissions(rt: ResourceTypeDecl): readonly string[] {
  return TAG_APIS[taggingOf(rt)].tagPermissions;
}

export function untagPermissions(rt: ResourceTypeDecl): readonly string[] {
  return TAG_APIS[taggingOf(rt)].untagPermissions;
}
