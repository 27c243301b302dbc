import { formatDiagnostic, loadPolicies } from '@c7n-ts/core';
import { testMode } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { awsRegistry } from '../registry.js';
import phd from './phd.js';

const registry = awsRegistry();

testMode(phd, {
  resourceType: registry.resource('aws.ec2')!,
  valid: [
    { events: ['AWS_EC2_PERSISTENT_INSTANCE_RETIREMENT_SCHEDULED'] },
    { events: ['AWS_EBS_VOLUME_LOST'], categories: ['issue', 'scheduledChange', 'accountNotification'] },
    { events: ['AWS_EC2_INSTANCE_REBOOT_MAINTENANCE_SCHEDULED'], statuses: ['open', 'upcoming', 'closed'] },
  ],
  invalid: [
    // c7n: "phd event mode requires events".
    { options: { categories: ['issue'] }, messageId: 'schema' },
    {
      options: { events: ['X'], categories: ['maintenance'] },
      messageId: 'schema',
      path: ['categories', '0'],
    },
    { options: { events: ['X'], statuses: ['resolved'] }, messageId: 'schema', path: ['statuses', '0'] },
    // c7n renders no pattern for statuses: accepted, said to be ignored.
    { options: { events: ['X'], statuses: ['open'] }, messageId: 'ignored-option', path: ['statuses'] },
  ],
});

describe('phd through the loader', () => {
  const load = (resource: string) =>
    loadPolicies(
      [
        {
          path: 'p.yml',
          text: `policies:\n  - name: p\n    resource: ${resource}\n    mode:\n      type: phd\n      events: [AWS_EBS_VOLUME_LOST]\n`,
        },
      ],
      registry,
    ).diagnostics.map((d) => `${formatDiagnostic(d)} [${d.messageId}]`);

  it('applies where Cloud Custodian has the health-event filter: ebs, ec2, rds', () => {
    for (const t of ['aws.ebs', 'aws.ec2', 'aws.rds']) expect(load(t)).toEqual([]);
    expect(load('aws.ami')).toEqual([
      'p.yml:5:13  policy p: mode "phd" is not available for aws.ami [mode-not-available]',
    ]);
  });
});
