import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import s3 from '../resource.js';
import dataEvents, { eventBuckets } from './data-events.js';

// Three trails: this account's management trail (no data events), another account's trail (not
// read), and a us-west-2 trail logging object events of acme-audited and of a prefix of acme-media.
const dir = fileURLToPath(new URL('../__fixtures__/data-events', import.meta.url));
const provider = await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
const buckets = ['acme-audited', 'acme-media', 'acme-quiet'].map((Name) => ({ Name }));

testFilter(dataEvents, {
  resourceType: s3,
  context: { provider, region: 'us-east-1', accountId: '123456789012' },
  valid: [{}, { state: 'present' }, { state: 'absent' }],
  invalid: [
    { options: { state: 'enabled' }, messageId: 'schema', path: ['state'] },
    { options: { trail: 'x' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'present: buckets a local trail logs data events of',
      options: {},
      resources: buckets,
      matches: ['acme-audited'],
    },
    {
      name: 'absent: the others (a prefix selector names no bucket, as in Cloud Custodian)',
      options: { state: 'absent' },
      resources: buckets,
      matches: ['acme-media', 'acme-quiet'],
    },
  ],
});

describe('eventBuckets', () => {
  it('lists every bucket under "" for an all-buckets selector', () => {
    const out = {
      EventSelectors: [{ DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] }],
    };
    expect([...eventBuckets([['t', out]])]).toEqual([['s3', 't']]);
    const all = {
      EventSelectors: [{ DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::'] }] }],
    };
    expect(eventBuckets([['t', all]]).has('')).toBe(true);
  });
  it('ignores selectors without data resources and other types', () => {
    const out = {
      EventSelectors: [
        {},
        { DataResources: [{ Type: 'AWS::DynamoDB::Table', Values: ['arn:aws:s3:::x/'] }] },
      ],
    };
    expect(eventBuckets([['t', out]]).size).toBe(0);
  });
});
