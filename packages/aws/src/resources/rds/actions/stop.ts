import { defineAction } from '@c7n-ts/core';
import { planStartStop, START_STOP_READS } from './_instance.js';

export default defineAction({
  type: 'stop',
  resources: ['aws.rds'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['rds:StopDBInstance'],
  doc: {
    summary:
      'Stop DB instances. As in Cloud Custodian, instances RDS would refuse to stop are skipped: not `available`, Multi-AZ SQL Server, engines without stop support, read replicas and their sources, and Aurora cluster members.',
    example: '- stop',
  },
  reads: () => START_STOP_READS,
  plan: (dbs, _opts, ctx) =>
    planStartStop(dbs, { operation: 'StopDBInstance', verb: 'stop', fromState: 'available' }, ctx.log),
});
