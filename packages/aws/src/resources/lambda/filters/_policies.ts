/**
 * Each function's resource policy (GetPolicy), in `c7n:Policy`, as Cloud Custodian's
 * get_lambda_policies: a function that already has one is kept as is; one gone since the listing
 * (ResourceNotFoundException) is dropped; a denied read keeps the function without a policy (a
 * warning); any other error drops it with a warning.
 */
import type { EvalContext, Resource } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { regionOf } from '../../../common/filters/fetch-related.js';
import { errorCode } from '../../../query/errors.js';
import { mapLimit } from '../../../query/pool.js';

export const POLICY = 'c7n:Policy';

export async function withPolicies(functions: Resource[], ctx: EvalContext): Promise<Resource[]> {
  const p = awsProvider(ctx);
  const region = regionOf(ctx, p);
  const kept = await mapLimit(functions, p.clients.ordered ? 1 : 3, async (fn) => {
    if (POLICY in fn) return fn;
    try {
      const out = await p.send('lambda', 'GetPolicy', { FunctionName: fn.FunctionName }, region);
      fn[POLICY] = out.Policy;
      return fn;
    } catch (e) {
      const code = errorCode(e);
      if (code === 'ResourceNotFoundException') return undefined;
      if (code === 'AccessDeniedException') {
        ctx.log?.('warn', `lambda: access denied getting the policy of ${String(fn.FunctionName)}`);
        return fn;
      }
      ctx.log?.('warn', `lambda: error getting the policy of ${String(fn.FunctionName)}: ${String(e)}`);
      return undefined;
    }
  });
  return kept.filter((r): r is Resource => r !== undefined);
}
