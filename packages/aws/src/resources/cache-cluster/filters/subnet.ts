import { relatedFilter } from '../../../common/filters/related.js';
import { subnetGroupResolver } from '../../../common/filters/subnet-group.js';

export default relatedFilter({
  type: 'subnet',
  resources: ['aws.cache-cluster'],
  relatedType: 'aws.subnet',
  idsExpression: 'CacheSubnetGroupName',
  annotationKey: 'matched-subnets',
  reads: ['CacheSubnetGroupName'],
  permissions: ['elasticache:DescribeCacheSubnetGroups', 'ec2:DescribeSubnets'],
  doc: {
    summary:
      "Cache clusters by the subnets of their cache subnet group: value filter options apply to each subnet. As in Cloud Custodian, the region's cache subnet groups are listed (DescribeCacheSubnetGroups), then the subnets read (DescribeSubnets). Matched subnet ids are recorded in c7n:matched-subnets.",
    example: '- type: subnet\n  key: MapPublicIpOnLaunch\n  value: false',
  },
  resolve: subnetGroupResolver({
    service: 'elasticache',
    operation: 'DescribeCacheSubnetGroups',
    items: 'CacheSubnetGroups',
    nameField: 'CacheSubnetGroupName',
    groupOf: 'CacheSubnetGroupName',
  }),
});
