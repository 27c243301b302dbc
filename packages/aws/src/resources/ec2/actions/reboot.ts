import type { Instance } from '@aws-sdk/client-ec2';
import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { describeIds } from '../../../common/index.js';
import { instanceIds } from './stop.js';

/** c7n's batch size. */
const BATCH = 10;

export default defineAction({
  type: 'reboot',
  resources: ['aws.ec2'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['ec2:RebootInstances'],
  doc: {
    summary:
      'Reboot running instances that have block devices (others are skipped), 10 instances per RebootInstances call.',
    example: '- reboot',
  },
  reads: () => ['InstanceId', 'State', 'BlockDeviceMappings'],
  plan(resources: Instance[]) {
    const ids = instanceIds(
      resources.filter((i) => i.State?.Name === 'running' && (i.BlockDeviceMappings ?? []).length > 0),
    );
    const calls: PlannedCall[] = [];
    for (let n = 0; n < ids.length; n += BATCH) {
      const batch = ids.slice(n, n + BATCH);
      calls.push({
        service: 'ec2',
        operation: 'RebootInstances',
        input: { InstanceIds: batch },
        resourceIds: batch,
        describe: `reboot ${describeIds(batch)}`,
        batchField: 'InstanceIds',
      });
    }
    return calls;
  },
});
