import { defineFilter, type Resource } from '@c7n-ts/core';
// A CommonJS package: Node gives its exports as the default import only.
import jsonpatch from 'fast-json-patch';
import type { AwsResourceType } from '../../resources/types.js';
import {
  checkRevisionOptions,
  configTypeOf,
  revisionMessages,
  revisionProperties,
  withRevisions,
} from './revisions.js';

/**
 * The resource as plain JSON without c7n's annotations (keys containing `c7n`), as c7n
 * sanitizes both sides; dates become ISO strings as AWS Config writes them
 * (`2026-09-01T10:00:00.000Z`), so that they compare by value with the revision's.
 */
function sanitize(r: Resource): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) if (!k.includes('c7n')) out[k] = v;
  return JSON.parse(JSON.stringify(out, isoDates)) as Record<string, unknown>;
}

function isoDates(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const original = this[key];
  return original instanceof Date ? original.toISOString() : value;
}

export default defineFilter({
  type: 'json-diff',
  // As c7n: every type AWS Config records.
  resources: { trait: 'config-type', has: (rt) => configTypeOf(rt.source) !== undefined },
  options: { type: 'object', additionalProperties: false, properties: revisionProperties } as const,
  permissions: ['config:GetResourceConfigHistory'],
  doc: {
    summary:
      'Resources that differ from an earlier revision recorded by AWS Config (one GetResourceConfigHistory call per resource). Matched resources keep the JSON Patch (RFC 6902) from the revision to now in `c7n:diff`, and the revision in `c7n:previous-revision`.',
    example: '- type: json-diff\n  selector: previous',
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
          const patch = jsonpatch.compare(sanitize(revision.resource), sanitize(resource));
          if (!patch.length) continue;
          resource['c7n:diff'] = patch;
          out.push(resource);
        }
        return out;
      },
    };
  },
});
