import type { Instance } from '@aws-sdk/client-ec2';
import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { describeIds } from '../../../common/index.js';

/**
 * Cloud Custodian's test for instance-store instances: the device it takes for the root
 * (`/dev/sda1`, `/dev/xvda`, `xvda`) has no EBS volume, or no device has one of those names.
 * The second half is a c7n quirk kept as is: an EBS instance whose root is named otherwise
 * (e.g. `/dev/nvme0n1`) counts as ephemeral and is not stopped.
 */
export function isEphemeral(i: Instance): boolean {
  for (const bd of i.BlockDeviceMappings ?? []) {
    if (bd.DeviceName === '/dev/sda1' || bd.DeviceName === '/dev/xvda' || bd.DeviceName === 'xvda')
      return bd.Ebs === undefined;
  }
  return true;
}

/**
 * `force`: the calls that turn off stop protection (and for a terminate, termination
 * protection) on each non-spot instance. As in c7n they run only when the stop or terminate
 * fails with OperationNotPermitted, and the call is then tried again (`PlannedCall.recover`).
 */
export function unprotect(instances: readonly Instance[], attributes: readonly string[]): PlannedCall[] {
  const calls: PlannedCall[] = [];
  for (const i of instances) {
    if (i.InstanceLifecycle === 'spot' || !i.InstanceId) continue;
    for (const Attribute of attributes)
      calls.push({
        service: 'ec2',
        operation: 'ModifyInstanceAttribute',
        input: { InstanceId: i.InstanceId, Attribute, Value: 'false' },
        resourceIds: [i.InstanceId],
        describe: `set ${Attribute}=false on ${i.InstanceId}`,
        okErrors: ['IncorrectInstanceState'],
      });
  }
  return calls;
}

export const instanceIds = (instances: readonly Instance[]): string[] =>
  instances.flatMap((i) => i.InstanceId ?? []);

export default defineAction({
  type: 'stop',
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      hibernate: {
        type: 'boolean',
        default: false,
        description:
          'Hibernate instead of stopping. Instances not configured for hibernation (`HibernationOptions.Configured`) are stopped.',
      },
      'terminate-ephemeral': {
        type: 'boolean',
        default: false,
        description:
          'Terminate instance-store (ephemeral) instances, which cannot be stopped. Without it they are left running.',
      },
      force: {
        type: 'boolean',
        default: false,
        description: 'Turn off stop protection (and termination protection for terminated ones) first.',
      },
    },
  } as const,
  permissions: (opts) => [
    'ec2:StopInstances',
    ...(opts['terminate-ephemeral'] ? ['ec2:TerminateInstances'] : []),
    ...(opts.force ? ['ec2:ModifyInstanceAttribute'] : []),
  ],
  doc: {
    summary:
      'Stop running instances (others are skipped), hibernating those configured for it when `hibernate` is set. Instance-store instances cannot be stopped: they are skipped, or terminated with `terminate-ephemeral`.',
    example: '- type: stop\n  hibernate: true',
  },
  reads: () => ['InstanceId', 'State', 'BlockDeviceMappings', 'HibernationOptions', 'InstanceLifecycle'],
  plan(resources: Instance[], opts) {
    const running = resources.filter((i) => i.State?.Name === 'running');
    const ephemeral = running.filter(isEphemeral);
    let persistent = running.filter((i) => !isEphemeral(i));
    const calls: PlannedCall[] = [];
    // c7n makes one call per group, without batching.
    const op = (
      operation: string,
      group: Instance[],
      verb: string,
      extra: Record<string, unknown> = {},
      protections: readonly string[] = [],
    ) => {
      const ids = instanceIds(group);
      if (ids.length === 0) return;
      calls.push({
        service: 'ec2',
        operation,
        input: { InstanceIds: ids, ...extra },
        resourceIds: ids,
        describe: `${verb} ${describeIds(ids)}`,
        batchField: 'InstanceIds',
        ...(opts.force && protections.length
          ? { recover: { codes: ['OperationNotPermitted'], calls: unprotect(group, protections) } }
          : {}),
      });
    };
    if (opts['terminate-ephemeral'] && ephemeral.length) {
      op('TerminateInstances', ephemeral, 'terminate (instance store)', {}, [
        'disableApiTermination',
        'disableApiStop',
      ]);
    }
    if (opts.hibernate) {
      const hibernating = persistent.filter((i) => i.HibernationOptions?.Configured === true);
      persistent = persistent.filter((i) => i.HibernationOptions?.Configured !== true);
      op('StopInstances', hibernating, 'hibernate', { Hibernate: true }, ['disableApiStop']);
    }
    op('StopInstances', persistent, 'stop', {}, ['disableApiStop']);
    return calls;
  },
});
