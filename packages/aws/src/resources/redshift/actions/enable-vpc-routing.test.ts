import { testAction } from '@c7n-ts/core/testing';
import redshift from '../resource.js';
import enableVpcRouting from './enable-vpc-routing.js';

const cluster = (id: string, routing?: boolean) => ({
  ClusterIdentifier: id,
  ...(routing !== undefined && { EnhancedVpcRouting: routing }),
});
const resources = [cluster('off', false), cluster('on', true), cluster('unset')];

testAction(enableVpcRouting, {
  resourceType: redshift,
  valid: [{}, { value: true }, { value: false }],
  invalid: [
    { options: { value: 'yes' }, messageId: 'schema', path: ['value'] },
    { options: { enabled: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'turned on where it is off (an absent field is off); the others are left alone',
      options: {},
      resources,
      calls: [
        {
          service: 'redshift',
          operation: 'ModifyCluster',
          input: { ClusterIdentifier: 'off', EnhancedVpcRouting: true },
          resourceIds: ['off'],
        },
        { input: { ClusterIdentifier: 'unset', EnhancedVpcRouting: true }, resourceIds: ['unset'] },
      ],
    },
    {
      name: 'value: false turns it off where it is on',
      options: { value: false },
      resources,
      calls: [{ input: { ClusterIdentifier: 'on', EnhancedVpcRouting: false }, resourceIds: ['on'] }],
    },
  ],
});
