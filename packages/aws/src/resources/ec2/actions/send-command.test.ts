import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import ec2 from '../resource.js';
import sendCommand from './send-command.js';

const ids = (n: number) => Array.from({ length: n }, (_, k) => `i-${k}`);
const command = { DocumentName: 'AWS-RunShellScript', Parameters: { commands: ['uptime'] } };

testAction(sendCommand, {
  resourceType: ec2,
  valid: [
    { command },
    {
      command: {
        ...command,
        TimeoutSeconds: 600,
        OutputS3BucketName: 'logs',
        CloudWatchOutputConfig: { CloudWatchOutputEnabled: true },
      },
    },
  ],
  invalid: [
    { options: {}, messageId: 'schema' },
    {
      options: { command: { Parameters: { commands: ['uptime'] } } },
      messageId: 'schema',
      path: ['command'],
    },
    { options: { command: { ...command, Document: 'x' } }, messageId: 'schema', path: ['command'] },
    {
      options: { command: { ...command, Parameters: { commands: 'uptime' } } },
      messageId: 'schema',
      path: ['command', 'Parameters', 'commands'],
    },
    {
      options: { command: { ...command, TimeoutSeconds: '600' } },
      messageId: 'schema',
      path: ['command', 'TimeoutSeconds'],
    },
  ],
  cases: [
    {
      name: 'the command on 50 instances per call, InstanceIds set to them',
      options: { command: { ...command, InstanceIds: ['i-other'] } },
      resources: ids(51).map((InstanceId) => ({ InstanceId })),
      calls: [
        {
          service: 'ssm',
          operation: 'SendCommand',
          input: { ...command, InstanceIds: ids(50) },
          batchField: 'InstanceIds',
        },
        { service: 'ssm', operation: 'SendCommand', input: { ...command, InstanceIds: ['i-50'] } },
      ],
    },
  ],
});

const checkWith = (filters: unknown) =>
  sendCommand.check?.({ command } as never, {
    resourceType: ec2,
    policyName: 't',
    registry: {} as never,
    policy: { name: 't', resource: 'aws.ec2', filters, actions: [{ type: 'send-command', command }] },
  }) ?? [];

it('requires the ssm filter in the policy, as Cloud Custodian validates on ec2', () => {
  expect(checkWith(undefined).map((p) => p.messageId)).toEqual(['needs-ssm-filter']);
  expect(checkWith([{ 'tag:Role': 'web' }]).map((p) => p.messageId)).toEqual(['needs-ssm-filter']);
  expect(checkWith([{ type: 'ssm', key: 'PingStatus', value: 'Online' }])).toEqual([]);
  expect(checkWith(['ssm'])).toEqual([]);
  expect(
    checkWith([
      { or: [{ 'tag:Role': 'web' }, { not: [{ type: 'ssm', key: 'PingStatus', value: 'Online' }] }] },
    ]),
  ).toEqual([]);
});
