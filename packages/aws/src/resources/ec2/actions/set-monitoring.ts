import type { Instance } from '@aws-sdk/client-ec2';
import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { describeIds } from '../../../common/index.js';
import { instanceIds } from './stop.js';

/** c7n's batch size. */
const BATCH = 20;

export default defineAction({
  type: 'set-monitoring',
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    // Cloud Custodian's schema leaves state optional, then fails at run time without it.
    required: ['state'],
    properties: {
      state: { enum: ['enable', 'disable'], description: 'Turn detailed (one-minute) monitoring on or off.' },
    },
  } as const,
  permissions: ['ec2:MonitorInstances', 'ec2:UnmonitorInstances'],
  doc: {
    summary:
      'Turn detailed CloudWatch monitoring on (MonitorInstances) or off (UnmonitorInstances), 20 instances per call. Instances that no longer exist count as done.',
    example: '- type: set-monitoring\n  state: enable',
  },
  reads: () => ['InstanceId'],
  plan(resources: Instance[], opts) {
    const ids = instanceIds(resources);
    const operation = opts.state === 'enable' ? 'MonitorInstances' : 'UnmonitorInstances';
    const calls: PlannedCall[] = [];
    for (let n = 0; n < ids.length; n += BATCH) {
      const batch = ids.slice(n, n + BATCH);
      calls.push({
        service: 'ec2',
        operation,
        input: { InstanceIds: batch },
        resourceIds: batch,
        describe: `${opts.state} detailed monitoring on ${describeIds(batch)}`,
        batchField: 'InstanceIds',
        okErrors: ['InvalidInstanceID.NotFound'],
      });
    }
    return calls;
  },
});
