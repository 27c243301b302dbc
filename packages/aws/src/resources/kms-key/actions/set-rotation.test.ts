import { testAction } from '@c7n-ts/core/testing';
import keys from '../resource.js';
import setRotation from './set-rotation.js';

testAction(setRotation, {
  resourceType: keys,
  valid: [{}, { state: false }],
  invalid: [{ options: { state: 'on' }, messageId: 'schema', path: ['state'] }],
  cases: [
    {
      name: 'enables rotation by default, one call per key',
      options: {},
      resources: [{ KeyId: 'k-1' }, { KeyId: 'k-2' }],
      calls: [
        { service: 'kms', operation: 'EnableKeyRotation', input: { KeyId: 'k-1' }, resourceIds: ['k-1'] },
        { operation: 'EnableKeyRotation', input: { KeyId: 'k-2' } },
      ],
    },
    {
      name: 'state false disables it',
      options: { state: false },
      resources: [{ KeyId: 'k-1' }],
      calls: [{ service: 'kms', operation: 'DisableKeyRotation', input: { KeyId: 'k-1' } }],
    },
  ],
});
