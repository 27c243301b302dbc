/**
 * Cloud Custodian's `credential` filters (iam-user, account): one IAM credential report per
 * account and run (fetched once, reused by every credential filter), its CSV rows keyed by user
 * name (the root user's row is `<root_account>`). As c7n converts a
 * row: `N/A` and `no_information` become null, `true`/`false` booleans, and the
 * `access_key_1_*`/`access_key_2_*` (`cert_1_*`/`cert_2_*`) columns become an `access_keys`
 * (`certs`) list of the keys that are active or were ever rotated, their prefixes stripped.
 * A plain key compares the row; `access_keys.X` (`certs.X`) compares X on each listed key, and
 * the matching ones are kept in `c7n:matched-keys` (for remove-keys' `matched`).
 */
import {
  defineFilter,
  type EvalContext,
  type FilterDecl,
  type Resource,
  type ValueOptions,
} from '@c7n-ts/core';
import { parse } from 'csv-parse/sync';
import { errorCode } from '../../query/errors.js';
import { providerOf } from '../filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueProperties,
} from '../filters/value-over.js';
import { iamSend } from './principal.js';

const KEYS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_keys',
  'access_keys.active',
  'access_keys.last_used_date',
  'access_keys.last_used_region',
  'access_keys.last_used_service',
  'access_keys.last_rotated',
  'certs',
  'certs.active',
  'certs.last_rotated',
] as const;

const SUB_OBJECTS: readonly (readonly [string, string])[] = [
  ['access_key_1_', 'access_keys'],
  ['access_key_2_', 'access_keys'],
  ['cert_1_', 'certs'],
  ['cert_2_', 'certs'],
];

/** c7n names the annotation after access keys for certificates too. */
const MATCHED = 'c7n:matched-keys';

export type Report = Map<string, Resource>;

/** One row of the report, converted as Cloud Custodian converts it. */
export function userRecord(row: Record<string, string>): Resource {
  const info: Resource = {};
  for (const [k, v] of Object.entries(row)) {
    info[k] = v === 'N/A' || v === 'no_information' ? null : v === 'false' ? false : v === 'true' ? true : v;
  }
  for (const [prefix, list] of SUB_OBJECTS) {
    const obj: Resource = {};
    for (const k of Object.keys(row)) {
      if (!k.startsWith(prefix)) continue;
      obj[k.slice(prefix.length)] = info[k];
      delete info[k];
    }
    if (obj.active || obj.last_rotated) info[list] = [...((info[list] ?? []) as Resource[]), obj];
  }
  return info;
}

