import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import update from './update.js';

const patch = [{ op: 'replace', path: '/description', value: 'for replacement' }];

testAction(update, {
  resourceType: resource,
  valid: [{ patch }, { patch: [{ op: 'copy', path: '/a', from: '/b' }] }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { patch: [{ op: 'move', path: '/a' }] }, messageId: 'schema' },
    { options: { patch: [{ op: 'replace' }] }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'one UpdateRestApi per API with the patch as given',
      options: { patch },
      resources: [{ id: 'rtmgxfiay5' }, { id: 'abc123' }],
      calls: [
        {
          service: 'apigateway',
          operation: 'UpdateRestApi',
          input: { restApiId: 'rtmgxfiay5', patchOperations: patch },
          resourceIds: ['rtmgxfiay5'],
        },
        { operation: 'UpdateRestApi', input: { restApiId: 'abc123', patchOperations: patch } },
      ],
    },
  ],
});
