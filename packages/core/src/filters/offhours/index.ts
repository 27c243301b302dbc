/**
 * Builder of Cloud Custodian's `offhour` and `onhour` filters (c7n's `Time`, `OffHour`, `OnHour`):
 * a resource matches when its schedule (the `maid_offhours` tag, else the policy's defaults)
 * names the current hour in its time zone. Provider-neutral: it reads the `Tags` list only.
 * Each resource type declares its own pair, as c7n registers them per type (EC2 adds
 * `state-filter`; RDS requires the hour and zone).
 */
import type { EvalContext, FilterDecl, Problem, Resource } from '../../define/types.js';
import { PySet } from '../value/py.js';
import {
  loadValues,
  type ValueFromOptions,
  valueFromProblems,
  valueFromSchema,
} from '../value/value-from.js';
import {
  type LocalHour,
  localHour,
  offhoursZone,
  resourceSchedule,
  type Schedule,
  scheduleMatches,
  scheduleTagValue,
  type TimeType,
} from './schedule.js';

export * from './schedule.js';

export const DEFAULT_OFFHOURS_TAG = 'maid_offhours';
const DEFAULT_TZ = 'et';
const DEFAULT_HOUR: Readonly<Record<TimeType, number>> = { off: 19, on: 7 };

/** The options c7n's `Time` filter takes, plus the hour of the given kind. */
export function offhoursProperties(kind: 'offhour' | 'onhour') {
  const timeType = kind === 'offhour' ? 'off' : 'on';
  return {
    [kind]: {
      type: 'integer',
      minimum: 0,
      maximum: 23,
      description: `Hour (0-23) to turn resources ${timeType} when their tag has no ${timeType}= schedule; default ${DEFAULT_HOUR[timeType]}.`,
    },
    tag: {
      type: 'string',
      description: `Tag holding a resource's schedule, compared in any case; default ${DEFAULT_OFFHOURS_TAG}.`,
    },
    default_tz: {
      type: 'string',
      description:
        'Time zone of the default schedule and of tags without tz=: an alias (et, pt, ct, mt, utc, cet, ...) or an IANA name; default et.',
    },
    'fallback-schedule': {
      type: 'string',
      description:
        'Schedule for resources without the tag (e.g. off=(M-F,19);on=(M-F,7)); the tag wins when present.',
    },
    fallback_schedule: {
      type: 'string',
      description: 'Older spelling of fallback-schedule, still read.',
    },
    weekends: {
      type: 'boolean',
      description:
        'Default true: the default schedule runs Monday to Friday only, so resources stay off over the weekend.',
    },
    'weekends-only': {
      type: 'boolean',
      description:
        'Default false: the default schedule turns resources off on Friday and on again on Monday only.',
    },
    'opt-out': {
      type: 'boolean',
      description:
        'Default false (opt in: only resources with the tag). True: resources without the tag follow the default schedule; a tag value of off opts one out.',
    },
    'skip-days': {
      type: 'array',
      items: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}' },
      description:
        'Dates (YYYY-MM-DD, in the resource time zone) on which nothing matches, e.g. public holidays.',
    },
    'skip-days-from': {
      ...valueFromSchema,
      description: 'Read the skip days from a file or URL (as value_from); not with skip-days.',
    },
  } as const;
}

export const offhoursMessages = {
  'c7n-required': 'Cloud Custodian requires the hour and default_tz here, except in the one-word form.',
  'invalid-tz': 'Unknown time zone.',
  'two-skip-days': 'skip-days and skip-days-from cannot both be given.',
  'value-from-outside': "skip-days-from may read local files only inside the policy file's folder.",
};

interface TimeOptions {
  tag?: string;
  default_tz?: string;
  'fallback-schedule'?: string;
  fallback_schedule?: string;
  weekends?: boolean;
  'weekends-only'?: boolean;
  'opt-out'?: boolean;
  'skip-days'?: string[];
  'skip-days-from'?: ValueFromOptions;
  offhour?: number;
  onhour?: number;
}

export function checkOffhours(opts: TimeOptions, baseDir: string | undefined): Problem[] {
  const out: Problem[] = [];
  const tz = opts.default_tz ?? DEFAULT_TZ;
  if (!offhoursZone(tz))
    out.push({
      messageId: 'invalid-tz',
      message: `Unknown time zone "${tz}".`,
      path: ['default_tz'],
      hint: 'use an alias such as et, pt, utc or an IANA name such as America/New_York',
    });
  if (opts['skip-days'] !== undefined && opts['skip-days-from'] !== undefined)
    out.push({
      messageId: 'two-skip-days',
      message: offhoursMessages['two-skip-days'],
      path: ['skip-days-from'],
    });
  if (opts['skip-days-from'])
    out.push(...valueFromProblems(opts['skip-days-from'], baseDir, ['skip-days-from']));
  return out;
}

/** c7n's default schedule: the policy's hour on weekdays, every day, or Friday/Monday only. */
export function defaultSchedule(timeType: TimeType, opts: TimeOptions): Schedule {
  const hour = (timeType === 'off' ? opts.offhour : opts.onhour) ?? DEFAULT_HOUR[timeType];
  const days = opts['weekends-only']
    ? [timeType === 'off' ? 4 : 0]
    : opts.weekends === false
      ? [0, 1, 2, 3, 4, 5, 6]
      : [0, 1, 2, 3, 4];
  return { tz: opts.default_tz ?? DEFAULT_TZ, [timeType]: [{ days, hour }] };
}

