import { randomUUID } from 'node:crypto';
import { defineAction, type PlannedCall, type Resource } from '@c7n-ts/core';
import { itemArns, type OpsItemSummary } from '../filters/ops-item.js';
import { md5, pyDumps } from '../securityhub/format.js';
import { resourceArn } from '../tagging/index.js';

/** An OpsItem names at most 100 resources. */
const PER_ITEM = 100;

/** The members of an OpsItem summary UpdateOpsItem takes back (c7n drops the others). */
const UPDATABLE = [
  'OpsItemId',
  'Title',
  'Status',
  'Priority',
  'Category',
  'Severity',
  'OperationalData',
  'ActualStartTime',
  'ActualEndTime',
  'PlannedStartTime',
  'PlannedEndTime',
] as const;

const chunk = <T>(xs: readonly T[], n: number) =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

const created = (i: OpsItemSummary) => new Date((i.CreatedTime as string | Date | undefined) ?? 0).getTime();

export default defineAction({
  type: 'post-item',
  resources: '*',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      title: { type: 'string', description: "OpsItem title; default the policy's name." },
      description: {
        type: 'string',
        description: "OpsItem description; default the policy's description, else its name.",
      },
      priority: { enum: [1, 2, 3, 4, 5], description: 'OpsItem priority, 1 (highest) to 5.' },
      tags: {
        type: 'object',
        additionalProperties: { type: 'string' },
        description: "Tags of a new OpsItem (key: value); default the policy's `tags` when a mapping.",
      },
      topics: {
        type: 'string',
        description: 'ARN of an SNS topic OpsCenter notifies when the OpsItem changes.',
      },
    },
  } as const,
  reads: () => undefined,
  permissions: ['ssm:CreateOpsItem', 'ssm:DescribeOpsItems', 'ssm:UpdateOpsItem'],
  doc: {
    summary:
      'Post the matched resources to SSM OpsCenter: open OpsItems this policy posted before (DescribeOpsItems by its dedup value, newest first) take the resources they lack, up to 100 each (UpdateOpsItem); the others go into new OpsItems of up to 100 resources (CreateOpsItem, related to the open ones). Same title, type, region and account share a dedup string, as in Cloud Custodian.',
    example:
      '- type: post-item\n  priority: 3\n  title: Over-privileged instances\n  tags:\n    Topic: Security',
  },
  async plan(resources, opts, ctx) {
    const rt = ctx.resourceType;
    const region = ctx.region ?? '';
    const accountId = ctx.accountId ?? '';
    const policy = ctx.policy;
    const type = rt.type.replace(/^aws\./, '');
    const title = (opts.title ?? ctx.policyName).trim();
    // OpsCenter takes a dedup value of 4 to 20 characters.
    const dedup = md5(`${title} ${type} ${region} ${accountId}`).slice(0, 20);
    const policyTags =
      policy.tags && typeof policy.tags === 'object' && !Array.isArray(policy.tags)
        ? (policy.tags as Record<string, string>)
        : {};
    const tags = Object.entries(opts.tags ?? policyTags).map(([Key, Value]) => ({ Key, Value }));
    const template: Record<string, unknown> = {
      Title: title,
      Description: opts.description ?? (policy.description as string | undefined) ?? ctx.policyName,
      ...(opts.priority !== undefined && { Priority: opts.priority }),
      Source: 'Cloud Custodian',
      ...(tags.length && { Tags: tags }),
      // Cloud Custodian iterates this string character by character; one topic is what it means.
      ...(opts.topics && { Notifications: [{ Arn: opts.topics }] }),
    };
    const operationalData = {
      '/aws/dedup': { Type: 'SearchableString', Value: pyDumps({ dedupString: dedup }) },
      '/custodian/execution-id': { Type: 'String', Value: randomUUID() },
      '/custodian/dedup': { Type: 'SearchableString', Value: dedup },
      '/custodian/policy': { Type: 'String', Value: pyDumps(policy) },
      '/custodian/version': { Type: 'String', Value: 'c7n-ts' },
      '/custodian/policy-name': { Type: 'SearchableString', Value: ctx.policyName },
      '/custodian/resource': { Type: 'SearchableString', Value: type },
    };
    const arnOf = (r: Resource) => resourceArn(rt, r, { region, accountId }) ?? String(r[rt.id]);
    const sorted = [...resources].sort((a, b) => (String(a[rt.id]) < String(b[rt.id]) ? -1 : 1));

    const items = await openItems(ctx.read, dedup);
    const calls: PlannedCall[] = [];
    let remaining = sorted;
    if (items.length) {
      const itemArnsOf = new Map(items.map((i) => [String(i.OpsItemId), itemArns(i)]));
      const known = new Set([...itemArnsOf.values()].flat());
      const added = new Map<string, string[]>();
      remaining = [];
      for (const r of sorted) {
        const arn = arnOf(r);
        if (known.has(arn)) continue;
        const item = items.find((i) => (itemArnsOf.get(String(i.OpsItemId))?.length ?? 0) < PER_ITEM);
        if (!item) {
          remaining.push(r);
          continue;
        }
        itemArnsOf.get(String(item.OpsItemId))?.push(arn);
        added.set(String(item.OpsItemId), [...(added.get(String(item.OpsItemId)) ?? []), String(r[rt.id])]);
      }
      for (const item of items) {
        const id = String(item.OpsItemId);
        const ids = added.get(id);
        if (!ids) continue;
        const input: Record<string, unknown> = {};
        for (const k of UPDATABLE) if (item[k] !== undefined) input[k] = item[k];
        const data = { ...(item.OperationalData ?? {}) } as Record<string, unknown>;
        delete data['/aws/dedup'];
        data['/aws/resources'] = {
          Type: 'SearchableString',
          Value: pyDumps((itemArnsOf.get(id) ?? []).map((arn) => ({ arn }))),
        };
        input.OperationalData = data;
        calls.push({
          service: 'ssm',
          operation: 'UpdateOpsItem',
          input,
          resourceIds: ids,
          describe: `add ${ids.join(', ')} to the OpsItem ${id}`,
        });
      }
    }
    const related = items.slice(0, 5).map((i) => ({ OpsItemId: String(i.OpsItemId) }));
    for (const set of chunk(remaining, PER_ITEM)) {
      const arns = set.map(arnOf).sort();
      const ids = set.map((r) => String(r[rt.id]));
      calls.push({
        service: 'ssm',
        operation: 'CreateOpsItem',
        input: {
          ...template,
          OperationalData: {
            ...operationalData,
            '/aws/resources': { Type: 'SearchableString', Value: pyDumps(arns.map((arn) => ({ arn }))) },
          },
          ...(related.length && { RelatedOpsItems: related }),
        },
        resourceIds: ids,
        describe: `create the OpsItem "${title}" for ${ids.join(', ')}`,
        // OpsCenter's own dedup: the same resources were already posted.
        okErrors: ['OpsItemAlreadyExistsException'],
      });
    }
    return calls;
  },
});

/** Open OpsItems Cloud Custodian posted with this dedup value, newest first (first page, as c7n). */
async function openItems(
  read:
    | ((service: string, operation: string, input: Record<string, unknown>) => Promise<unknown>)
    | undefined,
  dedup: string,
): Promise<OpsItemSummary[]> {
  if (!read) return [];
  const out = (await read('ssm', 'DescribeOpsItems', {
    OpsItemFilters: [
      { Key: 'OperationalDataValue', Operator: 'Contains', Values: [dedup] },
      { Key: 'OperationalDataKey', Operator: 'Equal', Values: ['/custodian/dedup'] },
      // An item in progress may have work under way on its resources: only Open ones change.
      { Key: 'Status', Operator: 'Equal', Values: ['Open'] },
      { Key: 'Source', Operator: 'Equal', Values: ['Cloud Custodian'] },
    ],
  })) as { OpsItemSummaries?: OpsItemSummary[] } | undefined;
  return [...(out?.OpsItemSummaries ?? [])].sort((a, b) => created(b) - created(a));
}
