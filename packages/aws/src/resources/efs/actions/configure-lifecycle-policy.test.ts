import { testAction } from '@c7n-ts/core/testing';
import fileSystems from '../resource.js';
import configure from './configure-lifecycle-policy.js';

testAction(configure, {
  resourceType: fileSystems,
  valid: [{ state: 'enable', rules: [{ TransitionToIA: 'AFTER_7_DAYS' }] }, { state: 'disable' }],
  invalid: [
    { options: { rules: [] }, messageId: 'schema' },
    { options: { state: 'enable' }, messageId: 'rules-required', path: ['state'] },
    { options: { state: 'disable', rules: [] }, messageId: 'rules-not-allowed', path: ['rules'] },
    { options: { state: 'enable', rules: [{ TransitionToIa: 'AFTER_7_DAYS' }] }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'enable sets the rules',
      options: { state: 'enable', rules: [{ TransitionToIA: 'AFTER_7_DAYS' }] },
      resources: [{ FileSystemId: 'fs-1' }],
      calls: [
        {
          service: 'elasticfilesystem',
          operation: 'PutLifecycleConfiguration',
          input: { FileSystemId: 'fs-1', LifecyclePolicies: [{ TransitionToIA: 'AFTER_7_DAYS' }] },
          resourceIds: ['fs-1'],
          okErrors: ['FileSystemNotFound'],
        },
      ],
    },
    {
      name: 'disable clears them',
      options: { state: 'disable' },
      resources: [{ FileSystemId: 'fs-2' }],
      calls: [
        { operation: 'PutLifecycleConfiguration', input: { FileSystemId: 'fs-2', LifecyclePolicies: [] } },
      ],
    },
  ],
});
