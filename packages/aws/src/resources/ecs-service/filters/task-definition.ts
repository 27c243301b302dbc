/**
 * Cloud Custodian's ecs-service task-definition filter: value filter options applied to each
 * service's task definition, described once per distinct definition (DescribeTaskDefinition with
 * its tags, normalized to `Tags`). A service whose definition was not returned does not match.
 */
import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { normalizeEcsTags } from '../../ecs/describe-clusters.js';

export default defineFilter({
  type: 'task-definition',
  resources: ['aws.ecs-service'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['ecs:DescribeTaskDefinition', 'ecs:ListTaskDefinitions'],
  doc: {
    summary:
      'ECS services by their task definition: value filter options apply to the definition (containerDefinitions, cpu, memory, networkMode, `Tags`...), described once per distinct definition with DescribeTaskDefinition.',
    example: [
      '- type: task-definition',
      '  key: containerDefinitions[].image',
      '  op: contains',
      '  value_type: swap',
      '  value: nginx:latest',
    ].join('\n'),
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['taskDefinition'],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(services, ectx) {
        const p = awsProvider(ectx);
        const region = regionOf(ectx, p);
        const byArn = new Map<string, Resource>();
        for (const arn of new Set(services.map((s) => s.taskDefinition))) {
          if (typeof arn !== 'string') continue;
          const out = await p.send(
            'ecs',
            'DescribeTaskDefinition',
            { taskDefinition: arn, include: ['TAGS'] },
            region,
          );
          const def = normalizeEcsTags({ ...(out.taskDefinition as Resource), tags: out.tags ?? [] });
          byArn.set(String(def.taskDefinitionArn), def);
        }
        const hits = await matcher([...byArn.values()], ectx);
        return services.filter((s) => {
          const def = byArn.get(String(s.taskDefinition));
          return def !== undefined && hits.has(def);
        });
      },
    };
  },
});
