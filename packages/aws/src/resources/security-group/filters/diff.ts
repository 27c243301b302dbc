import { defineFilter, type Resource } from '@c7n-ts/core';
import {
  checkRevisionOptions,
  revisionMessages,
  revisionProperties,
  withRevisions,
} from '../../../common/filters/revisions.js';
import type { AwsResourceType } from '../../types.js';
import { sgDiff } from './_sg-diff.js';

export default defineFilter({
  type: 'diff',
  resources: ['aws.security-group'],
  options: { type: 'object', additionalProperties: false, properties: revisionProperties } as const,
  permissions: ['config:GetResourceConfigHistory'],
  doc: {
    summary:
      'Security groups whose tags or rules differ from an earlier revision recorded by AWS Config (one GetResourceConfigHistory call per group). Matched groups keep the differences in `c7n:diff` (`tags` added/removed/updated, `ingress` and `egress` rules added/removed) and the revision in `c7n:previous-revision`, which the `patch` action restores.',
    example: '- type: diff\n  selector: date\n  selector_value: 2016/12/11 17:25Z',
  },
  messages: revisionMessages,
  check: checkRevisionOptions,
  reads: () => undefined,
  compile(opts, ctx) {
    const rt = ctx.resourceType as AwsResourceType;
    return {
      kind: 'process',
      async process(resources: Resource[], ectx) {
        const out: Resource[] = [];
        for (const { resource, revision } of await withRevisions(resources, opts, rt, ectx)) {
          const delta = sgDiff(revision.resource, resource);
          if (!delta) continue;
          resource['c7n:diff'] = delta;
          out.push(resource);
        }
        return out;
      },
    };
  },
});
