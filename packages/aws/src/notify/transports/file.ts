/**
 * The `file` transport, also used to show what `ses` and `sqs` would send in a dry run: each
 * rendered message goes to the policy's output directory as `<dir>/<action>-<recipients>.html`
 * (to look at in a browser) and `.eml` (the whole message, to open in a mail client), with
 * `<dir>/<action>-index.json` listing them for `c7n-ts notify preview`.
 */
import type { ActionContext } from '@c7n-ts/core';
import { toEml } from '../eml.js';
import type { NotifyMessage } from '../types.js';

export const DEFAULT_DIR = 'notify';

/** One line of the index file. */
export interface WrittenMessage {
  to: string[];
  cc: string[];
  subject: string;
  resourceIds: string[];
  html: string;
  eml: string;
}

export interface NotifyIndex {
  policy: string;
  action: number;
  transport: string;
  messages: WrittenMessage[];
  /** Resources nobody was found to tell about. */
  unaddressed: string[];
}

/** A file-name-safe name for a recipient list: `alice@example.com`, `a@x.io+b@y.io`. */
export function recipientSlug(to: readonly string[]): string {
  const slug = to.join('+').replace(/[^A-Za-z0-9@._+-]/g, '_');
  return slug.length > 120 ? `${slug.slice(0, 100)}+${to.length - 1}-more` : slug || 'nobody';
}

export interface WriteInput {
  messages: readonly NotifyMessage[];
  unaddressed: readonly string[];
  from: string;
  /** Index of the action in the policy's `actions`. */
  action: number;
  transport: string;
  dir?: string;
  ctx: ActionContext;
}

/** Writes the messages and the index; returns the index (paths relative to the output dir). */
export async function writeMessages(input: WriteInput): Promise<NotifyIndex | undefined> {
  const { ctx } = input;
  if (!ctx.output) return undefined;
  const dir = (input.dir ?? DEFAULT_DIR).replace(/\/+$/, '');
  const used = new Set<string>();
  const written: WrittenMessage[] = [];
  for (const m of input.messages) {
    let base = `${dir}/${input.action}-${recipientSlug(m.to)}`;
    for (let n = 2; used.has(base); n++) base = `${dir}/${input.action}-${recipientSlug(m.to)}-${n}`;
    used.add(base);
    await ctx.output.write(`${base}.html`, m.html);
    await ctx.output.write(
      `${base}.eml`,
      toEml({ message: m, from: input.from, date: ctx.executionStart ?? ctx.now }),
    );
    written.push({
      to: m.to,
      cc: m.cc,
      subject: m.subject,
      resourceIds: m.resourceIds,
      html: `${base}.html`,
      eml: `${base}.eml`,
    });
  }
  const index: NotifyIndex = {
    policy: ctx.policyName,
    action: input.action,
    transport: input.transport,
    messages: written,
    unaddressed: [...input.unaddressed],
  };
  await ctx.output.write(`${dir}/${input.action}-index.json`, `${JSON.stringify(index, null, 2)}\n`);
  return index;
}
