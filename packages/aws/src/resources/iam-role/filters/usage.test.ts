import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import roles from '../resource.js';
import usage from './usage.js';

// The access advisor replies of iam-user's usage test (replay goes by call order, not ARN):
// the first principal used DynamoDB and not S3, the second is gone, the third used S3 only,
// the fourth nothing.
const replay = fileURLToPath(new URL('../../iam-user/__fixtures__/usage', import.meta.url));
const resources = ['app', 'gone', 'batch', 'idle'].map((name) => ({
  RoleName: name,
  Arn: `arn:aws:iam::123456789012:role/${name}`,
}));

testFilter(usage, {
  resourceType: roles,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay }),
  },
  valid: [{ 'match-operator': 'all', LastAuthenticated: null }],
  invalid: [{ options: { ServiceNamespace: 's3' }, messageId: 'schema' }],
  cases: [
    {
      name: 'roles that used nothing',
      options: { 'match-operator': 'all', LastAuthenticated: null },
      resources,
      matches: ['idle'],
    },
  ],
});
