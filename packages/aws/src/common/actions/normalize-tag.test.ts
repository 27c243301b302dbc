import { describe, it } from 'vitest';
import { ec2, expectPlan, expectProblem, expectValid, type PlanCase, tagList } from '../test-fixtures.js';
import normalizeTag from './normalize-tag.js';

const inst = (id: string, tags: Record<string, string>) => ({ InstanceId: id, Tags: tagList(tags) });
const envs = [
  inst('i-1', { Env: 'Prod' }),
  inst('i-2', { Env: 'prod' }),
  inst('i-3', { Env: 'PROD' }),
  inst('i-4', {}),
];

describe('action normalize-tag', () => {
  it.each([
    { key: 'Env', action: 'lower' },
    { key: 'Env', action: 'strip', value: '-' },
  ])('accepts %j', (o) => expectValid(normalizeTag, o));

  it.each([
    { options: { key: 'Env' }, messageId: 'schema' },
    { options: { key: 'Env', action: 3 }, messageId: 'schema' },
    // c7n's schema accepts any word here (its enum sits under `items`); it then does nothing.
    {
      options: { key: 'Env', action: 'remove' },
      messageId: 'unknown-transform',
      path: ['action'],
      severity: 'warning' as const,
    },
    {
      options: { key: 'Env', action: 'titlestrip' },
      messageId: 'unknown-transform',
      severity: 'warning' as const,
    },
    { options: { key: 'Env', action: 'strip' }, messageId: 'strip-needs-value', path: ['action'] },
    {
      options: { key: 'Env', action: 'replace' },
      messageId: 'replace-does-nothing',
      severity: 'warning' as const,
    },
  ])('rejects $options with $messageId', (c) => expectProblem(normalizeTag, c));

  const cases: PlanCase[] = [
    {
      name: 'lower: only values that change, grouped',
      rt: ec2,
      options: { key: 'Env', action: 'lower' },
      resources: envs,
      calls: [
        { operation: 'CreateTags', input: { Resources: ['i-1', 'i-3'], Tags: tagList({ Env: 'prod' }) } },
      ],
    },
    {
      name: 'remove (accepted as in c7n) changes nothing',
      rt: ec2,
      options: { key: 'Env', action: 'remove' },
      resources: envs,
      calls: [],
    },
    {
      name: 'upper',
      rt: ec2,
      options: { key: 'Env', action: 'upper' },
      resources: envs,
      calls: [{ input: { Resources: ['i-1', 'i-2'], Tags: tagList({ Env: 'PROD' }) } }],
    },
    {
      name: 'title as Python does',
      rt: ec2,
      options: { key: 'Team', action: 'title' },
      resources: [inst('i-1', { Team: "data-PLATFORM o'neil 2nd" })],
      calls: [{ input: { Tags: tagList({ Team: "Data-Platform O'Neil 2Nd" }) } }],
    },
    {
      name: 'strip removes the characters from both ends, only where the text occurs',
      rt: ec2,
      options: { key: 'Env', action: 'strip', value: 'x-' },
      resources: [
        inst('i-1', { Env: 'x-prod-x' }),
        inst('i-2', { Env: '-prod' }),
        inst('i-3', { Env: 'x-x-' }),
      ],
      calls: [{ input: { Resources: ['i-1'], Tags: tagList({ Env: 'prod' }) } }],
    },
    {
      name: 'replace plans nothing',
      rt: ec2,
      options: { key: 'Env', action: 'replace' },
      resources: envs,
      calls: [],
    },
  ];
  it.each(cases)('plans: $name', (c) => expectPlan(normalizeTag, c));
});
