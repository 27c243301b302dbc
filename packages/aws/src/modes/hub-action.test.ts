import { formatDiagnostic, loadPolicies } from '@c7n-ts/core';
import { testMode } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { awsRegistry } from '../registry.js';
import hubAction from './hub-action.js';

const registry = awsRegistry();

const loadMode = (resource: string, mode: string): string[] =>
  loadPolicies(
    [{ path: 'p.yml', text: `policies:\n  - name: p\n    resource: ${resource}\n    mode:\n${mode}` }],
    registry,
  ).diagnostics.map((d) => `${formatDiagnostic(d)} [${d.messageId}]`);

testMode(hubAction, {
  resourceType: registry.resource('aws.ec2')!,
  valid: [{}, { role: 'arn:aws:iam::{account_id}:role/custodian' }],
  invalid: [
    { options: { schedule: 'One_Hour' }, messageId: 'schema' },
    { options: { pattern: { source: ['x'] } }, messageId: 'ignored-option', path: ['pattern'] },
  ],
});

describe('hub-action through the loader', () => {
  it('warns that pattern is replaced by the action ARN, as c7n does', () => {
    expect(loadMode('ebs', '      type: hub-action\n      pattern: {source: [x]}\n')).toEqual([
      'p.yml:6:7  warning: policy p: "pattern" is ignored, as Cloud Custodian ignores it: the rule matches the custom action by its ARN [ignored-option]',
    ]);
  });
});
