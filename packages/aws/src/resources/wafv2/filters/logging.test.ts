import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import wafv2 from '../resource.js';
import logging from './logging.js';

const flight = fileURLToPath(new URL('../__fixtures__/logging', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['eu-west-1'], accountId: '123456789012', replay: flight });
const arn = 'arn:aws:wafv2:eu-west-1:123456789012:regional/webacl';
const acls = (): Record<string, unknown>[] => [
  { Id: 'a1', ARN: `${arn}/logged/a1` },
  { Id: 'b2', ARN: `${arn}/silent/b2` },
];

// ListLoggingConfigurations (REGIONAL): `logged` only, to S3 with user-agent redacted.
testFilter(logging, {
  resourceType: wafv2,
  context: { provider: await provider() },
  valid: [{ key: 'ResourceArn', value: 'present' }],
  invalid: [
    { options: { key: 'ResourceArn' }, messageId: 'missing-value' },
    { options: { state: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'ACLs with logging',
      options: { key: 'ResourceArn', value: 'present' },
      resources: acls(),
      matches: ['a1'],
    },
    {
      name: 'ACLs without (tested as {})',
      options: { key: 'ResourceArn', value: 'absent' },
      resources: acls(),
      matches: ['b2'],
    },
    {
      name: 'a redacted header, value_type swap as c7n documents',
      options: {
        key: 'RedactedFields[].SingleHeader.Name',
        value: 'user-agent',
        op: 'in',
        value_type: 'swap',
      },
      resources: acls(),
      matches: ['a1'],
    },
  ],
});
