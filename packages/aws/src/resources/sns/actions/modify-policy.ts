/** Cloud Custodian's sns modify-policy (see `common/actions/_modify-policy.ts`): SetTopicAttributes. */
import { modifyPolicyAction } from '../../../common/actions/_modify-policy.js';

export default modifyPolicyAction({
  type: 'aws.sns',
  service: 'sns',
  noun: 'topic',
  idField: 'TopicArn',
  permissions: ['sns:SetTopicAttributes', 'sns:GetTopicAttributes'],
  write: {
    operation: 'SetTopicAttributes',
    input: (TopicArn, Policy) => ({ TopicArn, AttributeName: 'Policy', AttributeValue: Policy }),
  },
  example: { action: 'SNS:GetTopicAttributes', resource: 'arn:aws:sns:us-east-1:123456789012:example' },
});
