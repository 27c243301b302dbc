import { testAction } from '@c7n-ts/core/testing';
import account from '../resource.js';
import setEc2MetadataDefaults from './set-ec2-metadata-defaults.js';

const acct = { account_id: '123456789012', account_name: 'prod' };

testAction(setEc2MetadataDefaults, {
  resourceType: account,
  valid: [{ HttpTokens: 'required' }, { HttpPutResponseHopLimit: 2, InstanceMetadataTags: 'enabled' }],
  invalid: [
    { options: { HttpTokens: 'always' }, messageId: 'schema', path: ['HttpTokens'] },
    { options: { HttpPutResponseHopLimit: 1.5 }, messageId: 'schema', path: ['HttpPutResponseHopLimit'] },
  ],
  cases: [
    {
      name: 'one call with the options given',
      options: { HttpTokens: 'required', HttpPutResponseHopLimit: 1, HttpEndpoint: 'enabled' },
      resources: [acct],
      calls: [
        {
          service: 'ec2',
          operation: 'ModifyInstanceMetadataDefaults',
          input: { HttpTokens: 'required', HttpPutResponseHopLimit: 1, HttpEndpoint: 'enabled' },
          resourceIds: ['123456789012'],
        },
      ],
    },
  ],
});
