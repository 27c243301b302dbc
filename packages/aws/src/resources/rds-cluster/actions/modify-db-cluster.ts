import { defineAction, type Problem } from '@c7n-ts/core';
import { sdkShapes } from '../../../generated/fields.js';
import { perCluster } from './_cluster.js';

/** ModifyDBCluster request members, from the SDK model (Cloud Custodian's shape_validate). */
const MEMBERS: readonly string[] = sdkShapes.rds.ModifyDBClusterMessage;

export default defineAction({
  type: 'modify-db-cluster',
  resources: ['aws.rds-cluster'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['attributes'],
    properties: {
      attributes: {
        type: 'object',
        description:
          'ModifyDBCluster request members to send (DeletionProtection, CopyTagsToSnapshot, BackupRetentionPeriod...), except DBClusterIdentifier, which is each matched cluster.',
      },
    },
  } as const,
  permissions: ['rds:ModifyDBCluster'],
  doc: {
    summary:
      'Change DB cluster settings with ModifyDBCluster, one call per cluster with the given `attributes`, as Cloud Custodian sends them (whatever the current values).',
    example:
      '- type: modify-db-cluster\n  attributes:\n    CopyTagsToSnapshot: true\n    DeletionProtection: false',
  },
  messages: {
    'cluster-id': 'DBClusterIdentifier cannot be set: it is each matched cluster.',
    'unknown-member': 'not a ModifyDBCluster request member.',
  },
  check(opts) {
    const problems: Problem[] = [];
    for (const key of Object.keys(opts.attributes as Record<string, unknown>)) {
      if (key === 'DBClusterIdentifier')
        problems.push({
          messageId: 'cluster-id',
          message: 'DBClusterIdentifier cannot be set: it is each matched cluster.',
          path: ['attributes', key],
          at: 'key',
        });
      else if (!MEMBERS.includes(key))
        problems.push({
          messageId: 'unknown-member',
          message: `"${key}" is not a ModifyDBCluster request member.`,
          path: ['attributes', key],
          at: 'key',
        });
    }
    return problems;
  },
  reads: () => ['DBClusterIdentifier'],
  plan: (clusters, opts) =>
    perCluster(
      clusters,
      'ModifyDBCluster',
      `set ${Object.keys(opts.attributes as object).join(', ')} on`,
      (id) => ({ DBClusterIdentifier: id, ...(opts.attributes as Record<string, unknown>) }),
      { okErrors: false },
    ),
});
