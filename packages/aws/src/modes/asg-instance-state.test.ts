import { formatDiagnostic, loadPolicies } from '@c7n-ts/core';
import { testMode } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { awsRegistry } from '../registry.js';
import asgInstanceState from './asg-instance-state.js';

const registry = awsRegistry();

testMode(asgInstanceState, {
  resourceType: registry.resource('aws.asg')!,
  valid: [
    { events: ['launch-success'] },
    {
      events: ['launch-success', 'launch-failure', 'terminate-success', 'terminate-failure'],
      role: 'custodian',
    },
    { events: ['launch-failure'], pattern: { detail: { AutoScalingGroupName: ['web'] } } },
    // c7n accepts no events (its rule would match nothing); a warning here, refused by deploy.
    {},
  ],
  invalid: [
    { options: { events: ['launch'] }, messageId: 'schema', path: ['events', '0'] },
    { options: { events: 'launch-success' }, messageId: 'schema', path: ['events'] },
    { options: {}, messageId: 'missing-events' },
    { options: { events: [] }, messageId: 'missing-events', path: ['events'] },
  ],
});

describe('asg-instance-state through the loader', () => {
  const load = (resource: string) =>
    loadPolicies(
      [
        {
          path: 'p.yml',
          text: `policies:\n  - name: p\n    resource: ${resource}\n    mode:\n      type: asg-instance-state\n      events: [launch-failure]\n`,
        },
      ],
      registry,
    ).diagnostics.map((d) => `${formatDiagnostic(d)} [${d.messageId}]`);

  it('applies to aws.asg only', () => {
    expect(load('asg')).toEqual([]);
    expect(load('aws.ec2')).toEqual([
      'p.yml:5:13  policy p: mode "asg-instance-state" is not available for aws.ec2 [mode-not-available]',
    ]);
  });
});
