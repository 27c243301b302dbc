import { defineFilter } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { errorCode } from '../../../query/errors.js';

const ANNOTATION = 'c7n:LifecyclePolicies';

export default defineFilter({
  type: 'lifecycle-policy',
  resources: ['aws.efs'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['state'],
    properties: {
      state: {
        enum: ['present', 'absent'],
        description: 'Match file systems with a lifecycle policy (or with the `value` rule), or without.',
      },
      value: {
        type: 'string',
        description:
          'A `TransitionToIA` value (`AFTER_7_DAYS`...): the policy must (or must not) hold that rule alone.',
      },
    },
  } as const,
  permissions: ['elasticfilesystem:DescribeLifecycleConfiguration'],
  doc: {
    summary:
      'File systems by their lifecycle policies (DescribeLifecycleConfiguration per file system, kept in `c7n:LifecyclePolicies`). With `value`, as Cloud Custodian: a policy entry must be exactly `{TransitionToIA: value}`. A file system gone since the listing is not matched.',
    example: '- type: lifecycle-policy\n  state: present\n  value: AFTER_7_DAYS',
  },
  reads: () => ['FileSystemId', ANNOTATION],
  compile: (opts) => ({
    kind: 'process',
    async process(rs, ctx) {
      const p = providerOf(ctx);
      const region = regionOf(ctx, p);
      for (const r of rs) {
        try {
          const out = await p.send(
            'elasticfilesystem',
            'DescribeLifecycleConfiguration',
            { FileSystemId: r.FileSystemId },
            region,
          );
          r[ANNOTATION] = out.LifecyclePolicies;
        } catch (e) {
          if (errorCode(e) !== 'FileSystemNotFound') throw e;
        }
      }
      const present = opts.state === 'present';
      return rs.filter((r) => {
        const policies = r[ANNOTATION];
        if (!Array.isArray(policies)) return false;
        if (opts.value) {
          const has = policies.some(
            (x) =>
              x &&
              typeof x === 'object' &&
              Object.keys(x).length === 1 &&
              (x as Record<string, unknown>).TransitionToIA === opts.value,
          );
          return has === present;
        }
        return present ? policies.length > 0 : policies.length === 0;
      });
    },
  }),
});
