import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createClients } from '../../../clients/index.js';
import distribution from '../resource.js';
import setWaf from './set-waf.js';

const reader = () => {
  const dir = fileURLToPath(new URL('../__fixtures__/waf', import.meta.url));
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
  return (service: string, operation: string, input: Record<string, unknown>, region?: string) =>
    clients.send(service, operation, input, region ?? 'us-east-1');
};
const classic = '1ebe0b46-0fd2-4e07-a74c-27bf25adc0bf';
const dists = (): Record<string, unknown>[] => [
  { Id: 'EOPEN', WebACLId: '' },
  { Id: 'EV2', WebACLId: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/a' },
  { Id: 'EDONE', WebACLId: classic },
];

// ListWebACLs (two pages): the ACL `test`; GetDistributionConfig: ETag E1ETAG.
testAction(setWaf, {
  resourceType: distribution,
  context: { read: reader() },
  valid: [{ 'web-acl': 'test' }, { 'web-acl': 'test', state: true, force: true }],
  invalid: [{ options: { state: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'distributions without an ACL get it',
      options: { 'web-acl': 'test', state: true },
      resources: dists(),
      calls: [
        {
          operation: 'UpdateDistribution',
          input: { Id: 'EOPEN', IfMatch: 'E1ETAG', DistributionConfig: { WebACLId: classic } },
        },
      ],
    },
    {
      name: 'force replaces another ACL; the same one is left',
      options: { 'web-acl': classic, force: true },
      resources: dists(),
      calls: [
        { input: { Id: 'EOPEN' } },
        { input: { Id: 'EV2', DistributionConfig: { WebACLId: classic } } },
      ],
    },
  ],
});

it('refuses a web-acl naming no web ACL, as c7n', async () => {
  await expect(setWaf.plan(dists(), { 'web-acl': 'nothing' }, { read: reader() } as never)).rejects.toThrow(
    /invalid web acl: nothing/,
  );
});
