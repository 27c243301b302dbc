import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { getRelatedByIds } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

const idsOf = (elb: Resource): string[] =>
  ((elb.Instances ?? []) as { InstanceId?: string }[]).flatMap((i) => (i.InstanceId ? [i.InstanceId] : []));

export default defineFilter({
  type: 'instance',
  resources: ['aws.elb'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['ec2:DescribeInstances', 'ec2:DescribeTags'],
  doc: {
    summary:
      'Classic load balancers with a registered instance matching the value filter options (the instances read with DescribeInstances by id, all at once). Matched instances are kept in c7n:MatchedInstances.',
    example: '- type: instance\n  key: ImageId\n  value: ami-01ab23cd',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['Instances'],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(elbs, ectx) {
        const instances = new Map<string, Resource>();
        for (const i of await getRelatedByIds(ectx, 'aws.ec2', elbs.flatMap(idsOf)))
          instances.set(String(i.InstanceId), i);
        const hits = await matcher([...new Set(instances.values())], ectx);
        return elbs.filter((elb) => {
          // An instance the lookup did not return (terminated) cannot match.
          const matched = idsOf(elb).flatMap((id) => {
            const i = instances.get(id);
            return i && hits.has(i) ? [i] : [];
          });
          if (!matched.length) return false;
          elb['c7n:MatchedInstances'] = matched;
          return true;
        });
      },
    };
  },
});
