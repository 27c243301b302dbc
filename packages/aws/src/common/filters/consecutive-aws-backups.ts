/**
 * The `consecutive-aws-backups` filter, after Cloud Custodian's ConsecutiveAwsBackupsFilter:
 * AWS Backup recovery points per resource ARN, one in each of the last `count` periods.
 */
import { defineFilter, type Resource, toMs } from '@c7n-ts/core';
import { resourceArn } from '../tagging/arn.js';
import { providerOf, regionOf } from './fetch-related.js';

/** Where each instance keeps its recovery points (Cloud Custodian's key). */
export const AWS_BACKUPS = 'c7n:AwsBackups';

export const HOUR = 3_600_000;
export const PERIOD_MS = { hours: HOUR, days: 24 * HOUR, weeks: 7 * 24 * HOUR } as const;

/** The UTC day (`YYYY-MM-DD`), or the UTC hour (`YYYY-MM-DD-HH`) when counting hours. */
export function slot(ms: number, period: keyof typeof PERIOD_MS): string {
  const iso = new Date(ms).toISOString();
  return period === 'hours' ? `${iso.slice(0, 10)}-${iso.slice(11, 13)}` : iso.slice(0, 10);
}

export interface ConsecutiveAwsBackupsSpec {
  resources: string[];
  /** The resources, plural, in the summary ("DB instances"). */
  noun: string;
  /**
   * Field holding the resource's ARN, as recovery points are listed by it. Without one, the ARN
   * is built from the type's declared `source.arn` (Redshift clusters carry none).
   */
  arnField?: string;
  /** Fields the built ARN reads (its id field), when there is no `arnField`. */
  arnReads?: string[];
}

/** A `consecutive-aws-backups` filter: recovery points listed by each resource's ARN. */
export function consecutiveAwsBackups(spec: ConsecutiveAwsBackupsSpec) {
  return defineFilter({
    type: 'consecutive-aws-backups',
    resources: spec.resources,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['count', 'period', 'status'],
      properties: {
        count: {
          type: 'number',
          minimum: 1,
          description: 'How many periods back, from the last one (UTC), must each have a recovery point.',
        },
        period: { enum: ['hours', 'days', 'weeks'], description: 'The period counted back.' },
        status: {
          enum: ['COMPLETED', 'PARTIAL', 'DELETING', 'EXPIRED'],
          description: 'The recovery point status that counts.',
        },
      },
    } as const,
    permissions: ['backup:ListRecoveryPointsByResource'],
    doc: {
      summary: `${spec.noun} with an AWS Backup recovery point of the given status in each of the last \`count\` periods: each hour back (by UTC hour), each day, or the day one, two... weeks ago (by UTC date, as Cloud Custodian compares them). Recovery points come from ListRecoveryPointsByResource, one listing per ARN, kept under \`c7n:AwsBackups\`.`,
      example: '- type: consecutive-aws-backups\n  count: 7\n  period: days\n  status: COMPLETED',
    },
    reads: () => [...(spec.arnField ? [spec.arnField] : (spec.arnReads ?? [])), AWS_BACKUPS],
    compile(opts, cctx) {
      const count = Math.floor(opts.count); // Python's range() takes whole periods
      const period = opts.period;
      return {
        kind: 'process',
        async process(rs, ectx) {
          const p = providerOf(ectx);
          const region = regionOf(ectx, p);
          const arnOf = (r: Resource) =>
            spec.arnField
              ? r[spec.arnField]
              : resourceArn(cctx.resourceType, r, { region, accountId: ectx.accountId ?? p.accountId });
          for (const r of rs.filter((x) => !(AWS_BACKUPS in x))) {
            const points: Resource[] = [];
            let token: string | undefined;
            do {
              const page = await p.send(
                'backup',
                'ListRecoveryPointsByResource',
                { ResourceArn: arnOf(r), ...(token && { NextToken: token }) },
                region,
              );
              points.push(...((page.RecoveryPoints ?? []) as Resource[]));
              token = typeof page.NextToken === 'string' && page.NextToken ? page.NextToken : undefined;
            } while (token);
            r[AWS_BACKUPS] = points;
          }
          const expected = Array.from({ length: count }, (_, k) =>
            slot(ectx.now - (k + 1) * PERIOD_MS[period], period),
          );
          return rs.filter((r) => {
            const taken = new Set(
              ((r[AWS_BACKUPS] ?? []) as Resource[])
                .filter((b) => b.Status === opts.status && b.CreationDate !== undefined)
                .map((b) => slot(toMs(b.CreationDate), period)),
            );
            return expected.every((s) => taken.has(s));
          });
        },
      };
    },
  });
}
