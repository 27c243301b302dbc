/**
 * Cloud Custodian's lambda has-specific-managed-policy: ListAttachedRolePolicies once per distinct
 * execution role (one page, in the order the functions name them); a function matches when an
 * attached policy of its role matches the value options (on `PolicyName` unless `key` says
 * otherwise). c7n merges the matched policies into its last role's record, not the function, so
 * nothing is annotated here.
 */
import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { iamSend } from '../../../common/iam/principal.js';
import { lastPart } from '../../ec2/filters/_instance-roles.js';

export default defineFilter({
  type: 'has-specific-managed-policy',
  resources: ['aws.lambda'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...valueProperties,
      key: {
        type: 'string',
        default: 'PolicyName',
        description: 'Field of each attached policy compared (`PolicyName` by default, or `PolicyArn`).',
      },
    },
  } as const,
  permissions: ['iam:ListAttachedRolePolicies'],
  doc: {
    summary:
      'Functions whose execution role has an attached managed policy matching the value options (on PolicyName, or `key: PolicyArn`): ListAttachedRolePolicies once per role.',
    example: '- type: has-specific-managed-policy\n  value: AdministratorAccess',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue({ ...opts, key: opts.key ?? 'PolicyName' }),
  reads: () => ['FunctionName', 'Role'],
  compile(opts, cctx) {
    const matcher = compileItemMatcher(
      { ...valueOptionsOf(opts), key: opts.key ?? 'PolicyName' } as ValueOptions,
      cctx.baseDir,
    );
    return {
      kind: 'process',
      async process(rs, ctx) {
        const attached = new Map<string, Resource[]>();
        for (const r of rs) if (typeof r.Role === 'string') attached.set(r.Role, []);
        for (const arn of attached.keys()) {
          const page = await iamSend(ctx, 'ListAttachedRolePolicies', { RoleName: lastPart(arn) });
          attached.set(arn, (page.AttachedPolicies ?? []) as Resource[]);
        }
        const out: Resource[] = [];
        for (const r of rs) {
          const policies = typeof r.Role === 'string' ? (attached.get(r.Role) ?? []) : [];
          if ((await matcher(policies, ctx)).size > 0) out.push(r);
        }
        return out;
      },
    };
  },
});
