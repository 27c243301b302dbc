import { defineFilter } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

export default defineFilter({
  type: 'grant-count',
  resources: ['aws.kms'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      min: {
        type: 'integer',
        minimum: 0,
        default: 5,
        description: 'Match aliases whose key has at least this many grants.',
      },
    },
  } as const,
  permissions: ['kms:ListGrants'],
  doc: {
    summary:
      'Aliases whose key has at least `min` grants (every page of ListGrants for the key), kept in `GrantCount`: a key near the grants limit.',
    example: '- type: grant-count\n  min: 100',
  },
  reads: () => ['TargetKeyId'],
  compile: (opts) => ({
    kind: 'process',
    async process(aliases, ctx) {
      const p = providerOf(ctx);
      const region = regionOf(ctx, p);
      const min = opts.min ?? 5;
      const out = [];
      for (const a of aliases) {
        let count = 0;
        let marker: unknown;
        do {
          const input: Record<string, unknown> = { KeyId: a.TargetKeyId };
          if (marker !== undefined) input.Marker = marker;
          const page = await p.send('kms', 'ListGrants', input, region);
          count += ((page.Grants ?? []) as unknown[]).length;
          marker = page.Truncated ? page.NextMarker : undefined;
        } while (marker !== undefined);
        a.GrantCount = count;
        if (count >= min) out.push(a);
      }
      return out;
    },
  }),
});
