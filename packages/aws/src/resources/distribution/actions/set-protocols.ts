import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { readConfig, updateCall } from './_config.js';

type Obj = Record<string, unknown>;
const itemsOf = (v: unknown): Obj[] => ((v as { Items?: Obj[] } | undefined)?.Items ?? []) as Obj[];

export default defineAction({
  type: 'set-protocols',
  resources: ['aws.distribution'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ViewerProtocolPolicy: {
        enum: ['allow-all', 'https-only', 'redirect-to-https'],
        description:
          'Viewer protocol policy set on the default and every other cache behavior; unchanged when not given.',
      },
      OriginProtocolPolicy: {
        enum: ['http-only', 'match-viewer', 'https-only'],
        description: 'Protocol CloudFront uses to reach custom origins; unchanged when not given.',
      },
      OriginSslProtocols: {
        type: 'array',
        items: { enum: ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'] },
        description:
          'SSL/TLS protocols CloudFront may use with custom origins over HTTPS; unchanged when not given.',
      },
    },
  } as const,
  permissions: ['cloudfront:GetDistributionConfig', 'cloudfront:UpdateDistribution'],
  doc: {
    summary:
      "Set the viewer protocol policy of a distribution's cache behaviors and the protocol policy and SSL protocols of its custom origins: GetDistributionConfig, then UpdateDistribution, per distribution, as Cloud Custodian does (the update is sent even when nothing changes).",
    example: '- type: set-protocols\n  ViewerProtocolPolicy: https-only',
  },
  reads: () => ['Id'],
  async plan(distributions, opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const d of distributions) {
      const id = String(d.Id);
      const read = await readConfig(ctx, id, 'set-protocols');
      if (!read) continue;
      const dc = read.config;
      const behaviors = [...itemsOf(dc.CacheBehaviors), (dc.DefaultCacheBehavior ?? {}) as Obj];
      for (const b of behaviors)
        if (opts.ViewerProtocolPolicy) b.ViewerProtocolPolicy = opts.ViewerProtocolPolicy;
      for (const origin of itemsOf(dc.Origins)) {
        const custom = origin.CustomOriginConfig as Obj | undefined;
        if (!custom) continue;
        if (opts.OriginProtocolPolicy) custom.OriginProtocolPolicy = opts.OriginProtocolPolicy;
        const ssl = (custom.OriginSslProtocols ?? {}) as Obj;
        if (opts.OriginSslProtocols) ssl.Items = [...opts.OriginSslProtocols];
        ssl.Quantity = ((ssl.Items as unknown[] | undefined) ?? []).length;
        custom.OriginSslProtocols = ssl;
      }
      calls.push(updateCall(id, read, `set the protocols of distribution ${id}`));
    }
    return calls;
  },
});
