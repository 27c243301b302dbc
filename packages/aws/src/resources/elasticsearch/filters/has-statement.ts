import { policyHasStatement } from '../../../common/filters/has-statement.js';

export default policyHasStatement({
  resources: ['aws.elasticsearch'],
  // The access policy comes with the describe output.
  permissions: [],
  noun: 'domain',
  placeholders: '{domain_arn}',
  policyField: 'AccessPolicies',
  policySource: 'its `AccessPolicies`',
  formatArgs: (d) => ({ domain_arn: typeof d.ARN === 'string' ? d.ARN : undefined }),
  example: [
    '- type: has-statement',
    '  statements:',
    '    - Effect: Allow',
    '      Action: es:*',
    '      Principal:',
    '        AWS: "*"',
    '      Resource: "{domain_arn}/*"',
  ].join('\n'),
});
