import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createClients } from '../../../clients/index.js';
import ec2 from '../resource.js';
import setInstanceProfile from './set-instance-profile.js';

// DescribeIamInstanceProfileAssociations: i-2 has `legacy`, i-3 has `app-default`.
const reader = () => {
  const dir = fileURLToPath(new URL('../__fixtures__/set-instance-profile', import.meta.url));
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
  return {
    clients,
    read: (service: string, operation: string, input: Record<string, unknown>) =>
      clients.send(service, operation, input, 'us-east-1'),
  };
};
const profile = (name: string) => ({ Arn: `arn:aws:iam::123456789012:instance-profile/${name}` });
const instances = [
  { InstanceId: 'i-1', State: { Name: 'running' } },
  { InstanceId: 'i-2', State: { Name: 'running' }, IamInstanceProfile: profile('legacy') },
  { InstanceId: 'i-3', State: { Name: 'stopped' }, IamInstanceProfile: profile('app-default') },
  { InstanceId: 'i-4', State: { Name: 'terminated' } },
];

testAction(setInstanceProfile, {
  resourceType: ec2,
  context: { read: reader().read },
  valid: [{}, { name: 'app-default' }],
  invalid: [
    { options: { name: 3 }, messageId: 'schema', path: ['name'] },
    { options: { arn: 'x' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'associate where none, replace a different one, keep the same',
      options: { name: 'app-default' },
      resources: instances,
      calls: [
        {
          operation: 'AssociateIamInstanceProfile',
          input: { IamInstanceProfile: { Name: 'app-default' }, InstanceId: 'i-1' },
        },
        {
          operation: 'ReplaceIamInstanceProfileAssociation',
          input: { IamInstanceProfile: { Name: 'app-default' }, AssociationId: 'iip-assoc-0aaa' },
          resourceIds: ['i-2'],
        },
      ],
    },
    {
      name: 'without a name: remove the current ones',
      options: {},
      resources: instances,
      calls: [
        { operation: 'DisassociateIamInstanceProfile', input: { AssociationId: 'iip-assoc-0aaa' } },
        { operation: 'DisassociateIamInstanceProfile', input: { AssociationId: 'iip-assoc-0bbb' } },
      ],
    },
    {
      name: 'no profile anywhere: no read',
      options: { name: 'p' },
      resources: [instances[0]!],
      calls: [{ resourceIds: ['i-1'] }],
    },
  ],
});

it('reads the associations of the instances that have a profile', async () => {
  const r = reader();
  await setInstanceProfile.plan(
    structuredClone(instances) as never[],
    { name: 'x' },
    {
      now: 0,
      resourceType: ec2,
      policyName: 't',
      dryrun: false,
      policy: {},
      read: r.read,
    },
  );
  expect(r.clients.session.calls.map((c) => c.input)).toEqual([
    {
      Filters: [
        { Name: 'instance-id', Values: ['i-2', 'i-3'] },
        { Name: 'state', Values: ['associating', 'associated'] },
      ],
    },
  ]);
});
