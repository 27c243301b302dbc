import { testFilter } from '@c7n-ts/core/testing';
import elbs from '../resource.js';
import isSsl from './is-ssl.js';

const elb = (LoadBalancerName: string, ...protocols: string[]) => ({
  LoadBalancerName,
  ListenerDescriptions: protocols.map((Protocol) => ({ Listener: { Protocol, InstanceProtocol: 'HTTP' } })),
});

testFilter(isSsl, {
  resourceType: elbs,
  valid: [{}],
  invalid: [{ options: { protocol: 'SSL' }, messageId: 'schema' }],
  cases: [
    {
      name: 'an HTTPS or SSL listener among others',
      options: {},
      resources: [elb('https', 'HTTP', 'HTTPS'), elb('ssl', 'SSL'), elb('plain', 'HTTP', 'TCP'), elb('none')],
      matches: ['https', 'ssl'],
    },
  ],
});
