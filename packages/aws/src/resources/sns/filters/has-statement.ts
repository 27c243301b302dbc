import { policyHasStatement } from '../../../common/filters/has-statement.js';

export default policyHasStatement({
  resources: ['aws.sns'],
  permissions: ['sns:GetTopicAttributes'],
  noun: 'topic',
  placeholders: '{topic_arn}',
  formatArgs: (t) => ({ topic_arn: typeof t.TopicArn === 'string' ? t.TopicArn : undefined }),
  example: ['- type: has-statement', '  statement_ids:', '    - BlockNonSSL'].join('\n'),
});
