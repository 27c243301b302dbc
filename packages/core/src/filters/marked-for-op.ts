/**
 * `marked-for-op`: resources whose mark-for-op tag (`message: op@date`) names this op and a
 * date that has come, optionally `skew` days / `skew_hours` early.
 */
import { defineFilter, type Problem } from '../define/index.js';
import { DEFAULT_MARK_TAG, resolveTimeZone, splitMark } from '../tags/mark.js';
import { parseDate } from './value/dates.js';
import { getTag } from './value/key.js';

export default defineFilter({
  type: 'marked-for-op',
  pure: true,
  reads: () => ['Tags'],
  resources: 'taggable',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      tag: { type: 'string', description: `Tag holding the mark; default ${DEFAULT_MARK_TAG}.` },
      op: { type: 'string', description: 'The action the mark must name; default stop.' },
      skew: { type: 'number', minimum: 0, description: 'Match this many days before the marked date.' },
      skew_hours: {
        type: 'number',
        minimum: 0,
        description: 'Match this many hours before the marked date.',
      },
      tz: {
        type: 'string',
        description: 'Zone for marks written without one (alias like pt or an IANA name); default utc.',
      },
      custom: { type: 'boolean', description: 'Allow an op that is not an action of this resource type.' },
    },
  } as const,
  permissions: [],
  doc: {
    summary:
      'Resources marked by mark-for-op for this action whose date has come. Pair with the action itself to act days after notifying owners.',
    example: '- type: marked-for-op\n  op: stop\n  skew: 1',
  },
  messages: {
    'unknown-op': 'marked-for-op names an action this resource type does not have.',
    'invalid-tz': 'Unknown time zone.',
  },
  check(opts, ctx) {
    const out: Problem[] = [];
    const op = opts.op ?? 'stop';
    if (!opts.custom && !ctx.registry.action(ctx.resourceType.type, op))
      out.push({
        messageId: 'unknown-op',
        message: `marked-for-op: "${op}" is not an action of ${ctx.resourceType.type}.`,
        path: opts.op === undefined ? [] : ['op'],
        hint: 'set custom: true for marks written by other tools',
      });
    if (opts.tz !== undefined && !resolveTimeZone(opts.tz))
      out.push({ messageId: 'invalid-tz', message: `Unknown time zone "${opts.tz}".`, path: ['tz'] });
    return out;
  },
  compile(opts) {
    const tag = opts.tag ?? DEFAULT_MARK_TAG;
    const op = opts.op ?? 'stop';
    const skewMs = (opts.skew ?? 0) * 86_400_000 + (opts.skew_hours ?? 0) * 3_600_000;
    // c7n reads a naive date with the machine clock (UTC in Lambda); we read it in `tz`.
    const tz = resolveTimeZone(opts.tz ?? 'utc') ?? 'UTC';
    return {
      kind: 'match',
      match(r, ctx) {
        const mark = splitMark(getTag(r, tag));
        if (!mark || mark.op !== op) return false;
        const when = parseDate(mark.dateText, tz);
        if (!when) {
          ctx.log?.('warn', `marked-for-op: cannot read the date in tag ${tag}`, { value: mark.dateText });
          return false;
        }
        return ctx.now >= when.getTime() - skewMs;
      },
    };
  },
});
