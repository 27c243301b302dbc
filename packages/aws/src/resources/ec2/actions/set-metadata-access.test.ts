import { testAction } from '@c7n-ts/core/testing';
import ec2 from '../resource.js';
import setMetadataAccess from './set-metadata-access.js';

const inst = (id: string, opts: Record<string, unknown>) => ({ InstanceId: id, MetadataOptions: opts });

testAction(setMetadataAccess, {
  resourceType: ec2,
  valid: [{ tokens: 'required' }, { 'metadata-tags': 'enabled' }, { endpoint: 'disabled', 'hop-limit': 2 }],
  invalid: [
    { options: {}, messageId: 'nothing-to-set' },
    { options: { tokens: 'always' }, messageId: 'schema', path: ['tokens'] },
    { options: { 'hop-limit': 65 }, messageId: 'schema', path: ['hop-limit'] },
  ],
  cases: [
    {
      name: 'one call per instance not yet in the desired state',
      options: { tokens: 'required' },
      resources: [
        inst('i-1', { HttpTokens: 'optional' }),
        inst('i-2', { HttpTokens: 'required' }),
        { InstanceId: 'i-3' },
      ],
      calls: [
        {
          service: 'ec2',
          operation: 'ModifyInstanceMetadataOptions',
          input: { InstanceId: 'i-1', HttpTokens: 'required' },
          resourceIds: ['i-1'],
          okErrors: ['InvalidInstanceId.NotFound'],
        },
      ],
    },
    {
      name: 'as c7n: an instance already right on one option is skipped',
      options: { tokens: 'required', 'hop-limit': 2 },
      resources: [
        inst('i-1', { HttpTokens: 'optional', HttpPutResponseHopLimit: 1 }),
        inst('i-2', { HttpTokens: 'optional', HttpPutResponseHopLimit: 2 }),
      ],
      calls: [{ input: { InstanceId: 'i-1', HttpTokens: 'required', HttpPutResponseHopLimit: 2 } }],
    },
  ],
});
