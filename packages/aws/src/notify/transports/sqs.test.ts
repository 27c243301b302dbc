import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ActionContext, executeCalls } from '@c7n-ts/core';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../provider.js';
import { awsRegistry } from '../../registry.js';
import type { NotifyRequest } from '../types.js';
import { decodeMailerMessage } from './mailer-message.js';
import { planSqsMessage, resolveQueue, SQS_PERMISSIONS } from './sqs.js';

const ec2 = awsRegistry().resource('aws.ec2')!;
const policy = { name: 'ec2-untagged', resource: 'ec2', actions: [{ type: 'notify' }] };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ATTRIBUTES = { mtype: { DataType: 'String', StringValue: 'maidmsg/1.0' } };

function request(
  queue: string,
  resources: { InstanceId: string; [k: string]: unknown }[] = [
    { InstanceId: 'i-1', 'c7n:user-data': 'secret' },
  ],
): NotifyRequest {
  const ctx: ActionContext = {
    now: Date.UTC(2024, 0, 2),
    executionStart: Date.UTC(2024, 0, 2),
    region: 'us-east-1',
    accountId: '123456789012',
    resourceType: ec2,
    policyName: policy.name,
    policy,
    dryrun: false,
  };
  return {
    options: {
      to: ['alice@example.com', 'resource-owner'],
      subject: 'untagged',
      template: 'default.html',
      priority_header: '2',
      transport: { type: 'sqs', queue },
    },
    resources,
    resourceIds: resources.map((r) => r.InstanceId),
    ctx,
  };
}

