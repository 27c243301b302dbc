import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import lambda from '../resource.js';
import urlConfig from './url-config.js';

const flight = fileURLToPath(new URL('../__fixtures__/url-config', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const fns = () => [
  { FunctionName: 'public', FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:public' },
  { FunctionName: 'private', FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:private' },
];

// GetFunctionUrlConfig in call order: public has an AuthType NONE URL, private none (ResourceNotFoundException).
testFilter(urlConfig, {
  resourceType: lambda,
  context: { provider: await provider() },
  valid: [{ key: 'AuthType', value: 'NONE' }],
  invalid: [{ options: { key: 'AuthType', value: 'NONE', bogus: 1 }, messageId: 'schema' }],
  cases: [
    {
      name: 'functions with a URL',
      options: { key: 'FunctionUrl', value: 'present' },
      resources: fns(),
      matches: ['public'],
    },
    {
      name: 'without one, {}',
      options: { key: 'FunctionUrl', value: 'absent' },
      resources: fns(),
      matches: ['private'],
    },
  ],
});
