import { endpointFilter } from '../../vpc/filters/_endpoints.js';

export default endpointFilter({
  resource: 'aws.subnet',
  idField: 'SubnetId',
  endpointField: 'SubnetIds',
  summary:
    "Subnets with a VPC endpoint (one naming the subnet in `SubnetIds`) matching value filter options (the region's endpoints, listed with DescribeVpcEndpoints). The matching subnet's id is recorded in c7n:matched-vpc-endpoint, as Cloud Custodian records it.",
  example: '- type: vpc-endpoint\n  key: ServiceName\n  value: com.amazonaws.us-east-1.athena',
});
