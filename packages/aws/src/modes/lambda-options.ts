/**
 * Options every Lambda-deployed mode accepts, as Cloud Custodian names them, so that its
 * policies load unchanged. Some only make sense for c7n's Python package and are accepted
 * with a warning (see `ignoredOptions`).
 */
import type { Problem } from '@c7n-ts/core';

export const lambdaOptionProperties = {
  role: {
    type: 'string',
    description: 'ARN of the IAM role the function runs as; `{account_id}` is interpolated.',
  },
  'function-prefix': {
    type: 'string',
    default: 'custodian-',
    description: 'Prefix of the Lambda function name (the policy name follows).',
  },
  memory: { type: 'number', minimum: 128, maximum: 10240, description: 'Function memory in MB.' },
  timeout: { type: 'number', minimum: 1, maximum: 900, description: 'Function timeout in seconds.' },
  runtime: {
    type: 'string',
    description: 'Lambda runtime. c7n-ts deploys a Node.js bundle; a Python runtime from c7n is ignored.',
  },
  handler: { type: 'string', description: 'Accepted for compatibility; c7n-ts sets its own handler.' },
  'execution-options': {
    type: 'object',
    description: 'Run options inside the function (output_dir, log_group, metrics_enabled, dryrun, ...).',
  },
  environment: {
    type: 'object',
    description: 'Environment of the function: `{Variables: {NAME: value}}`.',
  },
  tags: {
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Tags for the function and its rule.',
  },
  subnets: { type: 'array', items: { type: 'string' }, description: 'VPC subnet ids for the function.' },
  security_groups: {
    type: 'array',
    items: { type: 'string' },
    description: 'VPC security group ids for the function.',
  },
  dead_letter_config: { type: 'object', description: 'Lambda dead letter config: `{TargetArn: ...}`.' },
  kms_key_arn: { type: 'string', description: 'KMS key for the function environment.' },
  tracing_config: { type: 'object', description: 'Lambda tracing config: `{Mode: Active|PassThrough}`.' },
  layers: { type: 'array', items: { type: 'string' }, description: 'Lambda layer ARNs.' },
  concurrency: { type: 'integer', minimum: 0, description: 'Reserved concurrent executions.' },
  packages: {
    type: 'array',
    items: { type: 'string' },
    description: "Python packages for c7n's archive; ignored by c7n-ts (warning).",
  },
  'member-role': { type: 'string', description: 'Role to assume in member accounts (c7n-org).' },
  pattern: { type: 'object', description: 'Extra EventBridge pattern merged into the rule.' },
} as const;

const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}|\{account_id\}):role\/[\w+=,.@/{}-]+$/;
// Cloud Custodian also takes a bare role name and builds the ARN in the deploying account.
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;

/** Checks shared by periodic and cloudtrail modes. */
export function checkLambdaOptions(opts: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const role = opts.role;
  if (typeof role === 'string' && !ROLE_ARN.test(role) && !ROLE_NAME.test(role)) {
    problems.push({
      messageId: 'invalid-role',
      message: `role "${role}" is neither an IAM role ARN nor a role name`,
      hint: 'write arn:aws:iam::{account_id}:role/NAME, or just NAME',
      path: ['role'],
    });
  }
  if (opts.packages !== undefined) {
    problems.push({
      messageId: 'ignored-option',
      message: '"packages" is ignored: c7n-ts bundles only the code the policy needs',
      path: ['packages'],
      at: 'key',
      severity: 'warning',
    });
  }
  return problems;
}
