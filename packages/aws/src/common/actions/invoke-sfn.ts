import { defineAction, type PlannedCall, type Resource } from '@c7n-ts/core';
import { pyDumps } from '../securityhub/format.js';
import { resourceArn } from '../tagging/index.js';

const chunk = <T>(xs: readonly T[], n: number) =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

export default defineAction({
  type: 'invoke-sfn',
  resources: '*',
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['state-machine'],
    properties: {
      'state-machine': { type: 'string', description: 'Name or ARN of the Step Functions state machine.' },
      bulk: {
        type: 'boolean',
        description:
          'true: one execution per `batch-size` resources, given as ARNs under `resources`; default one per resource (under `resource`).',
      },
      'batch-size': {
        type: 'integer',
        minimum: 1,
        description: 'Resources per execution with `bulk`; default 250.',
      },
      policy: { type: 'boolean', description: 'Include the policy in the input (default true).' },
    },
  } as const,
  reads: () => undefined,
  permissions: ['states:StartExecution'],
  doc: {
    summary:
      'Start a Step Functions execution for each matched resource (the resource under `resource`), or with `bulk` one per `batch-size` resources (their ARNs under `resources`); the input also carries the policy unless `policy: false`.',
    example: '- type: invoke-sfn\n  state-machine: LogIngestSetup\n  bulk: true\n  batch-size: 10',
  },
  plan(resources, opts, ctx) {
    const rt = ctx.resourceType;
    const region = ctx.region ?? 'us-east-1';
    const accountId = ctx.accountId ?? '';
    const name = opts['state-machine'];
    // c7n builds the ARN in the aws partition whatever the region.
    const stateMachineArn = name.startsWith('arn')
      ? name
      : `arn:aws:states:${region}:${accountId}:stateMachine:${name}`;
    const base: Record<string, unknown> = opts.policy === false ? {} : { policy: ctx.policy };
    const arnOf = (r: Resource) => resourceArn(rt, r, { region, accountId }) ?? String(r[rt.id]);
    const call = (input: Record<string, unknown>, group: readonly Resource[]): PlannedCall => {
      const ids = group.map((r) => String(r[rt.id]));
      return {
        service: 'states',
        operation: 'StartExecution',
        input: { stateMachineArn, input: pyDumps(input, 0) },
        resourceIds: ids,
        describe: `start ${name} for ${ids.length === 1 ? ids[0] : `${ids.length} resources`}`,
      };
    };
    if (opts.bulk === true)
      return chunk(resources, opts['batch-size'] ?? 250).map((g) =>
        call({ ...base, resources: g.map(arnOf) }, g),
      );
    return resources.map((r) => call({ ...base, resource: r }, [r]));
  },
});
