import type { EvalContext, Resource } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { regionOf } from '../../../common/filters/fetch-related.js';
import { policyCrossAccount } from '../../../common/filters/policy-cross-account.js';
import { errorCode, isServiceError } from '../../../query/errors.js';

/**
 * As Cloud Custodian: DescribeFileSystemPolicy for every file system, into `Policy`; one AWS
 * refuses (no policy, denied, gone) is not evaluated.
 */
async function withFileSystemPolicies(fileSystems: Resource[], ctx: EvalContext): Promise<Resource[]> {
  const p = awsProvider(ctx);
  const region = regionOf(ctx, p);
  const out: Resource[] = [];
  for (const fs of fileSystems) {
    try {
      const answer = await p.send(
        'elasticfilesystem',
        'DescribeFileSystemPolicy',
        { FileSystemId: fs.FileSystemId },
        region,
      );
      fs.Policy = answer.Policy;
      out.push(fs);
    } catch (e) {
      if (!isServiceError(e)) throw e;
      if (errorCode(e) === 'AccessDeniedException')
        ctx.log?.('warn', `access denied getting the policy of ${String(fs.FileSystemId)}`);
    }
  }
  return out;
}

export default policyCrossAccount({
  resources: ['aws.efs'],
  permissions: ['elasticfilesystem:DescribeFileSystemPolicy'],
  summary:
    "File systems whose policy (DescribeFileSystemPolicy per file system, kept in `Policy`; one without a policy is left out) allows principals outside the allowed accounts: everyone, or another account, unless the statement's conditions restrict it to allowed accounts, VPCs, VPC endpoints or organizations. The offending statements are kept in `CrossAccountViolations`.",
  example: "- type: cross-account\n  whitelist:\n    - '112233445566'",
  policyField: 'Policy',
  nameField: 'FileSystemId',
  prefetch: withFileSystemPolicies,
});
