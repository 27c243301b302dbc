/**
 * Hand-made resource types and a small RuleTester-style runner for the tag family's tests.
 * Test support only: nothing in the package imports it.
 */
import {
  type ActionContext,
  type ActionDecl,
  composeRegistry,
  createAjv,
  defineAction,
  defineResource,
  type PlannedCall,
  type Problem,
  type Resource,
  type ResourceTypeDecl,
} from '@c7n-ts/core';
import { problemsOf as coreProblemsOf } from '@c7n-ts/core/testing';
import { expect } from 'vitest';
import { commonActions } from './index.js';
import type { TaggingSource } from './tagging/index.js';

function fakeType(type: string, id: string, source: TaggingSource): ResourceTypeDecl<TaggingSource> {
  return defineResource<TaggingSource>({
    type,
    provider: 'aws',
    id,
    taggable: true,
    fields: [],
    permissions: [],
    doc: { summary: `test ${type}`, example: `name: t\nresource: ${type}` },
    source,
  });
}

/** EC2 family: CreateTags/DeleteTags on ids (derived from the service). */
export const ec2 = fakeType('aws.ec2', 'InstanceId', {
  service: 'ec2',
  arn: { service: 'ec2', resourceType: 'instance', separator: '/', idField: 'InstanceId' },
});

/** RDS as c7n tags it: universal tagging API on the ARN field. */
export const rds = fakeType('aws.rds', 'DBInstanceIdentifier', {
  service: 'rds',
  tagging: 'universal',
  arn: { field: 'DBInstanceArn' },
});

/** RDS snapshots: universal, with the ARN built (`:` separator). */
export const rdsSnapshot = fakeType('aws.rds-snapshot', 'DBSnapshotIdentifier', {
  service: 'rds',
  arn: { service: 'rds', resourceType: 'snapshot', separator: ':', idField: 'DBSnapshotIdentifier' },
});

/** A type declared to use the RDS API itself. */
export const rdsApi = fakeType('aws.rds-cluster', 'DBClusterIdentifier', {
  service: 'rds',
  tagging: 'rds',
  arn: { field: 'DBClusterArn' },
});

export const s3 = fakeType('aws.s3', 'Name', {
  service: 's3',
  arn: { service: 's3', resourceType: '', separator: ':', idField: 'Name', global: true },
});

/** An ec2-only action, so `mark-for-op` has an op to check against. */
const stop = defineAction({
  type: 'stop',
  resources: ['aws.ec2'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: [],
  doc: { summary: 'test stop action', example: '- stop' },
  plan: () => [],
});

export const registry = composeRegistry({
  resources: [ec2, rds, rdsSnapshot, rdsApi, s3],
  sources: [
    { origin: 'aws/common', elements: commonActions },
    { origin: 'test', elements: [stop] },
  ],
});

const ajv = createAjv();

/** Schema problems (as `schema`) followed by the declaration's own check problems. */
export function problemsOf(decl: ActionDecl<any, any>, rt: ResourceTypeDecl, options: object): Problem[] {
  return coreProblemsOf(decl, options as Record<string, unknown>, { resourceType: rt, registry });
}

/** 2024-01-01 23:30 UTC. */
export const NOW = Date.UTC(2024, 0, 1, 23, 30);

/** Validates (applying defaults, as the loader does) and plans. */
export async function planOf(
  decl: ActionDecl<any, any>,
  rt: ResourceTypeDecl,
  options: object,
  resources: Resource[],
  extra: Partial<ActionContext> = {},
): Promise<PlannedCall[]> {
  const opts = structuredClone(options) as Record<string, unknown>;
  const validate = ajv.compile(decl.options as object);
  expect(validate(opts), JSON.stringify(validate.errors)).toBe(true);
  return decl.plan(structuredClone(resources), opts, {
    now: NOW,
    region: 'us-east-1',
    accountId: '123456789012',
    resourceType: rt,
    policyName: 'test',
    policy: { name: 'test', resource: rt.type },
    dryrun: false,
    ...extra,
  });
}

export interface PlanCase {
  name: string;
  rt: ResourceTypeDecl;
  options: object;
  resources: Resource[];
  /** Compared with `toMatchObject` per call, in order. */
  calls: Partial<PlannedCall>[];
  context?: Partial<ActionContext>;
}

export async function expectPlan(decl: ActionDecl<any, any>, c: PlanCase): Promise<void> {
  const calls = await planOf(decl, c.rt, c.options, c.resources, c.context);
  expect(calls, JSON.stringify(calls, null, 1)).toHaveLength(c.calls.length);
  for (const [i, want] of c.calls.entries()) expect(calls[i]).toMatchObject(want);
}

export interface InvalidCase {
  options: object;
  rt?: ResourceTypeDecl;
  messageId: string;
  path?: readonly (string | number)[];
  severity?: 'error' | 'warning';
}

export function expectProblem(decl: ActionDecl<any, any>, c: InvalidCase): void {
  const problems = problemsOf(decl, c.rt ?? ec2, c.options);
  const hit = problems.find((p) => p.messageId === c.messageId);
  expect(hit, JSON.stringify(problems)).toBeDefined();
  if (c.path) expect(hit?.path ?? []).toEqual(c.path);
  expect(hit?.severity ?? 'error').toBe(c.severity ?? 'error');
}

export function expectValid(decl: ActionDecl<any, any>, options: object, rt: ResourceTypeDecl = ec2): void {
  const errors = problemsOf(decl, rt, options).filter((p) => p.severity !== 'warning');
  expect(errors).toEqual([]);
}

/** `n` EC2 instances `i-000`, `i-001`, ... with the given tags. */
export function instances(n: number, tags: Record<string, string> = {}): Resource[] {
  return Array.from({ length: n }, (_, i) => ({
    InstanceId: `i-${String(i).padStart(3, '0')}`,
    Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
  }));
}

export const tagList = (tags: Record<string, string>) =>
  Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
