import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import bedrockLogging from './bedrock-model-invocation-logging.js';

testFilter(bedrockLogging, {
  resourceType: account,
  valid: [{}, { attrs: [{ textDataDeliveryEnabled: true }] }, { count: 0 }, { count: 1, count_op: 'gte' }],
  invalid: [
    { options: { attrs: 'x' }, messageId: 'schema', path: ['attrs'] },
    { options: { count_op: 'about' }, messageId: 'schema' },
  ],
});

it.each([
  ['bedrock-on', {}, 1],
  [
    'bedrock-on',
    { attrs: [{ textDataDeliveryEnabled: true }, { 's3Config.bucketName': 'bedrock-logs' }] },
    1,
  ],
  ['bedrock-on', { attrs: [{ imageDataDeliveryEnabled: true }] }, 0],
  ['bedrock-off', {}, 0],
  ['bedrock-off', { count: 0 }, 1],
  ['bedrock-on', { count: 0 }, 0],
] as const)('%s %j matches %i', async (fixture, options, n) => {
  const { matched, account: a, calls } = await runOnAccount(bedrockLogging, fixture, options);
  expect(matched).toBe(n);
  expect(calls.map((c) => c.operation)).toEqual(['GetModelInvocationLoggingConfiguration']);
  if (fixture === 'bedrock-on')
    expect(a['c7n:BedrockModelInvocationLogging']).toMatchObject({ textDataDeliveryEnabled: true });
  else expect(a).not.toHaveProperty('c7n:BedrockModelInvocationLogging');
  expect(a).not.toHaveProperty('c7n:BedrockModelInvocationLoggingItems');
});
