import { describe, expect, it } from 'vitest';
import { unneededLibraries } from './optional-libraries.js';

const policy = (data: Record<string, unknown>) => ({ data: { name: 'p', resource: 'aws.ec2', ...data } });

describe('unneededLibraries', () => {
  it.each([
    ['a tag policy', {}, ['ajv', 'ajv-formats', 'handlebars', 're2js']],
    [
      'notify keeps Handlebars',
      { actions: [{ type: 'notify', to: ['a@example.com'], transport: { type: 'sqs', queue: 'q' } }] },
      ['ajv', 'ajv-formats', 're2js'],
    ],
    [
      'mark-for-op with op notify keeps Handlebars',
      { actions: [{ type: 'mark-for-op', op: 'notify', days: 1 }] },
      ['ajv', 'ajv-formats', 're2js'],
    ],
    [
      'a regex op keeps re2js',
      { filters: [{ type: 'value', key: 'tag:Name', op: 'regex', value: '^dev-' }] },
      ['ajv', 'ajv-formats', 'handlebars'],
    ],
    [
      'value_regex keeps re2js',
      { filters: [{ type: 'value', key: 'tag:Name', value_regex: '^(\\d+)', value: 1 }] },
      ['ajv', 'ajv-formats', 'handlebars'],
    ],
    [
      'a glob keeps re2js',
      { filters: [{ 'tag:Name': { op: 'glob', value: 'dev-*' } }] },
      ['ajv', 'ajv-formats', 'handlebars'],
    ],
  ])('%s', (_, data, left) => {
    expect(unneededLibraries(policy(data))).toEqual(left);
  });
});
