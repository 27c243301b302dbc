import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createClients } from '../../../clients/index.js';
import { ENGINE_UPGRADE } from '../engine-upgrades.js';
import rds from '../resource.js';
import upgrade from './upgrade.js';

// Flight data (two pages, shared with upgrade-available): postgres 15.4 -> 15.10 minor, 16.3 major;
// 16.3 -> 17.2 major; mysql 8.0.35 -> 8.0.36.
const reader = () => {
  const clients = createClients({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/engine-upgrades', import.meta.url)),
  });
  return {
    clients,
    read: (service: string, operation: string, input: Record<string, unknown>) =>
      clients.send(service, operation, input, 'us-east-1'),
  };
};

const db = (id: string, Engine: string, EngineVersion: string, extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  Engine,
  EngineVersion,
  PendingModifiedValues: {},
  ...extra,
});

testAction(upgrade, {
  resourceType: rds,
  context: { read: reader().read },
  valid: [{}, { major: true, immediate: true }],
  invalid: [
    { options: { major: 'no' }, messageId: 'schema', path: ['major'] },
    { options: { minor: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: "uses the filter's target, else the newest minor version; pending changes and latest versions are left",
      options: {},
      resources: [
        db('annotated', 'postgres', '15.4', { [ENGINE_UPGRADE]: '15.5' }),
        db('pg15', 'postgres', '15.4'),
        db('pending', 'mysql', '8.0.35', { PendingModifiedValues: { EngineVersion: '8.0.36' } }),
        db('pg16', 'postgres', '16.3'),
      ],
      calls: [
        {
          service: 'rds',
          operation: 'ModifyDBInstance',
          input: { DBInstanceIdentifier: 'annotated', EngineVersion: '15.5', ApplyImmediately: false },
          resourceIds: ['annotated'],
          describe: 'upgrade annotated from 15.4 to 15.5 in the next maintenance window',
        },
        { input: { DBInstanceIdentifier: 'pg15', EngineVersion: '15.10', ApplyImmediately: false } },
      ],
    },
  ],
});

describe('rds upgrade reads', () => {
  it('reads the engine versions once, only when an instance lacks the filter target', async () => {
    const r = reader();
    const plan = (resources: Record<string, unknown>[], opts: Record<string, unknown>) =>
      upgrade.plan(
        resources,
        { major: false, immediate: false, ...opts } as never,
        {
          now: 0,
          read: r.read,
        } as never,
      );
    await plan([db('annotated', 'postgres', '15.4', { [ENGINE_UPGRADE]: '15.5' })], {});
    expect(r.clients.session.calls).toHaveLength(0);
    const calls = await plan([db('pg16', 'postgres', '16.3'), db('my', 'mysql', '8.0.35')], {
      major: true,
      immediate: true,
    });
    expect(calls.map((c) => c.input)).toEqual([
      { DBInstanceIdentifier: 'pg16', EngineVersion: '17.2', ApplyImmediately: true },
      { DBInstanceIdentifier: 'my', EngineVersion: '8.0.36', ApplyImmediately: true },
    ]);
    expect(r.clients.session.calls.map((c) => c.operation)).toEqual([
      'DescribeDBEngineVersions',
      'DescribeDBEngineVersions',
    ]);
  });
});
