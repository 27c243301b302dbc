import { defineAction } from '@c7n-ts/core';
import { perCluster } from './_cluster.js';

const current = (c: Record<string, unknown>) =>
  Math.trunc(Number(c.AutomatedSnapshotRetentionPeriod ?? 0)) || 0;

export default defineAction({
  type: 'retention',
  resources: ['aws.redshift'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['days'],
    properties: {
      days: {
        type: 'number',
        description: 'Automated snapshot retention in days (AutomatedSnapshotRetentionPeriod).',
      },
    },
  } as const,
  permissions: ['redshift:ModifyCluster'],
  doc: {
    summary:
      "Raise Redshift clusters' automated snapshot retention to `days` with ModifyCluster. As in Cloud Custodian, only clusters keeping snapshots for fewer days are changed; longer retentions are left alone.",
    example: '- type: retention\n  days: 21',
  },
  reads: () => ['ClusterIdentifier', 'AutomatedSnapshotRetentionPeriod'],
  plan: (clusters, opts, ctx) =>
    perCluster(
      clusters.filter((c) => current(c) < opts.days),
      'ModifyCluster',
      `set snapshot retention to ${opts.days} days on`,
      ctx.log,
      { input: (id) => ({ ClusterIdentifier: id, AutomatedSnapshotRetentionPeriod: opts.days }) },
    ),
});
