import { defineMode } from '../define/index.js';

export default defineMode({
  type: 'pull',
  resources: '*',
  serverless: false,
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {},
  } as const,
  permissions: [],
  doc: {
    summary:
      'Run the policy from the command line: list the resources, filter them and act on the matches. The default when a policy has no `mode`.',
    example: 'mode:\n  type: pull',
  },
});
