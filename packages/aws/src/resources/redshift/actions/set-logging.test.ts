import { testAction } from '@c7n-ts/core/testing';
import redshift from '../resource.js';
import setLogging from './set-logging.js';

testAction(setLogging, {
  resourceType: redshift,
  valid: [{ state: 'enabled', bucket: 'logs', prefix: 'rs/' }, { state: 'disabled' }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { state: 'on' }, messageId: 'schema', path: ['state'] },
    { options: { state: 'enabled' }, messageId: 'bucket-required', path: ['state'] },
  ],
  cases: [
    {
      name: 'enable with bucket and prefix',
      options: { state: 'enabled', bucket: 'logs', prefix: 'rs/' },
      resources: [{ ClusterIdentifier: 'rs-1' }],
      calls: [
        {
          service: 'redshift',
          operation: 'EnableLogging',
          input: { ClusterIdentifier: 'rs-1', BucketName: 'logs', S3KeyPrefix: 'rs/' },
          resourceIds: ['rs-1'],
        },
      ],
    },
    {
      name: 'disable',
      options: { state: 'disabled' },
      resources: [{ ClusterIdentifier: 'rs-1' }],
      calls: [{ operation: 'DisableLogging', input: { ClusterIdentifier: 'rs-1' } }],
    },
  ],
});
