import type { Resource } from '@c7n-ts/core';
import { relatedFilter } from '../../../common/filters/related.js';
import { vpcMembers } from './_members.js';

/** A gateway belongs to the VPCs it is attached to. */
const attached = (igw: Resource, vpcIds: ReadonlySet<string>): boolean =>
  ((igw.Attachments as { VpcId?: string }[] | undefined) ?? []).some((a) => vpcIds.has(a.VpcId ?? ''));

export default relatedFilter({
  type: 'internet-gateway',
  resources: ['aws.vpc'],
  relatedType: 'aws.internet-gateway',
  idsExpression: 'VpcId',
  annotationKey: 'MatchedVpcsIgws',
  reads: ['VpcId'],
  permissions: ['ec2:DescribeInternetGateways'],
  doc: {
    summary:
      "VPCs by the internet gateways attached to them (the region's are listed with DescribeInternetGateways): value filter options apply to each gateway, and `value_type: resource_count` counts them. Matched ids are recorded in c7n:MatchedVpcsIgws.",
    example: '- type: internet-gateway\n  value_type: resource_count\n  value: 1\n  op: gte',
  },
  resolve: vpcMembers('aws.internet-gateway', 'InternetGatewayId', attached),
});
