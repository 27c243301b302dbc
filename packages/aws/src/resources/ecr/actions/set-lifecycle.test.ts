import { testAction } from '@c7n-ts/core/testing';
import ecr from '../resource.js';
import setLifecycle from './set-lifecycle.js';

const repo = { registryId: '123456789012', repositoryName: 'web' };
const rule = {
  rulePriority: 1,
  selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 },
  action: { type: 'expire' },
};

testAction(setLifecycle, {
  resourceType: ecr,
  valid: [{ state: false }, { rules: [rule] }, { state: true, rules: [rule] }],
  invalid: [
    { options: {}, messageId: 'rules-required' },
    { options: { state: false, rules: [rule] }, messageId: 'rules-with-false', path: ['rules'] },
    {
      options: {
        rules: [
          { ...rule, selection: { tagStatus: 'tagged', countType: 'imageCountMoreThan', countNumber: 5 } },
        ],
      },
      messageId: 'invalid-rule',
    },
    {
      options: {
        rules: [{ ...rule, selection: { tagStatus: 'any', countType: 'sinceImagePushed', countNumber: 5 } }],
      },
      messageId: 'invalid-rule',
    },
    {
      options: { rules: [{ ...rule, selection: { ...rule.selection, countType: 'imageCountMoreThan' } }] },
      messageId: 'invalid-rule',
    },
    { options: { rules: [{ ...rule, action: { type: 'keep' } }] }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'the rules as the whole new policy',
      options: { rules: [rule] },
      resources: [repo],
      calls: [
        {
          service: 'api.ecr',
          operation: 'PutLifecyclePolicy',
          input: { ...repo, lifecyclePolicyText: JSON.stringify({ rules: [rule] }) },
          resourceIds: ['web'],
        },
      ],
    },
    {
      name: 'state false deletes the policy; none there is fine',
      options: { state: false },
      resources: [repo],
      calls: [
        {
          service: 'api.ecr',
          operation: 'DeleteLifecyclePolicy',
          input: repo,
          okErrors: ['LifecyclePolicyNotFoundException'],
        },
      ],
    },
  ],
});
