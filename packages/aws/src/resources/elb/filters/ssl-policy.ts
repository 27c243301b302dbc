import { defineFilter, type Problem, pyRegex, type Resource } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { errorCode } from '../../../query/errors.js';

type Elb = {
  LoadBalancerName?: string;
  ListenerDescriptions?: { Listener?: { Protocol?: string }; PolicyNames?: string[] }[];
};
type PolicyDescription = {
  PolicyName?: string;
  PolicyTypeName?: string;
  PolicyAttributeDescriptions?: { AttributeName?: string; AttributeValue?: string }[];
};

/** c7n's is_ssl: a listener speaks HTTPS or SSL. */
export const isSsl = (elb: Resource): boolean =>
  ((elb as Elb).ListenerDescriptions ?? []).some((l) =>
    ['HTTPS', 'SSL'].includes(l.Listener?.Protocol ?? ''),
  );

export default defineFilter({
  type: 'ssl-policy',
  resources: ['aws.elb'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      whitelist: {
        type: 'array',
        items: { type: 'string' },
        description: 'Policy attributes allowed: a load balancer with another one enabled matches.',
      },
      blacklist: {
        type: 'array',
        items: { type: 'string' },
        description: 'Policy attributes forbidden: a load balancer with one of them enabled matches.',
      },
      matching: {
        type: 'string',
        description:
          'Regular expression (case-insensitive, anchored at the start): only attributes it matches are compared.',
      },
    },
  } as const,
  permissions: ['elasticloadbalancing:DescribeLoadBalancerPolicies'],
  doc: {
    summary:
      "SSL load balancers (an HTTPS or SSL listener) whose SSL negotiation policies enable a blacklisted attribute, or one outside the whitelist: the listeners' policies are read with DescribeLoadBalancerPolicies, and the offending attributes kept in ProhibitedPolicies, the SSL policy names in c7n.ssl-policies.",
    example: '- type: ssl-policy\n  blacklist:\n    - Protocol-SSLv2\n    - Protocol-SSLv3',
  },
  messages: {
    'list-choice': 'ssl-policy takes either whitelist or blacklist',
    'bad-regex': 'ssl-policy matching is not a valid regular expression: {{error}}',
  },
  check(opts) {
    const problems: Problem[] = [];
    if ('whitelist' in opts === 'blacklist' in opts)
      problems.push({
        messageId: 'list-choice',
        message: 'ssl-policy takes either whitelist or blacklist (one of them)',
        path: [],
      });
    if (opts.matching !== undefined) {
      try {
        pyRegex(opts.matching, { ignoreCase: true, anchorStart: true });
      } catch (e) {
        problems.push({
          messageId: 'bad-regex',
          message: `ssl-policy matching is not a valid regular expression: ${(e as Error).message}`,
          path: ['matching'],
        });
      }
    }
    return problems;
  },
  reads: () => ['LoadBalancerName', 'ListenerDescriptions'],
  compile(opts) {
    const whitelist = new Set(opts.whitelist ?? []);
    const blacklist = new Set(opts.blacklist ?? []);
    // Python's re.match: anchored at the start only.
    const matching =
      opts.matching === undefined
        ? undefined
        : pyRegex(opts.matching, { ignoreCase: true, anchorStart: true });
    return {
      kind: 'process',
      async process(rs, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const out: Resource[] = [];
        for (const elb of rs.filter(isSsl)) {
          const names = ((elb as Elb).ListenerDescriptions ?? []).flatMap((l) => l.PolicyNames ?? []);
          let policies: PolicyDescription[];
          try {
            const answer = await p.send(
              'elb',
              'DescribeLoadBalancerPolicies',
              { LoadBalancerName: elb.LoadBalancerName, PolicyNames: names },
              region,
            );
            policies = (answer.PolicyDescriptions ?? []) as PolicyDescription[];
          } catch (e) {
            // As c7n: a load balancer or policy gone meanwhile leaves the load balancer out.
            const code = errorCode(e);
            if (code === 'LoadBalancerNotFound' || code === 'PolicyNotFound') continue;
            throw e;
          }
          const ssl = policies.filter((x) => x.PolicyTypeName === 'SSLNegotiationPolicyType');
          elb['c7n.ssl-policies'] = ssl.map((x) => x.PolicyName);
          let active = ssl.flatMap((x) =>
            (x.PolicyAttributeDescriptions ?? []).flatMap((a) =>
              a.AttributeValue === 'true' && a.AttributeName ? [a.AttributeName] : [],
            ),
          );
          if (matching) {
            active = active.filter((a) => matching.test(a));
            if (!active.length) continue;
          }
          const prohibited =
            blacklist.size > 0
              ? [...new Set(active.filter((a) => blacklist.has(a)))]
              : whitelist.size > 0
                ? [...new Set(active.filter((a) => !whitelist.has(a)))]
                : [];
          if (prohibited.length) {
            elb.ProhibitedPolicies = prohibited;
            out.push(elb);
          }
        }
        return out;
      },
    };
  },
});
