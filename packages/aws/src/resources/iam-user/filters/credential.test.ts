import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import users from '../resource.js';
import credential, { parseReport, userRecord } from './credential.js';

const fixtures = (dir: string) => fileURLToPath(new URL(`../__fixtures__/${dir}`, import.meta.url));
const now = Date.parse('2020-06-01T12:00:00Z');
const resources: Record<string, unknown>[] = [
  { UserName: 'alice' },
  { UserName: 'bob' },
  { UserName: 'carol' },
  { UserName: 'dave' }, // not in the report
];

// No report yet (ReportNotPresent): GenerateCredentialReport, then the report of 2020-06-01. The
// report is fetched once for the whole table (once per run).
testFilter(credential, {
  resourceType: users,
  now,
  context: {
    accountId: '123456789012',
    provider: await createAwsProvider({
      regions: ['us-east-1'],
      accountId: '123456789012',
      replay: fixtures('credential'),
    }),
  },
  valid: [
    { key: 'mfa_active', value: true },
    {
      key: 'password_last_used',
      value: 'absent',
      report_delay: 0.01,
      report_max_age: 3600,
      report_generate: false,
    },
  ],
  invalid: [
    { options: { key: 'access_key.active', value: true }, messageId: 'schema', path: ['key'] },
    { options: { value: true }, messageId: 'schema' },
    { options: { key: 'mfa_active', value: true, value_regex: 'x' }, messageId: 'schema' },
    {
      options: { key: 'mfa_active', value: true, report_delay: 'soon' },
      messageId: 'schema',
      path: ['report_delay'],
    },
  ],
  cases: [
    { name: 'a boolean column', options: { key: 'mfa_active', value: true }, resources, matches: ['alice'] },
    {
      name: 'N/A and no_information are null',
      options: { key: 'password_last_used', value: 'absent' },
      resources,
      matches: ['bob', 'carol'],
    },
    {
      name: 'an access key last used over 30 days ago',
      options: { key: 'access_keys.last_used_date', value_type: 'age', value: 30, op: 'greater-than' },
      resources,
      matches: ['bob'],
    },
    {
      name: 'an active key never used (inactive, never rotated keys are not listed)',
      options: { key: 'access_keys.last_used_date', value: 'empty' },
      resources,
      matches: ['alice'],
    },
    { name: 'certificates', options: { key: 'certs.active', value: true }, resources, matches: ['bob'] },
  ],
});

// A report older than report_max_age (a day by default) is generated anew.
testFilter(credential, {
  resourceType: users,
  now,
  context: {
    accountId: '123456789012',
    provider: await createAwsProvider({
      regions: ['us-east-1'],
      accountId: '123456789012',
      replay: fixtures('credential-stale'),
    }),
  },
  cases: [
    {
      name: 'the regenerated report',
      options: { key: 'mfa_active', value: true },
      resources,
      matches: ['alice'],
    },
  ],
});

describe('credential report rows', () => {
  it('converts values and gathers keys and certificates as c7n does', () => {
    const header =
      'user,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_2_active,access_key_2_last_rotated,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
    const report = parseReport(
      new TextEncoder().encode(
        `${header}\n"a,b",false,true,2020-01-01T00:00:00+00:00,false,N/A,false,2019-01-01T00:00:00+00:00,false,N/A\n`,
      ),
    );
    expect(report.get('a,b')).toEqual({
      user: 'a,b',
      mfa_active: false,
      access_keys: [{ active: true, last_rotated: '2020-01-01T00:00:00+00:00' }],
      certs: [{ active: false, last_rotated: '2019-01-01T00:00:00+00:00' }],
    });
  });

  it('leaves other text as it is', () => {
    expect(
      userRecord({ user: 'x', password_enabled: 'not_supported', password_last_used: 'no_information' }),
    ).toEqual({ user: 'x', password_enabled: 'not_supported', password_last_used: null });
  });
});
