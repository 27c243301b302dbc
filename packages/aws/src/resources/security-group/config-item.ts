/**
 * `source: config` for security groups: Config's permission entries differ from describe's
 * (null ports, null pair members, no `Ipv6Ranges`, CIDRs as `ipv4Ranges` or, in the legacy
 * form, plain strings under `ipRanges`); this makes them describe's again.
 */
import type { Resource } from '@c7n-ts/core';

export function loadSecurityGroupItem(resource: Resource): Resource {
  for (const set of ['IpPermissions', 'IpPermissionsEgress']) {
    const perms = resource[set];
    if (!Array.isArray(perms)) continue;
    for (const p of perms as Record<string, unknown>[]) {
      if (p.FromPort === null) delete p.FromPort;
      if (p.ToPort === null) delete p.ToPort;
      if (!('Ipv6Ranges' in p)) p.Ipv6Ranges = [];
      for (const pair of (p.UserIdGroupPairs ?? []) as Record<string, unknown>[])
        for (const [k, v] of Object.entries(pair)) if (v === null) delete pair[k];
      if (Array.isArray(p.IpRanges)) p.IpRanges = p.IpRanges.map((v) => ({ CidrIp: v }));
      if ('Ipv4Ranges' in p) {
        p.IpRanges = p.Ipv4Ranges;
        delete p.Ipv4Ranges;
      }
    }
  }
  return resource;
}
