import { testAction } from '@c7n-ts/core/testing';
import account from '../resource.js';
import setBedrockLogging from './set-bedrock-model-invocation-logging.js';

const acct = { account_id: '123456789012', account_name: 'prod' };
const loggingConfig = { textDataDeliveryEnabled: true, s3Config: { bucketName: 'logs', keyPrefix: 'b/' } };

testAction(setBedrockLogging, {
  resourceType: account,
  valid: [{}, { enabled: false }, { enabled: true, loggingConfig }],
  invalid: [
    { options: { enabled: true }, messageId: 'needs-logging-config', path: ['enabled'] },
    { options: { enabled: true, loggingConfig: { s3Config: {} } }, messageId: 'schema' },
    { options: { enabled: true, loggingConfig: { textDelivery: true } }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'enabled puts the configuration',
      options: { enabled: true, loggingConfig },
      resources: [acct],
      calls: [
        {
          service: 'bedrock',
          operation: 'PutModelInvocationLoggingConfiguration',
          input: { loggingConfig },
          resourceIds: ['123456789012'],
        },
      ],
    },
    {
      name: 'enabled false deletes it',
      options: { enabled: false, loggingConfig },
      resources: [acct],
      calls: [{ operation: 'DeleteModelInvocationLoggingConfiguration', input: {} }],
    },
    {
      name: 'as in c7n, no enabled deletes it too',
      options: {},
      resources: [acct],
      calls: [{ operation: 'DeleteModelInvocationLoggingConfiguration' }],
    },
  ],
});
