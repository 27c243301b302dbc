/**
 * Cloud Custodian's lambda set-xray-tracing: UpdateFunctionConfiguration with TracingConfig
 * Active (`state: true`, the default) or PassThrough, for the functions not already so (by their
 * listed `TracingConfig.Mode`). A function gone meanwhile is skipped; throttling and a function
 * still updating are retried, as c7n's get_retry.
 */
import { defineAction, type Resource } from '@c7n-ts/core';

export const UPDATE_RETRY = {
  codes: ['TooManyRequestsException', 'ResourceConflictException'],
  attempts: 8,
  delayMs: 1000,
  maxDelayMs: 30000,
} as const;

export default defineAction({
  type: 'set-xray-tracing',
  resources: ['aws.lambda'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        default: true,
        description: '`true` (the default): tracing Active; `false`: PassThrough.',
      },
    },
  } as const,
  permissions: ['lambda:UpdateFunctionConfiguration'],
  doc: {
    summary:
      'Turn AWS X-Ray tracing on (`Active`) or off (`PassThrough`) for each function not already so: UpdateFunctionConfiguration with its TracingConfig.',
    example: '- type: set-xray-tracing\n  state: true',
  },
  reads: () => ['FunctionName', 'TracingConfig'],
  plan(functions: Resource[], opts) {
    const on = opts.state !== false;
    const mode = on ? 'Active' : 'PassThrough';
    return functions.flatMap((f) => {
      const active = (f.TracingConfig as { Mode?: string } | undefined)?.Mode === 'Active';
      if (active === on) return [];
      const name = String(f.FunctionName);
      return [
        {
          service: 'lambda',
          operation: 'UpdateFunctionConfiguration',
          input: { FunctionName: name, TracingConfig: { Mode: mode } },
          resourceIds: [name],
          okErrors: ['ResourceNotFoundException'],
          retry: UPDATE_RETRY,
          describe: `set X-Ray tracing of ${name} to ${mode}`,
        },
      ];
    });
  },
});
