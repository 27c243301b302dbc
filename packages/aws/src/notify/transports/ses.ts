/**
 * notify's `ses` transport: one SES v2 SendEmail per rendered message (one recipient group).
 *
 * Nothing here is retried by us: the SDK already retries throttling (`TooManyRequestsException`),
 * and SES's other refusals last (`MessageRejected` for an unverified address in the sandbox,
 * `MailFromDomainNotVerifiedException`, `SendingPausedException`, `AccountSuspendedException`),
 * so a second try would only fail again. No `batchField` either: the executor must never
 * re-issue an email one resource at a time, which would send it again.
 */
import type { ActionContext, PlannedCall } from '@c7n-ts/core';
import type { NotifyMessage } from '../types.js';

export interface SesTransport {
  type: 'ses';
  /** The verified sender address (or `Name <address>`). */
  from: string;
  /** SES region when it differs from the policy's (SES is not offered in every region). */
  region?: string;
}

export const SES_PERMISSIONS = ['ses:SendEmail'] as const;

const CHARSET = 'UTF-8';

/**
 * The headers c7n-mailer sets for `priority_header` 1 to 5 (X-Priority for Thunderbird,
 * X-MSMail-Priority for Outlook, and RFC 2156's Priority and Importance). Any other value sets
 * none, as c7n-mailer ignores it. SES v2 allows all four as custom headers.
 */
const PRIORITIES: Readonly<Record<string, readonly [string, string, string, string]>> = {
  '1': ['1 (Highest)', 'High', 'urgent', 'high'],
  '2': ['2 (High)', 'High', 'urgent', 'high'],
  '3': ['3 (Normal)', 'Normal', 'normal', 'normal'],
  '4': ['4 (Low)', 'Low', 'non-urgent', 'low'],
  '5': ['5 (Lowest)', 'Low', 'non-urgent', 'low'],
};

export function priorityHeaders(priority: string | undefined): { Name: string; Value: string }[] {
  const p = priority === undefined ? undefined : PRIORITIES[String(priority).trim()];
  if (!p) return [];
  const [xPriority, msMail, rfcPriority, importance] = p;
  return [
    { Name: 'X-Priority', Value: xPriority },
    { Name: 'X-MSMail-Priority', Value: msMail },
    { Name: 'Priority', Value: rfcPriority },
    { Name: 'Importance', Value: importance },
  ];
}

export function planSesEmails(
  messages: readonly NotifyMessage[],
  transport: SesTransport,
  ctx: ActionContext,
): PlannedCall[] {
  const region = transport.region && transport.region !== ctx.region ? transport.region : undefined;
  return messages.map((m) => {
    const headers = priorityHeaders(m.priority);
    return {
      service: 'email',
      operation: 'SendEmail',
      // One recipient's rejected email must not hold back another's about the same resources.
      independent: true,
      input: {
        FromEmailAddress: transport.from,
        Destination: {
          ToAddresses: [...m.to],
          ...(m.cc.length > 0 && { CcAddresses: [...m.cc] }),
        },
        Content: {
          Simple: {
            Subject: { Data: m.subject, Charset: CHARSET },
            Body: body(m),
            ...(headers.length > 0 && { Headers: headers }),
          },
        },
      },
      resourceIds: [...m.resourceIds],
      // Names the recipients: a refusal is recorded per resource, and this says to whom.
      describe: describeEmail(m),
      ...(region !== undefined && { region }),
    };
  });
}

/** An empty part is left out (a text-only template); SES needs at least one. */
function body(m: NotifyMessage): Record<string, { Data: string; Charset: string }> {
  const out: Record<string, { Data: string; Charset: string }> = {};
  if (m.html !== '') out.Html = { Data: m.html, Charset: CHARSET };
  if (m.text !== '' || m.html === '') out.Text = { Data: m.text, Charset: CHARSET };
  return out;
}

function describeEmail(m: NotifyMessage): string {
  const cc = m.cc.length > 0 ? ` (cc ${m.cc.join(', ')})` : '';
  const n = m.resourceIds.length;
  return `email ${m.to.join(', ')}${cc} about ${n} resource${n === 1 ? '' : 's'}`;
}
