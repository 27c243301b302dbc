/**
 * Shared by the `cross-account` filters that read a sharing attribute (rds-snapshot, ebs-snapshot,
 * ami): their common options and the accounts they allow, after c7n's CrossAccountAccessFilter
 * `get_accounts` (the whitelist, the whitelist_from values and the policy's own account).
 */
import {
  type CompileContext,
  type EvalContext,
  loadValues,
  type Problem,
  PySet,
  type ValueFromOptions,
  valueFromProblems,
  valueFromSchema,
} from '@c7n-ts/core';
import { awsProvider } from '../../aws-provider.js';

export interface AccountsOptions {
  whitelist?: string[];
  whitelist_from?: ValueFromOptions;
}

export const whitelistProperties = {
  whitelist: {
    type: 'array',
    items: { type: 'string' },
    description: 'Account ids the resource may be shared with; the policy account is always allowed.',
  },
  whitelist_from: {
    ...valueFromSchema,
    description: 'Read more allowed account ids from a file or URL (as `value_from`).',
  },
} as const;

export const everyoneOnlyProperty = {
  type: 'boolean',
  description: 'Only count public sharing (`all`); sharing with named accounts is ignored.',
} as const;

export const accountsMessages = {
  'value-from-outside': "whitelist_from may read local files only inside the policy file's folder.",
};

export const checkAccounts = (opts: AccountsOptions, { baseDir }: CompileContext): Problem[] =>
  opts.whitelist_from ? valueFromProblems(opts.whitelist_from, baseDir, ['whitelist_from']) : [];

/** The allowed accounts: the whitelist, the whitelist_from values and the policy's own account. */
export async function allowedAccounts(
  opts: AccountsOptions,
  baseDir: string | undefined,
  ctx: EvalContext,
): Promise<Set<string>> {
  const accounts = new Set(opts.whitelist ?? []);
  if (opts.whitelist_from) {
    const v = await loadValues(opts.whitelist_from, baseDir, ctx);
    const items = v instanceof PySet ? v.values() : Array.isArray(v) ? v : [v];
    for (const a of items) if (typeof a === 'string') accounts.add(a);
  }
  accounts.add(ctx.accountId ?? awsProvider(ctx).accountId);
  return accounts;
}
