import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import ecr from '../resource.js';
import lifecycleRule from './lifecycle-rule.js';

// Flight data: web has one rule expiring untagged images after 14 days; api has no policy.
const flight = fileURLToPath(new URL('../__fixtures__/lifecycle', import.meta.url));
const provider = async () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const repos = () => [{ repositoryName: 'web' }, { repositoryName: 'api' }];
const untaggedExpire = [{ 'selection.tagStatus': 'untagged' }, { 'action.type': 'expire' }];

testFilter(lifecycleRule, {
  resourceType: ecr,
  context: { provider: await provider() },
  valid: [{}, { state: true, match: untaggedExpire }],
  invalid: [
    { options: { state: 'yes' }, messageId: 'schema', path: ['state'] },
    { options: { match: 'x' }, messageId: 'schema', path: ['match'] },
  ],
  cases: [
    {
      name: 'state true: repositories whose rules match',
      options: { state: true, match: untaggedExpire },
      resources: repos(),
      matches: ['web'],
    },
  ],
});

testFilter(lifecycleRule, {
  resourceType: ecr,
  context: { provider: await provider() },
  valid: [],
  invalid: [],
  cases: [
    {
      name: 'state false (the default): repositories without a matching rule, or without a policy',
      options: { match: [{ 'selection.tagStatus': 'tagged' }] },
      resources: repos(),
      matches: ['web', 'api'],
    },
  ],
});
