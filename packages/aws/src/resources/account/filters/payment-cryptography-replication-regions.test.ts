import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import pmtcrypt from './payment-cryptography-replication-regions.js';

testFilter(pmtcrypt, {
  resourceType: account,
  valid: [{}, { state: false }, { regions: ['us-west-2'], match: 'any' }],
  invalid: [
    { options: { match: 'some' }, messageId: 'schema', path: ['match'] },
    { options: { regions: 'us-west-2' }, messageId: 'schema', path: ['regions'] },
  ],
});

// pmtcrypt-on: us-west-2 and eu-west-1 enabled; pmtcrypt-off: none.
it.each([
  ['pmtcrypt-on', {}, 1],
  ['pmtcrypt-on', { state: false }, 0],
  ['pmtcrypt-off', { state: false }, 1],
  ['pmtcrypt-off', {}, 0],
  ['pmtcrypt-on', { regions: ['us-west-2', 'eu-west-1'] }, 1],
  ['pmtcrypt-on', { regions: ['us-west-2', 'ap-southeast-2'] }, 0],
  ['pmtcrypt-on', { regions: ['us-west-2', 'ap-southeast-2'], match: 'any' }, 1],
  ['pmtcrypt-on', { regions: ['ap-southeast-2'], match: 'any' }, 0],
] as const)('%s %j matches %i', async (fixture, options, n) => {
  const { matched, account: a, calls } = await runOnAccount(pmtcrypt, fixture, options);
  expect(matched).toBe(n);
  expect(calls.map((c) => `${c.service}.${c.operation}`)).toEqual([
    'controlplane.payment-cryptography.GetDefaultKeyReplicationRegions',
  ]);
  expect(a['c7n:payment-cryptography-replication-regions']).toEqual(
    fixture === 'pmtcrypt-on' ? ['us-west-2', 'eu-west-1'] : [],
  );
});
