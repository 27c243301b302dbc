import { defineFilter, parseJsonData, type Resource } from '@c7n-ts/core';
import { awsProvider } from '../../aws-provider.js';
import { resourceArn } from '../tagging/index.js';
import { regionOf } from './fetch-related.js';

export type OpsItemSummary = {
  OpsItemId?: string;
  CreatedTime?: string | Date;
  OperationalData?: Record<string, { Type?: string; Value?: string }>;
  [member: string]: unknown;
};

/** The ARNs an OpsItem names in its `/aws/resources` operational data (a JSON list). */
export function itemArns(item: OpsItemSummary): string[] {
  try {
    const list = parseJsonData(item.OperationalData?.['/aws/resources']?.Value ?? '[]') as { arn?: string }[];
    return list.flatMap((a) => (typeof a?.arn === 'string' ? [a.arn] : []));
  } catch {
    return [];
  }
}

export default defineFilter({
  type: 'ops-item',
  resources: '*',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      status: {
        type: 'array',
        items: { enum: ['Open', 'In progress', 'Resolved'] },
        description: 'OpsItem statuses to look for; default Open.',
      },
      priority: {
        type: 'array',
        items: { enum: [1, 2, 3, 4, 5] },
        description: 'OpsItem priorities to look for.',
      },
      title: { type: 'string', description: 'Text the OpsItem title contains.' },
      source: { type: 'string', description: 'OpsItem source, e.g. `Cloud Custodian`.' },
    },
  } as const,
  permissions: ['ssm:DescribeOpsItems'],
  doc: {
    summary:
      "Resources named by SSM OpsCenter items: DescribeOpsItems per 10 resources (status, priority, title and source as filters), matched by ARN against each item's `/aws/resources`; the item ids are kept in `c7n:opsitems`.",
    example: '- type: ops-item\n  priority: [1, 2]',
  },
  reads: () => undefined,
  compile(opts, ctx) {
    const rt = ctx.resourceType;
    return {
      kind: 'process',
      async process(resources, ectx) {
        const p = awsProvider(ectx);
        const region = regionOf(ectx, p);
        const accountId = ectx.accountId ?? p.accountId;
        const out: Resource[] = [];
        for (let i = 0; i < resources.length; i += 10) {
          const group = resources.slice(i, i + 10);
          const filters: Record<string, unknown>[] = [
            { Key: 'Status', Operator: 'Equal', Values: opts.status ?? ['Open'] },
          ];
          if (opts.priority?.length)
            filters.push({ Key: 'Priority', Operator: 'Equal', Values: opts.priority.map(String) });
          if (opts.title) filters.push({ Key: 'Title', Operator: 'Contains', Values: [opts.title] });
          if (opts.source) filters.push({ Key: 'Source', Operator: 'Equal', Values: [opts.source] });
          filters.push({
            Key: 'ResourceId',
            Operator: 'Contains',
            Values: group.map((r) => String(r[rt.id])),
          });
          // c7n reads the first page only.
          const page = await p.send('ssm', 'DescribeOpsItems', { OpsItemFilters: filters }, region);
          const byArn = new Map<string, string[]>();
          for (const item of (page.OpsItemSummaries ?? []) as OpsItemSummary[])
            for (const arn of itemArns(item))
              byArn.set(arn, [...(byArn.get(arn) ?? []), String(item.OpsItemId)]);
          for (const r of group) {
            const items = byArn.get(resourceArn(rt, r, { region, accountId }) ?? '');
            if (!items) continue;
            r['c7n:opsitems'] = items;
            out.push(r);
          }
        }
        return out;
      },
    };
  },
});
