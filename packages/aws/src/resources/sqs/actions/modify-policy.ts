/** Cloud Custodian's sqs modify-policy (see `common/actions/_modify-policy.ts`): SetQueueAttributes. */
import { modifyPolicyAction } from '../../../common/actions/_modify-policy.js';

export default modifyPolicyAction({
  type: 'aws.sqs',
  service: 'sqs',
  noun: 'queue',
  idField: 'QueueUrl',
  permissions: ['sqs:SetQueueAttributes', 'sqs:GetQueueAttributes'],
  write: {
    operation: 'SetQueueAttributes',
    input: (QueueUrl, Policy) => ({ QueueUrl, Attributes: { Policy } }),
  },
  example: { action: 'sqs:GetQueueAttributes', resource: 'arn:aws:sqs:us-east-1:123456789012:example' },
});
