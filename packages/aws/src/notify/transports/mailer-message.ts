/**
 * The message Cloud Custodian's `notify` action posts for c7n-mailer: one JSON document (the
 * run's facts, the policy, the action and the resources) compressed with zlib and base64
 * encoded, tagged with the message attribute `mtype` = `maidmsg/1.0`. c7n-mailer reads the
 * attribute, decodes the body and renders the emails itself, so every field it reads must be
 * here under c7n's names.
 */
import { randomUUID } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { parseJsonData, pyIsoformat, type Resource } from '@c7n-ts/core';
import type { NotifyRequest } from '../types.js';

/** The `mtype` attribute value c7n-mailer accepts (it warns about any other). */
export const MAILER_MESSAGE_TYPE = 'maidmsg/1.0';

/** SQS's message size limit, which c7n also uses as the payload limit. */
export const SQS_MAX_BODY = 262_144;

/** What every message of one notify action shares; `resources` is added per message. */
export interface MailerEnvelope {
  /** The triggering event in event modes, else null. */
  event: unknown;
  account_id: string | undefined;
  partition: string;
  /** The account alias (IAM ListAccountAliases), '' when none is known, as in c7n. */
  account: string;
  /** The engine version; null when the caller did not say. */
  version: string | null;
  region: string | undefined;
  execution_id: string;
  /** Seconds since the epoch (Python's time.time()). */
  execution_start: number;
  policy: Record<string, unknown>;
  /** The action's options, `type: notify` included. */
  action: Record<string, unknown>;
}

export interface MailerMessage extends MailerEnvelope {
  resources: Resource[];
}

/** Run facts the action may know better than the transport. */
export interface MailerFacts {
  accountAlias?: string;
  executionId?: string;
  version?: string;
}

export function partitionOf(region: string | undefined): string {
  if (region?.startsWith('cn-')) return 'aws-cn';
  if (region?.startsWith('us-gov-')) return 'aws-us-gov';
  if (region?.startsWith('us-iso-')) return 'aws-iso';
  if (region?.startsWith('us-isob-')) return 'aws-iso-b';
  return 'aws';
}

export function mailerEnvelope(req: NotifyRequest, facts: MailerFacts = {}): MailerEnvelope {
  const { ctx } = req;
  const to = Array.isArray(req.options.to) ? req.options.to : [];
  return {
    event: ctx.event ?? null,
    account_id: ctx.accountId,
    partition: partitionOf(ctx.region),
    account: facts.accountAlias ?? '',
    version: facts.version ?? null,
    region: ctx.region,
    execution_id: facts.executionId ?? randomUUID(),
    execution_start: (ctx.executionStart ?? ctx.now) / 1000,
    policy: ctx.policy,
    // c7n-mailer joins `action.to` unconditionally, so it is always a list.
    action: { type: 'notify', ...structuredClone(req.options), to: [...to] },
  };
}

/**
 * Fields c7n drops before sending, per resource type: user data can hold secrets, and some
 * fields are too large for a queue message. Resources are copied, never changed in place.
 */
const DROPPED: Readonly<Record<string, readonly string[]>> = {
  asg: ['c7n:user-data'],
  ec2: ['c7n:user-data'],
  'ecs-service': ['events'],
  'iam-saml-provider': ['SAMLMetadataDocument', 'IDPSSODescriptor'],
  'launch-config': ['UserData'],
};

export function prepareResources(resourceType: string, resources: readonly Resource[]): Resource[] {
  const drop = DROPPED[resourceType.replace(/^aws\./, '')];
  if (!drop) return [...resources];
  return resources.map((r) => {
    const copy = { ...r };
    for (const k of drop) delete copy[k];
    return copy;
  });
}

/**
 * JSON as c7n's encoder writes it: datetimes in Python's isoformat (`+00:00`, microseconds only
 * when non-zero), bytes as text, and non-ASCII escaped (Python's ensure_ascii).
 */
export function pyJson(value: unknown): string {
  const text = JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const original = this[key];
    if (original instanceof Date) return pyIsoformat(original);
    if (original instanceof Uint8Array) return new TextDecoder().decode(original);
    return v;
  });
  return text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** base64(zlib(json)): Python's zlib.compress writes the zlib format, not raw deflate or gzip. */
export function packMessage(message: MailerMessage): string {
  return packJson(pyJson(message));
}

function packJson(json: string): string {
  return deflateSync(Buffer.from(json, 'utf8')).toString('base64');
}

/**
 * Reads a message body back: base64, zlib, JSON. Like c7n-mailer, it also accepts the body
 * wrapped in an SNS notification (`{"Message": "..."}`), as a queue subscribed to a topic gets it.
 */
export function decodeMailerMessage(body: string): MailerMessage {
  let payload = body.trim();
  if (payload.startsWith('{')) {
    const wrapped = parseJsonData(payload) as { Message?: unknown };
    if (typeof wrapped.Message !== 'string')
      throw new Error('not a c7n-mailer message: a JSON body without a string "Message" field');
    payload = wrapped.Message;
  }
  let json: string;
  try {
    json = inflateSync(Buffer.from(payload, 'base64')).toString('utf8');
  } catch (err) {
    throw new Error(
      `not a c7n-mailer message: the body is not base64 of zlib data (${(err as Error).message})`,
    );
  }
  return parseJsonData(json) as MailerMessage;
}

export interface PackedBatch {
  body: string;
  /** Indexes into the resources given, in order. */
  indexes: number[];
}

/**
 * Splits resources into as few bodies under `maxBody` as a size estimate allows, as c7n's
 * message buffer does; every body is measured, and one over the limit is halved again. A single
 * resource too large on its own still gets its message: SQS then refuses it (or, since the
 * 1 MiB limit, accepts it), and only that resource fails.
 */
export function packResources(
  envelope: MailerEnvelope,
  resources: readonly Resource[],
  maxBody = SQS_MAX_BODY,
): PackedBatch[] {
  if (resources.length === 0) return [];
  const head = pyJson({ ...envelope, resources: [] }).slice(0, -2); // without the closing `]}`
  const parts = resources.map((r) => pyJson(r));
  const build = (idx: number[]) => packJson(`${head}${idx.map((i) => parts[i]).join(',')}]}`);
  const all = parts.map((_, i) => i);
  const whole = build(all);
  if (whole.length <= maxBody) return [{ body: whole, indexes: all }];
  // Observed ratio of body size to raw JSON size, with headroom for resources compressing worse.
  const raw = head.length + parts.reduce((n, p) => n + p.length + 1, 2);
  const budget = (maxBody / (whole.length / raw)) * 0.9;
  const out: PackedBatch[] = [];
  const emit = (idx: number[]): void => {
    const body = build(idx);
    if (body.length <= maxBody || idx.length === 1) {
      out.push({ body, indexes: idx });
      return;
    }
    const mid = Math.ceil(idx.length / 2);
    emit(idx.slice(0, mid));
    emit(idx.slice(mid));
  };
  let chunk: number[] = [];
  let size = head.length + 2;
  for (const i of all) {
    const n = (parts[i] as string).length + 1;
    if (chunk.length && size + n > budget) {
      emit(chunk);
      chunk = [];
      size = head.length + 2;
    }
    chunk.push(i);
    size += n;
  }
  emit(chunk);
  return out;
}
