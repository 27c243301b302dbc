import { testAction } from '@c7n-ts/core/testing';
import ecr from '../resource.js';
import setImmutability from './set-immutability.js';

const repo = { registryId: '123456789012', repositoryName: 'app' };

testAction(setImmutability, {
  resourceType: ecr,
  valid: [{}, { state: false }],
  invalid: [
    { options: { state: 'yes' }, messageId: 'schema', path: ['state'] },
    { options: { mutable: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'IMMUTABLE by default',
      options: {},
      resources: [repo],
      calls: [
        {
          service: 'api.ecr',
          operation: 'PutImageTagMutability',
          input: { registryId: '123456789012', repositoryName: 'app', imageTagMutability: 'IMMUTABLE' },
          resourceIds: ['app'],
        },
      ],
    },
    {
      name: 'MUTABLE with state false',
      options: { state: false },
      resources: [repo],
      calls: [{ input: { repositoryName: 'app', imageTagMutability: 'MUTABLE' } }],
    },
  ],
});
