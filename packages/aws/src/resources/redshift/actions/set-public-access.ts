import { defineAction } from '@c7n-ts/core';
import { perCluster } from './_cluster.js';

export default defineAction({
  type: 'set-public-access',
  resources: ['aws.redshift'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        default: false,
        description: 'PubliclyAccessible value to set (default false: make clusters private).',
      },
    },
  } as const,
  permissions: ['redshift:ModifyCluster'],
  doc: {
    summary:
      "Set Redshift clusters' PubliclyAccessible with ModifyCluster, one call per cluster, as Cloud Custodian does (whatever the current value).",
    example: '- type: set-public-access\n  state: false',
  },
  reads: () => ['ClusterIdentifier'],
  plan: (clusters, opts, ctx) =>
    perCluster(clusters, 'ModifyCluster', `set PubliclyAccessible=${String(opts.state)} on`, ctx.log, {
      input: (id) => ({ ClusterIdentifier: id, PubliclyAccessible: opts.state }),
    }),
});
