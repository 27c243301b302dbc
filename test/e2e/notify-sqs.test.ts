/**
 * The c7n-mailer message the built CLI posts, decoded from what it sent: the flight log of a
 * replayed run, and the plan of a dry run (which sends nothing).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeMailerMessage,
  type MailerMessage,
} from '../../packages/aws/src/notify/transports/mailer-message.js';
import { root, runCase, runCli } from './harness.js';

const caseDir = join(root, 'test', 'e2e', 'cases', 'notify-sqs');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** What c7n-mailer reads from the message, as Cloud Custodian's notify writes it. */
function expectMailerFields(message: MailerMessage, startedBy: number) {
  expect(message).toMatchObject({
    event: null,
    account_id: '123456789012',
    account: '',
    partition: 'aws',
    region: 'us-east-1',
    policy: { name: 'ec2-untagged-mailer', resource: 'aws.ec2' },
    action: {
      type: 'notify',
      to: ['resource-owner', 'security@example.com'],
      owner_absent_contact: ['cloud-team@example.com'],
      subject: 'Untagged instances',
      template: 'default.html',
      priority_header: '2',
      violation_desc: 'Instances without an Owner tag',
      action_desc: 'Please tag them',
      transport: { type: 'sqs', queue: 'arn:aws:sqs:us-east-1:123456789012:c7n-mailer' },
    },
  });
  expect(message.execution_id).toMatch(UUID);
  // Seconds, as Python's time.time(): within the test's run.
  expect(message.execution_start).toBeGreaterThan(startedBy / 1000 - 1);
  expect(message.execution_start).toBeLessThan(Date.now() / 1000 + 1);
  expect(message.resources.map((r) => r.InstanceId)).toEqual(['i-0c1d2e3f4a5b6c701', 'i-0c1d2e3f4a5b6c702']);
  // Datetimes as c7n's JSON encoder writes them (Python isoformat).
  expect(message.resources[0]?.LaunchTime).toBe('2026-03-02T09:00:00+00:00');
}

describe('notify sqs transport (built CLI)', () => {
  it('sends the c7n-mailer message: decoded from the SendMessage input in the flight log', async () => {
    const started = Date.now();
    const run = await runCase(caseDir);
    const sends = run.log.filter((c) => c.operation === 'SendMessage');
    expect(sends, run.result.stdout + run.result.stderr).toHaveLength(1);
    const input = sends[0]!.input as { MessageBody: string; MessageAttributes: unknown };
    expect(input.MessageAttributes).toEqual({ mtype: { DataType: 'String', StringValue: 'maidmsg/1.0' } });
    expectMailerFields(decodeMailerMessage(input.MessageBody), started);
  });

  it('plans the same message in a dry run, without sending it', () => {
    const started = Date.now();
    const out = mkdtempSync(join(tmpdir(), 'c7n-ts-e2e-'));
    const result = runCli([
      'run',
      '-s',
      out,
      '--replay',
      join(caseDir, 'flight'),
      '-r',
      'us-east-1',
      '--account-id',
      '123456789012',
      '--dryrun',
      join(caseDir, 'policy.yml'),
    ]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const log = JSON.parse(readFileSync(join(out, 'flight-log.json'), 'utf8')) as { operation: string }[];
    expect(log.map((c) => c.operation)).toEqual(['DescribeInstances']);
    const plan = JSON.parse(readFileSync(join(out, 'ec2-untagged-mailer', 'plan.json'), 'utf8')) as {
      actions: { type: string; calls: { operation: string; input: { MessageBody: string } }[] }[];
    };
    const calls = plan.actions.find((a) => a.type === 'notify')?.calls ?? [];
    expect(calls.map((c) => c.operation)).toEqual(['SendMessage']);
    expectMailerFields(decodeMailerMessage(calls[0]!.input.MessageBody), started);
  });
});
