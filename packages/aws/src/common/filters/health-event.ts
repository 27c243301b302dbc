import { defineFilter, type Resource } from '@c7n-ts/core';
import type { AwsSource } from '../../resources/types.js';
import { providerOf, regionOf } from './fetch-related.js';

/** Where the resource's events are kept, as in Cloud Custodian. */
export const HEALTH_EVENT = 'c7n:HealthEvent';
/** AWS Health has one endpoint, in us-east-1. */
const HEALTH_REGION = 'us-east-1';

const healthOf = (source: unknown) => (source as Partial<AwsSource> | undefined)?.health;

const chunk = <T>(xs: readonly T[], n: number) =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

type HealthEvent = Resource & { arn?: string };

export default defineFilter({
  type: 'health-event',
  resources: { trait: 'health', has: (rt) => healthOf(rt.source) !== undefined },
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      types: {
        type: 'array',
        items: { type: 'string' },
        description:
          'Event type codes to look for (e.g. AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED); default any.',
      },
      statuses: {
        type: 'array',
        items: { enum: ['open', 'upcoming', 'closed'] },
        description: 'Event status codes to look for; default open and upcoming.',
      },
      category: {
        type: 'array',
        items: { enum: ['issue', 'accountNotification', 'scheduledChange'] },
        description:
          'Accepted for Cloud Custodian compatibility and not used, as there: events of every category match.',
      },
    },
  } as const,
  permissions: ['health:DescribeAffectedEntities', 'health:DescribeEventDetails', 'health:DescribeEvents'],
  doc: {
    summary:
      "Resources affected by AWS Health events of the type's service in the policy's region (or global): DescribeEvents per 99 resources (by entity value), then per 10 events DescribeEventDetails (the description) and every page of DescribeAffectedEntities; the events are kept in `c7n:HealthEvent`.",
    example:
      '- type: health-event\n  types: [AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED]\n  statuses: [open, upcoming]',
  },
  messages: {
    ignored: 'Cloud Custodian accepts this key and does not use it; c7n-ts does the same.',
  },
  check: (opts) =>
    opts.category === undefined
      ? []
      : [
          {
            messageId: 'ignored',
            message: '`category` is not used (as in Cloud Custodian): events of every category match.',
            path: ['category'],
            severity: 'warning',
          },
        ],
  reads: (_opts, rt) => [rt.id],
  compile(opts, ctx) {
    const rt = ctx.resourceType;
    const health = healthOf(rt.source);
    if (!health) throw new Error(`${rt.type} declares no source.health`);
    return {
      kind: 'process',
      async process(resources, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const send = (op: string, input: Record<string, unknown>) =>
          p.send('health', op, input, HEALTH_REGION);
        const byId = new Map(resources.map((r) => [String(r[rt.id]), r]));
        const filter: Record<string, unknown> = {
          services: [health.service],
          regions: [region, 'global'],
          eventStatusCodes: opts.statuses ?? ['open', 'upcoming'],
          ...(opts.types?.length && { eventTypeCodes: opts.types }),
        };
        const found = new Set<string>();
        const seen = new Set<string>();
        for (const ids of chunk([...byId.keys()], 99)) {
          // One page, as c7n.
          const out = await send('DescribeEvents', { filter: { ...filter, entityValues: ids } });
          const events = ((out.events ?? []) as HealthEvent[]).filter((e) => !seen.has(String(e.arn)));
          const byArn = new Map(events.map((e) => [String(e.arn), e]));
          for (const set of chunk(events, 10)) {
            const eventArns = set.map((e) => String(e.arn));
            const details = await send('DescribeEventDetails', { eventArns });
            for (const d of (details.successfulSet ?? []) as {
              event?: { arn?: string };
              eventDescription?: { latestDescription?: string };
            }[]) {
              const e = byArn.get(String(d.event?.arn));
              if (e) e.Description = d.eventDescription?.latestDescription;
            }
            let nextToken: string | undefined;
            do {
              const page = await send('DescribeAffectedEntities', {
                filter: { eventArns },
                ...(nextToken && { nextToken }),
              });
              for (const entity of (page.entities ?? []) as { entityValue?: string; eventArn?: string }[]) {
                const r = byId.get(String(entity.entityValue));
                const e = byArn.get(String(entity.eventArn));
                if (!r || !e) continue;
                r[HEALTH_EVENT] = [...((r[HEALTH_EVENT] as unknown[] | undefined) ?? []), e];
                found.add(String(entity.entityValue));
              }
              nextToken = typeof page.nextToken === 'string' && page.nextToken ? page.nextToken : undefined;
            } while (nextToken);
          }
          for (const arn of byArn.keys()) seen.add(arn);
        }
        return [...byId].filter(([id]) => found.has(id)).map(([, r]) => r);
      },
    };
  },
});
