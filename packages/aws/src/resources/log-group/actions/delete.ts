import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.log-group'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['logs:DeleteLogGroup'],
  doc: {
    summary: 'Delete each log group and its events (DeleteLogGroup); a group already gone counts as done.',
    example: '- delete',
  },
  reads: () => ['logGroupName'],
  plan(groups) {
    return groups.map((g) => ({
      service: 'logs',
      operation: 'DeleteLogGroup',
      input: { logGroupName: g.logGroupName },
      resourceIds: [String(g.logGroupName)],
      describe: `delete log group ${String(g.logGroupName)}`,
      okErrors: ['ResourceNotFoundException'],
    }));
  },
});
