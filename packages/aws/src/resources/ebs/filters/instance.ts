import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { getRelatedByIds } from '../../../common/filters/fetch-related.js';
import {
  appendAnnotation,
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

type Volume = { Attachments?: { InstanceId?: string }[] };

const attachedTo = (v: Resource): string | undefined => (v as Volume).Attachments?.[0]?.InstanceId;

export default defineFilter({
  type: 'instance',
  resources: ['aws.ebs'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['ec2:DescribeInstances', 'ec2:DescribeTags'],
  doc: {
    summary:
      "Volumes by the instance they are attached to: value filter options apply to the instance (DescribeInstances by id). Unattached volumes don't match; a matched volume gets the instance under `Instance`.",
    example: '- type: instance\n  key: tag:Name\n  value: OldManBySea',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['Attachments'],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    // c7n's ValueFilter key, recorded in c7n:MatchedFilters as `instance-<key>`.
    const mark = `instance-${String(opts.key ?? null)}`;
    return {
      kind: 'process',
      async process(rs, ectx) {
        const attached = rs.filter((v) => Array.isArray(v.Attachments) && v.Attachments.length > 0);
        // One id per volume, repeats included, as c7n sends them.
        const ids = attached.flatMap((v) => attachedTo(v) ?? []);
        const instances = new Map<string, Resource>();
        for (const i of await getRelatedByIds(ectx, 'aws.ec2', ids)) instances.set(String(i.InstanceId), i);
        const hits = await matcher([...new Set(instances.values())], ectx);
        return attached.filter((v) => {
          const instance = instances.get(String(attachedTo(v)));
          // c7n fails the policy on a volume whose instance is gone; one volume shouldn't.
          if (!instance || !hits.has(instance)) return false;
          v.Instance = instance;
          appendAnnotation(v, 'c7n:MatchedFilters', mark);
          return true;
        });
      },
    };
  },
});
