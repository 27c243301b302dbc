/**
 * Who gets which resources: c7n-mailer's addressing rules (email_delivery.py), done before
 * rendering so each address set gets one message listing all of its resources.
 */
import type { Resource } from '@c7n-ts/core';
import { tagsOf } from '../common/tagging/index.js';
import { DEFAULT_CONTACT_TAGS } from './options.js';

export type Target =
  | { kind: 'address'; address: string }
  | { kind: 'resource-owner' }
  | { kind: 'event-owner' }
  | { kind: 'tag'; tag: string }
  /** slack://, https:// and other c7n-mailer deliveries: only the sqs transport reaches them. */
  | { kind: 'elsewhere'; value: string }
  | { kind: 'unknown'; value: string };

// Deliberately loose, as c7n-mailer's `target_is_email`: one @, a dot after it, no spaces.
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;

export const isEmail = (s: string) => EMAIL.test(s);

export function classifyTarget(value: string): Target {
  if (value === 'resource-owner') return { kind: 'resource-owner' };
  if (value === 'event-owner') return { kind: 'event-owner' };
  if (value.startsWith('tag:') && value.length > 4) return { kind: 'tag', tag: value.slice(4) };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return { kind: 'elsewhere', value };
  if (isEmail(value)) return { kind: 'address', address: value };
  return { kind: 'unknown', value };
}

export interface AddressingOptions {
  to?: readonly string[];
  cc?: readonly string[];
  owner_absent_contact?: readonly string[];
  contact_tags?: readonly string[];
  org_domain?: string;
}

export interface Group {
  /** Sorted, unique: the key of the group. */
  to: string[];
  resources: Resource[];
}

export interface Addressing {
  groups: Group[];
  /** Resources no address was found for. */
  unaddressed: Resource[];
  /** Why some targets gave no address (for the run log). */
  notes: string[];
}

interface Identity {
  type?: string;
  arn?: string;
  userName?: string;
  principalId?: string;
}

/**
 * The user name behind a CloudTrail event, by c7n-mailer's rules: the session name of an
 * assumed role (not an instance's or a Lambda's), an IAM user's name, else the principal id's
 * tail. Accepts the EventBridge envelope (`detail.userIdentity`) and a bare CloudTrail record.
 */
export function eventUser(event: unknown): string | undefined {
  if (!event || typeof event !== 'object') return undefined;
  const e = event as { detail?: { userIdentity?: Identity }; userIdentity?: Identity };
  const id = e.detail?.userIdentity ?? e.userIdentity;
  if (!id) return undefined;
  if (id.type === 'AssumedRole') {
    const session = id.arn?.split('/').pop();
    if (!session || session.startsWith('i-') || session.startsWith('awslambda')) return undefined;
    return session.includes(':') ? session.slice(session.indexOf(':') + 1) : session;
  }
  if (id.type === 'IAMUser' || id.type === 'WebIdentityUser') return id.userName;
  if (id.type === 'Root') return undefined;
  const pid = id.principalId;
  return pid?.includes(':') ? pid.slice(pid.indexOf(':') + 1) : pid;
}

/** An owner value as an address: as is when it is one, else `name@org_domain` when set. */
function asAddress(value: string, orgDomain: string | undefined): string | undefined {
  if (isEmail(value)) return value;
  if (orgDomain && /^[^\s@]+$/.test(value)) return `${value}@${orgDomain.replace(/^@/, '')}`;
  return undefined;
}

export function addressResources(
  resources: readonly Resource[],
  opts: AddressingOptions,
  idOf: (r: Resource) => string,
  event?: unknown,
): Addressing {
  const notes: string[] = [];
  const targets = (opts.to ?? []).map(classifyTarget);
  const fixed = targets.flatMap((t) => (t.kind === 'address' ? [t.address] : []));
  if (targets.some((t) => t.kind === 'event-owner')) {
    const user = eventUser(event);
    const address = user ? asAddress(user, opts.org_domain) : undefined;
    if (address) fixed.push(address);
    else
      notes.push(
        event === undefined
          ? 'event-owner: no triggering event (it is only known in cloudtrail/event modes)'
          : user
            ? `event-owner: "${user}" is not an email address (set org_domain to append a domain)`
            : 'event-owner: the event names no user',
      );
  }
  const wantsOwner = targets.some((t) => t.kind === 'resource-owner');
  const tagTargets = targets.flatMap((t) => (t.kind === 'tag' ? [t.tag] : []));
  const contactTags = opts.contact_tags ?? DEFAULT_CONTACT_TAGS;
  const absent = (opts.owner_absent_contact ?? []).filter(isEmail);

  const byKey = new Map<string, Group>();
  const unaddressed: Resource[] = [];
  for (const r of resources) {
    const tags = tagsOf(r);
    const own: string[] = [];
    for (const key of wantsOwner ? contactTags : []) {
      const v = tags.get(key);
      if (!v) continue;
      const a = asAddress(v, opts.org_domain);
      if (a) own.push(a);
      else notes.push(`resource-owner of ${idOf(r)}: tag ${key}="${v}" is not an email address`);
    }
    const tagged: string[] = [];
    for (const key of tagTargets) {
      const v = tags.get(key);
      const a = v ? asAddress(v, opts.org_domain) : undefined;
      if (a) tagged.push(a);
      else notes.push(`tag:${key} of ${idOf(r)}: ${v ? `"${v}" is not an email address` : 'no such tag'}`);
    }
    // As c7n-mailer: owner_absent_contact stands in whenever no owner address was found,
    // even when `resource-owner` was not asked for.
    const all = [...fixed, ...tagged, ...own, ...(own.length === 0 ? absent : [])];
    const to = [...new Set(all)].sort();
    if (to.length === 0) {
      unaddressed.push(r);
      continue;
    }
    const key = to.join('\n');
    const g = byKey.get(key) ?? { to, resources: [] };
    g.resources.push(r);
    byKey.set(key, g);
  }
  return { groups: [...byKey.values()], unaddressed, notes: [...new Set(notes)] };
}
