/**
 * Resource types that related-resource filters reach but that have no resource folder yet
 * (Cloud Custodian's `vpc`, `subnet` and `route-table` managers). Used only when the registry lacks the type;
 * once `resources/vpc` and `resources/subnet` exist, the registry's declarations win.
 */
import type { AwsResourceType } from '../../resources/types.js';

function ec2Type(
  name: 'subnet' | 'vpc' | 'route-table',
  id: string,
  operation: string,
  items: string,
  idsParam: string,
  idPrefix: string,
  shape: string,
  configType: string,
): AwsResourceType {
  return {
    kind: 'resource',
    type: `aws.${name}`,
    provider: 'aws',
    aliases: [name],
    id,
    taggable: true,
    // Not derived from the SDK shape (no generated fields for it yet); only filters read these.
    fields: [id, 'Tags', 'VpcId'],
    permissions: [`ec2:${operation}`],
    doc: {
      summary: `${shape}s, listed with ${operation}.`,
      example: `name: ${name}s\nresource: aws.${name}`,
    },
    source: {
      service: 'ec2',
      list: { operation, items, pagination: { inputToken: 'NextToken', outputToken: 'NextToken' } },
      tags: { kind: 'inline' },
      arn: { service: 'ec2', resourceType: name, separator: '/', idField: id },
      getByIds: { param: idsParam, kind: 'list' },
      idPrefix,
      configType,
      shape: { service: 'ec2', name: shape },
    },
  };
}

export const subnetType = ec2Type(
  'subnet',
  'SubnetId',
  'DescribeSubnets',
  'Subnets',
  'SubnetIds',
  'subnet-',
  'Subnet',
  'AWS::EC2::Subnet',
);

export const vpcType = ec2Type(
  'vpc',
  'VpcId',
  'DescribeVpcs',
  'Vpcs',
  'VpcIds',
  'vpc-',
  'Vpc',
  'AWS::EC2::VPC',
);

// The subnet filter's igw/nat read Associations and Routes.
export const routeTableType = ec2Type(
  'route-table',
  'RouteTableId',
  'DescribeRouteTables',
  'RouteTables',
  'RouteTableIds',
  'rtb-',
  'RouteTable',
  'AWS::EC2::RouteTable',
);

export const fallbackTypes: ReadonlyMap<string, AwsResourceType> = new Map([
  [subnetType.type, subnetType],
  [vpcType.type, vpcType],
  [routeTableType.type, routeTableType],
]);
