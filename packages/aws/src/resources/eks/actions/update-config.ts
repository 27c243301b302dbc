import { defineAction } from '@c7n-ts/core';
import { sdkShapes } from '../../../generated/fields.js';

/** UpdateClusterConfig request members but the cluster's name, from the SDK model. */
const MEMBERS = sdkShapes.eks.UpdateClusterConfigRequest.filter((m) => m !== 'name');

export default defineAction({
  type: 'update-config',
  resources: ['aws.eks'],
  // As Cloud Custodian's shape_schema: the request's members, each sent as given.
  options: {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      MEMBERS.map((m) => [m, { description: `UpdateClusterConfig's \`${m}\`, sent as given.` }]),
    ),
  } as { type: 'object'; additionalProperties: false; properties: Record<string, { description: string }> },
  permissions: ['eks:UpdateClusterConfig'],
  doc: {
    summary:
      "Change each ACTIVE cluster's configuration with UpdateClusterConfig: the options are the request's members (resourcesVpcConfig, logging, accessConfig...), sent as given with the cluster's name. Clusters in another state are skipped with a warning, as Cloud Custodian does.",
    example:
      '- type: update-config\n  resourcesVpcConfig:\n    endpointPublicAccess: false\n    endpointPrivateAccess: true',
  },
  reads: () => ['name', 'status'],
  plan: (clusters, opts, ctx) => {
    const { type: _t, ...params } = opts as Record<string, unknown>;
    const active = clusters.filter((c) => c.status === 'ACTIVE');
    const skipped = clusters.length - active.length;
    if (skipped)
      ctx.log?.('warn', `update-config: ${skipped} of ${clusters.length} clusters not ACTIVE; skipped`);
    return active.map((c) => ({
      service: 'eks',
      operation: 'UpdateClusterConfig',
      input: { name: c.name, ...params },
      resourceIds: [String(c.name)],
      describe: `update the configuration of EKS cluster ${String(c.name)} (${Object.keys(params).join(', ')})`,
    }));
  },
});
