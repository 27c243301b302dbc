import { defineAction, pyEq, type Resource } from '@c7n-ts/core';
import { sdkShapes } from '../../../generated/fields.js';

/** UpdateService request members but the cluster and service, from the SDK model. */
const MEMBERS = sdkShapes.ecs.UpdateServiceRequest.filter((m) => m !== 'cluster' && m !== 'service');

export default defineAction({
  type: 'modify',
  resources: ['aws.ecs-service'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['update'],
    properties: {
      update: {
        type: 'object',
        additionalProperties: false,
        description:
          'UpdateService members to set (desiredCount, taskDefinition, networkConfiguration...); the members that already hold the value are left out.',
        properties: Object.fromEntries(
          MEMBERS.map((m) => [m, { description: `UpdateService's \`${m}\`, sent as given.` }]),
        ),
      },
    },
  } as {
    type: 'object';
    additionalProperties: false;
    required: ['update'];
    properties: {
      update: {
        type: 'object';
        additionalProperties: false;
        description: string;
        properties: Record<string, { description: string }>;
      };
    };
  },
  permissions: ['ecs:UpdateService'],
  doc: {
    summary:
      "Update each service with UpdateService, sending only the members that differ from the service's; `networkConfiguration.awsvpcConfiguration` is merged into the service's own (the API replaces it whole), as Cloud Custodian does.",
    example: [
      '- type: modify',
      '  update:',
      '    networkConfiguration:',
      '      awsvpcConfiguration:',
      '        assignPublicIp: DISABLED',
    ].join('\n'),
  },
  reads: () => ['clusterArn', 'serviceName', 'serviceArn', ...MEMBERS],
  plan(services: Resource[], opts) {
    const update = (opts.update ?? {}) as Record<string, unknown>;
    const netUpdate = (
      update.networkConfiguration as { awsvpcConfiguration?: Record<string, unknown> } | undefined
    )?.awsvpcConfiguration;
    return services.flatMap((s) => {
      const param: Record<string, unknown> = {};
      if (netUpdate && Object.keys(netUpdate).length) {
        const own = (s.networkConfiguration as { awsvpcConfiguration?: Record<string, unknown> } | undefined)
          ?.awsvpcConfiguration;
        param.networkConfiguration = { awsvpcConfiguration: { ...own, ...netUpdate } };
      }
      for (const [k, v] of Object.entries(update)) {
        if (k !== 'networkConfiguration' && !pyEq(s[k], v)) param[k] = v;
      }
      if (!Object.keys(param).length) return [];
      const name = String(s.serviceName);
      return [
        {
          service: 'ecs',
          operation: 'UpdateService',
          input: { cluster: s.clusterArn, service: name, ...param },
          resourceIds: [String(s.serviceArn)],
          describe: `update ${Object.keys(param).join(', ')} of service ${name}`,
        },
      ];
    });
  },
});
