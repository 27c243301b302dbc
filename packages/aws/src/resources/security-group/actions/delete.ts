import type { SecurityGroup } from '@aws-sdk/client-ec2';
import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.security-group'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['ec2:DeleteSecurityGroup'],
  doc: {
    summary:
      'Delete security groups, one call each. A group still in use or referenced by another fails with DependencyViolation; pair the action with a filter such as `unused`.',
    example: '- delete',
  },
  reads: () => ['GroupId'],
  plan(resources: SecurityGroup[]) {
    return resources.flatMap((g) =>
      g.GroupId
        ? [
            {
              service: 'ec2',
              operation: 'DeleteSecurityGroup',
              input: { GroupId: g.GroupId },
              resourceIds: [g.GroupId],
              describe: `delete ${g.GroupId}${g.GroupName ? ` (${g.GroupName})` : ''}`,
              // Already gone is done; c7n would raise and stop the rest.
              okErrors: ['InvalidGroup.NotFound'],
            },
          ]
        : [],
    );
  },
});
