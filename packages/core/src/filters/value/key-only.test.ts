/**
 * Tag filters with only a key, as Cloud Custodian's schema takes them: the `key: value`
 * shorthand allows null, an empty list, numbers and booleans (c7n/schema.py `valuekv`), while
 * `{type: value, key}` without a value is refused by c7n's ValueFilter.validate, and here.
 */
import { describe, expect, it } from 'vitest';
import { defineResource } from '../../define/index.js';
import { formatDiagnostic } from '../../diagnostics/types.js';
import { loadPolicies } from '../../policy/load.js';
import { composeRegistry } from '../../registry/index.js';
import valueFilter from './index.js';

const registry = composeRegistry({
  resources: [
    defineResource({
      type: 'aws.ec2',
      provider: 'aws',
      id: 'InstanceId',
      taggable: true,
      fields: ['InstanceId', 'Tags'],
      permissions: [],
      doc: { summary: 'Fake.', example: 'policies: []' },
      source: {},
    }),
  ],
  sources: [{ origin: 'core', elements: [valueFilter] }],
});

const lines = (...filters: string[]) =>
  loadPolicies(
    [
      {
        path: 'p.yml',
        text: `policies:\n  - name: p1\n    resource: aws.ec2\n    filters:\n${filters.map((f) => `      ${f}\n`).join('')}`,
      },
    ],
    registry,
  ).diagnostics.map((d) => `${formatDiagnostic(d)} [${d.messageId}]`);

describe('tag filters with only a key', () => {
  it.each(['- tag:Owner:', '- "tag:Owner": []', '- "tag:Count": 5', '- "tag:Flag": true', '- tag:Env: prod'])(
    '%s loads, as in Cloud Custodian',
    (f) => {
      expect(lines(f)).toEqual([]);
    },
  );

  it('{type: value, key} without a value is refused, as c7n does', () => {
    expect(lines('- type: value', '  key: "tag:Owner"')).toEqual([
      'p.yml:5:9  policy p1: The value filter needs `value`, `value_from` or `value_path`. [missing-value]',
    ]);
  });
});
