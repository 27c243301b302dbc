import type { EvalContext, Resource } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { regionOf } from '../../../common/filters/fetch-related.js';
import { errorCode } from '../../../query/errors.js';

/** Where a table keeps its resource policy (Cloud Custodian's key). */
export const POLICY = 'c7n:Policy';

/**
 * GetResourcePolicy per table not yet read, as Cloud Custodian's cross-account and has-statement:
 * a table without a policy (or gone) keeps no `c7n:Policy` and is asked again by the next filter.
 */
export async function withTablePolicies(tables: Resource[], ctx: EvalContext): Promise<void> {
  const p = awsProvider(ctx);
  const region = regionOf(ctx, p);
  for (const t of tables) {
    if (POLICY in t) continue;
    try {
      const out = await p.send('dynamodb', 'GetResourcePolicy', { ResourceArn: t.TableArn }, region);
      t[POLICY] = out.Policy;
    } catch (e) {
      const code = errorCode(e);
      if (code !== 'ResourceNotFoundException' && code !== 'PolicyNotFoundException') throw e;
    }
  }
}
