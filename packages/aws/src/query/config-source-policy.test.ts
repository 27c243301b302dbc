import { formatDiagnostic, loadPolicies, policyPermissions } from '@c7n-ts/core';
import { describe, expect, it } from 'vitest';
import { awsRegistry } from '../registry.js';

const registry = awsRegistry();
const load = (resource: string, source: string) =>
  loadPolicies(
    [{ path: 'p.yml', text: `policies:\n  - name: p\n    resource: ${resource}\n    source: ${source}\n` }],
    registry,
  );
const messages = (resource: string, source: string) =>
  load(resource, source).diagnostics.map((d) => `${formatDiagnostic(d)} [${d.messageId}]`);

describe('policy `source:`', () => {
  it.each([
    'aws.ec2',
    'aws.ebs',
    'aws.security-group',
    'aws.network-addr',
    'aws.rds',
    'aws.rds-snapshot',
    'aws.s3',
  ])('%s accepts describe and config', (type) => {
    expect(messages(type, 'describe')).toEqual([]);
    expect(messages(type, 'config')).toEqual([]);
  });

  it('refuses a source the type does not have, at the source line, naming the ones it has', () => {
    expect(messages('aws.ec2', 'inventory')).toEqual([
      'p.yml:4:13  policy p: resource type aws.ec2 has no source "inventory" (its sources: describe, config) [unsupported-source]',
    ]);
    expect(messages('aws.ec2', 'confg')).toEqual([
      'p.yml:4:13  policy p: resource type aws.ec2 has no source "confg"; did you mean "config"? (its sources: describe, config) [unsupported-source]',
    ]);
    // AWS Config records no EBS snapshots or AMIs; Cloud Custodian gives them no Config type.
    expect(messages('aws.ebs-snapshot', 'config')).toEqual([
      'p.yml:4:13  policy p: resource type aws.ebs-snapshot has no source "config" (its sources: describe) [unsupported-source]',
    ]);
    expect(messages('aws.ami', 'config')).toHaveLength(1);
  });

  it('permissions: the Config calls replace the describe calls', () => {
    const { policies } = load('aws.s3', 'config');
    const p = policies[0]!;
    const perms = policyPermissions(p.data, registry.resource(p.resourceType)!, registry);
    expect(perms.actions).toEqual([
      'config:GetResourceConfigHistory',
      'config:ListDiscoveredResources',
      'config:SelectResourceConfig',
    ]);
    const { policies: described } = load('aws.s3', 'describe');
    const d = described[0]!;
    expect(policyPermissions(d.data, registry.resource(d.resourceType)!, registry).actions).toContain(
      's3:ListAllMyBuckets',
    );
  });
});
