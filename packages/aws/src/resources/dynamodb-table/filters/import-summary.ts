import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

/** Where a table keeps its import summaries, then the matched ones (Cloud Custodian's key). */
const SUMMARIES = 'c7n:ImportSummary';

export default defineFilter({
  type: 'import-summary',
  resources: ['aws.dynamodb-table'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['dynamodb:ListImports'],
  doc: {
    summary:
      "Tables with an import from S3 matching the value filter options (ImportStatus, InputFormat, S3BucketSource...): every page of ListImports by the table's ARN; the matching summaries replace the list kept in `c7n:ImportSummary`, as Cloud Custodian does.",
    example: '- type: import-summary\n  key: ImportStatus\n  value: FAILED',
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
          const summaries: Resource[] = [];
          let token: unknown;
          do {
            const input: Record<string, unknown> = { TableArn: t.TableArn };
            if (token) input.NextToken = token;
            const page = await p.send('dynamodb', 'ListImports', input, region);
            summaries.push(...((page.ImportSummaryList ?? []) as Resource[]));
            token = page.NextToken;
          } while (token);
          t[SUMMARIES] = summaries;
        }
        const out: Resource[] = [];
        for (const t of tables) {
          const summaries = (t[SUMMARIES] ?? []) as Resource[];
          const hits = await matcher(summaries, ectx);
          const matched = summaries.filter((s) => hits.has(s));
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
