import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createClients } from '../../../clients/index.js';
import distribution from '../resource.js';
import setWafv2 from './set-wafv2.js';

const reader = () => {
  const dir = fileURLToPath(new URL('../__fixtures__/wafv2', import.meta.url));
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
  return (service: string, operation: string, input: Record<string, unknown>, region?: string) =>
    clients.send(service, operation, input, region ?? 'us-east-1');
};
const acl =
  'arn:aws:wafv2:us-east-1:123456789012:global/webacl/FMManagedWebACLV2-FMS-edge/aaaa1111-2222-3333-4444-555566667777';
const dists = (): Record<string, unknown>[] => [
  { Id: 'EOPEN', WebACLId: '' },
  { Id: 'EOTHER', WebACLId: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/other/b' },
  { Id: 'EDONE', WebACLId: acl },
];

// ListWebACLs (CLOUDFRONT): FMManagedWebACLV2-FMS-edge only; GetDistributionConfig: ETag E1ETAG.
testAction(setWafv2, {
  resourceType: distribution,
  context: { read: reader() },
  valid: [{ 'web-acl': 'edge' }, { state: false }, { 'web-acl': 'x', force: true }],
  invalid: [{ options: { force: 'yes' }, messageId: 'schema' }],
  cases: [
    {
      name: 'distributions without an ACL get the matching one',
      options: { 'web-acl': 'FMManagedWebACLV2-?FMS-.*' },
      resources: dists(),
      calls: [
        {
          operation: 'UpdateDistribution',
          input: { Id: 'EOPEN', IfMatch: 'E1ETAG', DistributionConfig: { WebACLId: acl } },
        },
      ],
    },
    {
      name: 'force replaces another ACL; the same one is left',
      options: { 'web-acl': 'FMManaged', force: true },
      resources: dists(),
      calls: [{ input: { Id: 'EOPEN' } }, { input: { Id: 'EOTHER', DistributionConfig: { WebACLId: acl } } }],
    },
    {
      name: 'state false with force clears every association',
      options: { state: false, force: true },
      resources: dists(),
      calls: [{ input: { Id: 'EOTHER', DistributionConfig: { WebACLId: '' } } }, { input: { Id: 'EDONE' } }],
    },
  ],
});

it('refuses a web-acl matching no web ACL, as c7n', async () => {
  await expect(
    setWafv2.plan(dists(), { 'web-acl': 'nothing', state: true }, { read: reader() } as never),
  ).rejects.toThrow(/matches 0 web ACLs/);
});
