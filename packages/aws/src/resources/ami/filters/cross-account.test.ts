import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ami from '../resource.js';
import crossAccount from './cross-account.js';

// DescribeImageAttribute answers, in call order (one per image below): no sharing, public, an
// organization, an account + a unit + public, InvalidAMIID.NotFound.
const dir = fileURLToPath(new URL('../__fixtures__/cross-account', import.meta.url));
const account = '123456789012';
const org = 'arn:aws:organizations::111111111111:organization/o-abcdefghij';
const ou = 'arn:aws:organizations::111111111111:ou/o-abcdefghij/ou-ab12-cdefghij';
const provider = await createAwsProvider({ regions: ['us-east-1'], accountId: account, replay: dir });
const images = (): Record<string, unknown>[] =>
  ['ami-private', 'ami-public', 'ami-org', 'ami-mixed', 'ami-gone'].map((ImageId) => ({ ImageId }));

testFilter(crossAccount, {
  resourceType: ami,
  context: { provider, accountId: account, region: 'us-east-1' },
  valid: [{}, { whitelist: ['111111111111', org] }, { whitelist_from: { url: 'accounts.txt' } }],
  invalid: [
    { options: { whitelist: '111111111111' }, messageId: 'schema', path: ['whitelist'] },
    // c7n's ami variant has no everyone_only.
    { options: { everyone_only: true }, messageId: 'schema' },
    { options: { whitelist_from: { url: '/etc/accounts.txt' } }, messageId: 'value-from-outside' },
  ],
  cases: [
    {
      name: 'accounts, organizations, units and public sharing all count',
      options: {},
      resources: images(),
      matches: ['ami-public', 'ami-org', 'ami-mixed'],
    },
    {
      name: 'whitelisted principals are allowed',
      options: { whitelist: [org, '222222222222', ou] },
      resources: images(),
      matches: ['ami-public', 'ami-mixed'],
    },
  ],
});

it('cross-account keeps the launch permissions and annotates the violations', async () => {
  const p = await createAwsProvider({ regions: ['us-east-1'], accountId: account, replay: dir });
  const warnings: string[] = [];
  const rs = images();
  const ev = crossAccount.compile(
    { whitelist: ['222222222222'] },
    { resourceType: ami, policyName: 't', registry: p.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  const out = await ev.process(rs, { now: 0, provider: p, log: (_l, m) => warnings.push(m) });
  expect(out.map((r) => r.ImageId)).toEqual(['ami-public', 'ami-org', 'ami-mixed']);
  expect(rs[0]).toEqual({ ImageId: 'ami-private', 'c7n:LaunchPermissions': [] });
  expect(rs[2]?.['c7n:CrossAccountViolations']).toEqual([org]);
  expect(rs[3]?.['c7n:CrossAccountViolations']).toEqual([ou, 'all']);
  expect(warnings).toEqual([expect.stringContaining('ami-gone')]);
  expect(p.clients.session.calls.map((c) => c.input)).toEqual(
    rs.map((r) => ({ ImageId: r.ImageId, Attribute: 'launchPermission' })),
  );
});
