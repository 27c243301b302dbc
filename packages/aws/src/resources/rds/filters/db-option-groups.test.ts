import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import rds from '../resource.js';
import dbOptionGroups, { MATCHED_OPTION_GROUPS } from './db-option-groups.js';

const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/filter-db-option-groups', import.meta.url)),
  });

const db = (id: string, ...groups: string[]) => ({
  DBInstanceIdentifier: id,
  OptionGroupMemberships: groups.map((OptionGroupName) => ({ OptionGroupName, Status: 'in-sync' })),
});
// Flight data: oracle-tls (DescribeOptionGroups_1) has NATIVE_NETWORK_ENCRYPTION required;
// default:mysql-8-0 (_2) has no options.
const resources = [db('ora-1', 'oracle-tls'), db('my-1', 'default:mysql-8-0'), db('ora-2', 'oracle-tls')];

testFilter(dbOptionGroups, {
  resourceType: rds,
  context: { provider: await replay() },
  valid: [{ key: 'Options[].OptionName', op: 'intersect', value: ['SSL'] }],
  invalid: [
    { options: { key: 'Options', value: 'x', group: 'y' }, messageId: 'schema' },
    { options: { key: 'x', value_type: 'age', op: 'gt', value: 'old' }, messageId: 'invalid-age-value' },
  ],
  cases: [
    {
      name: 'an option by name',
      options: { key: 'Options[].OptionName', op: 'intersect', value: ['SSL', 'NATIVE_NETWORK_ENCRYPTION'] },
      resources,
      matches: ['ora-1', 'ora-2'],
    },
    {
      name: 'an option setting',
      options: {
        key: "Options[].OptionSettings[?Name == 'SQLNET.ENCRYPTION_SERVER'].Value[]",
        value: ['REQUIRED'],
      },
      resources,
      matches: ['ora-1', 'ora-2'],
    },
    { name: 'no options', options: { key: 'Options', value: 'empty' }, resources, matches: ['my-1'] },
  ],
});

describe('rds db-option-groups', () => {
  it('reads each distinct group once and records the name and the selected value', async () => {
    const provider = await replay();
    const rs: Resource[] = structuredClone(resources);
    const ev = dbOptionGroups.compile(
      { key: 'Options[].OptionName', op: 'contains', value: 'NATIVE_NETWORK_ENCRYPTION' },
      { resourceType: rds, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const out = await ev.process(rs, { now: 0, provider });
    expect(out.map((r) => r.DBInstanceIdentifier)).toEqual(['ora-1', 'ora-2']);
    expect(out[0]?.[MATCHED_OPTION_GROUPS]).toEqual([
      { OptionGroupName: 'oracle-tls', 'Options[].OptionName': ['NATIVE_NETWORK_ENCRYPTION'] },
    ]);
    expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['DescribeOptionGroups', { OptionGroupName: 'oracle-tls' }],
      ['DescribeOptionGroups', { OptionGroupName: 'default:mysql-8-0' }],
    ]);
  });
});
