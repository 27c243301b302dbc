import { defineAction, type Resource } from '@c7n-ts/core';

export default defineAction({
  type: 'toggle-recording',
  resources: ['aws.config-recorder'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      enabled: {
        type: 'boolean',
        default: true,
        description: 'Start the recorder (StartConfigurationRecorder) when true, stop it when false.',
      },
    },
  } as const,
  permissions: ['config:StartConfigurationRecorder', 'config:StopConfigurationRecorder'],
  doc: {
    summary: 'Start or stop AWS Config configuration recorders, one call per recorder by name.',
    example: '- type: toggle-recording\n  enabled: false',
  },
  reads: () => ['name'],
  plan(resources: Resource[], opts) {
    const start = opts.enabled !== false;
    return resources.flatMap((r) => {
      if (typeof r.name !== 'string') return [];
      return [
        {
          service: 'config',
          operation: start ? 'StartConfigurationRecorder' : 'StopConfigurationRecorder',
          input: { ConfigurationRecorderName: r.name },
          resourceIds: [r.name],
          describe: `${start ? 'start' : 'stop'} configuration recorder ${r.name}`,
        },
      ];
    });
  },
});
