import { defineFilter } from '@c7n-ts/core';
import {
  checkPermission,
  compilePermission,
  type PermissionOptions,
  permissionSchema,
} from './_sg-permission.js';

export default defineFilter({
  type: 'egress',
  resources: ['aws.security-group'],
  options: permissionSchema,
  // SGReferences and PrefixLists read more; the listing itself needs only the resource's own.
  permissions: (opts: PermissionOptions) => [
    ...(opts.SGReferences ? ['ec2:DescribeSecurityGroups'] : []),
    ...(opts.PrefixLists ? ['ec2:DescribeManagedPrefixLists'] : []),
  ],
  doc: {
    summary:
      'Security groups with an outbound rule matching every given check (or any, with `match-operator: or`): protocol, ports (`Ports`, `OnlyPorts`), CIDR ranges (`Cidr`, `CidrV6` as value filters), self references, referenced groups (`SGReferences`) or prefix lists. Rules are expanded to one per range or pair first; the matching ones are recorded in `MatchedIpPermissionsEgress` for `remove-permissions`.',
    example: '- type: egress\n  OnlyPorts: [443]',
  },
  check: (opts, ctx) => checkPermission(opts as PermissionOptions, ctx),
  reads: () => ['GroupId', 'OwnerId', 'IpPermissionsEgress'],
  compile: (opts, ctx) => compilePermission('IpPermissionsEgress', opts as PermissionOptions, ctx),
});
