import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

/** Where a table keeps its export descriptions, then the matched ones (Cloud Custodian's key). */
const SUMMARIES = 'c7n:ExportDescription';

export default defineFilter({
  type: 'export-description',
  resources: ['aws.dynamodb-table'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['dynamodb:ListExports', 'dynamodb:DescribeExport'],
  doc: {
    summary:
      "Tables with an export to S3 matching the value filter options (ExportStatus, S3Bucket, ExportFormat...): every page of ListExports by the table's ARN and DescribeExport per export; the matching descriptions replace the list kept in `c7n:ExportDescription`, as Cloud Custodian does.",
    example: '- type: export-description\n  key: ExportStatus\n  value: FAILED',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['TableArn', SUMMARIES],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(tables, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        for (const t of tables) {
          if (SUMMARIES in t) continue;
          const exports: Resource[] = [];
          let token: unknown;
          do {
            const input: Record<string, unknown> = { TableArn: t.TableArn };
            if (token) input.NextToken = token;
            const page = await p.send('dynamodb', 'ListExports', input, region);
            for (const e of (page.ExportSummaries ?? []) as Resource[]) {
              const d = await p.send('dynamodb', 'DescribeExport', { ExportArn: e.ExportArn }, region);
              exports.push((d.ExportDescription ?? {}) as Resource);
            }
            token = page.NextToken;
          } while (token);
          t[SUMMARIES] = exports;
        }
        const out: Resource[] = [];
        for (const t of tables) {
          const exports = (t[SUMMARIES] ?? []) as Resource[];
          const hits = await matcher(exports, ectx);
          const matched = exports.filter((s) => hits.has(s));
          if (matched.length) {
            t[SUMMARIES] = matched;
            out.push(t);
          }
        }
        return out;
      },
    };
  },
});
