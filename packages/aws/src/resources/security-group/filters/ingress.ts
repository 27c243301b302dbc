import { defineFilter } from '@c7n-ts/core';
import {
  checkPermission,
  compilePermission,
  type PermissionOptions,
  permissionSchema,
} from './_sg-permission.js';

export default defineFilter({
  type: 'ingress',
  resources: ['aws.security-group'],
  options: permissionSchema,
  // SGReferences and PrefixLists read more; the listing itself needs only the resource's own.
  permissions: (opts: PermissionOptions) => [
    ...(opts.SGReferences ? ['ec2:DescribeSecurityGroups'] : []),
    ...(opts.PrefixLists ? ['ec2:DescribeManagedPrefixLists'] : []),
  ],
  doc: {
    summary:
      'Security groups with an inbound rule matching every given check (or any, with `match-operator: or`): protocol, ports (`Ports`, `OnlyPorts`), CIDR ranges (`Cidr`, `CidrV6` as value filters), self references, referenced groups (`SGReferences`) or prefix lists. Rules are expanded to one per range or pair first; the matching ones are recorded in `MatchedIpPermissions` for `remove-permissions`.',
    example: '- type: ingress\n  Ports: [22, 3389]\n  Cidr:\n    value: 0.0.0.0/0',
  },
  check: (opts, ctx) => checkPermission(opts as PermissionOptions, ctx),
  reads: () => ['GroupId', 'OwnerId', 'IpPermissions'],
  compile: (opts, ctx) => compilePermission('IpPermissions', opts as PermissionOptions, ctx),
});
