import { defineFilter } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

/** Cloud Custodian's key for a zone's query logging config (with its log group's subscriptions). */
export const LOG_CONFIG = 'c7n:log-config';

/** Python's `id.split('/', 2)[-1]`: `/hostedzone/Z1` -> `Z1`. */
const zoneIdOf = (id: unknown): string => {
  const parts = String(id).split('/');
  return parts.length > 2 ? parts.slice(2).join('/') : (parts[parts.length - 1] ?? '');
};

export default defineFilter({
  type: 'query-logging-enabled',
  resources: ['aws.hostedzone'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        default: false,
        description:
          'true: public zones that log DNS queries; false (the default): public zones that do not.',
      },
    },
  } as const,
  // c7n names GetQueryLoggingConfig; the configs are listed with ListQueryLoggingConfigs.
  permissions: [
    'route53:GetQueryLoggingConfig',
    'route53:GetHostedZone',
    'logs:DescribeSubscriptionFilters',
    'route53:ListQueryLoggingConfigs',
  ],
  doc: {
    summary:
      "Public hosted zones by whether they log DNS queries: the account's query logging configs are listed once (ListQueryLoggingConfigs); a logging zone gets its config in `c7n:log-config`, with its log group's subscription filters (DescribeSubscriptionFilters). Private zones never match, as in Cloud Custodian.",
    example: '- type: query-logging-enabled\n  state: false',
  },
  reads: () => ['Id', 'Config'],
  compile(opts) {
    const state = opts.state ?? false;
    return {
      kind: 'process',
      async process(zones, ctx) {
        const p = providerOf(ctx);
        const region = regionOf(ctx, p);
        const enabled = new Map<string, Record<string, unknown>>();
        let token: unknown;
        do {
          const page = await p.send(
            'route53',
            'ListQueryLoggingConfigs',
            token ? { NextToken: token } : {},
            region,
          );
          for (const c of (page.QueryLoggingConfigs ?? []) as Record<string, unknown>[])
            enabled.set(String(c.HostedZoneId), c);
          token = page.NextToken || undefined;
        } while (token);
        const out = [];
        for (const z of zones) {
          // Query logging exists for public zones only.
          if ((z.Config as { PrivateZone?: unknown } | undefined)?.PrivateZone === true) continue;
          const config = enabled.get(zoneIdOf(z.Id));
          if (config && state) {
            const logGroupName = String(config.CloudWatchLogsLogGroupArn).split(':')[6];
            const subs = await p.send('logs', 'DescribeSubscriptionFilters', { logGroupName }, region);
            z[LOG_CONFIG] = { ...config, loggroup_subscription: subs.subscriptionFilters ?? [] };
            out.push(z);
          } else if (!config && !state) out.push(z);
        }
        return out;
      },
    };
  },
});
