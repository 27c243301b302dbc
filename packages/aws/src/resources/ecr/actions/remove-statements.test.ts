import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import ecr from '../resource.js';
import removeStatements from './remove-statements.js';

// Flight data: GetRepositoryPolicy answers a two-statement policy, then (second call) no policy.
const flight = fileURLToPath(new URL('../__fixtures__/policy', import.meta.url));
const reader = () => {
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
  return (service: string, operation: string, input: Record<string, unknown>) =>
    clients.send(service, operation, input, 'us-east-1');
};

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
const known = {
  repositoryName: 'known',
  Policy: JSON.stringify({ Version: '2012-10-17', Statement: [partner, ci] }),
  CrossAccountViolations: [partner],
};

testAction<Resource>(removeStatements, {
  resourceType: ecr,
  context: { read: reader() },
  valid: [{ statement_ids: 'matched' }, { statement_ids: '*' }, { statement_ids: ['a'] }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { statement_ids: 'some' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'by Sid, the policy read with GetRepositoryPolicy; a repository without one gets no call',
      options: { statement_ids: ['pull-from-partner'] },
      resources: [{ repositoryName: 'shared' }, { repositoryName: 'bare' }],
      calls: [
        {
          service: 'api.ecr',
          operation: 'SetRepositoryPolicy',
          input: {
            repositoryName: 'shared',
            policyText: JSON.stringify({ Version: '2012-10-17', Statement: [ci] }),
          },
          resourceIds: ['shared'],
        },
      ],
    },
    {
      name: 'matched: those the cross-account filter matched',
      options: { statement_ids: 'matched' },
      resources: [known],
      calls: [
        {
          operation: 'SetRepositoryPolicy',
          input: {
            repositoryName: 'known',
            policyText: JSON.stringify({ Version: '2012-10-17', Statement: [ci] }),
          },
        },
      ],
    },
    {
      name: 'all: the policy is deleted',
      options: { statement_ids: '*' },
      resources: [known],
      calls: [
        { operation: 'DeleteRepositoryPolicy', input: { repositoryName: 'known' }, resourceIds: ['known'] },
      ],
    },
    { name: 'no Sid found: no call', options: { statement_ids: ['missing'] }, resources: [known], calls: [] },
  ],
});
