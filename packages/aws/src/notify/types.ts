/**
 * The contract between the `notify` action and its transports (`ses`, `sqs`, `file`): the
 * action groups and renders; a transport turns messages (or the whole request, for the
 * c7n-mailer queue, which renders itself) into planned calls.
 */
import type { ActionContext, PlannedCall, Resource } from '@c7n-ts/core';

export type { ActionContext, PlannedCall, Resource };

/** One email: one recipient group. */
export interface NotifyMessage {
  to: string[];
  cc: string[];
  subject: string;
  html: string;
  text: string;
  resources: Resource[];
  resourceIds: string[];
  /** `priority_header`. */
  priority?: string;
}

/** One notify action over the matched resources. */
export interface NotifyRequest {
  /** The action's options as written (to, cc, subject, template, violation_desc, action_desc, transport, ...). */
  options: Record<string, unknown>;
  resources: Resource[];
  resourceIds: string[];
  ctx: ActionContext;
}

// transports/ses.ts: export function planSesEmails(messages: NotifyMessage[], transport: {type: 'ses'; from: string; region?: string}, ctx: ActionContext): PlannedCall[]
// transports/sqs.ts: export function planSqsMessage(req: NotifyRequest, transport: {type: 'sqs'; queue: string; region?: string}): PlannedCall[]
