import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import checkConfig from './check-config.js';

testFilter(checkConfig, {
  resourceType: account,
  valid: [{}, { 'all-resources': true, 'global-resources': true, running: false }],
  invalid: [{ options: { running: 'yes' }, messageId: 'schema', path: ['running'] }],
});

const STATUS = [
  'DescribeDeliveryChannels',
  'DescribeConfigurationRecorders',
  'DescribeConfigurationRecorderStatus',
];

// The filter matches accounts where Config is not set up as asked.
it.each([
  ['config-on', {}, 0, STATUS],
  ['config-on', { 'all-resources': true }, 0, STATUS],
  // The recorder leaves out global resource types: none is left, so no status call.
  ['config-on', { 'global-resources': true }, 1, STATUS.slice(0, 2)],
  ['config-on', { running: false }, 0, STATUS.slice(0, 2)],
  ['unset', {}, 1, STATUS.slice(0, 2)],
] as const)('%s %j matches %i', async (fixture, options, n, operations) => {
  const { matched, account: a, calls } = await runOnAccount(checkConfig, fixture, options);
  expect(matched).toBe(n);
  expect(a['c7n:config_recorders']).toHaveLength(fixture === 'config-on' ? 1 : 0);
  expect(calls.map((c) => c.operation)).toEqual(operations);
});
