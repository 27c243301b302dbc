/**
 * API Gateway's `patchOperations`, as Cloud Custodian's `update` actions of rest-api and
 * rest-stage take them (its OP_SCHEMA: `op` and `path` required, string `value` and `from`).
 */
export const patchOption = {
  type: 'array',
  description: 'JSON Patch operations sent as `patchOperations`, applied in order.',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['op', 'path'],
    properties: {
      op: {
        enum: ['add', 'remove', 'update', 'copy', 'replace', 'test'],
        description: 'The patch operation.',
      },
      path: { type: 'string', description: 'The property the operation changes, e.g. `/description`.' },
      value: { type: 'string', description: 'The new value (always a string for API Gateway).' },
      from: { type: 'string', description: 'The source path of a `copy`.' },
    },
  },
} as const;
