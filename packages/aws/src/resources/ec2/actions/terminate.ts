import type { Instance } from '@aws-sdk/client-ec2';
import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { describeIds } from '../../../common/index.js';
import { instanceIds, unprotect } from './stop.js';

/** c7n's batch size for TerminateInstances. */
const BATCH = 100;
const STATES = new Set(['running', 'stopped', 'pending', 'stopping']);

export default defineAction({
  type: 'terminate',
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      force: {
        type: 'boolean',
        default: false,
        description:
          'Turn off termination and stop protection on the instances first (spot instances have none).',
      },
    },
  } as const,
  permissions: (opts) => ['ec2:TerminateInstances', ...(opts.force ? ['ec2:ModifyInstanceAttribute'] : [])],
  doc: {
    summary:
      'Terminate instances that are running, pending, stopping or stopped, in batches of 100. Protected instances fail unless `force` is set: then, when the call is refused, their protection is turned off and the call made again.',
    example: '- type: terminate\n  force: true',
  },
  reads: () => ['InstanceId', 'State', 'InstanceLifecycle'],
  plan(resources: Instance[], opts) {
    const live = resources.filter((i) => STATES.has(i.State?.Name ?? ''));
    const calls: PlannedCall[] = [];
    for (let n = 0; n < live.length; n += BATCH) {
      const batch = live.slice(n, n + BATCH);
      // c7n's order per instance: termination protection, then stop protection.
      const ids = instanceIds(batch);
      if (ids.length)
        calls.push({
          service: 'ec2',
          operation: 'TerminateInstances',
          input: { InstanceIds: ids },
          resourceIds: ids,
          describe: `terminate ${describeIds(ids)}`,
          batchField: 'InstanceIds',
          ...(opts.force
            ? {
                recover: {
                  codes: ['OperationNotPermitted'],
                  calls: unprotect(batch, ['disableApiTermination', 'disableApiStop']),
                },
              }
            : {}),
        });
    }
    return calls;
  },
});
