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

/** Where a table keeps its ContinuousBackupsDescription (Cloud Custodian's key). */
export const CONTINUOUS_BACKUP = 'c7n:continuous-backup';

export default defineFilter({
  type: 'continuous-backup',
  resources: ['aws.dynamodb-table'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['dynamodb:DescribeContinuousBackups'],
  doc: {
    summary:
      "DynamoDB tables by their continuous backups and point-in-time recovery: value filter options apply to DescribeContinuousBackups' `ContinuousBackupsDescription` (ContinuousBackupsStatus, PointInTimeRecoveryDescription.PointInTimeRecoveryStatus...), read once per table and kept under `c7n:continuous-backup`. As in Cloud Custodian, a table gone meanwhile is matched against an empty description.",
    example: [
      '- type: continuous-backup',
      '  key: PointInTimeRecoveryDescription.PointInTimeRecoveryStatus',
      '  op: ne',
      '  value: ENABLED',
    ].join('\n'),
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['TableName', CONTINUOUS_BACKUP],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(tables, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const described = new Map<Resource, Resource>();
        for (const t of tables) {
          if (!(CONTINUOUS_BACKUP in t)) {
            try {
              const answer = await p.send(
                'dynamodb',
                'DescribeContinuousBackups',
                { TableName: t.TableName },
                region,
              );
              t[CONTINUOUS_BACKUP] = answer.ContinuousBackupsDescription ?? {};
            } catch (e) {
              if (errorCode(e) !== 'TableNotFoundException') throw e;
            }
          }
          described.set(t, (t[CONTINUOUS_BACKUP] as Resource | undefined) ?? {});
        }
        const hits = await matcher([...described.values()], ectx);
        return tables.filter((t) => hits.has(described.get(t) as Resource));
      },
    };
  },
});
