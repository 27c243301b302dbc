/**
 * Cloud Custodian's lambda update: UpdateFunctionConfiguration per function with `properties`
 * (request members, checked against the SDK model as c7n's shape_validate). A function with a
 * Cost Optimization Hub Rightsize recommendation (from the cost-optimization filter) also gets
 * its recommended MemorySize. c7n writes that size into the shared properties, so it carries over
 * to the next functions; here each function gets only its own.
 */
import { defineAction, type Problem, type Resource } from '@c7n-ts/core';
import { COST_OPTIMIZE } from '../../../common/filters/cost-optimization.js';
import { sdkShapes } from '../../../generated/fields.js';
import { UPDATE_RETRY } from './set-xray-tracing.js';

const MEMBERS: readonly string[] = sdkShapes.lambda.UpdateFunctionConfigurationRequest;

/** `1024 MB` in a Rightsize recommendation's summary gives 1024. */
function recommendedMemory(f: Resource): number | undefined {
  const rec = f[COST_OPTIMIZE] as { actionType?: string; recommendedResourceSummary?: string } | undefined;
  if (rec?.actionType !== 'Rightsize') return undefined;
  const size = Number.parseInt(String(rec.recommendedResourceSummary ?? '').split(' ')[0] ?? '', 10);
  return Number.isNaN(size) ? undefined : size;
}

export default defineAction({
  type: 'update',
  resources: ['aws.lambda'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      properties: {
        type: 'object',
        description:
          'UpdateFunctionConfiguration request members to send (MemorySize, Timeout, Runtime, Environment...); FunctionName is each matched function.',
      },
    },
  } as const,
  permissions: ['lambda:UpdateFunctionConfiguration'],
  doc: {
    summary:
      "Change each function's configuration with UpdateFunctionConfiguration and the given `properties`; after a cost-optimization filter, a Rightsize recommendation's memory size is applied too.",
    example: '- type: update\n  properties:\n    Timeout: 60',
  },
  messages: { 'unknown-member': 'not an UpdateFunctionConfiguration request member.' },
  check(opts) {
    const problems: Problem[] = [];
    for (const key of Object.keys((opts.properties ?? {}) as Record<string, unknown>))
      if (!MEMBERS.includes(key))
        problems.push({
          messageId: 'unknown-member',
          message: `"${key}" is not an UpdateFunctionConfiguration request member.`,
          path: ['properties', key],
          at: 'key',
        });
    return problems;
  },
  reads: () => ['FunctionName', COST_OPTIMIZE],
  plan(functions: Resource[], opts) {
    const { FunctionName: _n, ...props } = (opts.properties ?? {}) as Record<string, unknown>;
    return functions.map((f) => {
      const name = String(f.FunctionName);
      const memory = recommendedMemory(f);
      const input = { ...props, ...(memory !== undefined && { MemorySize: memory }), FunctionName: name };
      const what = Object.keys(input).filter((k) => k !== 'FunctionName');
      return {
        service: 'lambda',
        operation: 'UpdateFunctionConfiguration',
        input,
        resourceIds: [name],
        okErrors: ['ResourceNotFoundException'],
        retry: UPDATE_RETRY,
        describe: `update ${what.length ? what.join(', ') : 'the configuration'} of ${name}`,
      };
    });
  },
});
