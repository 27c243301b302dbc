import { testAction } from '@c7n-ts/core/testing';
import domains from '../resource.js';
import updateTlsConfig from './update-tls-config.js';

testAction(updateTlsConfig, {
  resourceType: domains,
  valid: [{ value: 'Policy-Min-TLS-1-2-2019-07' }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { value: 'TLS-1-3' }, messageId: 'schema', path: ['value'] },
  ],
  cases: [
    {
      name: 'HTTPS enforced with the policy given',
      options: { value: 'Policy-Min-TLS-1-2-PFS-2023-10' },
      resources: [{ DomainName: 'logs' }],
      calls: [
        {
          service: 'es',
          operation: 'UpdateElasticsearchDomainConfig',
          input: {
            DomainName: 'logs',
            DomainEndpointOptions: {
              EnforceHTTPS: true,
              TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10',
            },
          },
          resourceIds: ['logs'],
        },
      ],
    },
  ],
});
