import { compileJmespath, defineAction, type Resource } from '@c7n-ts/core';

export default defineAction({
  type: 'set-concurrency',
  resources: ['aws.lambda'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['value'],
    properties: {
      value: {
        type: ['string', 'integer', 'null'],
        description:
          'Reserved concurrent executions; null removes the reservation. With `expr`, a JMESPath expression read from each function.',
      },
      expr: { type: 'boolean', description: '`value` is a JMESPath expression evaluated on each function.' },
    },
  } as const,
  permissions: ['lambda:DeleteFunctionConcurrency', 'lambda:PutFunctionConcurrency'],
  doc: {
    summary:
      "Set each function's reserved concurrency (PutFunctionConcurrency), or remove it when the value is null (DeleteFunctionConcurrency); with `expr`, the value is read from the function.",
    example: '- type: set-concurrency\n  value: 10',
  },
  messages: { 'expr-not-string': 'With expr: true, value must be a JMESPath expression (a string).' },
  check(opts) {
    if (opts.expr && typeof opts.value !== 'string')
      return [
        {
          messageId: 'expr-not-string',
          message: `invalid value expression ${JSON.stringify(opts.value)}`,
          path: ['value'],
        },
      ];
    return [];
  },
  reads: () => ['FunctionName'],
  plan(functions: Resource[], opts) {
    const search = opts.expr && typeof opts.value === 'string' ? compileJmespath(opts.value) : undefined;
    return functions.flatMap((f) => {
      const name = String(f.FunctionName);
      let value: unknown = opts.value;
      if (search) {
        value = search(f);
        if (typeof value === 'number') value = Math.trunc(value);
      }
      if (value === null || value === undefined)
        return [
          {
            service: 'lambda',
            operation: 'DeleteFunctionConcurrency',
            input: { FunctionName: name },
            resourceIds: [name],
            describe: `remove the reserved concurrency of ${name}`,
          },
        ];
      return [
        {
          service: 'lambda',
          operation: 'PutFunctionConcurrency',
          input: { FunctionName: name, ReservedConcurrentExecutions: value },
          resourceIds: [name],
          describe: `reserve ${String(value)} concurrent executions for ${name}`,
        },
      ];
    });
  },
});
