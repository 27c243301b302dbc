import { defineFilter } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { regionOf } from '../../../common/filters/fetch-related.js';

/** Cloud Custodian's annotation: the enabled replication regions. */
const ANNOTATION = 'c7n:payment-cryptography-replication-regions';

export default defineFilter({
  type: 'payment-cryptography-replication-regions',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        default: true,
        description:
          'true (the default): match when default key replication is on (some region enabled); false: when no region is.',
      },
      regions: {
        type: 'array',
        items: { type: 'string' },
        description: 'With `state` true, regions that must be enabled (see `match`).',
      },
      match: {
        enum: ['all', 'any'],
        default: 'all',
        description: '`all` (the default): every region of `regions` must be enabled; `any`: one is enough.',
      },
    },
  } as const,
  permissions: ['payment-cryptography:GetDefaultKeyReplicationRegions'],
  doc: {
    summary:
      "Accounts by the region's Payment Cryptography default key replication regions (GetDefaultKeyReplicationRegions on the control plane), kept in `c7n:payment-cryptography-replication-regions`: `state` says whether any must be enabled, `regions` and `match` which.",
    example: [
      '- type: payment-cryptography-replication-regions',
      '  state: true',
      '  regions: [us-west-2, eu-west-1]',
      '  match: all',
    ].join('\n'),
  },
  reads: () => [ANNOTATION],
  compile(opts) {
    const state = opts.state ?? true;
    const required = opts.regions;
    const match = opts.match ?? 'all';
    return {
      kind: 'process',
      async process(accounts, ectx) {
        const p = awsProvider(ectx);
        const out = await p.send(
          'controlplane.payment-cryptography',
          'GetDefaultKeyReplicationRegions',
          {},
          regionOf(ectx, p),
        );
        const enabled = (out.EnabledReplicationRegions ?? []) as string[];
        for (const a of accounts) a[ANNOTATION] = enabled;
        if (enabled.length > 0 !== state) return [];
        // As c7n: `regions` is only read with state true, and an empty list asks nothing.
        if (state && required?.length) {
          const on = new Set(enabled);
          if (match === 'all' ? !required.every((r) => on.has(r)) : !required.some((r) => on.has(r)))
            return [];
        }
        return accounts;
      },
    };
  },
});
