import { type ActionContext, defineAction, type PlannedCall, type Resource } from '@c7n-ts/core';
import { CREATE_EVENTS } from '../creator/create-events.js';
import {
  type CreatorOptions,
  creatorOf,
  creatorTags,
  DEFAULT_USER_TYPES,
  trailRecordOf,
  USER_TYPES,
  VALUE_KINDS,
} from '../creator/identity.js';
import { TrailHistory } from '../creator/trail-history.js';
import { planTag, tagPermissions, tagsOf } from '../tagging/index.js';

/** Written to the policy's output directory after a history lookup. */
export const UNRESOLVED_FILE = 'auto-tag-user-unresolved.json';

interface Options extends CreatorOptions {
  tag: string;
  update?: boolean;
  principal_id_tag?: string;
}

interface Unresolved {
  id: string;
  reason: string;
}

export default defineAction({
  type: 'auto-tag-user',
  resources: 'taggable',
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['tag'],
    properties: {
      tag: { type: 'string', minLength: 1, description: 'Tag key that receives the creator.' },
      'user-type': {
        type: 'array',
        items: { type: 'string', enum: USER_TYPES },
        default: [...DEFAULT_USER_TYPES],
        description:
          'CloudTrail identity types that are tagged; callers of other types (an AWS service, another account) are skipped. Default: AssumedRole, IAMUser, FederatedUser, as in Cloud Custodian. `Root` is a c7n-ts addition.',
      },
      update: {
        type: 'boolean',
        default: false,
        description: 'Overwrite the tag on resources that already have it; by default they are left alone.',
      },
      principal_id_tag: {
        type: 'string',
        description:
          'Also tag the principal id under this key: the IAM user id, or the part before `:` for roles (the role id) and federated users (the account).',
      },
      value: {
        type: 'string',
        enum: VALUE_KINDS,
        description:
          'Tag this instead of the user: `userName` (the IAM user, or the role or user that issued the session), `arn`, `sourceIPAddress`, or `principalId` (the whole principal id, `AROA...:session` for a session). Falls back to the user when the record lacks it.',
      },
    },
  } as const,
  reads: (_opts, rt) => [
    'Tags',
    ...(rt.date ? [rt.date] : []),
    ...(rt.type === 'aws.s3' ? ['Location'] : []),
  ],
  permissions: (_opts, rt) => [...tagPermissions(rt), 'cloudtrail:LookupEvents'],
  doc: {
    summary:
      "Tag resources with the user who created them. In a `cloudtrail` mode the creator comes from the triggering event, as in Cloud Custodian. Unlike Cloud Custodian, which accepts the action only in `cloudtrail` mode, pull and periodic runs find each resource's create call in CloudTrail event history (LookupEvents, last 90 days); resources whose creator is not found are not tagged but listed in the run log and in `auto-tag-user-unresolved.json` in the policy's output directory.",
    example: '- type: auto-tag-user\n  tag: CreatorName\n  principal_id_tag: CreatorId',
  },
  messages: {
    'same-key': '`principal_id_tag` names the same key as `tag`; one value would overwrite the other.',
  },
  check(opts) {
    if (opts.principal_id_tag !== opts.tag) return [];
    return [
      {
        messageId: 'same-key',
        message: '`principal_id_tag` names the same key as `tag`; one value would overwrite the other.',
        path: ['principal_id_tag'],
      },
    ];
  },
  async plan(resources, opts, ctx) {
    const rt = ctx.resourceType;
    const todo = opts.update ? resources : resources.filter((r) => !tagsOf(r).has(opts.tag));
    if (todo.length < resources.length)
      ctx.log?.(
        'info',
        `auto-tag-user: ${resources.length - todo.length} resource(s) already have ${opts.tag}`,
      );
    if (todo.length === 0) return [];
    const record = trailRecordOf(ctx.event);
    if (record) {
      const creator = creatorOf(record, opts);
      if (!creator.ok) {
        ctx.log?.('info', `auto-tag-user: not tagging: ${creator.reason}`);
        return [];
      }
      return planTag(rt, todo, creatorTags(creator, opts), ctx);
    }
    return planFromHistory(todo, opts, ctx);
  },
});

/** Pull and periodic runs: each resource's creator from its create call in event history. */
async function planFromHistory(
  resources: Resource[],
  opts: Options,
  ctx: ActionContext,
): Promise<PlannedCall[]> {
  const rt = ctx.resourceType;
  const spec = CREATE_EVENTS[rt.type];
  const unresolved: Unresolved[] = [];
  // Resources sharing the same tags are planned together, so batches stay large.
  const groups = new Map<string, { tags: Record<string, string>; resources: Resource[] }>();
  const history = spec && new TrailHistory(spec, ctx);
  for (const resource of resources) {
    const id = String(resource[rt.id] ?? '');
    if (!history) {
      unresolved.push({ id, reason: `the calls that create ${rt.type} resources are not known` });
      continue;
    }
    const found = await history.find(resource, id, regionOf(rt.type, resource, ctx.region));
    if (!found.ok) {
      unresolved.push({ id, reason: found.reason });
      continue;
    }
    const creator = creatorOf(found.record, opts);
    const tags = creator.ok ? creatorTags(creator, opts) : {};
    if (!creator.ok || Object.keys(tags).length === 0) {
      unresolved.push({ id, reason: creator.ok ? 'the create call names no user' : creator.reason });
      continue;
    }
    const key = JSON.stringify(tags);
    const group = groups.get(key) ?? { tags, resources: [] };
    group.resources.push(resource);
    groups.set(key, group);
  }
  await report(unresolved, resources.length, ctx);
  const calls: PlannedCall[] = [];
  for (const { tags, resources: members } of groups.values())
    calls.push(...(await planTag(rt, members, tags, ctx)));
  return calls;
}

/** An S3 bucket's history is kept in the bucket's own region. */
function regionOf(type: string, resource: Resource, policyRegion: string | undefined): string | undefined {
  if (type !== 'aws.s3') return undefined;
  const location = (resource.Location as { LocationConstraint?: unknown } | undefined)?.LocationConstraint;
  const region = typeof location === 'string' && location ? location : 'us-east-1';
  return region === policyRegion ? undefined : region;
}

async function report(unresolved: Unresolved[], looked: number, ctx: ActionContext): Promise<void> {
  ctx.log?.(
    'info',
    `auto-tag-user: creator found in CloudTrail for ${looked - unresolved.length} of ${looked} resource(s)`,
  );
  if (unresolved.length > 0)
    ctx.log?.('warn', `auto-tag-user: ${unresolved.length} resource(s) not tagged: creator not found`, {
      unresolved,
    });
  // Written even when empty, so the file never describes an earlier run.
  await ctx.output?.write(UNRESOLVED_FILE, `${JSON.stringify(unresolved, null, 2)}\n`);
}
