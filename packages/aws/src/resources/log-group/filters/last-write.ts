import { defineFilter, toMs } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

export default defineFilter({
  type: 'last-write',
  resources: ['aws.log-group'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['days'],
    properties: {
      days: {
        type: 'number',
        description: 'Match groups last written more than this many days ago; fractions allowed.',
      },
    },
  } as const,
  permissions: ['logs:DescribeLogStreams'],
  doc: {
    summary:
      "Log groups not written to for `days`: the last write is the latest ingestion (else creation) of the group's most recently written stream (DescribeLogStreams by LastEventTime, 3 streams), or the group's creation when it has no stream. The streams are kept in `streams`, the date in `lastWrite`.",
    example: '- type: last-write\n  days: 60',
  },
  reads: () => ['logGroupName', 'creationTime'],
  compile: (opts) => ({
    kind: 'process',
    async process(groups, ctx) {
      const p = providerOf(ctx);
      const region = regionOf(ctx, p);
      const threshold = ctx.now - opts.days * 86_400_000;
      const out = [];
      for (const g of groups) {
        const answer = await p.send(
          'logs',
          'DescribeLogStreams',
          { logGroupName: g.logGroupName, orderBy: 'LastEventTime', descending: true, limit: 3 },
          region,
        );
        const streams = (answer.logStreams ?? []) as Record<string, unknown>[];
        g.streams = streams;
        const latest = streams[0];
        const last = !latest
          ? g.creationTime
          : 'lastIngestionTime' in latest
            ? latest.lastIngestionTime
            : latest.creationTime;
        const lastWrite = toMs(last);
        g.lastWrite = Number.isNaN(lastWrite) ? last : new Date(lastWrite).toISOString();
        if (threshold > lastWrite) out.push(g);
      }
      return out;
    },
  }),
});
