import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { errorCode } from '../../../query/errors.js';

/** Where a cluster keeps its DescribeLoggingStatus answer (Cloud Custodian's key). */
export const LOGGING = 'c7n:logging';

export default defineFilter({
  type: 'logging',
  resources: ['aws.redshift'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['redshift:DescribeLoggingStatus'],
  doc: {
    summary:
      'Redshift clusters by their audit logging status: value filter options apply to the DescribeLoggingStatus answer (LoggingEnabled, BucketName, S3KeyPrefix, LogDestinationType...), read once per cluster and kept under `c7n:logging`. A cluster gone meanwhile does not match.',
    example: '- type: logging\n  key: LoggingEnabled\n  value: false',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['ClusterIdentifier', LOGGING],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(rs, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const kept: Resource[] = [];
        for (const r of rs) {
          if (!(LOGGING in r)) {
            try {
              const {
                $metadata: _m,
                ResponseMetadata: _r,
                ...status
              } = await p.send(
                'redshift',
                'DescribeLoggingStatus',
                { ClusterIdentifier: r.ClusterIdentifier },
                region,
              );
              r[LOGGING] = status;
            } catch (e) {
              if (errorCode(e) === 'ClusterNotFound') continue;
              throw e;
            }
          }
          kept.push(r);
        }
        const hits = await matcher(
          kept.map((r) => r[LOGGING] as Resource),
          ectx,
        );
        return kept.filter((r) => hits.has(r[LOGGING] as Resource));
      },
    };
  },
});
