import {
  DEFAULT_MARK_MESSAGE,
  DEFAULT_MARK_OP,
  DEFAULT_MARK_TAG,
  DEFAULT_MARK_TZ,
  defineAction,
  explainMissing,
  formatMark,
  type Problem,
  type RegistryView,
  resolveTimeZone,
  templateProblem,
} from '@c7n-ts/core';
import { planTag, tagPermissions } from '../tagging/index.js';

/** As in Cloud Custodian, `op` must be an action of the resource type. */
function opProblem(registry: RegistryView, rt: string, op: string): Problem {
  const why = explainMissing(registry, 'action', rt, op);
  if (why.messageId === 'action-not-supported-yet')
    return { messageId: 'op-not-supported-yet', message: why.message, path: ['op'] };
  return {
    messageId: 'unknown-op',
    message: `"${op}" is not an action of ${rt}${why.suggestion ? `; did you mean "${why.suggestion}"?` : '.'}`,
    path: ['op'],
    hint: 'set `custom: true` if another tool reads this mark',
  };
}

export default defineAction({
  type: 'mark-for-op',
  resources: 'taggable',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      op: {
        type: 'string',
        description:
          'Action a later policy will take (checked against this resource type unless `custom`); Cloud Custodian writes `stop` when omitted with `custom`.',
      },
      days: {
        type: 'number',
        minimum: 0,
        description: 'Days from now until the op is due; fractions allowed.',
      },
      hours: {
        type: 'number',
        minimum: 0,
        description: 'Hours from now, added to `days`; when above 0 the date also carries the time.',
      },
      tz: {
        type: 'string',
        default: DEFAULT_MARK_TZ,
        description: 'Zone of the written date: an IANA name or a short alias such as `et` or `pt`.',
      },
      tag: { type: 'string', default: DEFAULT_MARK_TAG, description: 'Tag key of the mark.' },
      msg: {
        type: 'string',
        default: DEFAULT_MARK_MESSAGE,
        description: 'Tag value template; `{op}` and `{action_date}` are filled in.',
      },
      custom: {
        type: 'boolean',
        description: 'Allow an `op` that is no action of this resource type (read by your own tooling).',
      },
    },
  } as const,
  reads: () => ['Tags'],
  permissions: (_opts, rt) => tagPermissions(rt),
  doc: {
    summary:
      'Tag resources with an action and a due date (`<msg>: <op>@<date>`) for a later policy with the `marked-for-op` filter to act on. The tag is compatible with Cloud Custodian in both directions.',
    example: '- type: mark-for-op\n  op: stop\n  days: 4',
  },
  messages: {
    'missing-op': 'give `op`, the action the mark schedules (or `custom: true`).',
    'unknown-op': '"{op}" is not an action of {resourceType}; did you mean "{suggestion}"?',
    'op-not-supported-yet':
      'action "{op}" is a Cloud Custodian action of {resourceType} that c7n-ts does not support yet',
    'unknown-tz': 'unknown time zone "{tz}".',
    'bad-msg': '`msg` cannot be rendered: {why}.',
    'no-delay': 'neither `days` nor `hours` given: the op is due today.',
  },
  check(opts, ctx) {
    const problems: Problem[] = [];
    const rt = ctx.resourceType.type;
    if (!opts.custom && opts.op === undefined)
      problems.push({
        messageId: 'missing-op',
        message: 'give `op`, the action the mark schedules (or `custom: true`).',
      });
    else if (!opts.custom && opts.op !== undefined && !ctx.registry.action(rt, opts.op))
      problems.push(opProblem(ctx.registry, rt, opts.op));
    if (opts.tz !== undefined && !resolveTimeZone(opts.tz))
      problems.push({ messageId: 'unknown-tz', message: `unknown time zone "${opts.tz}".`, path: ['tz'] });
    const why = opts.msg !== undefined ? templateProblem(opts.msg) : undefined;
    if (why)
      problems.push({ messageId: 'bad-msg', message: `\`msg\` cannot be rendered: ${why}.`, path: ['msg'] });
    // c7n's docs promise 4 days here, but its code marks for today; we keep the code's result.
    if (opts.days === undefined && opts.hours === undefined)
      problems.push({
        messageId: 'no-delay',
        message: 'neither `days` nor `hours` given: the op is due today.',
        severity: 'warning',
      });
    return problems;
  },
  plan(resources, opts, ctx) {
    const value = formatMark({
      op: opts.op ?? DEFAULT_MARK_OP,
      now: ctx.now,
      ...(opts.days !== undefined && { days: opts.days }),
      ...(opts.hours !== undefined && { hours: opts.hours }),
      tz: opts.tz ?? DEFAULT_MARK_TZ,
      msg: opts.msg ?? DEFAULT_MARK_MESSAGE,
    });
    return planTag(ctx.resourceType, resources, { [opts.tag ?? DEFAULT_MARK_TAG]: value }, ctx);
  },
});
