/**
 * Cloud Custodian's org-account `cfn-stack`: assume a role in each member account (through the
 * optional `org-access-role` first) and look its CloudFormation stacks up by name in each region.
 */
import { defineFilter, type Resource } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import type { AwsClients } from '../../../clients/index.js';
import { isServiceError } from '../../../query/errors.js';

/** Where an account keeps the regions where it passed (Cloud Custodian's key). */
export const CFN_STACK = 'c7n:cfn-stack';
const SESSION = 'CustodianOrgAccount';

const STATUSES = [
  'CREATE_IN_PROGRESS',
  'CREATE_FAILED',
  'CREATE_COMPLETE',
  'ROLLBACK_IN_PROGRESS',
  'ROLLBACK_FAILED',
  'ROLLBACK_COMPLETE',
  'DELETE_IN_PROGRESS',
  'DELETE_FAILED',
  'DELETE_COMPLETE',
  'UPDATE_IN_PROGRESS',
  'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS',
  'UPDATE_COMPLETE',
  'UPDATE_ROLLBACK_IN_PROGRESS',
  'UPDATE_ROLLBACK_FAILED',
  'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS',
  'UPDATE_ROLLBACK_COMPLETE',
  'REVIEW_IN_PROGRESS',
  'IMPORT_IN_PROGRESS',
  'IMPORT_COMPLETE',
  'IMPORT_ROLLBACK_IN_PROGRESS',
  'IMPORT_ROLLBACK_FAILED',
  'IMPORT_ROLLBACK_COMPLETE',
] as const;

/** The policy's `org-access-role` and `org-account-role` query options, with c7n's defaults. */
export function accountRoles(policy: Readonly<Record<string, unknown>> | undefined, env = process.env) {
  const params: Record<string, unknown> = {};
  const query = policy?.query;
  if (Array.isArray(query)) for (const q of query) if (q && typeof q === 'object') Object.assign(params, q);
  const access = typeof params['org-access-role'] === 'string' ? params['org-access-role'] : undefined;
  const given = params['org-account-role'];
  const account =
    typeof given === 'string'
      ? given
      : env.AWS_CONTROL_TOWER_ORG
        ? 'AWSControlTowerExecution'
        : 'OrganizationAccountAccessRole';
  return { access, account };
}

/** A role name becomes the account's role ARN; an ARN may say `{org_account_id}`. */
export const roleArnFor = (role: string, accountId: string) =>
  role.startsWith('arn')
    ? role.replaceAll('{org_account_id}', accountId)
    : `arn:aws:iam::${accountId}:role/${role}`;

export default defineFilter({
  type: 'cfn-stack',
  resources: ['aws.org-account'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      stack_names: {
        type: 'array',
        items: { type: 'string' },
        description: 'Names of the stacks looked for; a region passes when all of them are found.',
      },
      present: {
        type: 'boolean',
        description:
          'true: accounts where the stacks are found (in a listed status); false (default): accounts where they are not.',
      },
      status: {
        type: 'array',
        items: { enum: STATUSES },
        description: 'Stack statuses that count as found; default any.',
      },
      regions: {
        type: 'array',
        items: { type: 'string' },
        description: 'Regions looked in; default us-east-1.',
      },
    },
  } as const,
  permissions: ['cloudformation:DescribeStacks', 'sts:AssumeRole'],
  doc: {
    summary:
      "Member accounts by the CloudFormation stacks they have. As in Cloud Custodian, a role is assumed in each account (the policy's `query: [{org-account-role: NAME or ARN}]`, default OrganizationAccountAccessRole, or AWSControlTowerExecution when AWS_CONTROL_TOWER_ORG is set; through `org-access-role` first when given), then DescribeStacks by name in each region; an account matches in the regions where it passes, kept in `c7n:cfn-stack`. Accounts whose role cannot be assumed do not match.",
    example:
      '- type: cfn-stack\n  stack_names: [org-baseline]\n  present: true\n  regions: [us-east-1, eu-west-1]',
  },
  reads: () => ['Id', 'Name'],
  compile(opts, ctx) {
    const roles = accountRoles(ctx.policy);
    const names = opts.stack_names ?? [];
    const states = opts.status ?? [];
    const present = opts.present ?? false;
    const regions = opts.regions ?? ['us-east-1'];

    /** c7n's process_account_region; a throw counts as not passing. */
    const passes = async (clients: AwsClients, region: string): Promise<boolean> => {
      let found = true;
      for (const StackName of names) {
        let stacks: Resource[];
        try {
          const out = await clients.send('cloudformation', 'DescribeStacks', { StackName }, region);
          stacks = (out.Stacks ?? []) as Resource[];
        } catch (e) {
          if (!isServiceError(e)) throw e;
          found = false;
          continue;
        }
        // c7n reads stacks[0] before checking there is one: no stack with a status list fails.
        if (states.length && !stacks[0]) throw new Error(`DescribeStacks ${StackName} returned no stack`);
        if (states.length && !(states as readonly unknown[]).includes(stacks[0]?.StackStatus)) found = false;
        else if (!stacks.length) found = false;
      }
      return present === found;
    };

    return {
      kind: 'process',
      async process(accounts, ectx) {
        const p = awsProvider(ectx);
        const org = roles.access ? await p.clients.assume(roles.access, SESSION) : p.clients;
        const out: Resource[] = [];
        for (const a of accounts) {
          const role = roleArnFor(roles.account, String(a.Id));
          let member: AwsClients;
          try {
            member = await org.assume(role, SESSION);
          } catch (e) {
            if (!isServiceError(e)) throw e;
            ectx.log?.('error', `cfn-stack: cannot assume ${role} in ${String(a.Name)}:${String(a.Id)}`);
            continue;
          }
          const results: Record<string, boolean> = {};
          for (const region of regions) {
            try {
              if (await passes(member, region)) results[region] = true;
            } catch (e) {
              ectx.log?.(
                'error',
                `cfn-stack: account ${String(a.Name)}:${String(a.Id)} region ${region}: ${(e as Error).message}`,
              );
            }
          }
          if (Object.keys(results).length === 0) continue;
          a[CFN_STACK] = results;
          out.push(a);
        }
        return out;
      },
    };
  },
});
