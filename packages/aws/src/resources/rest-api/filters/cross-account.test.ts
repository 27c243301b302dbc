import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import restApis from '../resource.js';
import crossAccount from './cross-account.js';

// GetRestApis returns the policy with its quotes and slashes escaped, as here.
const escaped = (doc: unknown) => JSON.stringify(doc).replace(/"/g, '\\"').replace(/\//g, '\\/');
const invoke = (id: string, extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow',
  Principal: '*',
  Action: 'execute-api:Invoke',
  Resource: `arn:aws:execute-api:us-east-1:123456789012:${id}/*/*/*`,
  ...extra,
});
const api = (id: string, ...Statement: unknown[]): Resource => ({
  id,
  name: `${id}-api`,
  ...(Statement.length ? { policy: escaped({ Version: '2012-10-17', Statement }) } : {}),
});
const inVpc = (vpc: string) => ({ Condition: { StringEquals: { 'aws:sourceVpc': vpc } } });
const resources = () => [
  api('public', invoke('public')),
  api('vpc-a', invoke('vpc-a', inVpc('vpc-0a'))),
  api('vpc-b', invoke('vpc-b', inVpc('vpc-0b'))),
  api('no-policy'),
];

testFilter(crossAccount, {
  resourceType: restApis,
  context: { accountId: '123456789012' },
  valid: [{}, { whitelist_vpc: ['vpc-0a'] }],
  invalid: [{ options: { whitelist_endpoints: ['x'] }, messageId: 'schema' }],
  cases: [
    {
      // Without whitelist_vpc a source-VPC condition restricts enough, as c7n's checker says.
      name: 'an escaped policy is read; no policy at all counts as public',
      options: {},
      resources: resources(),
      matches: ['public', 'no-policy'],
    },
    {
      name: 'with whitelist_vpc, a statement limited to another VPC violates',
      options: { whitelist_vpc: ['vpc-0a'] },
      resources: resources(),
      matches: ['public', 'vpc-b', 'no-policy'],
    },
  ],
});

it("leaves the API's policy as listed", async () => {
  const ev = crossAccount.compile({}, { resourceType: restApis, policyName: 't' } as never);
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const rs = [api('public', invoke('public'))];
  const before = rs[0]?.policy;
  const out = await ev.process(rs, { now: 0, accountId: '123456789012', region: 'us-east-1' });
  expect(out).toHaveLength(1);
  expect(out[0]?.policy).toBe(before);
  expect(out[0]?.CrossAccountViolations).toHaveLength(1);
});
