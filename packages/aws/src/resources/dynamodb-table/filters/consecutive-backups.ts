import { defineFilter, type Resource, toMs } from '@c7n-ts/core';
import { PERIOD_MS, slot } from '../../../common/filters/consecutive-aws-backups.js';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

/** Where each table keeps its backups (Cloud Custodian's key). */
const BACKUPS = 'c7n:DynamodbBackups';
/** Cloud Custodian lists the backups once per 50 tables not annotated yet. */
const CHUNK = 50;

export default defineFilter({
  type: 'consecutive-backups',
  resources: ['aws.dynamodb-table'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['count', 'period', 'status', 'backuptype'],
    properties: {
      count: {
        type: 'number',
        minimum: 1,
        description: 'How many periods back, from the last one (UTC), must each have a backup.',
      },
      period: { enum: ['hours', 'days', 'weeks'], description: 'The period counted back.' },
      backuptype: {
        enum: ['SYSTEM', 'USER', 'AWS_BACKUP', 'ALL'],
        description: 'The backups listed (ListBackups `BackupType`).',
      },
      status: { enum: ['AVAILABLE', 'CREATING', 'DELETED'], description: 'The backup status that counts.' },
    },
  } as const,
  permissions: ['dynamodb:ListBackups', 'dynamodb:DescribeBackup', 'dynamodb:DescribeTable'],
  doc: {
    summary:
      'Tables with a DynamoDB backup of the given type and status in each of the last `count` periods: each hour back (by UTC hour), each day, or the day one, two... weeks ago (by UTC date, as Cloud Custodian compares them). The backups come from ListBackups (every page, from the start of the oldest period), once per 50 tables, kept per table under `c7n:DynamodbBackups`.',
    example:
      '- type: consecutive-backups\n  count: 7\n  period: days\n  backuptype: SYSTEM\n  status: AVAILABLE',
  },
  reads: () => ['TableName', BACKUPS],
  compile(opts) {
    const count = Math.floor(opts.count); // Python's range() takes whole periods
    const period = opts.period;
    return {
      kind: 'process',
      async process(tables, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        // c7n passes the oldest period's date (or hour) string as the lower bound.
        const oldest = ectx.now - count * PERIOD_MS[period];
        const lower = new Date(oldest - (oldest % (period === 'hours' ? PERIOD_MS.hours : PERIOD_MS.days)));
        const todo = tables.filter((t) => !(BACKUPS in t));
        for (let i = 0; i < todo.length; i += CHUNK) {
          const backups: Resource[] = [];
          let start: string | undefined;
          do {
            const page = await p.send(
              'dynamodb',
              'ListBackups',
              {
                BackupType: opts.backuptype,
                TimeRangeLowerBound: lower,
                ...(start && { ExclusiveStartBackupArn: start }),
              },
              region,
            );
            backups.push(...((page.BackupSummaries ?? []) as Resource[]));
            start = typeof page.LastEvaluatedBackupArn === 'string' ? page.LastEvaluatedBackupArn : undefined;
          } while (start);
          for (const t of todo.slice(i, i + CHUNK))
            t[BACKUPS] = backups.filter((b) => b.TableName === t.TableName);
        }
        const expected = Array.from({ length: count }, (_, k) =>
          slot(ectx.now - (k + 1) * PERIOD_MS[period], period),
        );
        return tables.filter((t) => {
          const taken = new Set(
            ((t[BACKUPS] ?? []) as Resource[])
              .filter((b) => b.BackupStatus === opts.status && b.BackupCreationDateTime !== undefined)
              .map((b) => slot(toMs(b.BackupCreationDateTime), period)),
          );
          return expected.every((s) => taken.has(s));
        });
      },
    };
  },
});
