import { defineAction, type Resource } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.cfn'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      force: {
        type: 'boolean',
        default: false,
        description:
          'When termination protection refuses the delete, turn it off (UpdateTerminationProtection) and delete again.',
      },
    },
  } as const,
  // c7n names UpdateStack; `force` calls UpdateTerminationProtection, its own IAM action.
  permissions: (opts) => [
    'cloudformation:DeleteStack',
    'cloudformation:UpdateStack',
    ...(opts.force ? ['cloudformation:UpdateTerminationProtection'] : []),
  ],
  doc: {
    summary:
      'Delete stacks (DeleteStack by name). A stack with termination protection is passed over (as Cloud Custodian, the run does not fail for it) unless `force` is set; DescribeStacks does not list `EnableTerminationProtection`, so the protection cannot be filtered on first.',
    example: '- type: delete\n  force: true',
  },
  reads: () => ['StackName'],
  plan(resources: Resource[], opts) {
    return resources.flatMap((r) => {
      const name = r.StackName;
      if (typeof name !== 'string') return [];
      return [
        {
          service: 'cloudformation',
          operation: 'DeleteStack',
          input: { StackName: name },
          resourceIds: [name],
          describe: `delete stack ${name}${opts.force ? ', turning termination protection off if it is on' : ''}`,
          // CloudFormation answers a protected stack's delete with a ValidationError. Without
          // `force`, c7n logs it and goes on: the run does not fail for it.
          ...(!opts.force && { okErrors: ['ValidationError'] }),
          ...(opts.force && {
            recover: {
              codes: ['ValidationError'],
              calls: [
                {
                  service: 'cloudformation',
                  operation: 'UpdateTerminationProtection',
                  input: { EnableTerminationProtection: false, StackName: name },
                  resourceIds: [name],
                  describe: `turn termination protection off on stack ${name}`,
                },
              ],
            },
          }),
        },
      ];
    });
  },
});
