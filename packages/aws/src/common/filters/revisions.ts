/**
 * Cloud Custodian's revision `Diff` base (c7n/filters/revisions.py), shared by `json-diff` and
 * the security group's `diff`: AWS Config's history is the revision database. One
 * GetResourceConfigHistory call per resource picks an earlier configuration item, made to look
 * like describe's output by the type's `source: config` conversion.
 */
import { type CompileContext, type EvalContext, type Problem, parseDate, type Resource } from '@c7n-ts/core';
import { loadConfigItem } from '../../query/config-source.js';
import { errorCode } from '../../query/errors.js';
import type { AwsResourceType, AwsSource, ConfigItem } from '../../resources/types.js';
import { providerOf, regionOf } from './fetch-related.js';

/** Where the selected revision is kept on each resource, as c7n does. */
export const PREVIOUS_REVISION = 'c7n:previous-revision';

export const configTypeOf = (source: unknown) => (source as Partial<AwsSource> | undefined)?.configType;

/** Option properties every revision filter takes. */
export const revisionProperties = {
  selector: {
    enum: ['previous', 'date', 'locked'],
    description:
      'Which revision to compare with: `previous` (the default; the latest of the last two Config items), `date` (the latest item at or before `selector_value`) or `locked` (the item at the `c7n:locked_date` a `locked` filter set).',
  },
  selector_value: {
    type: 'string',
    description: 'The date for `selector: date` (e.g. `2016/12/11 17:25Z`).',
  },
} as const;

export const revisionMessages = {
  'date-needs-value': '`selector: date` needs `selector_value`, the date to compare with.',
  'invalid-date': '`selector_value` is not a date.',
  'locked-needs-filter': '`selector: locked` needs a `locked` filter before this one in the policy.',
};

type RevisionOptions = { selector?: string; selector_value?: string };

/** c7n's `Diff.validate`, including its look for an earlier `locked` filter in the policy. */
export function checkRevisionOptions(opts: RevisionOptions, ctx: CompileContext): Problem[] {
  if (opts.selector === 'date') {
    if (opts.selector_value === undefined)
      return [
        { messageId: 'date-needs-value', message: revisionMessages['date-needs-value'], path: ['selector'] },
      ];
    if (!parseDate(opts.selector_value))
      return [
        { messageId: 'invalid-date', message: revisionMessages['invalid-date'], path: ['selector_value'] },
      ];
  }
  if (opts.selector === 'locked') {
    const filters = Array.isArray(ctx.policy?.filters) ? (ctx.policy.filters as unknown[]) : [];
    const locked = filters.some(
      (f) =>
        f === 'locked' ||
        (typeof f === 'object' && f !== null && (f as { type?: unknown }).type === 'locked'),
    );
    if (!locked)
      return [
        {
          messageId: 'locked-needs-filter',
          message: revisionMessages['locked-needs-filter'],
          path: ['selector'],
        },
      ];
  }
  return [];
}

export interface Revision {
  date: unknown;
  version_id: unknown;
  events: unknown;
  resource: Resource;
}

/**
 * Each resource with the revision its selector picks (annotated under `c7n:previous-revision`),
 * in order; resources Config never recorded, or with no such revision, are left out. As in
 * c7n, the first item Config answers is taken: with `previous` that is the latest one.
 */
export async function withRevisions(
  resources: Resource[],
  opts: RevisionOptions,
  rt: AwsResourceType,
  ectx: EvalContext,
): Promise<{ resource: Resource; revision: Revision }[]> {
  const p = providerOf(ectx);
  const region = regionOf(ectx, p);
  const selector = opts.selector ?? 'previous';
  const later = selector === 'date' ? parseDate(opts.selector_value) : undefined;
  const out: { resource: Resource; revision: Revision }[] = [];
  for (const r of resources) {
    const input: Record<string, unknown> = { resourceType: rt.source.configType, resourceId: r[rt.id] };
    if (selector === 'date') Object.assign(input, { laterTime: later, limit: 3 });
    else if (selector === 'previous') input.limit = 2;
    else Object.assign(input, { laterTime: r['c7n:locked_date'], limit: 2 });
    let items: ConfigItem[];
    try {
      const page = await p.send('config', 'GetResourceConfigHistory', input, region);
      items = (page.configurationItems ?? []) as ConfigItem[];
    } catch (e) {
      if (errorCode(e) !== 'ResourceNotDiscoveredException') throw e;
      items = [];
    }
    const item = items[0] as (ConfigItem & Record<string, unknown>) | undefined;
    r[PREVIOUS_REVISION] = item ? revisionOf(rt, item) : null;
    if (item) out.push({ resource: r, revision: r[PREVIOUS_REVISION] as Revision });
  }
  return out;
}

function revisionOf(rt: AwsResourceType, item: ConfigItem & Record<string, unknown>): Revision {
  return {
    date: item.configurationItemCaptureTime,
    version_id: item.configurationStateId,
    events: item.relatedEvents,
    resource: loadConfigItem(rt, item),
  };
}
