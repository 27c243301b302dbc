/**
 * Cloud Custodian's `usage` of IAM users, roles, groups and policies (its ServiceUsage, from IAM
 * access advisor): GenerateServiceLastAccessedDetails per resource ARN (one gone meanwhile is
 * skipped), then GetServiceLastAccessedDetails per job until it is COMPLETED, pausing
 * `poll-delay` seconds between rounds. Each service record is compared with every service
 * attribute given (`ServiceNamespace: s3` or value filter options); the resource matches when
 * every record does (`match-operator: all`, so also when there is none) or one does (`any`).
 */
import { defineFilter, type EvalContext, type Problem, type Resource, type ValueOptions } from '@c7n-ts/core';
import { errorCode } from '../../query/errors.js';
import { providerOf } from '../filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueProperties,
} from '../filters/value-over.js';
import { iamSend, NO_SUCH_ENTITY } from './principal.js';

const ATTRS = [
  'LastAuthenticated',
  'LastAuthenticatedEntity',
  'ServiceName',
  'ServiceNamespace',
  'TotalAuthenticatedEntities',
] as const;

/** c7n would poll a job that never completes forever; we give up after this many rounds. */
const MAX_ROUNDS = 300;

function attr(description: string) {
  return {
    anyOf: [
      { type: ['string', 'boolean', 'number', 'null'] },
      {
        type: 'object',
        additionalProperties: false,
        properties: { type: { enum: ['value'], description: 'Always `value`.' }, ...valueProperties },
      },
    ],
    description: `${description} A value to equal, or value filter options (their \`key\` is this attribute).`,
  } as const;
}

/** Value filter options for one attribute, as c7n builds them (`{attr: v}` or a dict with `key`). */
function attrOptions(name: string, v: unknown): ValueOptions {
  if (v !== null && typeof v === 'object') {
    const { type: _t, ...opts } = v as Record<string, unknown>;
    return { ...opts, key: name } as ValueOptions;
  }
  return { key: name, value: v } as ValueOptions;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export interface UsageSpec {
  /** The c7n-ts type, `aws.iam-user`. */
  type: string;
  /** Plural for docs: `users`. */
  plural: string;
}

export function usageFilter(spec: UsageSpec) {
  return defineFilter({
    type: 'usage',
    resources: [spec.type],
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['match-operator'],
      properties: {
        'match-operator': {
          enum: ['all', 'any'],
          description: '`all`: every service record must match (so must none exist); `any`: one must.',
        },
        'poll-delay': {
          type: 'number',
          default: 2,
          description: 'Seconds between rounds of GetServiceLastAccessedDetails while jobs run.',
        },
        LastAuthenticated: attr('When the service was last used (absent if never in the last year).'),
        LastAuthenticatedEntity: attr('The ARN of the entity that last used it.'),
        ServiceName: attr('The service name, e.g. `Amazon S3`.'),
        ServiceNamespace: attr('The service namespace, e.g. `s3`.'),
        TotalAuthenticatedEntities: attr('How many entities used it.'),
      },
    } as const,
    permissions: ['iam:GenerateServiceLastAccessedDetails', 'iam:GetServiceLastAccessedDetails'],
    messages: valueMessages,
    doc: {
      summary: `IAM ${spec.plural} by their service last-accessed records (IAM access advisor: GenerateServiceLastAccessedDetails, then GetServiceLastAccessedDetails until done): each record is compared with every attribute given; \`match-operator: all\` needs every record to match, \`any\` one.`,
      example: '- type: usage\n  match-operator: all\n  LastAuthenticated: null',
    },
    check(opts) {
      const problems: Problem[] = [];
      for (const name of ATTRS) {
        const v = (opts as Record<string, unknown>)[name];
        if (v === null || typeof v !== 'object') continue;
        for (const p of checkEmbeddedValue(attrOptions(name, v) as Record<string, unknown>))
          problems.push({ ...p, path: [name, ...(p.path ?? [])] });
      }
      return problems;
    },
    reads: () => ['Arn'],
    compile(opts, cctx) {
      const given = ATTRS.filter((a) => Object.hasOwn(opts, a));
      const matchers = given.map((a) =>
        compileItemMatcher(attrOptions(a, (opts as Record<string, unknown>)[a]), cctx.baseDir),
      );
      const matches = async (record: Resource, ctx: EvalContext) => {
        for (const m of matchers) if ((await m([record], ctx)).size === 0) return false;
        return true;
      };
      return {
        kind: 'process',
        async process(rs, ctx) {
          const replaying = providerOf(ctx).clients.mode === 'replay';
          const jobs = new Map<string, Resource>();
          for (const r of rs) {
            try {
              const out = await iamSend(ctx, 'GenerateServiceLastAccessedDetails', { Arn: r.Arn });
              jobs.set(String(out.JobId), r);
            } catch (e) {
              if (!NO_SUCH_ENTITY.includes(errorCode(e) ?? '')) throw e;
            }
          }
          const matched = new Set<Resource>();
          for (let round = 0; jobs.size; round++) {
            if (round === MAX_ROUNDS) {
              ctx.log?.(
                'warn',
                `usage: access advisor jobs not done after ${MAX_ROUNDS} rounds; not matched`,
                {
                  jobs: [...jobs.keys()],
                },
              );
              break;
            }
            const done = new Map<string, Resource[]>();
            for (const jobId of jobs.keys()) {
              const out = await iamSend(ctx, 'GetServiceLastAccessedDetails', { JobId: jobId });
              if (out.JobStatus === 'FAILED') {
                // c7n would ask again forever; a failed job never completes.
                ctx.log?.('warn', `usage: access advisor job ${jobId} failed`, { error: out.Error });
                jobs.delete(jobId);
              } else if (out.JobStatus === 'COMPLETED')
                done.set(jobId, (out.ServicesLastAccessed ?? []) as Resource[]);
            }
            for (const [jobId, records] of done) {
              const r = jobs.get(jobId) as Resource;
              jobs.delete(jobId);
              let n = 0;
              for (const rec of records) if (await matches(rec, ctx)) n++;
              if (opts['match-operator'] === 'all' ? n === records.length : n > 0) matched.add(r);
            }
            if (jobs.size && !replaying) await sleep((opts['poll-delay'] ?? 2) * 1000);
          }
          // In the resources' order (c7n's follows job completion).
          return rs.filter((r) => matched.has(r));
        },
      };
    },
  });
}
