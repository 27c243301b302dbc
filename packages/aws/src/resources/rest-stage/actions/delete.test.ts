import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import del from './delete.js';

testAction(del, {
  resourceType: resource,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'DeleteStage by the API id and stage name, already gone counting as deleted',
      options: {},
      resources: [{ deploymentId: '49ijxa', restApiId: 'api1', stageName: 'dev' }],
      calls: [
        {
          service: 'apigateway',
          operation: 'DeleteStage',
          input: { restApiId: 'api1', stageName: 'dev' },
          resourceIds: ['49ijxa'],
          okErrors: ['NotFoundException'],
        },
      ],
    },
  ],
});
