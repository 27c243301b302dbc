import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import update from './update.js';

const patch = [{ op: 'replace', path: '/*/*/logging/dataTrace', value: 'true' }];

testAction(update, {
  resourceType: resource,
  valid: [{ patch }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { patch: [{ op: 'replace', path: '/a', value: true }] }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'UpdateStage by the API id and stage name',
      options: { patch },
      resources: [{ deploymentId: '49ijxa', restApiId: 'api1', stageName: 'dev' }],
      calls: [
        {
          service: 'apigateway',
          operation: 'UpdateStage',
          input: { restApiId: 'api1', stageName: 'dev', patchOperations: patch },
          resourceIds: ['49ijxa'],
        },
      ],
    },
  ],
});
