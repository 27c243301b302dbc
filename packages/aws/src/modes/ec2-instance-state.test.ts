import { formatDiagnostic, loadPolicies } from '@c7n-ts/core';
import { testMode } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { awsRegistry } from '../registry.js';
import ec2InstanceState from './ec2-instance-state.js';

const registry = awsRegistry();

testMode(ec2InstanceState, {
  resourceType: registry.resource('aws.ec2')!,
  valid: [
    { events: ['running'] },
    {
      events: ['pending', 'running', 'shutting-down', 'stopped', 'stopping', 'terminated'],
      role: 'custodian',
    },
    { events: ['stopped'], pattern: { detail: { 'instance-id': ['i-0123456789abcdef0'] } } },
    // c7n accepts no events (its rule would match nothing); a warning here, refused by deploy.
    {},
  ],
  invalid: [
    { options: { events: ['started'] }, messageId: 'schema', path: ['events', '0'] },
    { options: { events: 'running' }, messageId: 'schema', path: ['events'] },
    { options: {}, messageId: 'missing-events' },
    { options: { events: [] }, messageId: 'missing-events', path: ['events'] },
    { options: { events: ['running'], delay: 5 }, messageId: 'schema' },
  ],
});

describe('ec2-instance-state through the loader', () => {
  const load = (resource: string) =>
    loadPolicies(
      [
        {
          path: 'p.yml',
          text: `policies:\n  - name: p\n    resource: ${resource}\n    mode:\n      type: ec2-instance-state\n      events: [running]\n`,
        },
      ],
      registry,
    ).diagnostics.map((d) => `${formatDiagnostic(d)} [${d.messageId}]`);

  it('applies to aws.ec2 only', () => {
    expect(load('ec2')).toEqual([]);
    expect(load('aws.ebs')).toEqual([
      'p.yml:5:13  policy p: mode "ec2-instance-state" is not available for aws.ebs [mode-not-available]',
    ]);
  });
});
