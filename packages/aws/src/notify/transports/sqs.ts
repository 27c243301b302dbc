/**
 * notify's `sqs` transport: hands the matched resources to c7n-mailer through its queue, in
 * exactly the message Cloud Custodian's notify sends (see mailer-message.ts), split into as
 * many messages as SQS's size limit needs.
 */
import { formatString, type PlannedCall, runtimeVariables } from '@c7n-ts/core';
import type { NotifyRequest } from '../types.js';
import {
  MAILER_MESSAGE_TYPE,
  type MailerEnvelope,
  type MailerFacts,
  mailerEnvelope,
  packResources,
  prepareResources,
  SQS_MAX_BODY,
} from './mailer-message.js';

export interface SqsTransport {
  type: 'sqs';
  /** A queue URL, a queue ARN, or a queue name in the policy's account. */
  queue: string;
  /** Region of a queue given by name (a URL or ARN names its own region). */
  region?: string;
}

export const SQS_PERMISSIONS = ['sqs:SendMessage'] as const;

export interface QueueTarget {
  url: string;
  region: string | undefined;
}

/**
 * The queue URL and region for a `queue` option, as c7n derives them: legacy
 * `queue.amazonaws.com` hosts, `sqs.REGION` hosts, ARNs, and bare names in the policy's account.
 * Any other URL (a local endpoint) is used as is, in the policy's region.
 */
export function resolveQueue(
  queue: string,
  facts: { region?: string; accountId?: string; transportRegion?: string },
): QueueTarget {
  if (queue.trim() === '') throw new Error('notify: transport sqs needs `queue`: a queue name, URL or ARN');
  if (queue.startsWith('https://queue.amazonaws.com')) return { url: queue, region: 'us-east-1' };
  if (/^https?:\/\//.test(queue)) {
    const host = new URL(queue).hostname;
    const legacy = /^([a-z0-9-]+)\.queue\.amazonaws\.com$/.exec(host);
    if (legacy) return { url: queue, region: legacy[1] };
    const modern = /^sqs\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/.exec(host);
    if (modern) return { url: queue, region: modern[1] };
    return { url: queue, region: facts.transportRegion ?? facts.region };
  }
  if (queue.startsWith('arn:')) {
    const [, , , region, account, name] = queue.split(':', 6);
    if (!region || !account || !name)
      throw new Error(`notify: queue ARN ${queue} is not arn:PARTITION:sqs:REGION:ACCOUNT:NAME`);
    return { url: queueUrl(region, account, name), region };
  }
  const region = facts.transportRegion ?? facts.region;
  if (!region || !facts.accountId)
    throw new Error(`notify: queue "${queue}" is a name; its URL needs the run's region and account`);
  return { url: queueUrl(region, facts.accountId, queue), region };
}

function queueUrl(region: string, account: string, name: string): string {
  // c7n writes amazonaws.com everywhere; China regions answer only on amazonaws.com.cn.
  const domain = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `https://sqs.${region}.${domain}/${account}/${name}`;
}

/** c7n formats the queue with the message's fields: `{account_id}`, `{region}`, `{partition}`... */
function formatQueue(queue: string, envelope: MailerEnvelope, req: NotifyRequest): string {
  const vars = {
    ...runtimeVariables({
      now: req.ctx.now,
      ...(req.ctx.accountId !== undefined && { accountId: req.ctx.accountId }),
      ...(req.ctx.region !== undefined && { region: req.ctx.region }),
      policyName: req.ctx.policyName,
    }),
    partition: envelope.partition,
    account: envelope.account,
    execution_id: envelope.execution_id,
  };
  return formatString(queue, vars);
}

/** One SendMessage per batch of resources; `resourceIds` of a call are the resources it carries. */
export function planSqsMessage(
  req: NotifyRequest,
  transport: SqsTransport,
  facts: MailerFacts & { maxBody?: number } = {},
): PlannedCall[] {
  const envelope = mailerEnvelope(req, facts);
  const queue = formatQueue(transport.queue, envelope, req);
  const target = resolveQueue(queue, {
    region: req.ctx.region,
    accountId: req.ctx.accountId,
    transportRegion: transport.region,
  });
  const resources = prepareResources(req.ctx.resourceType.type, req.resources);
  const batches = packResources(envelope, resources, facts.maxBody ?? SQS_MAX_BODY);
  return batches.map((batch, n) => {
    const ids = batch.indexes.map((i) => req.resourceIds[i] as string);
    const part = batches.length > 1 ? ` (message ${n + 1} of ${batches.length})` : '';
    return {
      service: 'sqs',
      operation: 'SendMessage',
      independent: true,
      input: {
        QueueUrl: target.url,
        MessageBody: batch.body,
        MessageAttributes: { mtype: { DataType: 'String', StringValue: MAILER_MESSAGE_TYPE } },
      },
      resourceIds: ids,
      describe: `send c7n-mailer message to ${target.url} about ${count(ids.length)}${part}`,
      ...(target.region !== undefined && target.region !== req.ctx.region && { region: target.region }),
    };
  });
}

function count(n: number): string {
  return `${n} resource${n === 1 ? '' : 's'}`;
}
