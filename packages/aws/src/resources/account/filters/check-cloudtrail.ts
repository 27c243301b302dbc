import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { compileItemMatcher, valueOptionsOf, valueProperties } from '../../../common/filters/value-over.js';
import { errorCode } from '../../../query/errors.js';

type Trail = Record<string, unknown>;
const flag = (description: string) => ({ type: 'boolean', description }) as const;

/** Trails whose selectors log management events, read and write (c7n's test, duplicates kept). */
function logsManagementEvents(selectors: Record<string, unknown>): number {
  let n = 0;
  if ('EventSelectors' in selectors) {
    for (const s of (selectors.EventSelectors ?? []) as Trail[])
      if (s.IncludeManagementEvents && s.ReadWriteType === 'All') n++;
  } else if ('AdvancedEventSelectors' in selectors) {
    for (const s of (selectors.AdvancedEventSelectors ?? []) as Trail[]) {
      const fields = (s.FieldSelectors ?? []) as Trail[];
      const management = fields.some(
        (f) => f.Field === 'eventCategory' && ((f.Equals ?? []) as unknown[]).includes('Management'),
      );
      const readOnly = fields.some((f) => f.Field === 'readOnly');
      if (management && !readOnly) n++;
    }
  }
  return n;
}

export default defineFilter({
  type: 'check-cloudtrail',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'multi-region': flag('Only multi-region trails count.'),
      'global-events': flag('Only trails including global service events count.'),
      'current-region': flag("Only trails of the policy's region (home region or multi-region) count."),
      running: flag('Only trails logging without a delivery error count (GetTrailStatus); true by default.'),
      notifies: flag('Only trails with an SNS topic count.'),
      'file-digest': flag('Only trails with log file validation count.'),
      kms: flag('Only trails encrypted with a KMS key count.'),
      'kms-key': { type: 'string', description: 'Only trails encrypted with this KMS key id (ARN) count.' },
      'include-management-events': flag(
        'Only trails logging all (read and write) management events count (GetEventSelectors).',
      ),
      'log-metric-filter-pattern': {
        description:
          'Only trails whose log group has a metric filter with this pattern (a string, or value filter options on the metric filter, key `filterPattern` by default) and an alarm notifying a confirmed SNS subscription count.',
        oneOf: [
          { type: 'string' },
          {
            type: 'object',
            additionalProperties: false,
            properties: { type: { const: 'value', description: 'The value filter.' }, ...valueProperties },
          },
        ],
      },
    },
  } as const,
  permissions: [
    'cloudtrail:DescribeTrails',
    'cloudtrail:GetTrailStatus',
    'cloudtrail:GetEventSelectors',
    'cloudwatch:DescribeAlarmsForMetric',
    'logs:DescribeMetricFilters',
    'sns:GetTopicAttributes',
  ],
  doc: {
    summary:
      'Accounts where no CloudTrail trail meets every requirement given (all trails listed by DescribeTrails are kept in `c7n:cloudtrails`); by default a trail must be logging. As in Cloud Custodian, the account matches when the trail it needs is missing.',
    example:
      '- type: check-cloudtrail\n  multi-region: true\n  global-events: true\n  include-management-events: true',
  },
  reads: () => ['c7n:cloudtrails'],
  compile(opts, ctx) {
    const pattern = opts['log-metric-filter-pattern'];
    const metricFilterMatcher =
      pattern === undefined
        ? undefined
        : compileItemMatcher(
            (typeof pattern === 'string'
              ? { key: 'filterPattern', value: pattern }
              : {
                  key: 'filterPattern',
                  ...valueOptionsOf(pattern as Record<string, unknown>),
                }) as ValueOptions,
            ctx.baseDir,
          );
    return {
      kind: 'process',
      async process(accounts, ectx) {
        if (!accounts.length) return [];
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const send = (service: string, op: string, input: Record<string, unknown>) =>
          p.send(service, op, input, region);
        const listed = ((await send('cloudtrail', 'DescribeTrails', {})).trailList ?? []) as Trail[];
        (accounts[0] as Resource)['c7n:cloudtrails'] = listed;
        let trails = listed;
        const keep = (test: (t: Trail) => unknown) => {
          trails = trails.filter(test);
        };
        if (opts['global-events']) keep((t) => t.IncludeGlobalServiceEvents);
        if (opts['current-region']) keep((t) => t.HomeRegion === region || t.IsMultiRegionTrail);
        if (opts.kms) keep((t) => t.KmsKeyId);
        if (opts['kms-key']) keep((t) => (t.KmsKeyId ?? '') === opts['kms-key']);
        if (opts['file-digest']) keep((t) => t.LogFileValidationEnabled);
        if (opts['multi-region']) keep((t) => t.IsMultiRegionTrail);
        if (opts.notifies) keep((t) => t.SnsTopicARN);
        if (opts.running ?? true) {
          const running: Trail[] = [];
          for (const t of trails) {
            const status = { ...(await send('cloudtrail', 'GetTrailStatus', { Name: t.TrailARN })) };
            delete status.$metadata;
            t.Status = status;
            if (status.IsLogging && !status.LatestDeliveryError) running.push(t);
          }
          trails = running;
        }
        if (opts['include-management-events']) {
          const matched: Trail[] = [];
          for (const t of trails) {
            const selectors = await send('cloudtrail', 'GetEventSelectors', { TrailName: t.TrailARN });
            for (let i = logsManagementEvents(selectors); i > 0; i--) matched.push(t);
          }
          trails = matched;
        }
        if (metricFilterMatcher) {
          const matched: Trail[] = [];
          for (const t of trails) {
            if (typeof t.CloudWatchLogsLogGroupArn !== 'string') continue;
            const logGroupName = t.CloudWatchLogsLogGroupArn.split(':')[6];
            let metricFilters: Resource[];
            try {
              const out = await send('logs', 'DescribeMetricFilters', { logGroupName });
              metricFilters = (out.metricFilters ?? []) as Resource[];
            } catch (e) {
              if (errorCode(e) === 'ResourceNotFoundException') continue;
              throw e;
            }
            const hits = await metricFilterMatcher(metricFilters, ectx);
            const found = metricFilters.find((f) => hits.has(f));
            const transform = (found?.metricTransformations as Trail[] | undefined)?.[0];
            if (!transform) continue;
            const alarms = (
              await send('monitoring', 'DescribeAlarmsForMetric', {
                MetricName: transform.metricName,
                Namespace: transform.metricNamespace,
              })
            ).MetricAlarms as Trail[] | undefined;
            const actions = new Set((alarms ?? []).flatMap((a) => (a.AlarmActions ?? []) as string[]));
            for (const TopicArn of actions) {
              try {
                const attrs = (await send('sns', 'GetTopicAttributes', { TopicArn })).Attributes as
                  | Record<string, string>
                  | undefined;
                if ((attrs?.SubscriptionsConfirmed ?? '0') !== '0') matched.push(t);
              } catch (e) {
                // The alarm action may not be a topic.
                const code = errorCode(e) ?? '';
                if (['InvalidParameterValueException', 'ParameterValueInvalid'].includes(code)) continue;
                throw e;
              }
            }
          }
          trails = matched;
        }
        return trails.length ? [] : accounts;
      },
    };
  },
});