describe('sqs transport', () => {
  it('posts the c7n-mailer message: zlib+base64 body, mtype attribute, queue URL as is', () => {
    const url = 'https://sqs.us-east-1.amazonaws.com/123456789012/c7n-mailer';
    const calls = planSqsMessage(request(url), { type: 'sqs', queue: url });
    expect(calls).toEqual([
      {
        service: 'sqs',
        operation: 'SendMessage',
        independent: true,
        input: { QueueUrl: url, MessageBody: expect.any(String), MessageAttributes: ATTRIBUTES },
        resourceIds: ['i-1'],
        describe: `send c7n-mailer message to ${url} about 1 resource`,
      },
    ]);
    const message = decodeMailerMessage(calls[0]!.input.MessageBody as string);
    expect(message).toEqual({
      event: null,
      account_id: '123456789012',
      partition: 'aws',
      account: '',
      version: null,
      region: 'us-east-1',
      execution_id: expect.stringMatching(UUID),
      execution_start: 1_704_153_600,
      policy,
      action: {
        type: 'notify',
        to: ['alice@example.com', 'resource-owner'],
        subject: 'untagged',
        template: 'default.html',
        priority_header: '2',
        transport: { type: 'sqs', queue: url },
      },
      // ec2 user data never leaves the account, as in c7n.
      resources: [{ InstanceId: 'i-1' }],
    });
  });

  it('needs only sqs:SendMessage', () => expect(SQS_PERMISSIONS).toEqual(['sqs:SendMessage']));

  it('turns a queue ARN into its URL and calls in its region', () => {
    const arn = 'arn:aws:sqs:eu-west-1:210987654321:mailer';
    const [call] = planSqsMessage(request(arn), { type: 'sqs', queue: arn });
    expect(call?.input.QueueUrl).toBe('https://sqs.eu-west-1.amazonaws.com/210987654321/mailer');
    expect(call?.region).toBe('eu-west-1');
  });

  it('fills {account_id} and {region} in the queue, as c7n formats it with the message', () => {
    const queue = 'arn:aws:sqs:{region}:{account_id}:mailer';
    const [call] = planSqsMessage(request(queue), { type: 'sqs', queue });
    expect(call?.input.QueueUrl).toBe('https://sqs.us-east-1.amazonaws.com/123456789012/mailer');
    expect(call?.region).toBeUndefined();
  });

  it.each([
    ['mailer', undefined, 'https://sqs.us-east-1.amazonaws.com/123456789012/mailer', 'us-east-1'],
    ['mailer', 'us-west-2', 'https://sqs.us-west-2.amazonaws.com/123456789012/mailer', 'us-west-2'],
    ['https://queue.amazonaws.com/1/q', undefined, 'https://queue.amazonaws.com/1/q', 'us-east-1'],
    [
      'https://ap-south-1.queue.amazonaws.com/1/q',
      undefined,
      'https://ap-south-1.queue.amazonaws.com/1/q',
      'ap-south-1',
    ],
    [
      'https://sqs.eu-central-1.amazonaws.com/1/q',
      'us-west-2',
      'https://sqs.eu-central-1.amazonaws.com/1/q',
      'eu-central-1',
    ],
    ['arn:aws-cn:sqs:cn-north-1:1:q', undefined, 'https://sqs.cn-north-1.amazonaws.com.cn/1/q', 'cn-north-1'],
    ['http://localhost:4566/000000000000/q', undefined, 'http://localhost:4566/000000000000/q', 'us-east-1'],
  ])('queue %s (transport region %s) is %s in %s', (queue, transportRegion, url, region) => {
    expect(resolveQueue(queue, { region: 'us-east-1', accountId: '123456789012', transportRegion })).toEqual({
      url,
      region,
    });
  });

  it('rejects a missing queue with a sentence', () => {
    expect(() => planSqsMessage(request(''), { type: 'sqs', queue: '' })).toThrow(
      'notify: transport sqs needs `queue`: a queue name, URL or ARN',
    );
  });

  it('rejects a malformed queue ARN with a sentence', () => {
    expect(() => resolveQueue('arn:aws:sqs:us-east-1', { region: 'us-east-1' })).toThrow(
      'notify: queue ARN arn:aws:sqs:us-east-1 is not arn:PARTITION:sqs:REGION:ACCOUNT:NAME',
    );
  });

  it('splits many resources into several messages, each naming the resources it carries', () => {
    const resources = Array.from({ length: 30 }, (_, i) => ({
      InstanceId: `i-${i}`,
      Noise: Array.from({ length: 30 }, (_, k) => ((i * 7919 + k * 104729) % 65536).toString(16)).join(''),
    }));
    const req = request('q', resources);
    const calls = planSqsMessage(req, { type: 'sqs', queue: 'q' }, { maxBody: 1_500, executionId: 'run-1' });
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.flatMap((c) => c.resourceIds)).toEqual(req.resourceIds);
    for (const [n, c] of calls.entries()) {
      const message = decodeMailerMessage(c.input.MessageBody as string);
      expect(message.resources.map((r) => r.InstanceId)).toEqual(c.resourceIds);
      expect(message.execution_id).toBe('run-1');
      expect(c.input.MessageAttributes).toEqual(ATTRIBUTES);
      expect(c.describe).toContain(`(message ${n + 1} of ${calls.length})`);
    }
  });

  it('sends through the real SQS client on replayed traffic', async () => {
    const url = 'https://sqs.us-east-1.amazonaws.com/123456789012/c7n-mailer';
    const calls = planSqsMessage(request(url), { type: 'sqs', queue: url });
    // The SQS client checks the answer's MD5 against the body it sent, so the answer is made here.
    const dir = mkdtempSync(join(tmpdir(), 'c7n-ts-sqs-'));
    const md5 = createHash('md5')
      .update(calls[0]!.input.MessageBody as string)
      .digest('hex');
    writeFileSync(
      join(dir, 'sqs.SendMessage_1.json'),
      JSON.stringify({
        status_code: 200,
        data: { MessageId: '5fea7756-0ea4-451a-a703-a558b933e274', MD5OfMessageBody: md5 },
      }),
    );
    const provider = await createAwsProvider({
      regions: ['us-east-1'],
      accountId: '123456789012',
      replay: dir,
    });
    const scope = { accountId: '123456789012', region: 'us-east-1' };
    const { outcomes, records } = await executeCalls(calls, provider, scope);
    expect(outcomes).toEqual([{ id: 'i-1', ok: true }]);
    expect(records.map((r) => r.ok)).toEqual([true]);
    expect(provider.clients.session.calls[0]?.input).toEqual(calls[0]?.input);
  });
});
