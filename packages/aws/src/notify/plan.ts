/**
 * The plan of `notify`: render what c7n-ts sends itself (ses, file), keep a copy of every
 * rendered message in the output directory when the transport is `file` or the run is a dry
 * run, and hand the transport its calls. The executor makes them (not in a dry run).
 */
import type { ActionContext, PlannedCall, Resource } from '@c7n-ts/core';
import { composeMessages, templatesFor } from './compose.js';
import type { NotifyOptions } from './options.js';
import { resourceId } from './render.js';
import { writeMessages } from './transports/file.js';
import { planSesEmails } from './transports/ses.js';
import { planSqsMessage } from './transports/sqs.js';

/** The sender of messages c7n-ts writes itself when none is configured. */
export const DEFAULT_FROM = 'c7n-ts <c7n-ts@localhost>';

export async function planNotify(
  resources: Resource[],
  opts: NotifyOptions,
  ctx: ActionContext,
): Promise<PlannedCall[]> {
  const t = opts.transport;
  if (t.type === 'sns')
    throw new Error('transport sns is not supported by c7n-ts yet; use transport sqs (c7n-mailer) or ses');
  if (resources.length === 0) return [];
  const index = ctx.actionIndex ?? 0;
  const ids = resources.map((r) => resourceId(r, ctx.resourceType.id));
  const options = opts as Record<string, unknown>;

  if (t.type === 'sqs') {
    const calls = planSqsMessage(
      { options, resources, resourceIds: ids, ctx },
      { type: 'sqs', queue: t.queue ?? '', ...(t.region && { region: t.region }) },
    );
    // c7n-mailer renders the real message; the preview shows ours with the same addressing.
    if (ctx.dryrun) {
      const composed = composeMessages(resources, opts, ctx, templatesFor(opts, ctx, true));
      await write(composed, index, 'sqs', opts.from ?? DEFAULT_FROM, ctx);
    }
    return calls;
  }

  const from = opts.from ?? t.from ?? DEFAULT_FROM;
  const composed = composeMessages(resources, opts, ctx, templatesFor(opts, ctx));
  if (t.type === 'file' || ctx.dryrun) {
    const written = await write(composed, index, t.type, from, ctx, t.type === 'file' ? t.path : undefined);
    if (t.type === 'file' && written)
      ctx.log?.(
        'info',
        `notify: wrote ${composed.messages.length} message(s) to ${ctx.output?.location}/${written}`,
      );
  }
  if (t.type === 'ses')
    return planSesEmails(
      composed.messages,
      { type: 'ses', from, ...(t.region && { region: t.region }) },
      ctx,
    );
  return [];
}

async function write(
  composed: ReturnType<typeof composeMessages>,
  index: number,
  transport: string,
  from: string,
  ctx: ActionContext,
  dir?: string,
): Promise<string | undefined> {
  const written = await writeMessages({
    messages: composed.messages,
    unaddressed: composed.unaddressed,
    from,
    action: index,
    transport,
    ctx,
    ...(dir && { dir }),
  });
  return written ? (dir ?? 'notify') : undefined;
}
