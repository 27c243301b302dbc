import type { Instance } from '@aws-sdk/client-ec2';
import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { describeIds } from '../../../common/index.js';
import { instanceIds, isEphemeral } from './stop.js';

/** Where the cost-optimization filter leaves its recommendation (Cloud Custodian's key). */
const COST_HUB = 'c7n:cost_optimize';

type Recommendation = { actionType?: string; recommendedResourceSummary?: string };

function targetType(i: Instance, typeMap: Record<string, string>, fallback: string | undefined) {
  // A Cost Optimization Hub Rightsize recommendation wins over type-map and default, as in c7n.
  const rec = (i as Record<string, unknown>)[COST_HUB] as Recommendation | undefined;
  if (rec?.actionType === 'Rightsize') return rec.recommendedResourceSummary;
  return typeMap[String(i.InstanceType)] ?? fallback;
}

/** Every instance of a DescribeInstances answer is stopped (the SDK's instanceStopped waiter). */
function allStopped(out: unknown): boolean {
  const reservations = (out as { Reservations?: { Instances?: Instance[] }[] }).Reservations ?? [];
  const states = reservations.flatMap((r) => r.Instances ?? []).map((i) => i.State?.Name);
  return states.length > 0 && states.every((s) => s === 'stopped');
}

export default defineAction({
  type: 'resize',
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      restart: {
        type: 'boolean',
        description:
          'Stop running instances first (waiting until they are stopped) and start them again afterwards; without it only stopped instances can change type.',
      },
      'type-map': {
        type: 'object',
        additionalProperties: { type: 'string' },
        description: 'Current instance type -> new instance type.',
      },
      default: { type: 'string', description: 'New instance type for types not in type-map.' },
    },
  } as const,
  permissions: (opts) => [
    'ec2:DescribeInstances',
    'ec2:ModifyInstanceAttribute',
    ...(opts.restart ? ['ec2:StopInstances', 'ec2:StartInstances'] : []),
  ],
  doc: {
    summary:
      "Change the type of running or stopped instances: by a Cost Optimization Hub Rightsize recommendation (the cost-optimization filter's annotation), else by `type-map`, else to `default`. An instance can only be resized while stopped: with `restart`, running instances are stopped, awaited, resized and started again; instances are left in the state they were found in.",
    example: '- type: resize\n  restart: true\n  type-map:\n    m5.4xlarge: m5.2xlarge\n  default: m5.large',
  },
  reads: () => ['InstanceId', 'InstanceType', 'State', 'BlockDeviceMappings', COST_HUB],
  plan(resources: Instance[], opts) {
    const stopped = resources.filter((i) => i.State?.Name === 'stopped');
    const running = resources.filter((i) => i.State?.Name === 'running');
    const restart = opts.restart === true && running.length > 0;
    const calls: PlannedCall[] = [];
    if (restart) {
      // c7n's stop action without terminate-ephemeral: instance-store instances are left running.
      const ids = instanceIds(running.filter((i) => !isEphemeral(i)));
      if (ids.length)
        calls.push({
          service: 'ec2',
          operation: 'StopInstances',
          input: { InstanceIds: ids },
          resourceIds: ids,
          describe: `stop ${describeIds(ids)} to resize`,
          batchField: 'InstanceIds',
        });
    }
    const afterStop = calls.length;
    for (const i of [...stopped, ...running]) {
      const type = targetType(i, opts['type-map'] ?? {}, opts.default);
      if (!type || type === i.InstanceType || !i.InstanceId) continue;
      calls.push({
        service: 'ec2',
        operation: 'ModifyInstanceAttribute',
        input: { InstanceId: i.InstanceId, InstanceType: { Value: type } },
        resourceIds: [i.InstanceId],
        describe: `resize ${i.InstanceId} ${i.InstanceType} -> ${type}`,
      });
    }
    if (restart) {
      const ids = instanceIds(running);
      // Started again whatever became of the resize, as c7n does.
      calls.push({
        service: 'ec2',
        operation: 'StartInstances',
        input: { InstanceIds: ids },
        resourceIds: ids,
        describe: `start ${describeIds(ids)} again after the resize`,
        independent: true,
      });
      const next = calls[afterStop];
      if (next)
        calls[afterStop] = {
          ...next,
          waitFor: {
            service: 'ec2',
            operation: 'DescribeInstances',
            input: { InstanceIds: ids },
            ready: allStopped,
            describe: `${describeIds(ids)} to stop`,
          },
        };
    }
    return calls;
  },
});
