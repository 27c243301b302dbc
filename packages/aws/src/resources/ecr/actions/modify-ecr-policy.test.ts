import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import ecr from '../resource.js';
import modify from './modify-ecr-policy.js';

// Flight data: GetRepositoryPolicy answers a two-statement policy, then (second call) no policy;
// replay wraps back to the first file for each later case.
const flight = fileURLToPath(new URL('../__fixtures__/policy', import.meta.url));
const reader = () => {
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
  return (service: string, operation: string, input: Record<string, unknown>) =>
    clients.send(service, operation, input, 'us-east-1');
};

const deny = { Sid: 'deny-pull', Effect: 'Deny', Principal: '*', Action: ['ecr:BatchGetImage'] };
const partner = {
  Sid: 'pull-from-partner',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::222233334444:root' },
  Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
};
const ci = {
  Sid: 'push-from-ci',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::123456789012:role/ci' },
  Action: 'ecr:PutImage',
};
const known = (Statement: unknown[]) => ({
  repositoryName: 'known',
  Policy: JSON.stringify({ Version: '2012-10-17', Statement }),
  CrossAccountViolations: [partner],
});

testAction<Resource>(modify, {
  resourceType: ecr,
  context: { read: reader() },
  valid: [
    { 'add-statements': [deny] },
    { 'remove-statements': 'matched' },
    { 'remove-statements': ['a', 'b'] },
  ],
  invalid: [
    { options: { 'add-statements': [{ Sid: 'x', Effect: 'Deny', Principal: '*' }] }, messageId: 'schema' },
    { options: { 'add-statements': [{ ...deny, Action: 's3:GetObject' }] }, messageId: 'schema' },
    { options: { 'add-statements': [{ ...deny, Effect: 'Maybe' }] }, messageId: 'schema' },
    { options: { 'remove-statements': 'some' }, messageId: 'schema' },
    { options: { add: [] }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'read with GetRepositoryPolicy: added to the policy; none: a policy of the one statement',
      options: { 'add-statements': [{ ...deny, Resource: '*' }] },
      resources: [{ repositoryName: 'shared' }, { repositoryName: 'bare' }],
      calls: [
        {
          service: 'api.ecr',
          operation: 'SetRepositoryPolicy',
          input: {
            repositoryName: 'shared',
            policyText: JSON.stringify({ Version: '2012-10-17', Statement: [partner, ci, deny] }),
          },
          resourceIds: ['shared'],
        },
        {
          operation: 'SetRepositoryPolicy',
          input: { repositoryName: 'bare', policyText: JSON.stringify({ Statement: [deny] }) },
        },
      ],
    },
    {
      name: 'matched removed, a statement of the same Sid replaced in place',
      options: { 'remove-statements': 'matched', 'add-statements': [{ ...ci, Action: 'ecr:*' }] },
      resources: [known([partner, ci])],
      calls: [
        {
          operation: 'SetRepositoryPolicy',
          input: {
            repositoryName: 'known',
            policyText: JSON.stringify({ Version: '2012-10-17', Statement: [{ ...ci, Action: 'ecr:*' }] }),
          },
        },
      ],
    },
    {
      name: 'all removed: the policy is deleted; nothing to remove nor add: no call',
      options: { 'remove-statements': '*' },
      resources: [known([partner, ci]), known([])],
      calls: [
        { operation: 'DeleteRepositoryPolicy', input: { repositoryName: 'known' }, resourceIds: ['known'] },
      ],
    },
    {
      name: 'Sids not in the policy: no call',
      options: { 'remove-statements': ['missing'] },
      resources: [known([partner, ci])],
      calls: [],
    },
  ],
});
