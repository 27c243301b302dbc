import { policyHasStatement } from '../../../common/filters/has-statement.js';

export default policyHasStatement({
  resources: ['aws.vpc-endpoint'],
  permissions: ['ec2:DescribeVpcEndpoints'],
  noun: 'VPC endpoint',
  placeholders: '{endpoint_id}',
  policyField: 'PolicyDocument',
  policySource: '`PolicyDocument`, from the describe output',
  formatArgs: (e) => ({ endpoint_id: typeof e.VpcEndpointId === 'string' ? e.VpcEndpointId : undefined }),
  example: ['- type: has-statement', '  statements:', '    - Action: "*"', '      Effect: Allow'].join('\n'),
});
