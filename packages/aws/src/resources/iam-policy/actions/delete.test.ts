import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import resource from '../resource.js';
import del from './delete.js';

// ListPolicyVersions answers v3 (the default), v2 and v1.
const clients = createClients({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/policies', import.meta.url)),
});

testAction(del, {
  resourceType: resource,
  context: { read: (s, op, input) => clients.send(s, op, input, 'us-east-1') },
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'a policy with only v1: DeletePolicy',
      options: {},
      resources: [{ PolicyId: 'ANPA1', Arn: 'arn:aws:iam::123456789012:policy/one', DefaultVersionId: 'v1' }],
      calls: [
        {
          service: 'iam',
          operation: 'DeletePolicy',
          input: { PolicyArn: 'arn:aws:iam::123456789012:policy/one' },
          resourceIds: ['ANPA1'],
        },
      ],
    },
    {
      name: 'other versions deleted first; AWS managed policies left out',
      options: {},
      resources: [
        { PolicyId: 'ANPA3', Arn: 'arn:aws:iam::123456789012:policy/three', DefaultVersionId: 'v3' },
        { PolicyId: 'ANPAAWS', Arn: 'arn:aws:iam::aws:policy/AdministratorAccess', DefaultVersionId: 'v1' },
      ],
      calls: [
        {
          operation: 'DeletePolicyVersion',
          input: { PolicyArn: 'arn:aws:iam::123456789012:policy/three', VersionId: 'v2' },
        },
        {
          operation: 'DeletePolicyVersion',
          input: { PolicyArn: 'arn:aws:iam::123456789012:policy/three', VersionId: 'v1' },
        },
        { operation: 'DeletePolicy', input: { PolicyArn: 'arn:aws:iam::123456789012:policy/three' } },
      ],
    },
  ],
});
