import { defineAction, type Problem } from '@c7n-ts/core';
import { groupName } from './_processes.js';

/** Option -> UpdateAutoScalingGroup parameter. */
const SETTINGS = {
  'default-cooldown': 'DefaultCooldown',
  'max-instance-lifetime': 'MaxInstanceLifetime',
  'new-instances-protected-from-scale-in': 'NewInstancesProtectedFromScaleIn',
  'capacity-rebalance': 'CapacityRebalance',
} as const;

export default defineAction({
  type: 'update',
  resources: ['aws.asg'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'default-cooldown': {
        type: 'integer',
        minimum: 0,
        description: 'Seconds after a scaling activity before another can start.',
      },
      'max-instance-lifetime': {
        anyOf: [{ enum: [0] }, { type: 'integer', minimum: 86400 }],
        description: 'Longest time in seconds an instance may serve (at least 86400), or 0 to clear it.',
      },
      'new-instances-protected-from-scale-in': {
        type: 'boolean',
        description: 'Whether new instances are protected from termination on scale in.',
      },
      'capacity-rebalance': { type: 'boolean', description: 'Whether Capacity Rebalancing is on.' },
    },
  } as const,
  messages: { 'no-setting': 'update needs at least one setting' },
  check(opts): Problem[] {
    if (Object.keys(SETTINGS).some((k) => k in opts)) return [];
    const names = Object.keys(SETTINGS).sort().join(', ');
    return [{ messageId: 'no-setting', message: `update needs at least one of: ${names}` }];
  },
  permissions: ['autoscaling:UpdateAutoScalingGroup'],
  doc: {
    summary:
      "Update Auto Scaling groups' settings (UpdateAutoScalingGroup, one call per group): default cooldown, maximum instance lifetime, scale-in protection of new instances, capacity rebalancing.",
    example: '- type: update\n  max-instance-lifetime: 604800\n  capacity-rebalance: true',
  },
  reads: () => ['AutoScalingGroupName'],
  plan(asgs, opts) {
    const settings: Record<string, unknown> = {};
    for (const [k, param] of Object.entries(SETTINGS))
      if (k in opts) settings[param] = (opts as Record<string, unknown>)[k];
    return asgs.map((a) => ({
      service: 'autoscaling',
      operation: 'UpdateAutoScalingGroup',
      input: { AutoScalingGroupName: groupName(a), ...settings },
      resourceIds: [groupName(a)],
      describe: `update ${groupName(a)}: ${Object.keys(settings).join(', ')}`,
    }));
  },
});
