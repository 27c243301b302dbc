import { relatedFilter } from '../../../common/filters/related.js';
import { subnetGroupResolver } from '../../../common/filters/subnet-group.js';

export default relatedFilter({
  type: 'vpc',
  resources: ['aws.cache-cluster'],
  relatedType: 'aws.vpc',
  idsExpression: 'CacheSubnetGroupName',
  annotationKey: 'matched-vpcs',
  reads: ['CacheSubnetGroupName'],
  permissions: ['elasticache:DescribeCacheSubnetGroups', 'ec2:DescribeVpcs'],
  doc: {
    summary:
      "Cache clusters by the VPC of their cache subnet group: value filter options apply to the VPC. As in Cloud Custodian, the region's cache subnet groups are listed (DescribeCacheSubnetGroups), then the VPCs read (DescribeVpcs). Matched VPC ids are recorded in c7n:matched-vpcs.",
    example: '- type: vpc\n  key: IsDefault\n  value: true',
  },
  resolve: subnetGroupResolver({
    service: 'elasticache',
    operation: 'DescribeCacheSubnetGroups',
    items: 'CacheSubnetGroups',
    nameField: 'CacheSubnetGroupName',
    groupOf: 'CacheSubnetGroupName',
    vpc: true,
  }),
});
