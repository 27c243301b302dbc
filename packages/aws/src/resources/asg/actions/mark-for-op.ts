import { DEFAULT_MARK_OP, DEFAULT_MARK_TAG, DEFAULT_MARK_TZ, defineAction, formatMark } from '@c7n-ts/core';
import markForOp from '../../../common/actions/mark-for-op.js';
import { planTag, tagPermissions } from '../../../common/tagging/index.js';

/** Cloud Custodian's asg mark template. */
export const ASG_MARK_MESSAGE = 'AutoScaleGroup does not meet org policy: {op}@{action_date}';

const shared = markForOp.options.properties;

// c7n's asg mark-for-op adds `key` and `message` (which win over `tag` and `msg`), has its own
// default message, and has no `custom`.
export default defineAction({
  type: 'mark-for-op',
  resources: ['aws.asg'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      op: { type: 'string', description: shared.op.description },
      days: { type: 'number', minimum: 0, description: shared.days.description },
      hours: { type: 'number', minimum: 0, description: shared.hours.description },
      tz: { type: 'string', default: DEFAULT_MARK_TZ, description: shared.tz.description },
      key: { type: 'string', description: 'Tag key of the mark; default `tag`, else `maid_status`.' },
      tag: { type: 'string', description: 'Older spelling of `key`.' },
      message: {
        type: 'string',
        description: `Tag value template (\`{op}\`, \`{action_date}\` filled in); default \`msg\`, else "${ASG_MARK_MESSAGE}".`,
      },
      msg: { type: 'string', description: 'Older spelling of `message`.' },
    },
  } as const,
  reads: () => ['Tags'],
  permissions: (_opts, rt) => tagPermissions(rt),
  doc: {
    summary:
      'Tag Auto Scaling groups with an action and a due date for a later policy with the `marked-for-op` filter; one CreateOrUpdateTags per group, not propagated.',
    example:
      '- type: mark-for-op\n  key: custodian_review\n  message: "Review: {op}@{action_date}"\n  op: notify\n  days: 7',
  },
  messages: markForOp.messages,
  check(opts, ctx) {
    const msg = opts.message ?? opts.msg;
    return (markForOp.check?.({ ...opts, ...(msg !== undefined && { msg }) }, ctx) ?? []).map(
      ({ hint: _custom, ...p }) =>
        p.path?.[0] === 'msg' && opts.message !== undefined ? { ...p, path: ['message'] } : p,
    );
  },
  plan(resources, opts, ctx) {
    const value = formatMark({
      op: opts.op ?? DEFAULT_MARK_OP,
      now: ctx.now,
      ...(opts.days !== undefined && { days: opts.days }),
      ...(opts.hours !== undefined && { hours: opts.hours }),
      tz: opts.tz ?? DEFAULT_MARK_TZ,
      msg: opts.message ?? opts.msg ?? ASG_MARK_MESSAGE,
    });
    return planTag(ctx.resourceType, resources, { [opts.key ?? opts.tag ?? DEFAULT_MARK_TAG]: value }, ctx);
  },
});
