import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import cfn from '../resource.js';
import template from './template.js';

// GetTemplate answers: the first stack a JSON template naming API_KEY1, the second a YAML one.
const flight = fileURLToPath(new URL('../__fixtures__/template', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const stack = (name: string) => ({
  StackName: name,
  StackId: `arn:aws:cloudformation:us-east-1:123456789012:stack/${name}/0a1b2c3d-1111-2222-3333-444455556666`,
});
const stacks = () => [stack('json-app'), stack('yaml-bucket')];

testFilter(template, {
  resourceType: cfn,
  context: { provider: await replay() },
  valid: [{ pattern: 'API_KEY' }, { pattern: 'x', template_stage: 'Original', change_set_name: 'cs-1' }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { pattern: 'x', template_stage: 'Raw' }, messageId: 'schema' },
    { options: { pattern: '(unclosed' }, messageId: 'bad-pattern', path: ['pattern'] },
  ],
  cases: [
    {
      name: 'searched in a JSON template',
      options: { pattern: 'API_KEY[0-9A-Z]' },
      resources: stacks(),
      matches: ['json-app'],
    },
    {
      name: 'a JSON template is searched as re-serialized with a 2-space indent, as c7n',
      options: { pattern: '"Type": "AWS::Lambda::Function"' },
      resources: stacks(),
      matches: ['json-app'],
    },
    {
      name: 'a YAML template as written',
      options: { pattern: '^  Bucket:$' },
      resources: stacks(),
      matches: [],
    },
    {
      name: 'anywhere in the text',
      options: { pattern: 'AWS::S3::Bucket' },
      resources: stacks(),
      matches: ['yaml-bucket'],
    },
  ],
});
