import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import hostedzone from '../resource.js';
import queryLoggingEnabled from './query-logging-enabled.js';

const flight = fileURLToPath(new URL('../__fixtures__/query-logging', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const zones = (): Record<string, unknown>[] => [
  { Id: '/hostedzone/ZLOGGED', Name: 'logged.example.com.', Config: { PrivateZone: false } },
  { Id: '/hostedzone/ZQUIET', Name: 'quiet.example.com.', Config: { PrivateZone: false } },
  { Id: '/hostedzone/ZPRIVATE', Name: 'internal.example.com.', Config: { PrivateZone: true } },
];

// ListQueryLoggingConfigs: only ZLOGGED logs; its log group has one subscription filter.
testFilter(queryLoggingEnabled, {
  resourceType: hostedzone,
  context: { provider: await provider() },
  valid: [{}, { state: true }],
  invalid: [{ options: { state: 'yes' }, messageId: 'schema' }],
  cases: [
    {
      name: 'public zones without logging (the default)',
      options: {},
      resources: zones(),
      matches: ['/hostedzone/ZQUIET'],
    },
    {
      name: 'public zones with logging',
      options: { state: true },
      resources: zones(),
      matches: ['/hostedzone/ZLOGGED'],
    },
  ],
});

it('annotates a logging zone with its config and subscriptions', async () => {
  const ev = queryLoggingEnabled.compile({ state: true }, {
    resourceType: hostedzone,
    baseDir: '.',
  } as never);
  const rs = zones();
  if (ev.kind !== 'process') throw new Error('process filter expected');
  await ev.process(rs, { now: Date.now(), provider: await provider(), region: 'us-east-1' } as never);
  expect(rs[0]?.['c7n:log-config']).toMatchObject({
    Id: 'qlc-1',
    loggroup_subscription: [{ filterName: 'to-siem' }],
  });
});
