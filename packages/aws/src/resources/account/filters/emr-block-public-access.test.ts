import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import emrBlockPublicAccess from './emr-block-public-access.js';

testFilter(emrBlockPublicAccess, {
  resourceType: account,
  valid: [{ key: 'BlockPublicAccessConfiguration.BlockPublicSecurityGroupRules', value: false }],
  invalid: [
    { options: { key: 'BlockPublicAccessConfiguration', value: 1, op: 'like' }, messageId: 'schema' },
  ],
});

it.each([
  ['emr', { key: 'BlockPublicAccessConfiguration.BlockPublicSecurityGroupRules', value: true }, 1],
  ['emr', { key: 'BlockPublicAccessConfiguration.BlockPublicSecurityGroupRules', value: false }, 0],
  [
    'emr',
    { key: 'BlockPublicAccessConfiguration.PermittedPublicSecurityGroupRuleRanges[0].MinRange', value: 22 },
    1,
  ],
] as const)('%s %j matches %i', async (fixture, options, n) => {
  const { matched, account: a, calls } = await runOnAccount(emrBlockPublicAccess, fixture, options);
  expect(matched).toBe(n);
  expect(a['c7n:emr-block-public-access']).toHaveProperty('BlockPublicAccessConfigurationMetadata');
  expect(calls.map((c) => c.operation)).toEqual(['GetBlockPublicAccessConfiguration']);
});
