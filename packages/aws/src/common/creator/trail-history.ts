/**
 * Finds the call that created a resource in CloudTrail's event history (LookupEvents), for
 * auto-tag-user outside event modes. Event history keeps 90 days of management events per
 * region and answers 2 requests a second per account and region, so lookups are made one
 * after another (the SDK retries throttling) and avoided where the answer is known: a resource
 * older than the history is not looked up, and one RunInstances record names every instance
 * it launched.
 */
import { type ActionContext, parseJsonData, type Resource, toMs } from '@c7n-ts/core';
import { errorCode, isServiceError } from '../../query/errors.js';
import { type CreateEvents, createdIds, lookupNames, sameId } from './create-events.js';
import type { TrailRecord } from './identity.js';

const DAY_MS = 86_400_000;
/** How far back event history goes. */
export const HISTORY_DAYS = 90;
/** LookupEvents' page size limit. */
const PAGE_SIZE = 50;
/** Pages read per name at most: a resource's creation is normally within the first few. */
const MAX_PAGES = 20;
/** A resource's own date may trail its create call's eventTime by clock skew; allow this much. */
const SKEW_MS = 3_600_000;
/** Codes that will fail every lookup alike, so the remaining ones are not attempted. */
const FATAL = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation']);

export type Found = { ok: true; record: TrailRecord } | { ok: false; reason: string };

interface LookupEvent {
  EventName?: string;
  CloudTrailEvent?: string;
}

export interface HistoryContext extends Pick<ActionContext, 'now' | 'read' | 'log'> {
  resourceType: { type: string; id: string; date?: string };
}

/** Looks up creators for several resources, remembering what one record says about others. */
export class TrailHistory {
  /** Created id -> the record that created it. */
  private readonly seen = new Map<string, TrailRecord>();
  private fatal: string | undefined;

  constructor(
    private readonly spec: CreateEvents,
    private readonly ctx: HistoryContext,
  ) {}

  async find(resource: Resource, id: string, region?: string): Promise<Found> {
    const known = this.known(id);
    if (known) return { ok: true, record: known };
    if (this.fatal) return { ok: false, reason: this.fatal };
    const { read } = this.ctx;
    if (!read) return { ok: false, reason: 'no CloudTrail access in this run' };
    const window = this.window(resource);
    if ('reason' in window) return { ok: false, reason: window.reason };
    const names = lookupNames(this.spec, resource);
    for (const name of names) {
      try {
        const record = await this.search(read, name, id, window, region);
        if (record) return { ok: true, record };
      } catch (e) {
        // Only an AWS answer is a reason; a missing flight file or a bug fails the action.
        if (!isServiceError(e)) throw e;
        const code = errorCode(e) ?? 'Error';
        const reason = `CloudTrail LookupEvents failed: ${code}`;
        if (FATAL.has(code)) this.fatal = reason;
        return { ok: false, reason };
      }
    }
    const events = Object.keys(this.spec.events).join(', ');
    return {
      ok: false,
      reason: `no ${events} call for ${names.join(' or ')} in the last ${HISTORY_DAYS} days of CloudTrail event history`,
    };
  }

  private known(id: string): TrailRecord | undefined {
    for (const [created, record] of this.seen) if (sameId(this.spec, created, id)) return record;
    return undefined;
  }

  /**
   * From 90 days ago to now, or to just after the resource's own date when it has one: the
   * create call came before it (before a last modification too), and the later history of a
   * busy resource is skipped.
   */
  private window(resource: Resource): { start: Date; end: Date } | { reason: string } {
    const { now } = this.ctx;
    const start = now - HISTORY_DAYS * DAY_MS;
    const field = this.ctx.resourceType.date;
    const born = field ? toMs(resource[field]) : Number.NaN;
    if (!Number.isNaN(born) && born < start) {
      const day = new Date(born).toISOString().slice(0, 10);
      const when = this.spec.modifiedDate ? `last modified ${day}, so created` : `created ${day},`;
      return { reason: `${when} before the ${HISTORY_DAYS} days CloudTrail event history keeps` };
    }
    const end = Number.isNaN(born) ? now : Math.min(now, born + SKEW_MS);
    return { start: new Date(start), end: new Date(end) };
  }

  private async search(
    read: NonNullable<ActionContext['read']>,
    name: string,
    id: string,
    window: { start: Date; end: Date },
    region: string | undefined,
  ): Promise<TrailRecord | undefined> {
    let unverified: TrailRecord | undefined;
    let token: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const input: Record<string, unknown> = {
        LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: name }],
        StartTime: window.start,
        EndTime: window.end,
        MaxResults: PAGE_SIZE,
        ...(token && { NextToken: token }),
      };
      const out = (await read('cloudtrail', 'LookupEvents', input, region)) as
        | { Events?: LookupEvent[]; NextToken?: string }
        | undefined;
      // Newest first: a name reused after a delete (RDS) resolves to the latest creation.
      for (const event of out?.Events ?? []) {
        if (!event.EventName || !(event.EventName in this.spec.events)) continue;
        const record = parse(event.CloudTrailEvent);
        const ids = record && createdIds(this.spec, record);
        if (!record || !ids) continue;
        for (const created of ids) if (!this.seen.has(created)) this.seen.set(created, record);
        if (ids.some((c) => sameId(this.spec, c, id))) return record;
        // A record that does not say what it created is taken only if nothing better is found.
        if (ids.length === 0) unverified ??= record;
      }
      token = out?.NextToken;
      if (!token) return unverified;
    }
    this.ctx.log?.(
      'warn',
      `auto-tag-user: stopped reading the CloudTrail history of ${name} after ${MAX_PAGES} pages`,
    );
    return unverified;
  }
}

function parse(text: string | undefined): TrailRecord | undefined {
  if (!text) return undefined;
  try {
    const v = parseJsonData(text);
    return v && typeof v === 'object' ? (v as TrailRecord) : undefined;
  } catch {
    return undefined;
  }
}
