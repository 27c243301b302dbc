import { defineAction, type Resource } from '@c7n-ts/core';

export default defineAction({
  type: 'set-protection',
  resources: ['aws.cfn'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        default: false,
        description: 'Termination protection on (`true`) or off (`false`, the default).',
      },
    },
  } as const,
  // c7n names UpdateStack; the call is UpdateTerminationProtection, its own IAM action.
  permissions: ['cloudformation:UpdateStack', 'cloudformation:UpdateTerminationProtection'],
  doc: {
    summary: "Turn stacks' termination protection on or off (UpdateTerminationProtection per stack).",
    example: '- type: set-protection\n  state: false',
  },
  reads: () => ['StackName'],
  plan(resources: Resource[], opts) {
    const state = opts.state ?? false;
    return resources.flatMap((r) => {
      const name = r.StackName;
      if (typeof name !== 'string') return [];
      return [
        {
          service: 'cloudformation',
          operation: 'UpdateTerminationProtection',
          input: { EnableTerminationProtection: state, StackName: name },
          resourceIds: [name],
          describe: `turn termination protection ${state ? 'on' : 'off'} on stack ${name}`,
        },
      ];
    });
  },
});
