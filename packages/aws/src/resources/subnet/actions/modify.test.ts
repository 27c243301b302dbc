import { testAction } from '@c7n-ts/core/testing';
import subnets from '../resource.js';
import modify from './modify.js';

testAction(modify, {
  resourceType: subnets,
  valid: [
    { MapPublicIpOnLaunch: false },
    {
      AssignIpv6AddressOnCreation: true,
      CustomerOwnedIpv4Pool: 'ipv4pool-coip-1',
      DisableLniAtDeviceIndex: true,
      EnableLniAtDeviceIndex: 1,
      EnableResourceNameDnsAAAARecordOnLaunch: true,
      EnableResourceNameDnsARecordOnLaunch: true,
      EnableDns64: false,
      MapCustomerOwnedIpOnLaunch: false,
    },
  ],
  invalid: [
    {
      options: { PrivateDnsHostnameTypeOnLaunch: 'dns-name' },
      messageId: 'schema',
      path: ['PrivateDnsHostnameTypeOnLaunch'],
    },
  ],
  cases: [
    {
      name: 'booleans as {Value}, other values as given, one call per subnet',
      options: { MapPublicIpOnLaunch: false, PrivateDnsHostnameTypeOnLaunch: 'resource-name' },
      resources: [{ SubnetId: 'subnet-1' }, { SubnetId: 'subnet-2' }],
      calls: [
        {
          service: 'ec2',
          operation: 'ModifySubnetAttribute',
          input: {
            SubnetId: 'subnet-1',
            MapPublicIpOnLaunch: { Value: false },
            PrivateDnsHostnameTypeOnLaunch: 'resource-name',
          },
          resourceIds: ['subnet-1'],
        },
        { input: { SubnetId: 'subnet-2' } },
      ],
    },
  ],
});
