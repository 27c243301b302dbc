import { testFilter } from '@c7n-ts/core/testing';
import elbs from '../resource.js';
import mismatch from './healthcheck-protocol-mismatch.js';

const listener = (InstanceProtocol: string) => ({ Listener: { InstanceProtocol } });

testFilter(mismatch, {
  resourceType: elbs,
  valid: [{}],
  invalid: [{ options: { protocol: 'HTTP' }, messageId: 'schema' }],
  cases: [
    {
      // Cloud Custodian's own test: a listener whose instance protocol is the checked one matches.
      name: 'as Cloud Custodian decides it',
      options: {},
      resources: [
        {
          LoadBalancerName: 'same',
          HealthCheck: { Target: 'HTTP:80/' },
          ListenerDescriptions: [listener('HTTP')],
        },
        {
          LoadBalancerName: 'other',
          HealthCheck: { Target: 'TCP:443' },
          ListenerDescriptions: [listener('HTTPS')],
        },
        { LoadBalancerName: 'none', HealthCheck: { Target: 'TCP:80' }, ListenerDescriptions: [] },
      ],
      matches: ['same', 'none'],
    },
  ],
});
