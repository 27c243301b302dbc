import { defineFilter } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { regionOf } from '../../../common/filters/fetch-related.js';
import { children } from './_org-units.js';

export default defineFilter({
  type: 'ou',
  resources: ['aws.org-account'],
  options: {
    type: 'object',
    additionalProperties: false,
    // Cloud Custodian's schema leaves it optional, then fails at run time without it.
    required: ['units'],
    properties: {
      units: {
        type: 'array',
        items: { type: 'string' },
        description: 'Organizational unit (or root) ids; accounts in them or in any unit below them match.',
      },
    },
  } as const,
  permissions: ['organizations:ListChildren'],
  doc: {
    summary:
      'Accounts in the given organizational units or any unit nested below them. As in Cloud Custodian, the units below are walked breadth first (ListChildren of units), then the accounts of each unit listed (ListChildren of accounts).',
    example: '- type: ou\n  units: [ou-abcd-11111111]',
  },
  reads: () => ['Id'],
  compile: (opts) => ({
    kind: 'process',
    async process(accounts, ectx) {
      const p = awsProvider(ectx);
      const region = regionOf(ectx, p);
      const send = p.send.bind(p);
      const queue = [...opts.units];
      const units = new Set(queue);
      while (queue.length) {
        const next = queue.shift() as string;
        for (const id of await children(send, region, next, 'ORGANIZATIONAL_UNIT')) {
          queue.push(id);
          units.add(id);
        }
      }
      const ids = new Set<string>();
      for (const unit of units) for (const id of await children(send, region, unit, 'ACCOUNT')) ids.add(id);
      return accounts.filter((a) => ids.has(String(a.Id)));
    },
  }),
});
