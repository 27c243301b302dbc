import { defineAction, type Problem, type Resource } from '@c7n-ts/core';

const RULE = {
  type: 'object',
  additionalProperties: false,
  required: ['rulePriority', 'action', 'selection'],
  properties: {
    rulePriority: { type: 'integer', description: 'Order of evaluation, lowest first.' },
    description: { type: 'string', description: 'What the rule is for.' },
    action: {
      type: 'object',
      additionalProperties: false,
      required: ['type'],
      properties: { type: { enum: ['expire'], description: 'What happens to the images selected: expire.' } },
      description: 'The action on the images selected.',
    },
    selection: {
      type: 'object',
      required: ['countType', 'countNumber', 'tagStatus'],
      // c7n misspells additionalProperties here, so any other member is accepted (and sent).
      properties: {
        tagStatus: { enum: ['tagged', 'untagged', 'any'], description: 'Which images the rule looks at.' },
        tagPatternList: { type: 'array', items: { type: 'string' }, description: 'Tag patterns (tagged).' },
        tagPrefixList: { type: 'array', items: { type: 'string' }, description: 'Tag prefixes (tagged).' },
        countNumber: { type: 'integer', description: 'The count or age limit.' },
        countUnit: { enum: ['hours', 'days'], description: 'Unit of countNumber with sinceImagePushed.' },
        countType: {
          enum: ['imageCountMoreThan', 'sinceImagePushed'],
          description: 'Limit by count or by age.',
        },
      },
      description: 'Which images the rule selects.',
    },
  },
} as const;

type Rule = { selection?: Record<string, unknown> };

export default defineAction({
  type: 'set-lifecycle',
  resources: ['aws.ecr'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        description: 'true (the default) replaces the lifecycle policy with `rules`; false deletes it.',
      },
      rules: {
        type: 'array',
        items: RULE,
        description: 'The lifecycle rules of the new policy (state true).',
      },
    },
  } as const,
  permissions: ['ecr:PutLifecyclePolicy', 'ecr:DeleteLifecyclePolicy'],
  messages: {
    'rules-with-false': 'set-lifecycle: state: false deletes the policy; it takes no rules.',
    'rules-required': 'set-lifecycle: state: true needs rules.',
    'invalid-rule': 'set-lifecycle: an invalid lifecycle rule.',
  },
  doc: {
    summary:
      "Replace each repository's lifecycle policy with `rules` (PutLifecyclePolicy), or delete it with `state: false` (DeleteLifecyclePolicy); policies are set or removed whole, not merged.",
    example: [
      '- type: set-lifecycle',
      '  rules:',
      '    - rulePriority: 1',
      '      description: expire untagged images after 14 days',
      '      selection:',
      '        tagStatus: untagged',
      '        countType: sinceImagePushed',
      '        countUnit: days',
      '        countNumber: 14',
      '      action:',
      '        type: expire',
    ].join('\n'),
  },
  check(opts) {
    const problems: Problem[] = [];
    if (opts.state === false && opts.rules !== undefined)
      return [
        {
          messageId: 'rules-with-false',
          message: "set-lifecycle can't use rules with state: false.",
          path: ['rules'],
        },
      ];
    if (opts.state !== false && !opts.rules?.length)
      return [
        { messageId: 'rules-required', message: 'set-lifecycle requires rules with state: true.', path: [] },
      ];
    // c7n's lifecycle_rule_validate, a few of AWS's rules checked before any call.
    (opts.rules ?? []).forEach((rule: Rule, i: number) => {
      const s = rule.selection ?? {};
      const bad = (why: string) =>
        problems.push({
          messageId: 'invalid-rule',
          message: `set-lifecycle: rule ${i + 1}: ${why}.`,
          path: ['rules', i, 'selection'],
        });
      if (s.tagStatus === 'tagged' && !('tagPrefixList' in s) && !('tagPatternList' in s))
        bad('tagPrefixList or tagPatternList is required with tagStatus: tagged');
      if (s.countType === 'sinceImagePushed' && !('countUnit' in s))
        bad('countUnit is required with countType: sinceImagePushed');
      if (s.countType === 'imageCountMoreThan' && 'countUnit' in s)
        bad('countUnit is invalid with countType: imageCountMoreThan');
    });
    return problems;
  },
  reads: () => ['registryId', 'repositoryName'],
  plan(repos: Resource[], opts) {
    const remove = opts.state === false;
    const text = JSON.stringify({ rules: opts.rules ?? [] });
    return repos.flatMap((r) => {
      const name = r.repositoryName;
      if (typeof name !== 'string') return [];
      const key = { registryId: r.registryId, repositoryName: name };
      return [
        remove
          ? {
              service: 'api.ecr',
              operation: 'DeleteLifecyclePolicy',
              input: key,
              resourceIds: [name],
              describe: `delete the lifecycle policy of ${name}`,
              okErrors: ['LifecyclePolicyNotFoundException'],
            }
          : {
              service: 'api.ecr',
              operation: 'PutLifecyclePolicy',
              input: { ...key, lifecyclePolicyText: text },
              resourceIds: [name],
              describe: `set the lifecycle policy of ${name} (${opts.rules?.length ?? 0} rules)`,
            },
      ];
    });
  },
});
