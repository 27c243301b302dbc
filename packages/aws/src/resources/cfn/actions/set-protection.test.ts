import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import setProtection from './set-protection.js';

testAction(setProtection, {
  resourceType: resource,
  valid: [{}, { state: true }],
  invalid: [
    { options: { state: 'off' }, messageId: 'schema' },
    { options: { enabled: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'turns protection off by default',
      options: {},
      resources: [{ StackName: 'a' }],
      calls: [
        {
          service: 'cloudformation',
          operation: 'UpdateTerminationProtection',
          input: { EnableTerminationProtection: false, StackName: 'a' },
          resourceIds: ['a'],
        },
      ],
    },
    {
      name: 'state: true turns it on',
      options: { state: true },
      resources: [{ StackName: 'a' }],
      calls: [{ input: { EnableTerminationProtection: true, StackName: 'a' } }],
    },
  ],
});
