import { defineFilter, type Problem, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  type ItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

/** The connections read per domain, then those each direction matched (Cloud Custodian's keys). */
const CONNECTIONS = 'c7n:SearchConnections';
const MATCHED = 'c7n:MatchedConnections';

const DIRECTIONS = {
  inbound: {
    operation: 'DescribeInboundCrossClusterSearchConnections',
    filter: 'destination-domain-info.domain-name',
  },
  outbound: {
    operation: 'DescribeOutboundCrossClusterSearchConnections',
    filter: 'source-domain-info.domain-name',
  },
} as const;
type Direction = keyof typeof DIRECTIONS;

function directionSchema(d: Direction) {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['key', 'value'],
    description: `Value filter options a ${d} connection must match (SourceDomainInfo.OwnerId, ConnectionStatus.StatusCode...).`,
    properties: {
      type: { enum: [d], description: 'The direction, as Cloud Custodian allows it.' },
      ...valueProperties,
    },
  } as const;
}

export default defineFilter({
  type: 'cross-cluster',
  resources: ['aws.elasticsearch'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: { inbound: directionSchema('inbound'), outbound: directionSchema('outbound') },
  } as const,
  permissions: ['es:ESCrossClusterGet'],
  doc: {
    summary:
      "Domains with a cross-cluster search connection matching the `inbound` or `outbound` value options: DescribeInbound/OutboundCrossClusterSearchConnections per domain for each direction given (by the domain's name), kept in `c7n:SearchConnections`; the connections matched per direction go to `c7n:MatchedConnections`, as Cloud Custodian does.",
    example: [
      '- type: cross-cluster',
      '  inbound:',
      '    key: SourceDomainInfo.OwnerId',
      '    op: ne',
      "    value: '123456789012'",
    ].join('\n'),
  },
  messages: valueMessages,
  check(opts) {
    const problems: Problem[] = [];
    for (const d of Object.keys(DIRECTIONS) as Direction[]) {
      const o = opts[d] as Record<string, unknown> | undefined;
      if (o) problems.push(...checkEmbeddedValue(o).map((p) => ({ ...p, path: [d, ...(p.path ?? [])] })));
    }
    return problems;
  },
  reads: () => ['DomainName', CONNECTIONS],
  compile(opts, ctx) {
    const matchers = new Map<Direction, ItemMatcher>();
    for (const d of Object.keys(DIRECTIONS) as Direction[]) {
      const o = opts[d] as Record<string, unknown> | undefined;
      if (o) matchers.set(d, compileItemMatcher(valueOptionsOf(o) as ValueOptions, ctx.baseDir));
    }
    return {
      kind: 'process',
      async process(domains, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const out: Resource[] = [];
        for (const d of domains) {
          if (!(CONNECTIONS in d)) {
            const read: Record<string, unknown> = {};
            for (const dir of matchers.keys()) {
              const {
                $metadata: _m,
                ResponseMetadata: _r,
                ...answer
              } = await p.send(
                'es',
                DIRECTIONS[dir].operation,
                { Filters: [{ Name: DIRECTIONS[dir].filter, Values: [d.DomainName] }] },
                region,
              );
              read[dir] = answer;
            }
            d[CONNECTIONS] = read;
          }
          const read = d[CONNECTIONS] as Record<string, { CrossClusterSearchConnections?: Resource[] }>;
          const matched: Record<string, Resource[]> = {};
          let found = false;
          for (const [dir, answer] of Object.entries(read)) {
            const matcher = matchers.get(dir as Direction);
            if (!matcher) continue;
            const connections = answer.CrossClusterSearchConnections ?? [];
            const hits = await matcher(connections, ectx);
            matched[dir] = connections.filter((c) => hits.has(c));
            if (matched[dir].length) found = true;
          }
          d[MATCHED] = matched;
          if (found) out.push(d);
        }
        return out;
      },
    };
  },
});
