/**
 * Who made a CloudTrail-recorded call, read from the record's `userIdentity` the way Cloud
 * Custodian's auto-tag-user reads it, so a policy tags the same value under c7n-ts as under c7n.
 * The record is the EventBridge event's `detail` in Lambda modes and the parsed
 * `CloudTrailEvent` string of a LookupEvents answer otherwise: both have the same shape.
 */

/** The identity types `user-type` accepts: c7n's three, plus `Root` (ours, opt-in). */
export const USER_TYPES = ['IAMUser', 'AssumedRole', 'FederatedUser', 'Root'] as const;
export type UserType = (typeof USER_TYPES)[number];
/** c7n's default: people and roles, never the root user or an AWS service. */
export const DEFAULT_USER_TYPES: readonly UserType[] = ['AssumedRole', 'IAMUser', 'FederatedUser'];

/** What `value` may pick instead of the default user name, as in c7n. */
export const VALUE_KINDS = ['userName', 'arn', 'sourceIPAddress', 'principalId'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

export interface UserIdentity {
  type?: string;
  principalId?: string;
  arn?: string;
  accountId?: string;
  userName?: string;
  invokedBy?: string;
  sessionContext?: {
    sessionIssuer?: { type?: string; userName?: string; arn?: string; principalId?: string };
  };
}

/** The fields of a CloudTrail record this module reads. */
export interface TrailRecord {
  eventName?: string;
  eventSource?: string;
  sourceIPAddress?: string;
  errorCode?: string;
  userIdentity?: UserIdentity;
  requestParameters?: unknown;
  responseElements?: unknown;
}

export interface CreatorOptions {
  'user-type'?: readonly string[];
  value?: string;
}

export type Creator =
  | {
      ok: true;
      /** The user as c7n names it: IAM user name, session name, federated name. */
      user: string;
      /** The principal id part c7n tags with `principal_id_tag`. */
      principalId: string;
      /** The `value` option's pick, when given and present in the record. */
      value: string;
    }
  | { ok: false; reason: string };

/**
 * The CloudTrail record an event carries: an EventBridge event's `detail`, or a raw record.
 * Undefined for events without one (a schedule, an EC2 state change).
 */
export function trailRecordOf(event: unknown): TrailRecord | undefined {
  if (!event || typeof event !== 'object') return undefined;
  const detail = (event as { detail?: unknown }).detail;
  if (detail && typeof detail === 'object' && 'userIdentity' in detail) return detail as TrailRecord;
  if ('userIdentity' in event) return event as TrailRecord;
  return undefined;
}

/** Resolves the creator of `record`, or says why it is not tagged. */
export function creatorOf(record: TrailRecord, opts: CreatorOptions): Creator {
  const id = record.userIdentity;
  const type = id?.type;
  if (!id || !type) return { ok: false, reason: 'the CloudTrail record has no userIdentity type' };
  const allowed = opts['user-type'] ?? DEFAULT_USER_TYPES;
  if (!allowed.includes(type))
    return {
      ok: false,
      reason: `the creator is of identity type ${type}${id.invokedBy ? ` (${id.invokedBy})` : ''}, not in user-type [${allowed.join(', ')}]`,
    };
  let user: string;
  let principalId: string;
  switch (type) {
    case 'IAMUser':
      user = id.userName ?? '';
      principalId = id.principalId ?? '';
      break;
    case 'AssumedRole':
    case 'FederatedUser': {
      // c7n takes the last ARN segment: the role session name, or the federated user's name.
      const arn = id.arn ?? '';
      const slash = arn.lastIndexOf('/');
      if (slash < 0) return { ok: false, reason: `the ${type} ARN "${arn}" has no session name` };
      user = arn.slice(slash + 1);
      // The part before ':': the role id (AROA...) of a session, the account of a federated user.
      principalId = (id.principalId ?? '').split(':')[0] ?? '';
      // As c7n: sessions of an EC2 instance profile or of an old-style Lambda role name a
      // machine, not a person.
      if (user.startsWith('i-'))
        return { ok: false, reason: `the creator is the instance role session ${user}` };
      if (user.startsWith('awslambda'))
        return { ok: false, reason: `the creator is the Lambda role session ${user}` };
      break;
    }
    case 'Root':
      // Not in c7n's enum; its userName is the account alias when one is set.
      user = id.userName || 'root';
      principalId = id.principalId ?? '';
      break;
    default:
      return { ok: false, reason: `identity type ${type} names no user` };
  }
  return { ok: true, user, principalId, value: pickedValue(type, record, opts.value) };
}

function pickedValue(type: string, record: TrailRecord, kind: string | undefined): string {
  const id = record.userIdentity ?? {};
  switch (kind) {
    case 'userName':
      if (type === 'IAMUser' || type === 'Root') return id.userName ?? '';
      // The role (or the IAM user that federated), not the session.
      return id.sessionContext?.sessionIssuer?.userName ?? '';
    case 'arn':
      return id.arn ?? '';
    case 'sourceIPAddress':
      return record.sourceIPAddress ?? '';
    case 'principalId':
      // The whole principal id (`AROA...:session` for a session), as c7n reads it for `value`.
      return id.principalId ?? '';
    default:
      return '';
  }
}

/**
 * The tags to set for a resolved creator: `tag` gets the `value` pick, or the user when the
 * pick is empty, as in c7n; `principal_id_tag` gets the principal id when there is one.
 */
export function creatorTags(
  creator: Extract<Creator, { ok: true }>,
  opts: { tag: string; principal_id_tag?: string },
): Record<string, string> {
  const tags: Record<string, string> = {};
  const main = creator.value || creator.user;
  if (main) tags[opts.tag] = main;
  if (opts.principal_id_tag && creator.principalId) tags[opts.principal_id_tag] = creator.principalId;
  return tags;
}