export function parseReport(content: Uint8Array | string | undefined): Report {
  const text = typeof content === 'string' ? content : new TextDecoder().decode(content ?? new Uint8Array());
  const rows = parse(text, { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<
    string,
    string
  >[];
  return new Map(rows.map((row) => [row.user ?? '', userRecord(row)]));
}

interface ReportOptions {
  report_generate?: boolean;
  report_delay?: number;
  report_max_age?: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** GetCredentialReport, generating a report when none is there or it is older than the max age. */
async function fetchReport(ctx: EvalContext, opts: ReportOptions): Promise<Report> {
  const replaying = providerOf(ctx).clients.mode === 'replay';
  const delay = () => (replaying ? Promise.resolve() : sleep((opts.report_delay ?? 10) * 1000));
  let report: Record<string, unknown> | undefined;
  try {
    report = await iamSend(ctx, 'GetCredentialReport', {});
  } catch (e) {
    const code = errorCode(e);
    if (code === 'ReportNotPresent' || code === 'ReportNotPresentException') report = undefined;
    else if (code === 'ReportInProgress' || code === 'ReportInProgressException') {
      // Someone else asked for a report that is not ready yet: wait, ask once more.
      await delay();
      report = await iamSend(ctx, 'GetCredentialReport', {});
    } else throw e;
  }
  const generated = report?.GeneratedTime;
  const maxAgeMs = (opts.report_max_age ?? 86400) * 1000;
  if (report && generated instanceof Date && generated.getTime() < ctx.now - maxAgeMs) report = undefined;
  if (!report) {
    if (opts.report_generate === false) throw new Error('Credential Report Not Present');
    await iamSend(ctx, 'GenerateCredentialReport', {});
    await delay();
    report = await iamSend(ctx, 'GetCredentialReport', {});
  }
  return parseReport(report.Content as Uint8Array | string | undefined);
}

/** The report, once per provider (run) and account, as c7n caches it by account. */
const reports = new WeakMap<object, Map<string, Promise<Report>>>();

function reportOf(ctx: EvalContext, opts: ReportOptions): Promise<Report> {
  const p = providerOf(ctx);
  const byAccount = reports.get(p) ?? new Map<string, Promise<Report>>();
  reports.set(p, byAccount);
  const account = ctx.accountId ?? '';
  let report = byAccount.get(account);
  if (!report) {
    report = fetchReport(ctx, opts);
    byAccount.set(account, report);
    // A failed fetch is not cached: the next filter asks again.
    report.catch(() => byAccount.delete(account));
  }
  return report;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  required: ['key'],
  properties: {
    key: {
      enum: KEYS,
      description:
        'The credential report field to compare; `access_keys.X` or `certs.X` compares X on each of the user\u2019s access keys or certificates.',
    },
    value: valueProperties.value,
    op: valueProperties.op,
    value_type: valueProperties.value_type,
    report_generate: {
      type: 'boolean',
      default: true,
      description: 'Generate a credential report when none is present (or it is too old); else fail.',
    },
    report_delay: {
      type: 'number',
      default: 10,
      description: 'Seconds to wait for a report being generated before reading it.',
    },
    report_max_age: {
      type: 'number',
      default: 86400,
      description: 'Seconds for which an existing report is recent enough to use.',
    },
  },
} as const;

export interface CredentialSpec {
  resources: readonly string[];
  summary: string;
  example: string;
  /** The resource's row of the report; none, and the resource does not match. */
  rowOf(report: Report, resource: Resource): Resource | undefined;
  /** Top-level fields `rowOf` reads. */
  reads: readonly string[];
}

/** A `credential` filter for resources whose row of the credential report `rowOf` finds. */
export const credentialFilter = (spec: CredentialSpec) =>
  defineFilter({
    type: 'credential',
    resources: spec.resources,
    options: OPTIONS,
    permissions: ['iam:GenerateCredentialReport', 'iam:GetCredentialReport'],
    messages: valueMessages,
    doc: {
      summary: spec.summary,
      example: spec.example,
    },
    check: (opts) => {
      const { report_generate: _g, report_delay: _d, report_max_age: _a, ...value } = opts;
      return checkEmbeddedValue(value);
    },
    reads: () => spec.reads,
    compile(opts, cctx) {
      const { report_generate: _g, report_delay: _d, report_max_age: _a, ...value } = opts;
      const dot = value.key.indexOf('.');
      const prefix = dot < 0 ? undefined : value.key.slice(0, dot);
      const itemKey = dot < 0 ? value.key : value.key.slice(dot + 1);
      const matcher = compileItemMatcher({ ...value, key: itemKey } as ValueOptions, cctx.baseDir);
      return {
        kind: 'process',
        async process(rs, ctx) {
          const report = await reportOf(ctx, opts);
          const out: Resource[] = [];
          for (const r of rs) {
            const info = spec.rowOf(report, r);
            if (!info) continue;
            let hit: boolean;
            if (prefix === undefined) hit = (await matcher([info], ctx)).size > 0;
            else {
              const hits = [...(await matcher((info[prefix] ?? []) as Resource[], ctx))];
              for (const k of hits) k['c7n:match-type'] = 'credential';
              // Merged as in an `and` block (the policy's top level): kept where earlier filters agree.
              const prior = Array.isArray(r[MATCHED]) ? (r[MATCHED] as Resource[]) : undefined;
              r[MATCHED] = prior ? hits.filter((h) => prior.some((p) => same(p, h))) : hits;
              hit = hits.length > 0;
            }
            if (hit) {
              r['c7n:credential-report'] = info;
              out.push(r);
            }
          }
          return out;
        },
      };
    },
  });
