/**
 * Options every Lambda-deployed mode accepts, as Cloud Custodian names them, so that its
 * policies load unchanged. Some only make sense for c7n's Python package and are accepted
 * with a warning (see `ignoredOptions`).
 */
import type { CompileContext, Problem } from '@c7n-ts/core';

/** Cloud Custodian's `mode.runtime` values (c7n/policy.py LambdaMode schema). */
const C7N_RUNTIMES = ['python3.10', 'python3.11', 'python3.12', 'python3.13'] as const;
/** Node.js runtimes Lambda still creates functions with; c7n-ts deploys one of these. */
const NODE_RUNTIMES = ['nodejs20.x', 'nodejs22.x'] as const;
/** Lambda's limit on a function name (prefix included), which c7n also checks. */
export const MAX_FUNCTION_NAME = 64;

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
  // Lambda's limits: whole MB from 128 to 10240, whole seconds from 1 to 900.
  memory: {
    type: 'integer',
    minimum: 128,
    maximum: 10240,
    description: 'Function memory in MB (128-10240).',
  },
  timeout: { type: 'integer', minimum: 1, maximum: 900, description: 'Function timeout in seconds (1-900).' },
  runtime: {
    enum: [...C7N_RUNTIMES, ...NODE_RUNTIMES],
    description:
      "Lambda runtime. c7n-ts deploys a Node.js bundle (nodejs20.x unless a nodejs runtime is given); Cloud Custodian's Python runtimes are accepted and replaced at deploy, with a warning.",
  },
  handler: {
    type: 'string',
    description:
      "Cloud Custodian's handler in its Python archive; ignored by c7n-ts, which sets its own (warning).",
  },
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
  'member-role': {
    type: 'string',
    description:
      "Role Cloud Custodian assumes in the event's account (a c7n-org hub). Not supported yet (error).",
  },
  pattern: {
    type: 'object',
    description:
      'Extra EventBridge pattern merged into the rule of an event mode (not supported yet with periodic; schedule mode has no rule).',
  },
} as const;

const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}|\{account_id\}):role\/[\w+=,.@/{}-]+$/;
// Cloud Custodian also takes a bare role name (with its IAM path, `ops/custodian`) and builds
// the ARN in the deploying account (deploy/names.ts roleArn).
const ROLE_NAME = /^([\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

/** Checks shared by periodic and cloudtrail modes. */
export function checkLambdaOptions(
  opts: Record<string, unknown>,
  ctx?: Pick<CompileContext, 'policyName'>,
): Problem[] {
  const problems: Problem[] = [];
  const fn = `${String(opts['function-prefix'] ?? 'custodian-')}${ctx?.policyName ?? ''}`;
  if (ctx && fn.length > MAX_FUNCTION_NAME)
    problems.push({
      messageId: 'function-name-too-long',
      message: `the Lambda function name "${fn}" is ${fn.length} characters; Lambda allows ${MAX_FUNCTION_NAME} (function-prefix included)`,
      hint: 'shorten the policy name, or set a shorter mode.function-prefix',
      policyPath: ['name'],
    });
  const role = opts.role;
  if (typeof role === 'string' && !ROLE_ARN.test(role) && !ROLE_NAME.test(role)) {
    problems.push({
      messageId: 'invalid-role',
      message: `role "${role}" is neither an IAM role ARN nor a role name`,
      hint: 'write arn:aws:iam::{account_id}:role/NAME, or just NAME',
      path: ['role'],
    });
  }
  if (opts.handler !== undefined) {
    problems.push({
      messageId: 'ignored-option',
      message: `"handler" is ignored: c7n-ts deploys its own handler (index.handler)`,
      path: ['handler'],
      at: 'key',
      severity: 'warning',
    });
  }
  // c7n assumes member-role into the event's account (a c7n-org hub); ignoring it would act in the hub.
  if (opts['member-role'] !== undefined) {
    problems.push({
      messageId: 'option-not-supported-yet',
      message:
        '"member-role" is not supported yet: c7n-ts does not assume a role into the account of the event',
      hint: 'deploy the policy in each member account instead',
      path: ['member-role'],
      at: 'key',
    });
  }
  problems.push(...executionOptionProblems(opts['execution-options']));
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

/** The `execution-options` the function reads (lambda/config.ts executionOptions). */
const READ_EXECUTION_OPTIONS = ['output_dir', 'output-dir', 'dryrun'];

/**
 * c7n merges `execution-options` into the function's run config. Its `assume_role` changes the
 * account the policy acts in, so it is refused; the rest (metrics_enabled, log_group, tracer,
 * cache...) only change what is logged or cached, so c7n-ts warns that it ignores them.
 */
function executionOptionProblems(options: unknown): Problem[] {
  if (!options || typeof options !== 'object') return [];
  return Object.keys(options)
    .filter((k) => !READ_EXECUTION_OPTIONS.includes(k))
    .map(
      (k): Problem =>
        k === 'assume_role'
          ? {
              messageId: 'option-not-supported-yet',
              message:
                '"execution-options.assume_role" is not supported yet: the function would act with its own role',
              hint: 'give the function that role (mode.role) instead',
              path: ['execution-options', k],
              at: 'key',
            }
          : {
              messageId: 'ignored-option',
              message: `"execution-options.${k}" is ignored: c7n-ts reads only ${READ_EXECUTION_OPTIONS.join(', ')}`,
              path: ['execution-options', k],
              at: 'key',
              severity: 'warning',
            },
    );
}
