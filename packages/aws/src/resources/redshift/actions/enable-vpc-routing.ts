import { defineAction } from '@c7n-ts/core';
import { perCluster } from './_cluster.js';

export default defineAction({
  type: 'enable-vpc-routing',
  resources: ['aws.redshift'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      value: {
        type: 'boolean',
        description: 'Enhanced VPC routing wanted: true (the default) turns it on, false turns it off.',
      },
    },
  } as const,
  permissions: ['redshift:ModifyCluster'],
  doc: {
    summary:
      'Turn enhanced VPC routing on (or off with `value: false`) with ModifyCluster EnhancedVpcRouting, one call per cluster. Clusters already set that way are left alone, as Cloud Custodian.',
    example: '- type: enable-vpc-routing\n  value: true',
  },
  reads: () => ['ClusterIdentifier', 'EnhancedVpcRouting'],
  plan(clusters, opts, ctx) {
    const wanted = opts.value ?? true;
    const todo = clusters.filter((c) => Boolean(c.EnhancedVpcRouting ?? false) !== wanted);
    return perCluster(
      todo,
      'ModifyCluster',
      wanted ? 'enable VPC routing on' : 'disable VPC routing on',
      ctx.log,
      {
        input: (id) => ({ ClusterIdentifier: id, EnhancedVpcRouting: wanted }),
      },
    );
  },
});
