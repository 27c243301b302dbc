import { relatedFilter } from '../../../common/filters/related.js';
import { subnetGroupResolver } from '../../../common/filters/subnet-group.js';

export default relatedFilter({
  type: 'subnet',
  resources: ['aws.rds-cluster'],
  relatedType: 'aws.subnet',
  idsExpression: 'DBSubnetGroup',
  annotationKey: 'matched-subnets',
  reads: ['DBSubnetGroup'],
  permissions: ['rds:DescribeDBSubnetGroups', 'ec2:DescribeSubnets'],
  doc: {
    summary:
      "DB clusters by the subnets of their DB subnet group: value filter options apply to each subnet. As in Cloud Custodian, the region's subnet groups are listed (DescribeDBSubnetGroups), then the subnets read (DescribeSubnets). Matched subnet ids are recorded in c7n:matched-subnets.",
    example: '- type: subnet\n  key: MapPublicIpOnLaunch\n  value: true',
  },
  resolve: subnetGroupResolver({
    service: 'rds',
    operation: 'DescribeDBSubnetGroups',
    items: 'DBSubnetGroups',
    nameField: 'DBSubnetGroupName',
    groupOf: 'DBSubnetGroup',
  }),
});
