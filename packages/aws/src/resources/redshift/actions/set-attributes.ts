import { compileJmespath, defineAction, type PlannedCall, type Problem, type Resource } from '@c7n-ts/core';
import { sdkShapes } from '../../../generated/fields.js';
import { equal } from '../../s3/actions/_statements.js';
import { clusterId } from './_cluster.js';

/** ModifyCluster request members, from the SDK model (Cloud Custodian's shape_validate). */
const MEMBERS: readonly string[] = sdkShapes.redshift.ModifyClusterMessage;

/** Request members the describe output keeps elsewhere, and where (Cloud Custodian's cluster_mapping). */
const MAPPED: Record<string, (c: Resource) => unknown> = Object.fromEntries(
  Object.entries({
    ElasticIp: 'ElasticIpStatus.ElasticIp',
    ClusterSecurityGroups: 'ClusterSecurityGroups[].ClusterSecurityGroupName',
    // c7n reads the group names here, so a list of ids always differs; kept as c7n does.
    VpcSecurityGroupIds: 'VpcSecurityGroups[].ClusterSecurityGroupName',
    HsmClientCertificateIdentifier: 'HsmStatus.HsmClientCertificateIdentifier',
    HsmConfigurationIdentifier: 'HsmStatus.HsmConfigurationIdentifier',
  }).map(([k, path]) => [k, compileJmespath(path)]),
);

/** The attributes whose value differs from the cluster's (a pending modification counting as current). */
export function changed(cluster: Resource, attributes: Record<string, unknown>): Record<string, unknown> {
  const pending = (cluster.PendingModifiedValues ?? {}) as Record<string, unknown>;
  const modify: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attributes)) {
    const current = k in pending ? pending[k] : cluster[k];
    if ((MAPPED[k] && !equal(v, MAPPED[k](cluster) ?? null)) || !equal(v, current ?? null)) modify[k] = v;
  }
  return modify;
}

export default defineAction({
  type: 'set-attributes',
  resources: ['aws.redshift'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['attributes'],
    properties: {
      attributes: {
        type: 'object',
        description:
          'ModifyCluster request members to set (AllowVersionUpgrade, AutomatedSnapshotRetentionPeriod, Encrypted...), except ClusterIdentifier, which is each matched cluster.',
      },
    },
  } as const,
  permissions: ['redshift:ModifyCluster'],
  doc: {
    summary:
      "Change cluster settings with ModifyCluster, one call per cluster with those `attributes` that differ from the cluster's (or its pending) values; a cluster already set gets no call, one gone meanwhile is skipped.",
    example: '- type: set-attributes\n  attributes:\n    AllowVersionUpgrade: true',
  },
  messages: {
    'cluster-id': 'ClusterIdentifier cannot be updated.',
    'unknown-member': 'not a ModifyCluster request member.',
  },
  check(opts) {
    const problems: Problem[] = [];
    for (const key of Object.keys(opts.attributes as Record<string, unknown>)) {
      if (key === 'ClusterIdentifier')
        problems.push({
          messageId: 'cluster-id',
          message: 'ClusterIdentifier field cannot be updated.',
          path: ['attributes', key],
          at: 'key',
        });
      else if (!MEMBERS.includes(key))
        problems.push({
          messageId: 'unknown-member',
          message: `"${key}" is not a ModifyCluster request member.`,
          path: ['attributes', key],
          at: 'key',
        });
    }
    return problems;
  },
  reads: () => ['ClusterIdentifier', 'PendingModifiedValues', 'ElasticIpStatus', 'HsmStatus'],
  plan(clusters: Resource[], opts) {
    const calls: PlannedCall[] = [];
    for (const c of clusters) {
      const id = clusterId(c);
      if (!id) continue;
      const modify = changed(c, opts.attributes as Record<string, unknown>);
      if (!Object.keys(modify).length) continue;
      // A cluster being renamed is addressed by its new name, as c7n does.
      const pending = (c.PendingModifiedValues ?? {}) as Record<string, unknown>;
      const target =
        typeof pending.ClusterIdentifier === 'string' && pending.ClusterIdentifier
          ? pending.ClusterIdentifier
          : id;
      calls.push({
        service: 'redshift',
        operation: 'ModifyCluster',
        input: { ...modify, ClusterIdentifier: target },
        resourceIds: [id],
        describe: `set ${Object.keys(modify).join(', ')} on ${id}`,
        okErrors: ['ClusterNotFound', 'ClusterNotFoundFault'],
      });
    }
    return calls;
  },
});
