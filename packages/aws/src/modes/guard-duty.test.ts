import { formatDiagnostic, loadPolicies } from '@c7n-ts/core';
import { testMode } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { awsRegistry } from '../registry.js';
import guardDuty from './guard-duty.js';

const registry = awsRegistry();

testMode(guardDuty, {
  resourceType: registry.resource('aws.ec2')!,
  valid: [{}, { role: 'arn:aws:iam::{account_id}:role/custodian', memory: 256 }],
  invalid: [
    { options: { events: ['x'] }, messageId: 'schema' },
    { options: { 'member-role': 'arn:aws:iam::{account_id}:role/x' }, messageId: 'option-not-supported-yet' },
  ],
});

describe('guard-duty through the loader', () => {
  const load = (resource: string) =>
    loadPolicies(
      [
        {
          path: 'p.yml',
          text: `policies:\n  - name: p\n    resource: ${resource}\n    mode:\n      type: guard-duty\n`,
        },
      ],
      registry,
    ).diagnostics.map((d) => `${formatDiagnostic(d)} [${d.messageId}]`);

  it('applies to aws.ec2 only of the supported types (c7n: account, ec2, iam-user)', () => {
    expect(load('aws.ec2')).toEqual([]);
    expect(load('s3')).toEqual([
      'p.yml:5:13  policy p: mode "guard-duty" is not available for aws.s3 [mode-not-available]',
    ]);
  });
});
