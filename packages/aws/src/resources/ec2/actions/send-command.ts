/**
 * Cloud Custodian's send-command: SSM SendCommand for 50 instances per call with the policy's
 * `command` (a SendCommandRequest, checked against its shape as c7n's shape_validate does;
 * InstanceIds are always the matched instances). As in c7n, an ec2 policy using it must also
 * use the `ssm` filter (anywhere, nested blocks included), so commands only go to instances
 * that Systems Manager knows.
 */
import { defineAction, type PlannedCall, type Problem } from '@c7n-ts/core';
import { describeIds } from '../../../common/index.js';
import { instanceIds } from './stop.js';

/** c7n's batch size (SendCommand takes at most 50 instance ids). */
const BATCH = 50;

const str = (description: string) => ({ type: 'string', description }) as const;

/** SSM's SendCommandRequest as the SDK models it (types, required members, no others). */
const sendCommandRequest = {
  type: 'object',
  additionalProperties: false,
  required: ['DocumentName'],
  description:
    'The SendCommand request (SSM API names): DocumentName, Parameters, TimeoutSeconds, OutputS3BucketName... InstanceIds are set to the matched instances.',
  properties: {
    DocumentName: str('The SSM document to run (AWS-RunShellScript, a document name or ARN).'),
    DocumentVersion: str('Document version ($DEFAULT, $LATEST or a number).'),
    DocumentHash: str('Expected hash of the document.'),
    DocumentHashType: str('Sha256 or Sha1.'),
    TimeoutSeconds: {
      type: 'integer',
      description: 'Seconds before the command fails if it has not started.',
    },
    Comment: str('A comment shown with the command.'),
    Parameters: {
      type: 'object',
      additionalProperties: { type: 'array', items: { type: 'string' } },
      description: "The document's parameters, each a list of strings (`commands: [...]`).",
    },
    OutputS3Region: str('Region of the output bucket.'),
    OutputS3BucketName: str('Bucket receiving the command output.'),
    OutputS3KeyPrefix: str('Key prefix of the output in the bucket.'),
    MaxConcurrency: str('Instances running the command at once (a number or a percentage).'),
    MaxErrors: str('Errors allowed before SSM stops sending the command (a number or a percentage).'),
    ServiceRoleArn: str('Role SSM uses to publish notifications.'),
    InstanceIds: {
      type: 'array',
      items: { type: 'string' },
      description: 'Replaced by the matched instances (accepted as c7n accepts it).',
    },
    Targets: {
      type: 'array',
      description: 'Targets by tag or resource group (Key, Values); AWS refuses them beside InstanceIds.',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { Key: str('Target key.'), Values: { type: 'array', items: { type: 'string' } } },
      },
    },
    NotificationConfig: {
      type: 'object',
      additionalProperties: false,
      description: 'SNS notifications of command status changes.',
      properties: {
        NotificationArn: str('The SNS topic.'),
        NotificationEvents: { type: 'array', items: { type: 'string' } },
        NotificationType: str('Command or Invocation.'),
      },
    },
    CloudWatchOutputConfig: {
      type: 'object',
      additionalProperties: false,
      description: 'Send the output to CloudWatch Logs.',
      properties: {
        CloudWatchLogGroupName: str('Log group.'),
        CloudWatchOutputEnabled: { type: 'boolean' },
      },
    },
    AlarmConfiguration: {
      type: 'object',
      additionalProperties: false,
      required: ['Alarms'],
      description: 'CloudWatch alarms that stop the command.',
      properties: {
        IgnorePollAlarmFailure: { type: 'boolean' },
        Alarms: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['Name'],
            properties: { Name: str('Alarm name.') },
          },
        },
      },
    },
  },
} as const;

/** Whether a raw filter list (blocks included) uses the `ssm` filter (c7n's iter_filters). */
function usesSsm(items: unknown): boolean {
  if (!Array.isArray(items)) return false;
  return items.some((f) => {
    if (f === 'ssm') return true;
    if (!f || typeof f !== 'object') return false;
    const m = f as Record<string, unknown>;
    if (m.type === 'ssm') return true;
    return ['and', 'or', 'not'].some((b) => usesSsm(m[b]));
  });
}

export default defineAction({
  type: 'send-command',
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['command'],
    properties: { command: sendCommandRequest },
  } as const,
  permissions: ['ssm:SendCommand'],
  doc: {
    summary:
      'Run an SSM document on the instances (SendCommand, 50 instances per call). The policy must also use the `ssm` filter (for instance `PingStatus: Online`), so that only instances Systems Manager manages get the command.',
    example:
      '- type: send-command\n  command:\n    DocumentName: AWS-RunShellScript\n    Parameters:\n      commands:\n        - yum -y update',
  },
  messages: { 'needs-ssm-filter': 'send-command on ec2 needs the ssm filter in the same policy.' },
  check(_opts, ctx) {
    const problems: Problem[] = [];
    if (ctx.policy && !usesSsm(ctx.policy.filters))
      problems.push({
        messageId: 'needs-ssm-filter',
        message:
          'send-command requires the ssm filter on ec2 resources (e.g. `- type: ssm` with `key: PingStatus`, `value: Online`), so commands only go to instances Systems Manager knows.',
        path: [],
      });
    return problems;
  },
  reads: () => ['InstanceId'],
  plan(resources, opts) {
    const ids = instanceIds(resources);
    const calls: PlannedCall[] = [];
    for (let n = 0; n < ids.length; n += BATCH) {
      const batch = ids.slice(n, n + BATCH);
      calls.push({
        service: 'ssm',
        operation: 'SendCommand',
        input: { ...opts.command, InstanceIds: batch },
        resourceIds: batch,
        describe: `run ${opts.command.DocumentName} on ${describeIds(batch)}`,
        batchField: 'InstanceIds',
      });
    }
    return calls;
  },
});
