import { defineFilter, type Resource } from '@c7n-ts/core';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

export default defineFilter({
  type: 'route',
  resources: ['aws.route-table'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: [],
  doc: {
    summary:
      "Route tables with a route matching value filter options (each of the table's `Routes`, read from the describe output). The matched routes are recorded in c7n:matched-routes.",
    example: '- type: route\n  key: GatewayId\n  value: igw-.*\n  op: regex',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts as Record<string, unknown>),
  reads: () => ['Routes'],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts as Record<string, unknown>), ctx.baseDir);
    return {
      kind: 'process',
      async process(tables, ectx) {
        const out: Resource[] = [];
        for (const t of tables) {
          const routes = (Array.isArray(t.Routes) ? t.Routes : []) as Resource[];
          const hits = await matcher(routes, ectx);
          const matched = routes.filter((r) => hits.has(r));
          if (!matched.length) continue;
          const prior = Array.isArray(t['c7n:matched-routes']) ? (t['c7n:matched-routes'] as unknown[]) : [];
          t['c7n:matched-routes'] = [...prior, ...matched];
          out.push(t);
        }
        return out;
      },
    };
  },
});
