/**
 * IAM actions around deployment: what the deploying user needs (one entry per call the
 * deploy, remove and prune routines make, plus what AWS checks behind it), and what a
 * deployed function needs beyond its policy's own elements.
 */

/** `service.Operation` (endpoint prefix, as in flight files) -> the IAM actions it needs. */
export const DEPLOY_CALL_PERMISSIONS: Readonly<Record<string, readonly string[]>> = {
  // Config rules (config-rule, config-poll-rule modes).
  'config.DeleteConfigRule': ['config:DeleteConfigRule'],
  'config.DescribeConfigRules': ['config:DescribeConfigRules'],
  'config.PutConfigRule': ['config:PutConfigRule'],
  'events.DeleteRule': ['events:DeleteRule'],
  'events.DescribeRule': ['events:DescribeRule'],
  'events.ListTagsForResource': ['events:ListTagsForResource'],
  'events.ListTargetsByRule': ['events:ListTargetsByRule'],
  // Tags passed to PutRule are authorized as events:TagResource.
  'events.PutRule': ['events:PutRule', 'events:TagResource'],
  'events.PutTargets': ['events:PutTargets'],
  'events.RemoveTargets': ['events:RemoveTargets'],
  'lambda.AddPermission': ['lambda:AddPermission'],
  // Tags need lambda:TagResource; the execution role is handed over with iam:PassRole.
  'lambda.CreateFunction': ['iam:PassRole', 'lambda:CreateFunction', 'lambda:TagResource'],
  'lambda.DeleteFunction': ['lambda:DeleteFunction'],
  'lambda.DeleteFunctionConcurrency': ['lambda:DeleteFunctionConcurrency'],
  'lambda.GetFunction': ['lambda:GetFunction'],
  'lambda.GetFunctionConfiguration': ['lambda:GetFunctionConfiguration'],
  'lambda.GetPolicy': ['lambda:GetPolicy'],
  'lambda.PutFunctionConcurrency': ['lambda:PutFunctionConcurrency'],
  'lambda.RemovePermission': ['lambda:RemovePermission'],
  'lambda.TagResource': ['lambda:TagResource'],
  'lambda.UntagResource': ['lambda:UntagResource'],
  'lambda.UpdateFunctionCode': ['lambda:UpdateFunctionCode'],
  'lambda.UpdateFunctionConfiguration': ['iam:PassRole', 'lambda:UpdateFunctionConfiguration'],
  'logs.CreateLogGroup': ['logs:CreateLogGroup', 'logs:TagResource'],
  'logs.DeleteLogGroup': ['logs:DeleteLogGroup'],
  'logs.ListTagsForResource': ['logs:ListTagsForResource'],
  // Scheduler (schedule mode); its target role is handed over with iam:PassRole.
  'scheduler.CreateSchedule': ['iam:PassRole', 'scheduler:CreateSchedule'],
  'scheduler.DeleteSchedule': ['scheduler:DeleteSchedule'],
  'scheduler.GetSchedule': ['scheduler:GetSchedule'],
  'scheduler.UpdateSchedule': ['iam:PassRole', 'scheduler:UpdateSchedule'],
  // Security Hub custom actions (hub-action mode).
  'securityhub.CreateActionTarget': ['securityhub:CreateActionTarget'],
  'securityhub.DeleteActionTarget': ['securityhub:DeleteActionTarget'],
  'securityhub.DescribeActionTargets': ['securityhub:DescribeActionTargets'],
  'securityhub.UpdateActionTarget': ['securityhub:UpdateActionTarget'],
  'tagging.GetResources': ['tag:GetResources'],
};

/** Every IAM action `run` (deploying), `remove` and `prune` may need, sorted. */
export function deployerPermissions(): string[] {
  return [...new Set(Object.values(DEPLOY_CALL_PERMISSIONS).flat())].sort();
}

/**
 * What the function's role needs besides the policy's elements, with the reason: writing its
 * logs, and the S3 output when `execution-options.output_dir` is an s3:// URL.
 */
export function functionPermissions(mode: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {
    'logs:CreateLogStream': 'function logs',
    'logs:PutLogEvents': 'function logs',
  };
  const options = (mode?.['execution-options'] ?? {}) as Record<string, unknown>;
  const dir = options.output_dir ?? options['output-dir'];
  if (typeof dir === 'string' && dir.startsWith('s3://')) {
    out['s3:PutObject'] = 'execution-options output_dir';
    // The objects are put with the bucket-owner-full-control ACL, as Cloud Custodian puts them.
    out['s3:PutObjectAcl'] = 'execution-options output_dir';
  }
  return out;
}
