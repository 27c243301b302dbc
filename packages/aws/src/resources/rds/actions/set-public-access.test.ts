import { testAction } from '@c7n-ts/core/testing';
import rds from '../resource.js';
import setPublicAccess from './set-public-access.js';

testAction(setPublicAccess, {
  resourceType: rds,
  valid: [{}, { state: true }],
  invalid: [{ options: { state: 'off' }, messageId: 'schema', path: ['state'] }],
  cases: [
    {
      name: 'makes instances private by default',
      options: {},
      resources: [{ DBInstanceIdentifier: 'db-1', PubliclyAccessible: true }],
      calls: [
        {
          service: 'rds',
          operation: 'ModifyDBInstance',
          input: { DBInstanceIdentifier: 'db-1', PubliclyAccessible: false },
          resourceIds: ['db-1'],
          describe: 'make db-1 private',
        },
      ],
    },
    {
      options: { state: true },
      resources: [{ DBInstanceIdentifier: 'db-2' }],
      calls: [
        {
          input: { DBInstanceIdentifier: 'db-2', PubliclyAccessible: true },
          describe: 'make db-2 publicly accessible',
        },
      ],
    },
  ],
});
