import { defineResource, formatDiagnostic, loadPolicies } from '@c7n-ts/core';
import { testMode } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { awsRegistry } from '../registry.js';
import cloudtrail from './cloudtrail.js';
import periodic from './periodic.js';
import { scheduleProblem } from './schedule-expression.js';

const resourceType = defineResource({
  type: 'test.thing',
  provider: 'test',
  id: 'Id',
  taggable: true,
  fields: ['Id'],
  permissions: [],
  doc: { summary: 'A test resource type.', example: '' },
  source: {},
});

testMode(periodic, {
  resourceType,
  valid: [
    { schedule: 'rate(1 hour)' },
    { schedule: 'rate(15 minutes)', role: 'arn:aws:iam::{account_id}:role/custodian' },
    { schedule: 'cron(0 12 * * ? *)', role: 'CloudCustodian-QuickStart', memory: 512 },
    { schedule: 'rate(1 day)', runtime: 'python3.12', memory: 10240, timeout: 900 },
    { schedule: 'rate(1 day)', role: 'service-roles/custodian' },
    { schedule: 'rate(1 day)', role: 'arn:aws-cn:iam::{account_id}:role/ops/custodian' },
    { schedule: 'rate(1 day)', runtime: 'nodejs22.x', memory: 128, timeout: 1 },
  ],
  invalid: [
    { options: { schedule: 'rate(1 hours)' }, messageId: 'invalid-schedule', path: ['schedule'] },
    { options: { schedule: 'cron(0 12 * * *)' }, messageId: 'invalid-schedule', path: ['schedule'] },
    { options: { schedule: 'every day' }, messageId: 'invalid-schedule' },
    {
      options: { schedule: 'rate(1 day)', role: 'arn:aws:iam::12:role/x' },
      messageId: 'invalid-role',
      path: ['role'],
    },
    { options: { schedule: 'rate(1 day)', role: 'not a role' }, messageId: 'invalid-role' },
    { options: { role: 'x' }, messageId: 'schema' },
    { options: { schedule: 'rate(1 day)', memroy: 512 }, messageId: 'schema' },
    // c7n's schema stops at python3.10; Lambda's limits on memory and timeout.
    { options: { schedule: 'rate(1 day)', runtime: 'python3.8' }, messageId: 'schema', path: ['runtime'] },
    { options: { schedule: 'rate(1 day)', memory: 64 }, messageId: 'schema', path: ['memory'] },
    { options: { schedule: 'rate(1 day)', memory: 10241 }, messageId: 'schema', path: ['memory'] },
    { options: { schedule: 'rate(1 day)', memory: 512.5 }, messageId: 'schema', path: ['memory'] },
    { options: { schedule: 'rate(1 day)', timeout: 901 }, messageId: 'schema', path: ['timeout'] },
    { options: { schedule: 'rate(1 day)', timeout: 0 }, messageId: 'schema', path: ['timeout'] },
    // c7n's schedule rule also fires on events matching `pattern`.
    {
      options: { schedule: 'rate(1 day)', pattern: { source: ['aws.ec2'] } },
      messageId: 'option-not-supported-yet',
      path: ['pattern'],
    },
    // c7n's function assumes execution-options.assume_role before it acts.
    {
      options: {
        schedule: 'rate(1 day)',
        'execution-options': { assume_role: 'arn:aws:iam::123456789012:role/custodian' },
      },
      messageId: 'option-not-supported-yet',
      path: ['execution-options', 'assume_role'],
    },
    // c7n assumes member-role into the event's account; acting in the hub instead would be wrong.
    {
      options: { schedule: 'rate(1 day)', 'member-role': 'arn:aws:iam::{account_id}:role/custodian' },
      messageId: 'option-not-supported-yet',
      path: ['member-role'],
    },
  ],
});

