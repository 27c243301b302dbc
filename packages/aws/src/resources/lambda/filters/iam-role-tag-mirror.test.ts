import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import functions from '../resource.js';
import iamRoleTagMirror from './iam-role-tag-mirror.js';

// GetRole for prod-role (Environment=Production) and dev-role (no tags), then again (the
// iam-role type's detail call), on wrap-around for every case.
const replay = fileURLToPath(new URL('../__fixtures__/iam-role', import.meta.url));
const role = (n: string) => `arn:aws:iam::123456789012:role/service-role/${n}`;
const fn = (name: string, roleName: string, env?: string) => ({
  FunctionName: name,
  Role: role(roleName),
  Tags: env ? [{ Key: 'Environment', Value: env }] : [],
});
const resources = [
  fn('api', 'prod-role', 'Production'),
  fn('api-dev', 'prod-role', 'Development'),
  fn('worker', 'dev-role', 'Production'),
  fn('untagged', 'prod-role'),
];

testFilter(iamRoleTagMirror, {
  resourceType: functions,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay }),
  },
  valid: [{ key: 'tag:Environment' }, { key: 'tag:Environment', match: 'in', value: ['Production'] }],
  invalid: [{ options: { match: 'equal' }, messageId: 'schema' }],
  cases: [
    {
      name: 'not-equal: a different value, a role or function without the tag',
      options: { key: 'tag:Environment' },
      resources,
      matches: ['api-dev', 'worker', 'untagged'],
    },
    { name: 'equal', options: { key: 'tag:Environment', match: 'equal' }, resources, matches: ['api'] },
    {
      name: 'missing-ok: only a real mismatch counts',
      options: { key: 'tag:Environment', 'missing-ok': true },
      resources,
      matches: ['api-dev'],
    },
    {
      name: 'in: both values allowed',
      options: { key: 'tag:Environment', match: 'in', value: ['Production'] },
      resources,
      matches: ['api'],
    },
  ],
});
