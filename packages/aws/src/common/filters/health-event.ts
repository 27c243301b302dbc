import { defineFilter, type EvalContext, type Resource } from '@c7n-ts/core';
import type { AwsSource } from '../../resources/types.js';
import { providerOf, regionOf } from './fetch-related.js';

/** Where the resource's events are kept, as in Cloud Custodian. */
export const HEALTH_EVENT = 'c7n:HealthEvent';
/** AWS Health has one endpoint, in us-east-1. */
const HEALTH_REGION = 'us-east-1';

const healthOf = (source: unknown) => (source as Partial<AwsSource> | undefined)?.health;

const chunk = <T>(xs: readonly T[], n: number) =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

export type HealthEvent = Resource & { arn?: string };

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
  reads: (_opts, rt) => [healthOf(rt.source)?.field ?? rt.id],
  compile(opts, ctx) {
    const rt = ctx.resourceType;
    const health = healthOf(rt.source);
    if (!health) throw new Error(`${rt.type} declares no source.health`);
    return {
      kind: 'process',
      process: (resources, ectx) =>
        healthEventsOf(
          resources,
          health.field ?? rt.id,
          healthFilter(health.service, opts, regionOf(ectx, providerOf(ectx))),
          ectx,
        ),
    };
  },
});

type Send = (op: string, input: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** AWS Health's client, always in us-east-1. */
export function healthSend(ectx: EvalContext): Send {
  const p = providerOf(ectx);
  return (op, input) => p.send('health', op, input, HEALTH_REGION);
}

/** The DescribeEvents filter Cloud Custodian builds: the service's events in the region or global. */
export function healthFilter(
  service: string,
  opts: { statuses?: readonly string[]; types?: readonly string[] },
  region: string,
): Record<string, unknown> {
  return {
    services: [service],
    regions: [region, 'global'],
    eventStatusCodes: opts.statuses ?? ['open', 'upcoming'],
    ...(opts.types?.length && { eventTypeCodes: opts.types }),
  };
}

/**
 * c7n's process_event: per 10 events, DescribeEventDetails (each event gets its `Description`)
 * and every page of DescribeAffectedEntities.
 */
export async function affectedEntities(
  send: Send,
  events: readonly HealthEvent[],
): Promise<{ entityValue?: string; eventArn?: string }[]> {
  const byArn = new Map(events.map((e) => [String(e.arn), e]));
  const entities: { entityValue?: string; eventArn?: string }[] = [];
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
      entities.push(...((page.entities ?? []) as { entityValue?: string; eventArn?: string }[]));
      nextToken = typeof page.nextToken === 'string' && page.nextToken ? page.nextToken : undefined;
    } while (nextToken);
  }
  return entities;
}

/** Appends an event to the resource's `c7n:HealthEvent`. */
export function annotateEvent(r: Resource, e: HealthEvent): void {
  r[HEALTH_EVENT] = [...((r[HEALTH_EVENT] as unknown[] | undefined) ?? []), e];
}

/** The resources (by `idField`) affected by the filter's events: DescribeEvents per 99 ids (one page, as c7n). */
export async function healthEventsOf(
  resources: readonly Resource[],
  idField: string,
  filter: Record<string, unknown>,
  ectx: EvalContext,
): Promise<Resource[]> {
  const send = healthSend(ectx);
  const byId = new Map(resources.map((r) => [String(r[idField]), r]));
  const found = new Set<string>();
  const seen = new Set<string>();
  for (const ids of chunk([...byId.keys()], 99)) {
    const out = await send('DescribeEvents', { filter: { ...filter, entityValues: ids } });
    const events = ((out.events ?? []) as HealthEvent[]).filter((e) => !seen.has(String(e.arn)));
    const byArn = new Map(events.map((e) => [String(e.arn), e]));
    for (const entity of await affectedEntities(send, events)) {
      const r = byId.get(String(entity.entityValue));
      const e = byArn.get(String(entity.eventArn));
      if (!r || !e) continue;
      annotateEvent(r, e);
      found.add(String(entity.entityValue));
    }
    for (const arn of byArn.keys()) seen.add(arn);
  }
  return [...byId].filter(([id]) => found.has(id)).map(([, r]) => r);
}