testMode(cloudtrail, {
  resourceType,
  valid: [
    { events: ['RunInstances', 'CreateBucket'] },
    {
      events: [{ source: 'ec2.amazonaws.com', event: 'CreateVolume', ids: 'responseElements.volumeId' }],
      delay: 5,
    },
  ],
  invalid: [
    { options: { events: ['RunInstance'] }, messageId: 'unknown-event', path: ['events', 0] },
    { options: { events: [{ source: 'ec2.amazonaws.com', event: 'CreateVolume' }] }, messageId: 'schema' },
    { options: { events: [] }, messageId: 'schema' },
    {
      options: { events: ['RunInstances'], 'member-role': 'custodian' },
      messageId: 'option-not-supported-yet',
      path: ['member-role'],
    },
  ],
});

describe('scheduleProblem', () => {
  it.each([
    ['rate(1 minute)', undefined],
    ['rate(5 minutes)', undefined],
    ['rate(2 day)', 'write "rate(2 days)" (plural above 1)'],
    ['rate(0 minutes)', 'a rate must be at least 1'],
    ['cron(0/15 * * * ? *)', undefined],
    ['cron(0 8 ? * MON-FRI *)', undefined],
    ['cron(0 8 1 * MON *)', 'cron: one of day-of-month and day-of-week must be "?"'],
  ])('%s', (expr, why) => {
    expect(scheduleProblem(expr)).toBe(why);
  });

  it('suggests the nearest shortcut for a misspelt event', () => {
    const [problem] = cloudtrail.check!({ events: ['RunInstance'] }, {} as never);
    expect(problem?.message).toBe(
      'unknown CloudTrail event shortcut "RunInstance"; did you mean "RunInstances"?',
    );
  });
});

describe('Lambda limits through the loader', () => {
  const registry = awsRegistry();
  const load = (name: string, mode: string) =>
    loadPolicies(
      [{ path: 'p.yml', text: `policies:\n  - name: ${name}\n    resource: aws.ec2\n    mode:\n${mode}` }],
      registry,
    ).diagnostics.map((d) => `${formatDiagnostic(d)} [${d.messageId}]`);
  const periodicMode = "      type: periodic\n      schedule: 'rate(1 day)'\n";

  it('a function name (prefix + policy name) over 64 characters is an error at the policy name', () => {
    const name = 'a'.repeat(55); // custodian- + 55 = 65
    expect(load(name, periodicMode)).toEqual([
      `p.yml:2:11  policy ${name}: the Lambda function name "custodian-${name}" is 65 characters; Lambda allows 64 (function-prefix included) (shorten the policy name, or set a shorter mode.function-prefix) [function-name-too-long]`,
    ]);
    expect(load('a'.repeat(54), periodicMode)).toEqual([]);
    expect(load('a'.repeat(60), `${periodicMode}      function-prefix: c-\n`)).toEqual([]);
  });

  it('the name limit applies to cloudtrail mode too, not to pull mode', () => {
    const name = 'b'.repeat(60);
    expect(load(name, '      type: cloudtrail\n      events: [RunInstances]\n')[0]).toContain('p.yml:2:11');
    expect(load(name, '      type: pull\n')).toEqual([]);
  });

  it('python3.8 is refused at the runtime value, as Cloud Custodian does', () => {
    const [d] = load('p', `${periodicMode}      runtime: python3.8\n`);
    expect(d).toMatch(/^p\.yml:7:16 .*runtime/);
  });

  it('handler and execution-options c7n-ts does not read are warnings at their keys; output_dir and dryrun are read', () => {
    expect(load('p', `${periodicMode}      handler: custodian_policy.run\n`)).toEqual([
      'p.yml:7:7  warning: policy p: "handler" is ignored: c7n-ts deploys its own handler (index.handler) [ignored-option]',
    ]);
    const opts =
      '      execution-options:\n        output_dir: s3://logs/c7n\n        dryrun: true\n        metrics_enabled: true\n';
    expect(load('p', `${periodicMode}${opts}`)).toEqual([
      'p.yml:10:9  warning: policy p: "execution-options.metrics_enabled" is ignored: c7n-ts reads only output_dir, output-dir, dryrun [ignored-option]',
    ]);
  });
});
