import { defineFilter, type Resource } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  affectedEntities,
  annotateEvent,
  type HealthEvent,
  healthEventsOf,
  healthFilter,
  healthSend,
} from '../../../common/filters/health-event.js';
import { camelResource } from '../../../query/config-source.js';

const LOST = 'AWS_EBS_VOLUME_LOST';

/**
 * Cloud Custodian's EBS variant of `health-event`: its own event types, and for lost volumes
 * (which describe no longer lists) the volumes themselves, rebuilt from AWS Config.
 */
export default defineFilter({
  type: 'health-event',
  resources: ['aws.ebs'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      types: {
        type: 'array',
        items: { enum: ['AWS_EBS_DEGRADED_EBS_VOLUME_PERFORMANCE', LOST] },
        description: `Event type codes to look for; with ${LOST} the lost volumes are the result, rebuilt from AWS Config.`,
      },
      statuses: {
        type: 'array',
        items: { enum: ['open', 'upcoming', 'closed'] },
        description: 'Event status codes to look for; default open and upcoming.',
      },
    },
  } as const,
  permissions: [
    'config:GetResourceConfigHistory',
    'health:DescribeAffectedEntities',
    'health:DescribeEventDetails',
    'health:DescribeEvents',
  ],
  doc: {
    summary: `Volumes affected by AWS Health EBS events, kept in \`c7n:HealthEvent\` (DescribeEvents per 99 volumes, then DescribeEventDetails and DescribeAffectedEntities per 10 events). With ${LOST} every page of the events is read instead and the result is the lost volumes, each rebuilt from its latest AWS Config item (GetResourceConfigHistory) or reduced to its VolumeId.`,
    example: `- type: health-event\n  types: [${LOST}]`,
  },
  reads: () => ['VolumeId'],
  compile(opts) {
    return {
      kind: 'process',
      async process(volumes, ectx) {
        const region = regionOf(ectx, providerOf(ectx));
        const filter = healthFilter('EBS', opts, region);
        if (!opts.types?.includes(LOST)) return healthEventsOf(volumes, 'VolumeId', filter, ectx);
        // As c7n: no volumes, no calls.
        if (!volumes.length) return volumes;
        const send = healthSend(ectx);
        const events: HealthEvent[] = [];
        let nextToken: string | undefined;
        do {
          const page = await send('DescribeEvents', { filter, ...(nextToken && { nextToken }) });
          events.push(...((page.events ?? []) as HealthEvent[]));
          nextToken = typeof page.nextToken === 'string' && page.nextToken ? page.nextToken : undefined;
        } while (nextToken);
        const byArn = new Map(events.map((e) => [String(e.arn), e]));
        const p = providerOf(ectx);
        const lost = new Map<string, Resource>();
        for (const entity of await affectedEntities(send, events)) {
          const id = String(entity.entityValue);
          let volume = lost.get(id);
          if (!volume) {
            volume = await fromConfig(id, (op, input) => p.send('config', op, input, region));
            lost.set(id, volume);
          }
          const e = byArn.get(String(entity.eventArn));
          if (e) annotateEvent(volume, e);
        }
        return [...lost.values()];
      },
    };
  },
});

/** The volume as AWS Config last recorded it (of its two latest items), else only its id. */
async function fromConfig(
  id: string,
  send: (op: string, input: Record<string, unknown>) => Promise<Record<string, unknown>>,
): Promise<Resource> {
  const out = await send('GetResourceConfigHistory', {
    resourceType: 'AWS::EC2::Volume',
    resourceId: id,
    limit: 2,
  });
  for (const item of (out.configurationItems ?? []) as {
    configurationItemStatus?: string;
    configuration?: string;
  }[])
    if (item.configurationItemStatus !== 'ResourceDeleted')
      return camelResource(JSON.parse(item.configuration ?? '{}'), true) as Resource;
  return { VolumeId: id };
}
