import { problemsOf, testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import ec2 from '../../resources/ec2/resource.js';
import notify from './notify.js';

const ses = { type: 'ses', from: 'custodian@example.com' };
const owned = (id: string, owner?: string) => ({
  InstanceId: id,
  InstanceType: 't3.small',
  State: { Name: 'running' },
  Tags: owner ? [{ Key: 'Owner', Value: owner }] : [],
});

testAction(notify, {
  resourceType: ec2,
  valid: [
    // Cloud Custodian's own docs: c7n-mailer targets and a mailer-side template pass with sqs.
    {
      to: ['event-user', 'resource-creator', 'slack://#ops', 'email@address.com'],
      template: 'policy-template',
      priority_header: 1,
      transport: {
        type: 'sqs',
        queue: 'https://sqs.us-east-1.amazonaws.com/123456789012/mailer',
        region: 'us-east-1',
      },
    },
    { to: ['a@example.com'], transport: { type: 'sns', topic: 'alerts', attributes: { k: 'v' } } },
    { to: ['resource-owner', 'tag:Team', 'event-owner'], transport: { type: 'file', path: 'mail/out' } },
    {
      to: ['a@example.com'],
      from: 'me@example.com',
      template: 'default.html.j2',
      transport: { type: 'ses' },
    },
    {
      to: ['a@example.com'],
      template: 'default.txt',
      subject: '{{ account }} - {{ region }}',
      transport: ses,
    },
  ],
  invalid: [
    { options: { to: ['a@example.com'] }, messageId: 'schema' },
    {
      options: { to: ['a@example.com'], transport: { type: 'ftp' } },
      messageId: 'schema',
      path: ['transport', 'type'],
    },
    { options: { to: ['a@example.com'], transport: { type: 'file', path: '../up' } }, messageId: 'schema' },
    {
      options: { to_from: { url: 's3://b/k' }, transport: { type: 'sqs', queue: 'q' } },
      messageId: 'unsupported',
      path: ['to_from'],
    },
    {
      options: { to: ['a@example.com'], cc_from: { url: 'x' }, transport: ses },
      messageId: 'unsupported',
      path: ['cc_from'],
    },
    { options: { transport: ses }, messageId: 'no-recipients', path: [] },
    {
      options: { to: ['a@example.com'], transport: { type: 'sqs' } },
      messageId: 'missing-queue',
      path: ['transport'],
    },
    {
      options: { to: ['a@example.com'], transport: { type: 'ses' } },
      messageId: 'missing-from',
      path: ['transport'],
    },
    {
      options: { to: ['a@example.com'], transport: { ...ses, queue: 'q' } },
      messageId: 'misplaced-key',
      path: ['transport', 'queue'],
    },
    { options: { to: ['slack://#ops'], transport: ses }, messageId: 'unreachable-target', path: ['to', 0] },
    {
      options: { to: ['a@example.com', 'https://hooks.example.com/x'], transport: ses },
      messageId: 'unreachable-target',
      path: ['to', 1],
    },
    {
      options: { to: ['event-user'], transport: { type: 'file' } },
      messageId: 'unknown-target',
      path: ['to', 0],
    },
    {
      options: { to: ['a@example.com'], cc: ['ops'], transport: ses },
      messageId: 'not-an-address',
      path: ['cc', 0],
    },
    {
      options: { to: ['resource-owner'], owner_absent_contact: ['nobody'], transport: ses },
      messageId: 'not-an-address',
      path: ['owner_absent_contact', 0],
    },
    {
      options: { to: ['a@example.com'], priority_header: 9, transport: ses },
      messageId: 'bad-priority',
      path: ['priority_header'],
    },
    {
      options: { to: ['a@example.com'], template: 'missing.html', transport: ses },
      messageId: 'template-not-found',
      path: ['template'],
    },
    {
      options: { to: ['a@example.com'], subject: '{{#if x}}open', transport: ses },
      messageId: 'template-syntax',
      path: ['subject'],
    },
  ],
  cases: [
    {
      name: 'ses: one email per owner, owner_absent_contact for the unowned, cc on each',
      options: {
        to: ['resource-owner'],
        owner_absent_contact: ['cloud@example.com'],
        cc: ['audit@example.com'],
        transport: ses,
      },
      resources: [owned('i-1', 'alice@example.com'), owned('i-2'), owned('i-3', 'alice@example.com')],
      calls: [
        {
          service: 'email',
          operation: 'SendEmail',
          resourceIds: ['i-1', 'i-3'],
          input: {
            FromEmailAddress: 'custodian@example.com',
            Destination: { ToAddresses: ['alice@example.com'], CcAddresses: ['audit@example.com'] },
            Content: { Simple: { Subject: { Data: 'Custodian notification - test' } } },
          },
          describe: 'email alice@example.com (cc audit@example.com) about 2 resources',
        },
        { resourceIds: ['i-2'], input: { Destination: { ToAddresses: ['cloud@example.com'] } } },
      ],
    },
    {
      name: 'file: renders, plans no call',
      options: { to: ['a@example.com'], transport: { type: 'file' } },
      resources: [owned('i-1')],
      calls: [],
    },
    {
      name: 'sqs: one c7n-mailer message for all resources',
      options: { to: ['resource-owner', 'slack://#ops'], transport: { type: 'sqs', queue: 'mailer' } },
      resources: [owned('i-1'), owned('i-2')],
      calls: [
        {
          service: 'sqs',
          operation: 'SendMessage',
          resourceIds: ['i-1', 'i-2'],
          input: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/mailer' },
        },
      ],
    },
  ],
});

describe('action notify (more)', () => {
  it('warns, not fails, on transport sns so shared c7n policy files keep loading', () => {
    const problems = problemsOf(
      notify,
      { to: ['a@example.com'], transport: { type: 'sns', topic: 't' } },
      {
        resourceType: ec2,
      },
    );
    expect(problems.map((p) => [p.messageId, p.severity])).toEqual([['sns-unsupported', 'warning']]);
  });

  it('warns that cc_manager is ignored when c7n-ts sends', () => {
    const problems = problemsOf(
      notify,
      { to: ['a@example.com'], cc_manager: true, transport: ses },
      {
        resourceType: ec2,
      },
    );
    expect(problems.map((p) => [p.messageId, p.severity])).toEqual([['ignored', 'warning']]);
  });

  it('declares the permissions of its transport', () => {
    const perms = notify.permissions as (o: object) => readonly string[];
    expect(perms({ transport: ses })).toEqual(['ses:SendEmail']);
    expect(perms({ transport: { type: 'sqs', queue: 'q' } })).toEqual(['sqs:SendMessage']);
    expect(perms({ transport: { type: 'file' } })).toEqual([]);
  });

  it('fails at run time with transport sns', async () => {
    const run = notify.plan(
      [owned('i-1')],
      { to: ['a@example.com'], transport: { type: 'sns', topic: 't' } },
      {
        now: 0,
        resourceType: ec2,
        policyName: 'p',
        policy: { name: 'p' },
        dryrun: false,
      },
    );
    await expect(run).rejects.toThrow(/sns is not supported by c7n-ts yet/);
  });
});
