import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import clusters from '../resource.js';
import upgradeAvailable, { parseEngineVersion } from './upgrade-available.js';

// DescribeServiceUpdates, two pages: redis-6.2.6, then "redis-7.0 and onwards" (engine Redis).
const flight = fileURLToPath(new URL('../__fixtures__/service-updates', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const resources = [
  { CacheClusterId: 'same', Engine: 'redis', EngineVersion: '6.2.6' },
  { CacheClusterId: 'minor', Engine: 'redis', EngineVersion: '6.0.5' },
  { CacheClusterId: 'major', Engine: 'redis', EngineVersion: '5.0.6' },
  { CacheClusterId: 'newer', Engine: 'redis', EngineVersion: '7.1' },
  { CacheClusterId: 'memcached', Engine: 'memcached', EngineVersion: '1.6.12' },
];

const table: [string, Record<string, boolean>, string[]][] = [
  ['an update of its own version or a higher minor one', {}, ['same', 'minor']],
  ['major: a higher major version counts too', { major: true }, ['same', 'minor', 'major']],
  ['value: false, its own version does not count (not an inversion)', { value: false }, ['minor']],
  ['value: false with major', { value: false, major: true }, ['same', 'minor', 'major']],
];

for (const [name, options, matches] of table)
  testFilter(upgradeAvailable, {
    resourceType: clusters,
    context: { provider: await provider() },
    valid: [{}, { major: true, value: false }],
    invalid: [{ options: { major: 'yes' }, messageId: 'schema', path: ['major'] }],
    cases: [{ name, options, resources, matches }],
  });

describe('parseEngineVersion', () => {
  it('splits engine and version as c7n does', () => {
    expect(parseEngineVersion('redis-7.0')).toEqual(['redis', '7.0']);
    expect(parseEngineVersion('Memcached-1.6.12')).toEqual(['memcached', '1.6.12']);
    expect(parseEngineVersion('redis-6.2.6 and onwards')).toEqual(['redis', '6.2.6']);
    expect(parseEngineVersion('7.0')).toBeUndefined();
  });
});
