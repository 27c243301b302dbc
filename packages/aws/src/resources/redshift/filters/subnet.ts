import { relatedFilter } from '../../../common/filters/related.js';
import { subnetGroupResolver } from '../../../common/filters/subnet-group.js';

export default relatedFilter({
  type: 'subnet',
  resources: ['aws.redshift'],
  relatedType: 'aws.subnet',
  idsExpression: 'ClusterSubnetGroupName',
  annotationKey: 'matched-subnets',
  reads: ['ClusterSubnetGroupName'],
  permissions: ['redshift:DescribeClusterSubnetGroups', 'ec2:DescribeSubnets'],
  doc: {
    summary:
      "Redshift clusters by the subnets of their cluster subnet group: value filter options apply to each subnet. As in Cloud Custodian, the region's subnet groups are listed (DescribeClusterSubnetGroups), then the subnets read (DescribeSubnets). Matched subnet ids are recorded in c7n:matched-subnets.",
    example: '- type: subnet\n  key: MapPublicIpOnLaunch\n  value: true',
  },
  resolve: subnetGroupResolver({
    service: 'redshift',
    operation: 'DescribeClusterSubnetGroups',
    items: 'ClusterSubnetGroups',
    nameField: 'ClusterSubnetGroupName',
    groupOf: 'ClusterSubnetGroupName',
  }),
});
