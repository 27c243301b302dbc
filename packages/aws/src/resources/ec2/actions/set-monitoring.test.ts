import { testAction } from '@c7n-ts/core/testing';
import ec2 from '../resource.js';
import setMonitoring from './set-monitoring.js';

const ids = (n: number) => Array.from({ length: n }, (_, k) => `i-${k}`);

testAction(setMonitoring, {
  resourceType: ec2,
  valid: [{ state: 'enable' }, { state: 'disable' }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { state: 'on' }, messageId: 'schema', path: ['state'] },
  ],
  cases: [
    {
      name: 'enable, 20 per call',
      options: { state: 'enable' },
      resources: ids(21).map((InstanceId) => ({ InstanceId })),
      calls: [
        { operation: 'MonitorInstances', input: { InstanceIds: ids(20) }, batchField: 'InstanceIds' },
        {
          operation: 'MonitorInstances',
          input: { InstanceIds: ['i-20'] },
          okErrors: ['InvalidInstanceID.NotFound'],
        },
      ],
    },
    {
      name: 'disable',
      options: { state: 'disable' },
      resources: [{ InstanceId: 'i-1' }],
      calls: [{ service: 'ec2', operation: 'UnmonitorInstances', input: { InstanceIds: ['i-1'] } }],
    },
  ],
});
