import type { Instance } from '@aws-sdk/client-ec2';
import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { describeIds } from '../../../common/index.js';
import { instanceIds } from './stop.js';

/** c7n's batch size: small batches of one type in one zone ride out InsufficientInstanceCapacity. */
const BATCH = 10;

function groupBy(
  instances: readonly Instance[],
  key: (i: Instance) => string | undefined,
): Map<string, Instance[]> {
  // First-seen order, as Python's dict keeps it: the calls follow the order c7n makes them in.
  const groups = new Map<string, Instance[]>();
  for (const i of instances) {
    const k = key(i) ?? '';
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  }
  return groups;
}

export default defineAction({
  type: 'start',
  resources: ['aws.ec2'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['ec2:StartInstances'],
  doc: {
    summary:
      'Start stopped instances that have EBS volumes; others are skipped. Instances are started in batches of 10 of the same type and availability zone.',
    example: '- start',
  },
  reads: () => ['InstanceId', 'State', 'BlockDeviceMappings', 'InstanceType', 'Placement'],
  plan(resources: Instance[]) {
    const stopped = resources.filter(
      (i) => i.State?.Name === 'stopped' && (i.BlockDeviceMappings ?? []).length > 0,
    );
    const calls: PlannedCall[] = [];
    for (const [type, ofType] of groupBy(stopped, (i) => i.InstanceType)) {
      for (const [zone, inZone] of groupBy(ofType, (i) => i.Placement?.AvailabilityZone)) {
        const ids = instanceIds(inZone);
        for (let n = 0; n < ids.length; n += BATCH) {
          const batch = ids.slice(n, n + BATCH);
          calls.push({
            service: 'ec2',
            operation: 'StartInstances',
            input: { InstanceIds: batch },
            resourceIds: batch,
            describe: `start ${describeIds(batch)} (${type} in ${zone})`,
            batchField: 'InstanceIds',
          });
        }
      }
    }
    return calls;
  },
});
