import { testAction } from '@c7n-ts/core/testing';
import redshift from '../resource.js';
import setPublicAccess from './set-public-access.js';

testAction(setPublicAccess, {
  resourceType: redshift,
  valid: [{}, { state: true }],
  invalid: [{ options: { state: 'off' }, messageId: 'schema', path: ['state'] }],
  cases: [
    {
      name: 'state defaults to false, sent whatever the current value',
      options: {},
      resources: [
        { ClusterIdentifier: 'rs-1', PubliclyAccessible: true },
        { ClusterIdentifier: 'rs-2', PubliclyAccessible: false },
      ],
      calls: [
        {
          service: 'redshift',
          operation: 'ModifyCluster',
          input: { ClusterIdentifier: 'rs-1', PubliclyAccessible: false },
          resourceIds: ['rs-1'],
        },
        { operation: 'ModifyCluster', input: { ClusterIdentifier: 'rs-2', PubliclyAccessible: false } },
      ],
    },
    {
      name: 'state true',
      options: { state: true },
      resources: [{ ClusterIdentifier: 'rs-1' }],
      calls: [{ input: { ClusterIdentifier: 'rs-1', PubliclyAccessible: true } }],
    },
  ],
});