/** The skip-days-from list, read once per run (loadValues caches), as a membership test. */
async function readSkipDays(from: ValueFromOptions, baseDir: string | undefined, ctx: EvalContext) {
  const v = await loadValues(from, baseDir, ctx);
  // Python's `in`: membership for collections, a substring for a string.
  if (typeof v === 'string') return (date: string) => v.includes(date);
  const values = v instanceof PySet ? v.values() : Array.isArray(v) ? v : [];
  return (date: string) => values.includes(date);
}

/** The resource's schedule and local hour, or undefined when it does not take part (no tag, off, unreadable). */
function preparer(timeType: TimeType, opts: TimeOptions) {
  const tagKey = (opts.tag ?? DEFAULT_OFFHOURS_TAG).toLowerCase();
  const optOut = opts['opt-out'] ?? false;
  // c7n reads the dash spelling first; an empty one counts as none.
  const fallback = opts['fallback-schedule'] || opts.fallback_schedule || undefined;
  const defaults = defaultSchedule(timeType, opts);
  return (r: Resource, ctx: EvalContext): { schedule: Schedule; at: LocalHour } | undefined => {
    let value = scheduleTagValue(r, tagKey, fallback);
    if (value === undefined) {
      if (!optOut) return undefined;
      value = '';
    }
    if (value === 'off') return undefined;
    const schedule = resourceSchedule(value, timeType, defaults);
    const zone = schedule && offhoursZone(schedule.tz);
    if (!schedule || !zone) {
      ctx.log?.('warn', `${timeType}hour: cannot read the schedule in tag ${tagKey}`, { value });
      return undefined;
    }
    return { schedule, at: localHour(ctx.now, zone) };
  };
}

export interface OffhoursFilterSpec {
  kind: 'offhour' | 'onhour';
  resources: readonly string[];
  /** The option schema (from {@link offhoursProperties}, plus the type's own keys). */
  options: Record<string, unknown>;
  /** Resources considered at all (EC2's `state-filter`): undefined for every resource. */
  candidates?: (opts: Record<string, unknown>) => ((r: Resource) => boolean) | undefined;
  /**
   * Keys c7n's schema requires in the mapping form (RDS: the hour and default_tz). Its one-word
   * form (`- onhour`) skips that schema and runs on the defaults, so we accept both and warn.
   */
  c7nRequired?: readonly string[];
  /** Top-level fields read besides Tags. */
  reads?: readonly string[];
  summary: string;
  example: string;
}

/** One `offhour`/`onhour` declaration for the given types. */
export function offhoursFilter(spec: OffhoursFilterSpec): FilterDecl<any, any> {
  const timeType: TimeType = spec.kind === 'offhour' ? 'off' : 'on';
  return {
    kind: 'filter',
    type: spec.kind,
    pure: true,
    resources: spec.resources,
    options: spec.options,
    permissions: [],
    doc: { summary: spec.summary, example: spec.example },
    messages: offhoursMessages,
    reads: () => ['Tags', ...(spec.reads ?? [])],
    check(opts: TimeOptions, ctx) {
      const problems = checkOffhours(opts, ctx.baseDir);
      const missing = (spec.c7nRequired ?? []).filter((k) => !Object.hasOwn(opts, k));
      if (missing.length)
        problems.push({
          messageId: 'c7n-required',
          severity: 'warning',
          message: `${spec.kind} on ${spec.resources.join(', ')}: Cloud Custodian requires ${missing.join(' and ')} in the mapping form; ${missing.map((k) => `${k} ${k === 'default_tz' ? DEFAULT_TZ : DEFAULT_HOUR[timeType]}`).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} used`,
          path: [],
          hint: `set ${missing.join(' and ')}`,
        });
      return problems;
    },
    compile(opts: TimeOptions & Record<string, unknown>, cctx) {
      const prepare = preparer(timeType, opts);
      const candidate = spec.candidates?.(opts) ?? (() => true);
      const from = opts['skip-days-from'];
      const skipDays = opts['skip-days'] ?? [];
      if (!from)
        return {
          kind: 'match',
          match(r: Resource, ctx: EvalContext) {
            const p = candidate(r) ? prepare(r, ctx) : undefined;
            return !!p && !skipDays.includes(p.at.date) && scheduleMatches(p.schedule, timeType, p.at);
          },
        };
      return {
        kind: 'process',
        async process(resources: Resource[], ctx: EvalContext) {
          let skip: ((date: string) => boolean) | undefined;
          const out: Resource[] = [];
          for (const r of resources) {
            const p = candidate(r) ? prepare(r, ctx) : undefined;
            if (!p) continue;
            try {
              skip ??= await readSkipDays(from, cctx.baseDir, ctx);
            } catch (e) {
              // c7n reads the list inside its per-resource try: a failed read matches nothing.
              ctx.log?.('warn', `${spec.kind}: cannot read skip-days-from`, { error: (e as Error).message });
              continue;
            }
            if (!skip(p.at.date) && scheduleMatches(p.schedule, timeType, p.at)) out.push(r);
          }
          return out;
        },
      };
    },
  };
}
