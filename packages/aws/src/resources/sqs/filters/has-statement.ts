import { policyHasStatement } from '../../../common/filters/has-statement.js';

export default policyHasStatement({
  resources: ['aws.sqs'],
  permissions: ['sqs:GetQueueAttributes'],
  noun: 'queue',
  placeholders: '{queue_arn}',
  formatArgs: (q) => ({ queue_arn: typeof q.QueueArn === 'string' ? q.QueueArn : undefined }),
  example: [
    '- type: has-statement',
    '  statements:',
    '    - Effect: Deny',
    '      Action: sqs:*',
    '      Principal: "*"',
    '      Condition:',
    '        Bool:',
    '          aws:SecureTransport: "false"',
    '      Resource: "{queue_arn}"',
  ].join('\n'),
});
