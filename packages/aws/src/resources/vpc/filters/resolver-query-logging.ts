/**
 * Cloud Custodian's `resolver-query-logging` filter of VPCs: Route 53 Resolver query log
 * associations of the VPCs (ACTIVE or CREATING), then their configs, kept in
 * `c7n:resolver-logging` so a later `value` filter can read them.
 */
import { defineFilter, type Resource } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { regionOf } from '../../../common/filters/fetch-related.js';

const ANNOTATION = 'c7n:resolver-logging';

/** Every page of a Route 53 Resolver list call (NextToken pagination). */
async function listAll(
  send: (input: Record<string, unknown>) => Promise<Record<string, unknown>>,
  input: Record<string, unknown>,
  items: string,
): Promise<Resource[]> {
  const out: Resource[] = [];
  let token: unknown;
  do {
    const page = await send(token ? { ...input, NextToken: token } : input);
    out.push(...((page[items] as Resource[] | undefined) ?? []));
    token = page.NextToken;
  } while (token);
  return out;
}

export default defineFilter({
  type: 'resolver-query-logging',
  resources: ['aws.vpc'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        default: true,
        description: 'True (the default): VPCs with a query log config associated; false: VPCs without one.',
      },
    },
  } as const,
  permissions: [
    'route53resolver:ListResolverQueryLogConfigs',
    'route53resolver:ListResolverQueryLogConfigAssociations',
  ],
  doc: {
    summary:
      "VPCs by whether Route 53 Resolver query logging is on: an ACTIVE or CREATING association to a query log config (ListResolverQueryLogConfigAssociations, then ListResolverQueryLogConfigs for the configs found). The VPC's config is kept in c7n:resolver-logging for a later value filter.",
    example: '- type: resolver-query-logging\n  state: false',
  },
  reads: () => ['VpcId'],
  compile: (opts) => ({
    kind: 'process',
    async process(vpcs, ctx) {
      const p = awsProvider(ctx);
      const region = regionOf(ctx, p);
      const send = (op: string) => (input: Record<string, unknown>) =>
        p.send('route53resolver', op, input, region);
      const associations = new Map<string, Resource>();
      const found = await listAll(
        send('ListResolverQueryLogConfigAssociations'),
        {
          Filters: [
            { Name: 'ResourceId', Values: vpcs.map((v) => String(v.VpcId)) },
            { Name: 'Status', Values: ['ACTIVE', 'CREATING'] },
          ],
        },
        'ResolverQueryLogConfigAssociations',
      );
      for (const a of found) associations.set(String(a.ResourceId), a);
      const configs = new Map<string, Resource>();
      if (associations.size) {
        const ids = [...new Set([...associations.values()].map((a) => String(a.ResolverQueryLogConfigId)))];
        const listed = await listAll(
          send('ListResolverQueryLogConfigs'),
          { Filters: [{ Name: 'Id', Values: ids }] },
          'ResolverQueryLogConfigs',
        );
        for (const c of listed) configs.set(String(c.Id), c);
      }
      return vpcs.filter((vpc) => {
        const association = associations.get(String(vpc.VpcId));
        if (association) vpc[ANNOTATION] = configs.get(String(association.ResolverQueryLogConfigId)) ?? {};
        return ANNOTATION in vpc === (opts.state ?? true);
      });
    },
  }),
});
