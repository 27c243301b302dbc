/**
 * Cloud Custodian's iam-user remove-keys: each user's access keys (from the access-key filter's
 * annotation, else ListAccessKeys), or with `matched` only those its access-key or credential
 * filters matched (a credential-report match is the key created when the report says it was
 * last rotated); with `age`, only keys older than that many days. Each is deleted, or with
 * `disable` made Inactive.
 */
import {
  type ActionContext,
  defineAction,
  type PlannedCall,
  type Problem,
  type Resource,
  toMs,
} from '@c7n-ts/core';
import { IAM_USER, nameOf } from '../../../common/iam/principal.js';

const MATCHED = 'c7n:matched-keys';
const DAY_MS = 86_400_000;

export default defineAction({
  type: 'remove-keys',
  resources: ['aws.iam-user'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      matched: {
        type: 'boolean',
        description: "Only the keys the policy's access-key or credential filters matched.",
      },
      age: { type: 'number', description: 'Only keys created more than this many days ago.' },
      disable: { type: 'boolean', description: 'Make the keys Inactive instead of deleting them.' },
    },
  } as const,
  permissions: ['iam:ListAccessKeys', 'iam:UpdateAccessKey', 'iam:DeleteAccessKey'],
  messages: {
    'matched-and-age': '`matched` and `age` cannot be used together.',
    'credential-and-access-key': 'remove-keys cannot follow both credential and access-key filters.',
  },
  doc: {
    summary:
      "Delete (or, with `disable: true`, deactivate) IAM users' access keys: all of them, those older than `age` days, or with `matched: true` those the access-key or credential filters matched. One DeleteAccessKey or UpdateAccessKey call per key.",
    example: '- type: remove-keys\n  disable: true\n  age: 90',
  },
  check(opts, ctx) {
    const problems: Problem[] = [];
    if (opts.matched && opts.age)
      problems.push({
        messageId: 'matched-and-age',
        message: '`matched` and `age` cannot be used together.',
      });
    const types = filterTypes(ctx.policy?.filters);
    if (types.has('credential') && types.has('access-key'))
      problems.push({
        messageId: 'credential-and-access-key',
        message: 'remove-keys cannot follow both credential and access-key filters.',
      });
    return problems;
  },
  reads: () => ['UserName'],
  async plan(resources, opts, ctx) {
    const calls: PlannedCall[] = [];
    const threshold = opts.age ? ctx.now - opts.age * DAY_MS : undefined;
    for (const r of resources) {
      const user = nameOf(IAM_USER, r);
      if (!user) continue;
      let keys = await accessKeys(r, user, ctx);
      if (opts.matched) {
        keys = resolveMatched(r[MATCHED], keys);
        if (!keys.length) continue;
      }
      for (const k of keys) {
        if (threshold !== undefined && !(toMs(k.CreateDate) < threshold)) continue;
        const id = String(k.AccessKeyId);
        calls.push(
          opts.disable
            ? {
                service: 'iam',
                operation: 'UpdateAccessKey',
                input: { UserName: user, AccessKeyId: id, Status: 'Inactive' },
                resourceIds: [user],
                describe: `deactivate access key ${id} of user ${user}`,
              }
            : {
                service: 'iam',
                operation: 'DeleteAccessKey',
                input: { UserName: user, AccessKeyId: id },
                resourceIds: [user],
                describe: `delete access key ${id} of user ${user}`,
              },
        );
      }
    }
    return calls;
  },
});

async function accessKeys(r: Resource, user: string, ctx: Pick<ActionContext, 'read'>): Promise<Resource[]> {
  if (Array.isArray(r['c7n:AccessKeys'])) return r['c7n:AccessKeys'] as Resource[];
  if (!ctx.read) return [];
  const out = (await ctx.read('iam', 'ListAccessKeys', { UserName: user })) as {
    AccessKeyMetadata?: Resource[];
  };
  return out.AccessKeyMetadata ?? [];
}

/** c7n's resolve_credential_keys: access-key matches as they are, credential ones by rotation date. */
function resolveMatched(matched: unknown, keys: Resource[]): Resource[] {
  const out: Resource[] = [];
  const add = (k: Resource) => {
    if (!out.some((o) => JSON.stringify(o) === JSON.stringify(k))) out.push(k);
  };
  for (const m of Array.isArray(matched) ? (matched as Resource[]) : []) {
    if (m['c7n:match-type'] === 'credential') {
      const rotated = toMs(m.last_rotated);
      for (const k of keys) if (toMs(k.CreateDate) === rotated) add({ ...k, 'c7n:match-type': 'access' });
    } else add(m);
  }
  return out;
}

/** Every filter type in a policy's filters, nested blocks included (c7n's iter_filters). */
function filterTypes(filters: unknown, out = new Set<string>()): Set<string> {
  if (!Array.isArray(filters)) return out;
  for (const f of filters) {
    if (typeof f !== 'object' || f === null) continue;
    const entry = f as Record<string, unknown>;
    if (typeof entry.type === 'string') out.add(entry.type);
    for (const block of ['and', 'or', 'not']) filterTypes(entry[block], out);
  }
  return out;
}
