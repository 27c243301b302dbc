import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { policyDocument } from '../../../common/iam/policy-document.js';
import { createAwsProvider } from '../../../provider.js';
import policies from '../resource.js';
import hasAllowAll, { allowsAll } from './has-allow-all.js';

// GetPolicyVersion answers, for the first policy, a URL-encoded document with one statement
// allowing * on * (not in a list); for the second, * on * under a condition and s3:* on *.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/policies', import.meta.url)),
  });
const resources = [
  { PolicyId: 'admin', Arn: 'arn:aws:iam::123456789012:policy/admin', DefaultVersionId: 'v2' },
  { PolicyId: 'scoped', Arn: 'arn:aws:iam::123456789012:policy/scoped', DefaultVersionId: 'v1' },
];

testFilter(hasAllowAll, {
  resourceType: policies,
  context: { provider: await replay() },
  valid: [{}],
  invalid: [{ options: { value: true }, messageId: 'schema' }],
  cases: [{ name: 'allow * on * without condition', options: {}, resources, matches: ['admin'] }],
});

describe('has-allow-all', () => {
  it('asks for the default version of each policy', async () => {
    const provider = await replay();
    const ev = hasAllowAll.compile(
      {},
      { resourceType: policies, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    await ev.process(structuredClone(resources), { now: 0, provider });
    expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['GetPolicyVersion', { PolicyArn: 'arn:aws:iam::123456789012:policy/admin', VersionId: 'v2' }],
      ['GetPolicyVersion', { PolicyArn: 'arn:aws:iam::123456789012:policy/scoped', VersionId: 'v1' }],
    ]);
  });

  it.each([
    [{ Effect: 'Allow', Action: '*', Resource: '*' }, true],
    [{ Effect: 'Allow', Action: ['s3:*', '*'], Resource: ['*'] }, true],
    [{ Effect: 'Deny', Action: '*', Resource: '*' }, false],
    [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }, false],
    [{ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b' }, false],
    [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: {} }, false],
  ])('statement %j -> %s', (statement, want) => {
    expect(allowsAll(statement)).toBe(want);
  });

  it('reads documents URL-encoded (as IAM sends them) or already parsed', () => {
    expect(policyDocument('%7B%22Statement%22%3A%5B%5D%7D')).toEqual({ Statement: [] });
    expect(policyDocument({ Statement: [] })).toEqual({ Statement: [] });
  });
});
