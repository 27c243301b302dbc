import { formatDiagnostic, loadPolicies } from '@c7n-ts/core';
import { testMode } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { awsRegistry } from '../registry.js';
import configPollRule from './config-poll-rule.js';

const registry = awsRegistry();

const loadMode = (resource: string, mode: string): string[] =>
  loadPolicies(
    [{ path: 'p.yml', text: `policies:\n  - name: p\n    resource: ${resource}\n    mode:\n${mode}` }],
    registry,
  ).diagnostics.map((d) => `${formatDiagnostic(d)} [${d.messageId}]`);
const sixHours = { schedule: 'Six_Hours', 'ignore-support-check': true };

testMode(configPollRule, {
  resourceType: registry.resource('aws.s3')!,
  valid: [sixHours, { ...sixHours, schedule: 'TwentyFour_Hours', role: 'custodian' }],
  invalid: [
    { options: { 'ignore-support-check': true }, messageId: 'schema' },
    { options: { ...sixHours, schedule: 'Two_Hours' }, messageId: 'schema', path: ['schedule'] },
    { options: { schedule: 'One_Hour' }, messageId: 'use-config-rule', path: ['type'] },
    {
      options: { ...sixHours, pattern: { a: ['b'] } },
      messageId: 'pattern-not-supported',
      path: ['pattern'],
    },
  ],
});

describe('config-poll-rule through the loader', () => {
  it('says a type Config records should use config-rule, unless ignore-support-check', () => {
    expect(loadMode('ec2', '      type: config-poll-rule\n      schedule: One_Hour\n')).toEqual([
      'p.yml:5:13  policy p: aws.ec2 is recorded by AWS Config and should use mode config-rule (use `type: config-rule`, or set `ignore-support-check: true` to poll it on a schedule) [use-config-rule]',
    ]);
    expect(
      loadMode(
        'ec2',
        '      type: config-poll-rule\n      schedule: One_Hour\n      ignore-support-check: true\n',
      ),
    ).toEqual([]);
  });

  it('needs a schedule, and a type with a CloudFormation type (c7n: not ami, ebs-snapshot, rds-snapshot)', () => {
    expect(loadMode('rds', '      type: config-poll-rule\n      ignore-support-check: true\n')).toHaveLength(
      1,
    );
    for (const t of ['ami', 'ebs-snapshot', 'rds-snapshot'])
      expect(loadMode(t, '      type: config-poll-rule\n      schedule: One_Hour\n')).toEqual([
        `p.yml:5:13  policy p: mode "config-poll-rule" is not available for aws.${t} [mode-not-available]`,
      ]);
  });
});
