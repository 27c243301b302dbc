import { formatDiagnostic, loadPolicies } from '@c7n-ts/core';
import { testMode } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { awsRegistry } from '../registry.js';
import configRule from './config-rule.js';

const registry = awsRegistry();

testMode(configRule, {
  resourceType: registry.resource('aws.ec2')!,
  valid: [{}, { role: 'arn:aws:iam::{account_id}:role/custodian', memory: 256 }],
  invalid: [
    { options: { schedule: 'One_Hour' }, messageId: 'schema' },
    { options: { pattern: { detail: { x: [1] } } }, messageId: 'pattern-not-supported', path: ['pattern'] },
  ],
});

const loadMode = (resource: string, mode: string): string[] =>
  loadPolicies(
    [{ path: 'p.yml', text: `policies:\n  - name: p\n    resource: ${resource}\n    mode:\n${mode}` }],
    registry,
  ).diagnostics.map((d) => `${formatDiagnostic(d)} [${d.messageId}]`);

describe('config-rule through the loader', () => {
  it('applies to the types AWS Config records (c7n: config_type), located otherwise', () => {
    for (const t of ['ec2', 'ebs', 'security-group', 'network-addr', 'rds', 'rds-snapshot', 's3'])
      expect(loadMode(t, '      type: config-rule\n')).toEqual([]);
    expect(loadMode('ami', '      type: config-rule\n')).toEqual([
      'p.yml:5:13  policy p: mode "config-rule" is not available for aws.ami [mode-not-available]',
    ]);
    expect(loadMode('aws.ebs-snapshot', '      type: config-rule\n')).toEqual([
      'p.yml:5:13  policy p: mode "config-rule" is not available for aws.ebs-snapshot [mode-not-available]',
    ]);
  });

  it('refuses an event pattern, as c7n', () => {
    expect(loadMode('ec2', '      type: config-rule\n      pattern: {detail: {a: [b]}}\n')).toEqual([
      'p.yml:6:7  policy p: mode config-rule does not take "pattern": AWS Config invokes the function, not an EventBridge rule (filter on the resource with the policy filters instead) [pattern-not-supported]',
    ]);
  });
});
