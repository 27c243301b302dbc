import { testAction } from '@c7n-ts/core/testing';
import { expect } from 'vitest';
import ec2 from '../resource.js';
import terminate from './terminate.js';

const inst = (id: string, state: string, extra: Record<string, unknown> = {}) => ({
  InstanceId: id,
  State: { Name: state },
  ...extra,
});

testAction(terminate, {
  resourceType: ec2,
  valid: [{}, { force: true }],
  invalid: [{ options: { force: 1 }, messageId: 'schema', path: ['force'] }],
  cases: [
    {
      name: 'terminates live instances, skipping terminated ones',
      options: {},
      resources: [inst('i-1', 'running'), inst('i-2', 'terminated'), inst('i-3', 'stopped')],
      calls: [
        {
          operation: 'TerminateInstances',
          input: { InstanceIds: ['i-1', 'i-3'] },
          batchField: 'InstanceIds',
        },
      ],
    },
    {
      name: 'batches of 100',
      options: {},
      resources: Array.from({ length: 101 }, (_, n) => inst(`i-${n}`, 'running')),
      calls: [
        { operation: 'TerminateInstances' },
        { operation: 'TerminateInstances', resourceIds: ['i-100'] },
      ],
    },
    {
      name: 'force turns protection off on non-spot instances when the terminate is refused',
      options: { force: true },
      resources: [inst('i-1', 'running'), inst('i-2', 'running', { InstanceLifecycle: 'spot' })],
      calls: [
        {
          operation: 'TerminateInstances',
          input: { InstanceIds: ['i-1', 'i-2'] },
          recover: {
            codes: ['OperationNotPermitted'],
            calls: [
              expect.objectContaining({
                operation: 'ModifyInstanceAttribute',
                input: { InstanceId: 'i-1', Attribute: 'disableApiTermination', Value: 'false' },
              }),
              expect.objectContaining({
                operation: 'ModifyInstanceAttribute',
                input: { InstanceId: 'i-1', Attribute: 'disableApiStop', Value: 'false' },
              }),
            ],
          },
        },
      ],
    },
  ],
});
