import { endpointFilter } from './_endpoints.js';

export default endpointFilter({
  resource: 'aws.vpc',
  idField: 'VpcId',
  endpointField: 'VpcId',
  summary:
    "VPCs with a VPC endpoint matching value filter options (the region's endpoints, listed with DescribeVpcEndpoints). The matching VPC's id is recorded in c7n:matched-vpc-endpoint, as Cloud Custodian records it.",
  example: '- type: vpc-endpoint\n  key: ServiceName\n  value: com.amazonaws.us-east-1.s3',
});
