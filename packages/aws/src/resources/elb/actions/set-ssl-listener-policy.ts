import { defineAction, type PlannedCall, type Resource } from '@c7n-ts/core';
import { isSsl } from '../filters/ssl-policy.js';

type Listener = { Listener?: { Protocol?: string; LoadBalancerPort?: number }; PolicyNames?: string[] };

export default defineAction({
  type: 'set-ssl-listener-policy',
  resources: ['aws.elb'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'attributes'],
    properties: {
      name: {
        type: 'string',
        description:
          "The new policy's name; the run's start in epoch milliseconds is appended to keep it unique.",
      },
      attributes: {
        anyOf: [{ type: 'object' }, { type: 'array', items: { type: 'string' } }],
        description:
          'The SSL negotiation attributes: a list of attribute names set to true (`Protocol-TLSv1.2`, ciphers), or a map of name to value (`Reference-Security-Policy: ELBSecurityPolicy-TLS-1-2-2017-01`).',
      },
    },
  } as const,
  permissions: [
    'elasticloadbalancing:CreateLoadBalancerPolicy',
    'elasticloadbalancing:SetLoadBalancerPoliciesOfListener',
  ],
  doc: {
    summary:
      "Give SSL load balancers a new SSL negotiation policy: CreateLoadBalancerPolicy (SSLNegotiationPolicyType, named `name`-epoch ms), then SetLoadBalancerPoliciesOfListener on each HTTPS or SSL listener with the new policy and the listener's other policies (those the ssl-policy filter found as SSL policies dropped). Load balancers without an SSL listener are left alone, as in Cloud Custodian.",
    example:
      '- type: set-ssl-listener-policy\n  name: SSLNegotiation-Policy-01\n  attributes:\n    Reference-Security-Policy: ELBSecurityPolicy-TLS-1-2-2017-01',
  },
  reads: () => ['LoadBalancerName', 'ListenerDescriptions', 'c7n.ssl-policies'],
  plan(elbs: Resource[], opts, ctx) {
    const policyName = `${opts.name}-${ctx.executionStart ?? Date.now()}`;
    const attributes = Array.isArray(opts.attributes)
      ? opts.attributes.map((a) => ({ AttributeName: String(a), AttributeValue: 'true' }))
      : Object.entries(opts.attributes).map(([k, v]) => ({ AttributeName: k, AttributeValue: String(v) }));
    return elbs.filter(isSsl).flatMap((elb): PlannedCall[] => {
      const name = String(elb.LoadBalancerName);
      const sslPolicies = (elb['c7n.ssl-policies'] as string[] | undefined) ?? [];
      const calls: PlannedCall[] = [
        {
          service: 'elb',
          operation: 'CreateLoadBalancerPolicy',
          input: {
            LoadBalancerName: name,
            PolicyName: policyName,
            PolicyTypeName: 'SSLNegotiationPolicyType',
            PolicyAttributes: attributes,
          },
          resourceIds: [name],
          describe: `create SSL negotiation policy ${policyName} on ${name}`,
          okErrors: ['DuplicatePolicyName', 'DuplicatePolicyNameException', 'DuplicationPolicyNameException'],
        },
      ];
      for (const ld of (elb.ListenerDescriptions as Listener[] | undefined) ?? []) {
        if (!['HTTPS', 'SSL'].includes(ld.Listener?.Protocol ?? '')) continue;
        const names = [...new Set([policyName, ...(ld.PolicyNames ?? [])])].filter(
          (p) => !sslPolicies.includes(p),
        );
        calls.push({
          service: 'elb',
          operation: 'SetLoadBalancerPoliciesOfListener',
          input: {
            LoadBalancerName: name,
            LoadBalancerPort: ld.Listener?.LoadBalancerPort,
            PolicyNames: names,
          },
          resourceIds: [name],
          describe: `set the policies of ${name}'s listener on port ${ld.Listener?.LoadBalancerPort} to ${names.join(', ')}`,
        });
      }
      return calls;
    });
  },
});
