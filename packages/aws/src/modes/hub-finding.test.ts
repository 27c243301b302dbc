import { formatDiagnostic, loadPolicies } from '@c7n-ts/core';
import { testMode } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { awsRegistry } from '../registry.js';
import hubFinding from './hub-finding.js';

const registry = awsRegistry();

const loadMode = (resource: string, mode: string): string[] =>
  loadPolicies(
    [{ path: 'p.yml', text: `policies:\n  - name: p\n    resource: ${resource}\n    mode:\n${mode}` }],
    registry,
  ).diagnostics.map((d) => `${formatDiagnostic(d)} [${d.messageId}]`);

testMode(hubFinding, {
  resourceType: registry.resource('aws.ec2')!,
  valid: [{}, { role: 'custodian', pattern: { detail: { findings: { Severity: { Label: ['HIGH'] } } } } }],
  invalid: [
    { options: { events: ['x'] }, messageId: 'schema' },
    { options: { 'member-role': 'arn:aws:iam::{account_id}:role/x' }, messageId: 'option-not-supported-yet' },
  ],
});

describe('hub-finding through the loader', () => {
  it('applies to every type, as c7n', () => {
    for (const t of ['ec2', 'ami', 'ebs-snapshot', 's3', 'rds-snapshot'])
      expect(loadMode(t, '      type: hub-finding\n')).toEqual([]);
  });
});
