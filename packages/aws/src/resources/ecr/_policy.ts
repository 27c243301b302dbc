/**
 * A repository's policy as Cloud Custodian's ECR elements keep it: `Policy` (the JSON text
 * GetRepositoryPolicy returns), read when the `cross-account` filter has not already; a
 * repository without one (RepositoryPolicyNotFoundException) has none.
 */
import type { ActionContext, EvalContext, Resource } from '@c7n-ts/core';
import { awsProvider } from '../../aws-provider.js';
import { regionOf } from '../../common/filters/fetch-related.js';
import { errorCode } from '../../query/errors.js';

export const POLICY = 'Policy';

const NO_POLICY = 'RepositoryPolicyNotFoundException';

/** The `cross-account` filter's read: repositories without a policy are dropped, as c7n. */
export async function withPolicies(repos: Resource[], ctx: EvalContext): Promise<Resource[]> {
  const out: Resource[] = [];
  for (const repo of repos) {
    if (repo[POLICY] !== undefined && repo[POLICY] !== null) {
      out.push(repo);
      continue;
    }
    const p = awsProvider(ctx);
    try {
      const got = await p.send(
        'api.ecr',
        'GetRepositoryPolicy',
        { repositoryName: repo.repositoryName },
        regionOf(ctx, p),
      );
      repo[POLICY] = got.policyText;
      out.push(repo);
    } catch (e) {
      if (errorCode(e) !== NO_POLICY) throw e;
    }
  }
  return out;
}

/** An action's read of the policy text: the filter's when it read one, else GetRepositoryPolicy; null when none. */
export async function policyText(repo: Resource, ctx: ActionContext): Promise<string | null> {
  if (typeof repo[POLICY] === 'string') return repo[POLICY];
  if (!ctx.read) throw new Error('ECR policy actions need to read repository policies');
  try {
    const got = (await ctx.read('api.ecr', 'GetRepositoryPolicy', {
      repositoryName: repo.repositoryName,
    })) as {
      policyText?: string;
    };
    return got.policyText ?? null;
  } catch (e) {
    if (errorCode(e) === NO_POLICY) return null;
    throw e;
  }
}
