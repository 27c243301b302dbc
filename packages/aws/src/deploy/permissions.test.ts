/**
 * Permissions as data: the deployer table, what a function adds, and two checks over the whole
 * registry that `c7n-ts permissions` can rely on (well-formed actions; the tag family's planned
 * calls are covered by what it declares).
 */
import type { ElementDecl, ResourceTypeDecl } from '@c7n-ts/core';
import { exampleOptions } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import markForOp from '../common/actions/mark-for-op.js';
import removeTag from '../common/actions/remove-tag.js';
import renameTag from '../common/actions/rename-tag.js';
import tag from '../common/actions/tag.js';
import { ec2, instances, planOf, rds, rdsApi, s3 } from '../common/test-fixtures.js';
import { awsRegistry } from '../registry.js';
import { DEPLOY_CALL_PERMISSIONS, deployerPermissions, functionPermissions } from './permissions.js';

const IAM_ACTION = /^[a-z0-9-]+:[A-Za-z0-9]+\*?$/;
// Endpoint prefixes whose IAM service prefix differs.
const IAM_PREFIX: Record<string, string> = { tagging: 'tag', email: 'ses', 'api.ecr': 'ecr' };
const iamAction = (service: string, operation: string) => `${IAM_PREFIX[service] ?? service}:${operation}`;

describe('deploy permissions', () => {
  it('lists each deployer action once, sorted and well-formed', () => {
    const actions = deployerPermissions();
    expect(actions).toEqual([...new Set(actions)].sort());
    for (const a of actions) expect(a).toMatch(IAM_ACTION);
    expect(actions).toContain('iam:PassRole');
  });

  it('needs at least the IAM action named like each call', () => {
    for (const [call, needs] of Object.entries(DEPLOY_CALL_PERMISSIONS)) {
      const [service, operation] = call.split('.') as [string, string];
      expect(needs, call).toContain(iamAction(service, operation));
    }
  });

  it('gives the function its logs, and S3 output when output_dir is s3://', () => {
    expect(Object.keys(functionPermissions({ type: 'periodic' }))).toEqual([
      'logs:CreateLogStream',
      'logs:PutLogEvents',
    ]);
    expect(functionPermissions({ 'execution-options': { output_dir: 's3://bucket/prefix' } })).toMatchObject({
      's3:PutObject': 'execution-options output_dir',
    });
    expect(functionPermissions({ 'execution-options': { output_dir: '/tmp/out' } })).not.toHaveProperty(
      's3:PutObject',
    );
  });
});

describe('registry permissions', () => {
  const registry = awsRegistry();

  it('are well-formed service:Action strings for every resource type and element', () => {
    const bad: string[] = [];
    const check = (where: string, perms: readonly string[]) => {
      for (const p of perms) if (!IAM_ACTION.test(p)) bad.push(`${where}: ${p}`);
    };
    for (const rt of registry.resources.values()) {
      check(rt.type, rt.permissions);
      for (const kind of ['filter', 'action'] as const)
        for (const { decl } of registry.elements(kind, rt.type).values())
          check(`${rt.type} ${kind} ${decl.type}`, permsOf(decl, rt));
    }
    for (const { decl } of registry.modes.values()) check(`mode ${decl.type}`, permsOf(decl));
    expect(bad).toEqual([]);
  });

  it.each([
    [tag, { key: 'Owner', value: 'x' }],
    [removeTag, { tags: ['Owner'] }],
    [renameTag, { old_key: 'a', new_key: 'b' }],
    [markForOp, { op: 'stop', days: 1 }],
  ] as const)('%s: planned calls use only declared operations', async (decl, options) => {
    for (const rt of [ec2, rds, rdsApi, s3]) {
      const resources = instances(1, { a: 'v', Owner: 'o' }).map((r) => ({
        ...r,
        [rt.id]: 'id-1',
        DBInstanceArn: 'arn:aws:rds:us-east-1:1:db:id-1',
        DBClusterArn: 'arn:aws:rds:us-east-1:1:cluster:id-1',
        Tags: [{ Key: 'a', Value: 'v' }],
      }));
      const calls = await planOf(decl, rt, options, resources);
      expect(calls.length, `${decl.type} on ${rt.type} planned nothing`).toBeGreaterThan(0);
      const perms = permsOf(decl, rt, options);
      for (const c of calls)
        expect(perms, `${rt.type} ${c.service}.${c.operation}`).toContain(iamAction(c.service, c.operation));
    }
  });
});

function permsOf(decl: ElementDecl, rt?: ResourceTypeDecl, options?: object): readonly string[] {
  if (typeof decl.permissions !== 'function') return decl.permissions;
  const all = new Set<string>();
  for (const opts of options ? [options] : [{}, ...exampleOptions(decl)])
    for (const p of decl.permissions(opts as Record<string, unknown>, rt as ResourceTypeDecl)) all.add(p);
  return [...all];
}
