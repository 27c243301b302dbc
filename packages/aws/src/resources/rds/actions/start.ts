import { defineAction } from '@c7n-ts/core';
import { planStartStop, START_STOP_READS } from './_instance.js';

export default defineAction({
  type: 'start',
  resources: ['aws.rds'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['rds:StartDBInstance'],
  doc: {
    summary:
      'Start DB instances. As in Cloud Custodian, instances RDS would refuse to start are skipped: not `stopped`, Multi-AZ SQL Server, engines without start support, read replicas and their sources, and Aurora cluster members.',
    example: '- start',
  },
  reads: () => START_STOP_READS,
  plan: (dbs, _opts, ctx) =>
    planStartStop(dbs, { operation: 'StartDBInstance', verb: 'start', fromState: 'stopped' }, ctx.log),
});
