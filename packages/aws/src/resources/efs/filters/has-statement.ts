import type { EvalContext, Resource } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { policyHasStatement } from '../../../common/filters/has-statement.js';
import { errorCode } from '../../../query/errors.js';

const POLICY = 'c7n:Policy';

/** DescribeFileSystemPolicy per file system not read yet; none is `null`. */
async function withFileSystemPolicies(fileSystems: Resource[], ctx: EvalContext): Promise<void> {
  const p = providerOf(ctx);
  const region = regionOf(ctx, p);
  for (const fs of fileSystems) {
    if (POLICY in fs) continue;
    try {
      const answer = await p.send(
        'elasticfilesystem',
        'DescribeFileSystemPolicy',
        { FileSystemId: fs.FileSystemId },
        region,
      );
      fs[POLICY] = answer.Policy;
    } catch (e) {
      if (errorCode(e) !== 'PolicyNotFound') throw e;
      fs[POLICY] = null;
    }
  }
}

export default policyHasStatement({
  resources: ['aws.efs'],
  permissions: ['elasticfilesystem:DescribeFileSystemPolicy'],
  noun: 'file system',
  placeholders: '{fs_arn}',
  policyField: POLICY,
  policySource: 'DescribeFileSystemPolicy per file system, kept in `c7n:Policy`',
  prefetch: withFileSystemPolicies,
  formatArgs: (fs) => ({ fs_arn: typeof fs.FileSystemArn === 'string' ? fs.FileSystemArn : undefined }),
  example: [
    '- type: has-statement',
    '  statements:',
    '    - Effect: Deny',
    '      Action: "*"',
    '      Principal: "*"',
    '      Condition:',
    '        Bool:',
    '          aws:SecureTransport: "false"',
    '      Resource: "{fs_arn}"',
  ].join('\n'),
});
