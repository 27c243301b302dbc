import { inflateSync } from 'node:zlib';
import type { ActionContext } from '@c7n-ts/core';
import { describe, expect, it } from 'vitest';
import { awsRegistry } from '../../registry.js';
import type { NotifyRequest } from '../types.js';
import {
  decodeMailerMessage,
  type MailerEnvelope,
  mailerEnvelope,
  packMessage,
  packResources,
  partitionOf,
  prepareResources,
  pyJson,
} from './mailer-message.js';

const ec2 = awsRegistry().resource('aws.ec2')!;
const policy = {
  name: 'ec2-untagged',
  resource: 'ec2',
  filters: [{ 'tag:Owner': 'absent' }],
  actions: [{ type: 'notify', to: ['alice@example.com'], transport: { type: 'sqs', queue: 'q' } }],
};

function request(over: Partial<ActionContext> = {}, options: Record<string, unknown> = {}): NotifyRequest {
  const ctx: ActionContext = {
    now: Date.UTC(2024, 0, 2, 3, 4, 5, 500),
    region: 'us-east-1',
    accountId: '123456789012',
    resourceType: ec2,
    policyName: policy.name,
    policy,
    dryrun: false,
    ...over,
  };
  return {
    options: {
      to: ['alice@example.com'],
      template: 'default',
      transport: { type: 'sqs', queue: 'q' },
      ...options,
    },
    resources: [{ InstanceId: 'i-1' }],
    resourceIds: ['i-1'],
    ctx,
  };
}

