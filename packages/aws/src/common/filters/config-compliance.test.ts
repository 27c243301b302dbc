import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../provider.js';
import ebs from '../../resources/ebs/resource.js';
import iamProfile from '../../resources/iam-profile/resource.js';
import iamRole from '../../resources/iam-role/resource.js';
import s3 from '../../resources/s3/resource.js';
import configCompliance from './config-compliance.js';

const flight = fileURLToPath(new URL('./__fixtures__/config-compliance', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const NOW = Date.UTC(2026, 10, 25);

// Flight data, two pages for rule ebs-encrypted: vol-old (recorded Nov 1), an instance-typed
// evaluation naming vol-new (ignored), vol-new (recorded Nov 20).
const volumes = [{ VolumeId: 'vol-old' }, { VolumeId: 'vol-new' }, { VolumeId: 'vol-fine' }];

testFilter(configCompliance, {
  resourceType: ebs,
  now: NOW,
  context: { provider: await replay() },
  valid: [
    { rules: ['r'] },
    {
      rules: ['r'],
      states: ['COMPLIANT', 'INSUFFICIENT_DATA'],
      op: 'and',
      eval_filters: [{ ComplianceType: 'COMPLIANT' }],
    },
  ],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { rules: ['r'], states: ['BROKEN'] }, messageId: 'schema' },
    {
      options: { rules: ['r'], eval_filters: [{ type: 'instance-age', days: 1 }] },
      messageId: 'unknown-filter',
    },
  ],
  cases: [
    {
      name: 'every page, only the type of the resource',
      options: { rules: ['ebs-encrypted'] },
      resources: volumes,
      matches: ['vol-old', 'vol-new'],
    },
    {
      name: 'eval_filters on the evaluation',
      options: {
        rules: ['ebs-encrypted'],
        eval_filters: [
          { type: 'value', key: 'ResultRecordedTime', value_type: 'age', value: 10, op: 'less-than' },
        ],
      },
      resources: volumes,
      matches: ['vol-new'],
    },
  ],
});

describe('config-compliance', () => {
  it('applies to types AWS Config records', () => {
    const has = (configCompliance.resources as { has: (rt: unknown) => boolean }).has;
    expect(has(ebs)).toBe(true);
    expect(has({ ...s3, source: { ...s3.source, configType: undefined } })).toBe(false);
    // c7n also attaches it to types with only a CloudFormation type.
    expect(has(iamProfile)).toBe(true);
  });

  it('keeps evaluations of the CloudFormation type when the type has no Config type', async () => {
    const provider = await createAwsProvider({
      regions: ['us-east-1'],
      accountId: '123456789012',
      replay: fileURLToPath(new URL('./__fixtures__/config-compliance-cfn-type', import.meta.url)),
    });
    const ev = configCompliance.compile(
      { rules: ['profile-check'] },
      { resourceType: iamProfile, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const profiles = [
      { InstanceProfileName: 'web-profile', Arn: 'arn:aws:iam::123456789012:instance-profile/web-profile' },
      {
        InstanceProfileName: 'batch-profile',
        Arn: 'arn:aws:iam::123456789012:instance-profile/batch-profile',
      },
    ];
    const out = await ev.process(profiles, { now: NOW, provider });
    expect(out.map((r) => r.InstanceProfileName)).toEqual(['web-profile']);
  });

  it('asks with the states and pages on, and keeps the evaluations', async () => {
    const provider = await replay();
    const ev = configCompliance.compile(
      { rules: ['ebs-encrypted'], states: ['NON_COMPLIANT', 'NOT_APPLICABLE'] },
      { resourceType: ebs, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const out = await ev.process(structuredClone(volumes), { now: NOW, provider });
    expect(out.map((v) => [v.VolumeId, (v['c7n:config-compliance'] as unknown[]).length])).toEqual([
      ['vol-old', 1],
      ['vol-new', 1],
    ]);
    expect(provider.clients.session.calls.map((c) => c.input)).toEqual([
      { ConfigRuleName: 'ebs-encrypted', ComplianceTypes: ['NON_COMPLIANT', 'NOT_APPLICABLE'] },
      {
        ConfigRuleName: 'ebs-encrypted',
        ComplianceTypes: ['NON_COMPLIANT', 'NOT_APPLICABLE'],
        NextToken: 't2',
      },
    ]);
  });
  it("matches by the type's config id when Config names resources by it (IAM RoleId)", async () => {
    const provider = await createAwsProvider({
      regions: ['us-east-1'],
      accountId: '123456789012',
      replay: fileURLToPath(new URL('./__fixtures__/config-compliance-config-id', import.meta.url)),
    });
    const ev = configCompliance.compile(
      { rules: ['iam-role-check'] },
      { resourceType: iamRole, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const roles = [
      { RoleName: 'app', RoleId: 'AROAAPP000000000001', Arn: 'arn:aws:iam::123456789012:role/app' },
      { RoleName: 'other', RoleId: 'AROAOTHER0000000002', Arn: 'arn:aws:iam::123456789012:role/other' },
    ];
    const out = await ev.process(roles, { now: NOW, provider });
    expect(out.map((r) => r.RoleName)).toEqual(['app']);
  });
});
