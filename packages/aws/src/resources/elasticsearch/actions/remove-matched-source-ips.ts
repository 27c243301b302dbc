import { defineAction, type PlannedCall, type Problem } from '@c7n-ts/core';
import { policyHasFilter } from '../../../common/filters/policy-filters.js';
import { accessPolicyOf, MATCHED_IPS, sourceIpsOf, statementsOf } from '../filters/_source-ips.js';

export default defineAction({
  type: 'remove-matched-source-ips',
  resources: ['aws.elasticsearch'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['es:UpdateElasticsearchDomainConfig'],
  doc: {
    summary:
      "Remove the source IPs the `source-ip` filter matched (which the policy must use, as Cloud Custodian requires) from every Allow statement's `IpAddress` `aws:SourceIp` condition of a domain's access policy, written back with UpdateElasticsearchDomainConfig's AccessPolicies.",
    example: '- remove-matched-source-ips',
  },
  messages: {
    'needs-source-ip': '`remove-matched-source-ips` may only be used with the `source-ip` filter.',
  },
  check(_opts, ctx) {
    const problems: Problem[] = [];
    if (ctx.policy && !policyHasFilter(ctx.policy, 'source-ip'))
      problems.push({
        messageId: 'needs-source-ip',
        message: '`remove-matched-source-ips` may only be used with the `source-ip` filter.',
      });
    return problems;
  },
  reads: () => ['DomainName', 'AccessPolicies', MATCHED_IPS],
  plan(domains, _opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const d of domains) {
      const name = String(d.DomainName ?? '');
      const bad = new Set(((d[MATCHED_IPS] ?? []) as { SourceIp?: string }[]).map((m) => m.SourceIp));
      // c7n ends the whole action at such a domain; `source-ip` never passes one on, so skip it alone.
      if (!bad.size) {
        ctx.log?.('info', `${name}: no matched IPs, no update needed`);
        continue;
      }
      const policy = accessPolicyOf(d);
      let changed = false;
      for (const s of statementsOf(policy)) {
        const ips = sourceIpsOf(s);
        if (!ips.length) continue;
        changed = true;
        const ipAddress = (s as { Condition: { IpAddress: Record<string, unknown> } }).Condition.IpAddress;
        ipAddress['aws:SourceIp'] = [...new Set(ips.filter((ip) => !bad.has(ip)))];
      }
      if (!changed) continue;
      calls.push({
        service: 'es',
        operation: 'UpdateElasticsearchDomainConfig',
        input: { DomainName: name, AccessPolicies: JSON.stringify(policy) },
        resourceIds: [name],
        describe: `remove ${bad.size} source IP${bad.size === 1 ? '' : 's'} from the access policy of ${name}`,
      });
    }
    return calls;
  },
});