describe('mailer message', () => {
  it('carries every field c7n-mailer reads, under c7n names', () => {
    const env = mailerEnvelope(request({ executionStart: 1_700_000_000_123 }), { accountAlias: 'prod' });
    expect(env).toEqual({
      event: null,
      account_id: '123456789012',
      partition: 'aws',
      account: 'prod',
      version: null,
      region: 'us-east-1',
      execution_id: expect.stringMatching(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      ),
      execution_start: 1_700_000_000.123,
      policy,
      action: {
        type: 'notify',
        to: ['alice@example.com'],
        template: 'default',
        transport: { type: 'sqs', queue: 'q' },
      },
    } satisfies MailerEnvelope);
  });

  it('defaults: the event of event modes, the clock when no start is given, to as a list', () => {
    const event = { detail: { eventName: 'RunInstances' } };
    const env = mailerEnvelope(request({ event }, { to: undefined, to_from: { url: 'x.txt' } }), {
      executionId: 'run-1',
      version: '0.1.0',
    });
    expect(env.event).toEqual(event);
    expect(env.execution_id).toBe('run-1');
    expect(env.version).toBe('0.1.0');
    expect(env.execution_start).toBe(1_704_164_645.5);
    expect(env.account).toBe('');
    expect(env.action.to).toEqual([]);
    expect(env.action.to_from).toEqual({ url: 'x.txt' });
  });

  it('copies the action options, so the message never shares state with the policy', () => {
    const req = request();
    const env = mailerEnvelope(req);
    (env.action.to as string[]).push('x');
    expect(req.options.to).toEqual(['alice@example.com']);
  });

  it.each([
    ['us-east-1', 'aws'],
    ['cn-north-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
    [undefined, 'aws'],
  ])('partition of %s is %s', (region, partition) => expect(partitionOf(region)).toBe(partition));

  it('drops what c7n drops per resource type, without changing the resources', () => {
    const r = { InstanceId: 'i-1', 'c7n:user-data': 'secret' };
    expect(prepareResources('aws.ec2', [r])).toEqual([{ InstanceId: 'i-1' }]);
    expect(r['c7n:user-data']).toBe('secret');
    expect(prepareResources('aws.launch-config', [{ UserData: 'x', Name: 'lc' }])).toEqual([{ Name: 'lc' }]);
    expect(prepareResources('aws.ebs', [{ VolumeId: 'v', 'c7n:user-data': 'kept' }])).toEqual([
      { VolumeId: 'v', 'c7n:user-data': 'kept' },
    ]);
  });

  it("writes JSON as c7n's encoder: isoformat datetimes, bytes as text, ASCII only", () => {
    expect(
      pyJson({
        a: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)),
        b: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 120)),
        c: new TextEncoder().encode('hi'),
        d: 'café ☕',
      }),
    ).toBe(
      '{"a":"2024-01-02T03:04:05+00:00","b":"2024-01-02T03:04:05.120000+00:00","c":"hi","d":"caf\\u00e9 \\u2615"}',
    );
  });

  it('packs as base64 of zlib (not raw deflate or gzip) and decodes back', () => {
    const message = { ...mailerEnvelope(request()), resources: [{ InstanceId: 'i-1', Name: 'é' }] };
    const body = packMessage(message);
    const bytes = Buffer.from(body, 'base64');
    expect(bytes[0]).toBe(0x78); // zlib header, as Python's zlib.compress writes
    expect(JSON.parse(inflateSync(bytes).toString('utf8'))).toEqual(message);
    expect(decodeMailerMessage(body)).toEqual(message);
  });

  it('decodes a body wrapped in an SNS notification, as c7n-mailer does', () => {
    const message = { ...mailerEnvelope(request()), resources: [] };
    const wrapped = JSON.stringify({ Type: 'Notification', Message: packMessage(message) });
    expect(decodeMailerMessage(wrapped)).toEqual(message);
  });

  it('says plainly when a body is not a mailer message', () => {
    expect(() => decodeMailerMessage('bm90IHpsaWI=')).toThrow(
      /not a c7n-mailer message: the body is not base64 of zlib/,
    );
    expect(() => decodeMailerMessage('{"a":1}')).toThrow(/without a string "Message" field/);
  });

  describe('packResources', () => {
    const env = mailerEnvelope(request(), { executionId: 'e' });
    // Random hex compresses poorly, so a few resources fill a small body.
    const noisy = (i: number) => ({
      InstanceId: `i-${i}`,
      Noise: Array.from({ length: 40 }, (_, k) => ((i * 7919 + k * 104729) % 65536).toString(16)).join(''),
    });

    it('sends nothing for no resources, one body for few', () => {
      expect(packResources(env, [])).toEqual([]);
      const [one, ...rest] = packResources(env, [{ InstanceId: 'i-1' }, { InstanceId: 'i-2' }]);
      expect(rest).toEqual([]);
      expect(one?.indexes).toEqual([0, 1]);
      expect(decodeMailerMessage(one!.body)).toEqual({
        ...env,
        resources: [{ InstanceId: 'i-1' }, { InstanceId: 'i-2' }],
      });
    });

    it('splits by size: every body fits, every resource is sent once, in order', () => {
      const resources = Array.from({ length: 60 }, (_, i) => noisy(i));
      const batches = packResources(env, resources, 2_000);
      expect(batches.length).toBeGreaterThan(2);
      for (const b of batches) expect(b.body.length).toBeLessThanOrEqual(2_000);
      expect(batches.flatMap((b) => b.indexes)).toEqual(resources.map((_, i) => i));
      const decoded = batches.flatMap((b) => decodeMailerMessage(b.body).resources);
      expect(decoded).toEqual(resources);
      for (const b of batches) expect(decodeMailerMessage(b.body).policy).toEqual(policy);
    });

    it('gives a resource too large for any body a message of its own', () => {
      const big = {
        InstanceId: 'i-big',
        Noise: Array.from({ length: 400 }, (_, k) => noisy(k).Noise).join(''),
      };
      const batches = packResources(env, [{ InstanceId: 'i-1' }, big, { InstanceId: 'i-2' }], 4_000);
      const alone = batches.find((b) => b.indexes.includes(1));
      expect(alone?.indexes).toEqual([1]);
      expect(alone!.body.length).toBeGreaterThan(4_000);
      expect(batches.flatMap((b) => b.indexes)).toEqual([0, 1, 2]);
    });
  });
});
