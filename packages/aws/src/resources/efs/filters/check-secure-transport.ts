import { defineFilter, type Resource } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { errorCode } from '../../../query/errors.js';

/** Shared with `has-statement`, which keeps the policy text there (this filter, the parsed policy). */
const POLICY = 'c7n:Policy';

type Statement = { Effect?: unknown; Condition?: { Bool?: Record<string, unknown> } };

/** c7n's test: a statement denying plain transport or allowing only secure transport enforces it. */
function enforces(s: unknown): boolean {
  if (!s || typeof s !== 'object' || Array.isArray(s)) return false;
  const { Effect, Condition } = s as Statement;
  const bool = Condition?.Bool;
  if (!bool || typeof bool !== 'object' || Array.isArray(bool)) return false;
  // Compared as strings, as c7n does: a JSON boolean is not "false".
  const v = bool['aws:SecureTransport'];
  return (Effect === 'Deny' && v === 'false') || (Effect === 'Allow' && v === 'true');
}

export default defineFilter({
  type: 'check-secure-transport',
  resources: ['aws.efs'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['elasticfilesystem:DescribeFileSystemPolicy'],
  doc: {
    summary:
      'File systems whose policy does not enforce secure transport: none of its statements denies with `aws:SecureTransport` "false" or allows with "true" (a `Bool` condition). A file system without a policy matches. The policy comes from DescribeFileSystemPolicy when `has-statement` did not read it, and is kept parsed in `c7n:Policy`.',
    example: '- check-secure-transport',
  },
  reads: () => ['FileSystemId', POLICY],
  compile: () => ({
    kind: 'process',
    async process(fileSystems, ctx) {
      const p = providerOf(ctx);
      const region = regionOf(ctx, p);
      const out: Resource[] = [];
      for (const fs of fileSystems) {
        let policy: unknown;
        if (POLICY in fs) policy = fs[POLICY];
        else {
          try {
            const answer = await p.send(
              'elasticfilesystem',
              'DescribeFileSystemPolicy',
              { FileSystemId: fs.FileSystemId },
              region,
            );
            policy = typeof answer.Policy === 'string' ? JSON.parse(answer.Policy) : answer.Policy;
            fs[POLICY] = policy;
          } catch (e) {
            if (errorCode(e) !== 'PolicyNotFound') throw e;
            policy = null;
          }
        }
        if (typeof policy === 'string') policy = JSON.parse(policy);
        if (!policy) {
          out.push(fs);
          continue;
        }
        const raw = (policy as { Statement?: unknown }).Statement;
        const statements = Array.isArray(raw) ? raw : [raw];
        if (!statements.some(enforces)) out.push(fs);
      }
      return out;
    },
  }),
});
