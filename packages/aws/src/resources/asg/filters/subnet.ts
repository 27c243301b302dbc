import { idFieldOf, relatedById } from '../../../common/filters/fetch-related.js';
import { relatedFilter } from '../../../common/filters/related.js';
import { subnetRoutes } from '../../../common/filters/subnet-routes.js';

/** The subnets a group launches into: its comma-separated VPCZoneIdentifier. */
const subnetIds = (asgs: readonly Record<string, unknown>[]): string[] => [
  ...new Set(
    asgs.flatMap((a) =>
      String(a.VPCZoneIdentifier ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ),
];

export default relatedFilter({
  type: 'subnet',
  resources: ['aws.asg'],
  relatedType: 'aws.subnet',
  idsExpression: 'VPCZoneIdentifier',
  annotationKey: 'matched-subnets',
  reads: ['VPCZoneIdentifier'],
  permissions: ['ec2:DescribeSubnets'],
  extra: subnetRoutes,
  doc: {
    summary:
      'Auto Scaling groups by the subnets they launch into (VPCZoneIdentifier): value filter options apply to each subnet, and `igw`/`nat` ask whether its route table reaches an internet or NAT gateway. Matched subnet ids are recorded in c7n:matched-subnets.',
    example: '- type: subnet\n  key: tag:NetworkLocation\n  value: Public',
  },
  resolve: {
    ids: async (rs) => subnetIds(rs),
    fetch: (ids, ctx) => relatedById(ctx, 'aws.subnet', idFieldOf(ctx, 'aws.subnet'), ids),
  },
});
