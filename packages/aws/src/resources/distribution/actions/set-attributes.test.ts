import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createClients } from '../../../clients/index.js';
import distribution from '../resource.js';
import setAttributes, { mergeDict } from './set-attributes.js';

const reader = (fixture: string) => {
  const dir = fileURLToPath(new URL(`../__fixtures__/${fixture}`, import.meta.url));
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
  return (service: string, operation: string, input: Record<string, unknown>) =>
    clients.send(service, operation, input, 'us-east-1');
};

// GetDistributionConfig: Comment `site`, logging off, alias www.example.com.
testAction(setAttributes, {
  resourceType: distribution,
  context: { read: reader('config') },
  valid: [{ attributes: { Comment: 'x' } }],
  invalid: [
    { options: {}, messageId: 'schema' },
    {
      options: { attributes: { CallerReference: 'x' } },
      messageId: 'caller-reference',
      path: ['attributes', 'CallerReference'],
    },
    {
      options: { attributes: { Comentary: 'x' } },
      messageId: 'unknown-member',
      path: ['attributes', 'Comentary'],
    },
  ],
  cases: [
    {
      name: 'nested members merge into the current config',
      options: { attributes: { Logging: { Enabled: true, Bucket: 'logs.s3.amazonaws.com' } } },
      resources: [{ Id: 'E1' }],
      calls: [
        {
          operation: 'UpdateDistribution',
          input: {
            Id: 'E1',
            IfMatch: 'E1ETAG',
            DistributionConfig: {
              Comment: 'site',
              Logging: { Enabled: true, IncludeCookies: false, Bucket: 'logs.s3.amazonaws.com', Prefix: '' },
            },
          },
        },
      ],
    },
    {
      name: 'nothing changes: no update',
      options: { attributes: { Comment: 'site', Enabled: true } },
      resources: [{ Id: 'E1' }],
      calls: [],
    },
  ],
});

it('merges as c7n merge_dict: lists gain missing values, scalars are replaced', () => {
  expect(mergeDict({ a: [1, 2], b: { c: 1, d: 2 }, e: 's' }, { a: [2, 3], b: { d: 3 }, e: 't' })).toEqual({
    a: [1, 2, 3],
    b: { c: 1, d: 3 },
    e: 't',
  });
});
