/**
 * Cloud Custodian's org-account `set-policy`: attach the Organizations policy of the type named
 * `name` to each account, creating it from `contents` first when no such policy exists.
 */
import { defineAction, type PlannedCall, type Resource } from '@c7n-ts/core';
import { pyDumps } from '../../../common/securityhub/format.js';
import { POLICY_TYPES } from '../filters/policy.js';

type Read = (service: string, operation: string, input: Record<string, unknown>) => Promise<unknown>;

/** The organization's policies of a type, every page. */
async function policies(read: Read, type: string): Promise<Resource[]> {
  const out: Resource[] = [];
  let token: string | undefined;
  do {
    const page = (await read('organizations', 'ListPolicies', {
      Filter: type,
      ...(token && { NextToken: token }),
    })) as Resource;
    out.push(...((page.Policies ?? []) as Resource[]));
    token = typeof page.NextToken === 'string' && page.NextToken ? page.NextToken : undefined;
  } while (token);
  return out;
}

export default defineAction({
  type: 'set-policy',
  resources: ['aws.org-account'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'policy-type'],
    properties: {
      name: { type: 'string', description: 'Name of the policy to attach (and to create when none has it).' },
      'policy-type': { enum: POLICY_TYPES, description: 'Type of the policy.' },
      description: {
        type: 'string',
        description: 'Description of a created policy; default `<name> (custodian managed)`.',
      },
      contents: {
        type: 'object',
        description:
          'Policy document of a created policy. Needed when no policy of that type and name exists, else unused (an existing policy is not compared or changed).',
      },
      tags: {
        type: 'object',
        additionalProperties: { type: 'string' },
        description: 'Tags of a created policy, beside `managed-by: CloudCustodian`.',
      },
    },
  } as const,
  permissions: ['organizations:AttachPolicy', 'organizations:CreatePolicy', 'organizations:ListPolicies'],
  doc: {
    summary:
      "Attach an Organizations policy to accounts (AttachPolicy), found by type and name among the organization's policies (ListPolicies); as in Cloud Custodian, when none has that name it is created (CreatePolicy) from `contents`, tagged `managed-by: CloudCustodian`, and without `contents` the action fails.",
    example: [
      '- type: set-policy',
      '  policy-type: SERVICE_CONTROL_POLICY',
      '  name: deny-leave-org',
      '  contents:',
      '    Version: "2012-10-17"',
      '    Statement:',
      '      - Effect: Deny',
      '        Action: organizations:LeaveOrganization',
      '        Resource: "*"',
    ].join('\n'),
  },
  reads: () => ['Id'],
  async plan(accounts, opts, ctx) {
    if (accounts.length === 0) return [];
    if (!ctx.read) throw new Error('set-policy needs read access to list the organization policies');
    const type = opts['policy-type'];
    const found = (await policies(ctx.read, type)).find((p) => p.Name === opts.name);
    const ids = accounts.map((a) => String(a.Id));
    const calls: PlannedCall[] = [];
    let bind: PlannedCall['bind'];
    let policyId: string | undefined;
    if (found) policyId = String(found.Id);
    else if (!opts.contents)
      throw new Error(
        `set-policy: no ${type} named "${opts.name}" exists and the action gives no contents to create it from`,
      );
    else {
      const Tags = [
        ...Object.entries(opts.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
        { Key: 'managed-by', Value: 'CloudCustodian' },
      ];
      calls.push({
        service: 'organizations',
        operation: 'CreatePolicy',
        input: {
          Name: opts.name,
          Description: opts.description ?? `${opts.name} (custodian managed)`,
          Type: type,
          Content: pyDumps(opts.contents),
          Tags,
        },
        resourceIds: ids,
        describe: `create ${type} ${opts.name}`,
        ref: 'policy',
      });
      bind = (out) => ({
        PolicyId: (out.get('policy') as { Policy?: { PolicySummary?: { Id?: string } } } | undefined)?.Policy
          ?.PolicySummary?.Id,
      });
    }
    for (const id of ids)
      calls.push({
        service: 'organizations',
        operation: 'AttachPolicy',
        input: { TargetId: id, ...(policyId && { PolicyId: policyId }) },
        resourceIds: [id],
        describe: `attach ${type} ${opts.name} to ${id}`,
        ...(bind && { bind }),
      });
    return calls;
  },
});
