import { defineFilter } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

const ENTRIES = 'c7n:SSM-Inventory';

export default defineFilter({
  type: 'ssm-inventory',
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      query: {
        type: 'array',
        description:
          'Inventory filters passed to ListInventoryEntries as its `Filters` (Key, Values, Type); without it any application entry matches.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['Key', 'Values'],
          properties: {
            Key: {
              type: 'string',
              description: 'Attribute of the AWS:Application entry, such as Name or Version.',
            },
            Values: { type: 'array', items: { type: 'string' }, description: 'Values to compare with.' },
            Type: {
              enum: ['Equal', 'NotEqual', 'BeginWith', 'LessThan', 'GreaterThan', 'Exists'],
              description: 'How the values compare (the API default is Equal).',
            },
          },
        },
      },
    },
  } as const,
  permissions: ['ssm:ListInventoryEntries'],
  doc: {
    summary:
      'Instances whose SSM software inventory (AWS:Application entries, every page of ListInventoryEntries per instance) has an entry passing `query`; the entries are kept in `c7n:SSM-Inventory`.',
    example: '- type: ssm-inventory\n  query:\n    - Key: Name\n      Values: [docker]\n      Type: Equal',
  },
  reads: () => ['InstanceId'],
  compile: (opts) => ({
    kind: 'process',
    async process(instances, ctx) {
      const p = providerOf(ctx);
      const region = regionOf(ctx, p);
      const out = [];
      for (const i of instances) {
        const entries: unknown[] = [];
        let token: string | undefined;
        do {
          const res = await p.send(
            'ssm',
            'ListInventoryEntries',
            {
              InstanceId: i.InstanceId,
              TypeName: 'AWS:Application',
              ...(token && { NextToken: token }),
              ...(opts.query?.length && { Filters: opts.query }),
            },
            region,
          );
          entries.push(...((res.Entries ?? []) as unknown[]));
          token = typeof res.NextToken === 'string' && res.NextToken ? res.NextToken : undefined;
        } while (token);
        if (entries.length) {
          i[ENTRIES] = entries;
          out.push(i);
        }
      }
      return out;
    },
  }),
});
