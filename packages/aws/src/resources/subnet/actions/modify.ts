import type { Subnet } from '@aws-sdk/client-ec2';
import { defineAction } from '@c7n-ts/core';

const flag = (description: string) => ({ type: 'boolean', description }) as const;

export default defineAction({
  type: 'modify',
  resources: ['aws.subnet'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      AssignIpv6AddressOnCreation: flag('Give new interfaces an IPv6 address.'),
      CustomerOwnedIpv4Pool: { type: 'string', description: 'Customer-owned IPv4 address pool (Outposts).' },
      DisableLniAtDeviceIndex: flag('Disable local network interfaces at the device index.'),
      EnableLniAtDeviceIndex: {
        type: 'integer',
        description: 'Device index at which local network interfaces are enabled.',
      },
      EnableResourceNameDnsAAAARecordOnLaunch: flag('Answer DNS AAAA queries for instance hostnames.'),
      EnableResourceNameDnsARecordOnLaunch: flag('Answer DNS A queries for instance hostnames.'),
      EnableDns64: flag('Answer DNS64 queries for IPv6-only subnets.'),
      MapPublicIpOnLaunch: flag('Give new interfaces a public IPv4 address.'),
      MapCustomerOwnedIpOnLaunch: flag('Give new interfaces a customer-owned IPv4 address.'),
      PrivateDnsHostnameTypeOnLaunch: {
        enum: ['ip-name', 'resource-name'],
        description: 'Hostname type of new instances.',
      },
    },
  } as const,
  permissions: ['ec2:ModifySubnetAttribute'],
  doc: {
    summary:
      'Set subnet attributes: one ModifySubnetAttribute per subnet with every attribute given (booleans as `{Value: ...}`), as Cloud Custodian sends them.',
    example: '- type: modify\n  MapPublicIpOnLaunch: false',
  },
  reads: () => ['SubnetId'],
  plan(subnets: Subnet[], opts) {
    const params = Object.fromEntries(
      Object.entries(opts as Record<string, unknown>).map(([k, v]) => [
        k,
        typeof v === 'boolean' ? { Value: v } : v,
      ]),
    );
    return subnets.flatMap((s) =>
      s.SubnetId
        ? [
            {
              service: 'ec2',
              operation: 'ModifySubnetAttribute',
              input: { SubnetId: s.SubnetId, ...params },
              resourceIds: [s.SubnetId],
              describe: `modify ${s.SubnetId}: ${Object.keys(params).join(', ')}`,
            },
          ]
        : [],
    );
  },
});
