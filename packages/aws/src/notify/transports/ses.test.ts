import { fileURLToPath } from 'node:url';
import { type ActionContext, executeCalls } from '@c7n-ts/core';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../provider.js';
import { awsRegistry } from '../../registry.js';
import type { NotifyMessage } from '../types.js';
import { planSesEmails, priorityHeaders, SES_PERMISSIONS } from './ses.js';

const ec2 = awsRegistry().resource('aws.ec2')!;
const ctx: ActionContext = {
  now: Date.UTC(2024, 0, 2),
  region: 'us-east-1',
  accountId: '123456789012',
  resourceType: ec2,
  policyName: 'ec2-untagged',
  policy: { name: 'ec2-untagged', resource: 'aws.ec2' },
  dryrun: false,
};
const transport = { type: 'ses' as const, from: 'custodian@example.com' };
const fixtures = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));

function message(over: Partial<NotifyMessage> = {}): NotifyMessage {
  return {
    to: ['alice@example.com'],
    cc: [],
    subject: 'Untagged instances',
    html: '<p>2 instances</p>',
    text: '2 instances',
    resources: [{ InstanceId: 'i-1' }, { InstanceId: 'i-2' }],
    resourceIds: ['i-1', 'i-2'],
    ...over,
  };
}

describe('ses transport', () => {
  it('plans one SES v2 SendEmail per message with exactly these parameters', () => {
    expect(planSesEmails([message()], transport, ctx)).toEqual([
      {
        service: 'email',
        operation: 'SendEmail',
        independent: true,
        input: {
          FromEmailAddress: 'custodian@example.com',
          Destination: { ToAddresses: ['alice@example.com'] },
          Content: {
            Simple: {
              Subject: { Data: 'Untagged instances', Charset: 'UTF-8' },
              Body: {
                Html: { Data: '<p>2 instances</p>', Charset: 'UTF-8' },
                Text: { Data: '2 instances', Charset: 'UTF-8' },
              },
            },
          },
        },
        resourceIds: ['i-1', 'i-2'],
        describe: 'email alice@example.com about 2 resources',
      },
    ]);
  });

  it('needs only ses:SendEmail', () => expect(SES_PERMISSIONS).toEqual(['ses:SendEmail']));

  it('adds cc, the priority headers c7n-mailer sets, and the SES region when it is another', () => {
    const [call] = planSesEmails(
      [message({ cc: ['team@example.com', 'lead@example.com'], priority: '1', resourceIds: ['i-1'] })],
      { ...transport, region: 'eu-west-1' },
      ctx,
    );
    expect(call?.input.Destination).toEqual({
      ToAddresses: ['alice@example.com'],
      CcAddresses: ['team@example.com', 'lead@example.com'],
    });
    expect((call!.input.Content as { Simple: { Headers: unknown } }).Simple.Headers).toEqual([
      { Name: 'X-Priority', Value: '1 (Highest)' },
      { Name: 'X-MSMail-Priority', Value: 'High' },
      { Name: 'Priority', Value: 'urgent' },
      { Name: 'Importance', Value: 'high' },
    ]);
    expect(call?.region).toBe('eu-west-1');
    expect(call?.describe).toBe(
      'email alice@example.com (cc team@example.com, lead@example.com) about 1 resource',
    );
    expect(planSesEmails([message()], { ...transport, region: 'us-east-1' }, ctx)[0]?.region).toBeUndefined();
  });

  it.each([
    ['3', ['3 (Normal)', 'Normal', 'normal', 'normal']],
    ['5', ['5 (Lowest)', 'Low', 'non-urgent', 'low']],
    ['0', []],
    ['high', []],
    [undefined, []],
  ])('priority_header %s sets %j', (priority, values) => {
    expect(priorityHeaders(priority).map((h) => h.Value)).toEqual(values);
  });

  it('leaves out an empty part of the body, keeping at least one', () => {
    const body = (m: NotifyMessage) =>
      (planSesEmails([m], transport, ctx)[0]!.input.Content as { Simple: { Body: object } }).Simple.Body;
    expect(body(message({ html: '' }))).toEqual({ Text: { Data: '2 instances', Charset: 'UTF-8' } });
    expect(body(message({ text: '' }))).toEqual({ Html: { Data: '<p>2 instances</p>', Charset: 'UTF-8' } });
    expect(body(message({ html: '', text: '' }))).toEqual({ Text: { Data: '', Charset: 'UTF-8' } });
  });

  it('is never batched: nothing would re-issue an email per resource', () => {
    for (const c of planSesEmails([message(), message({ to: ['bob@example.com'] })], transport, ctx)) {
      expect(c.batchField).toBeUndefined();
      expect(c.okErrors).toBeUndefined();
    }
  });

  describe('on replayed SES traffic', () => {
    const scope = { accountId: '123456789012', region: 'us-east-1' };

    it('sends through the real SES v2 client', async () => {
      const provider = await createAwsProvider({
        regions: ['us-east-1'],
        accountId: '123456789012',
        replay: fixtures('ses-sent'),
      });
      const calls = planSesEmails([message({ priority: '2', cc: ['team@example.com'] })], transport, ctx);
      const { outcomes } = await executeCalls(calls, provider, scope);
      expect(outcomes).toEqual([
        { id: 'i-1', ok: true },
        { id: 'i-2', ok: true },
      ]);
      expect(provider.clients.session.calls.map((c) => c.input)).toEqual([calls[0]?.input]);
    });

    it('records a rejected recipient per resource, not retried, and the other email still goes', async () => {
      const provider = await createAwsProvider({
        regions: ['us-east-1'],
        accountId: '123456789012',
        replay: fixtures('ses-rejected'),
      });
      const calls = planSesEmails(
        [
          message(),
          message({ to: ['bob@example.com'], resourceIds: ['i-3'], resources: [{ InstanceId: 'i-3' }] }),
        ],
        transport,
        ctx,
      );
      const { outcomes, records } = await executeCalls(calls, provider, scope);
      expect(outcomes).toEqual([
        { id: 'i-1', ok: true },
        { id: 'i-2', ok: true },
        {
          id: 'i-3',
          ok: false,
          errorCode: 'MessageRejected',
          message: expect.stringContaining('Email address is not verified'),
        },
      ]);
      // The call record says to whom the refused email was addressed.
      expect(records[1]).toMatchObject({
        ok: false,
        errorCode: 'MessageRejected',
        describe: 'email bob@example.com about 1 resource',
        resourceIds: ['i-3'],
      });
      expect(provider.clients.session.calls.map((c) => c.operation)).toEqual(['SendEmail', 'SendEmail']);
    });
  });
});
