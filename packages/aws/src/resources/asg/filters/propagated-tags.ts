import { defineFilter } from '@c7n-ts/core';

type Tag = { Key?: string; PropagateAtLaunch?: boolean };

export default defineFilter({
  type: 'propagated-tags',
  // Cloud Custodian's own name keeps the misspelling; both are accepted.
  aliases: ['progagated-tags'],
  pure: true,
  resources: ['aws.asg'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      keys: { type: 'array', items: { type: 'string' }, description: 'Tag keys to look for; default none.' },
      match: {
        type: 'boolean',
        description: 'Default true: groups having every key set that way. False: groups lacking one of them.',
      },
      propagate: {
        type: 'boolean',
        description: 'Default true: the keys must propagate to new instances. False: they must not.',
      },
    },
  } as const,
  permissions: ['autoscaling:DescribeLaunchConfigurations', 'autoscaling:DescribeAutoScalingGroups'],
  doc: {
    summary:
      'Auto Scaling groups by whether the given tag keys are set to propagate to the instances they launch (`PropagateAtLaunch`), or with `propagate: false` set not to.',
    example: '- type: propagated-tags\n  keys: [Owner, CostCenter]\n  match: false\n  propagate: true',
  },
  reads: () => ['Tags'],
  compile(opts) {
    const keys: readonly string[] = opts.keys ?? [];
    const propagate = opts.propagate !== false;
    return {
      kind: 'match',
      match(asg) {
        const tags = ((asg.Tags ?? []) as Tag[])
          .filter((t) => keys.includes(String(t.Key)) && Boolean(t.PropagateAtLaunch) === propagate)
          .map((t) => t.Key);
        const all = keys.every((k) => tags.includes(k));
        return opts.match === false ? !all : all;
      },
    };
  },
});
