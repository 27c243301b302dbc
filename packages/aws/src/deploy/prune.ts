/**
 * What c7n-ts deployed in a region, found by our policy tag through the Resource Groups
 * Tagging API, grouped by policy. `prune` removes the groups of policies no longer in the
 * user's files with the same routine as `remove`.
 */
import type { DeployEnv } from './env.js';
import { tagMap } from './env.js';
import {
  CONFIG_RULE_TAG,
  HUB_ACTION_TAG,
  POLICY_TAG,
  parseDeployedArn,
  parseScheduleTag,
  SCHEDULE_TAG,
} from './names.js';
import type { Deployed } from './remove.js';

export const DEPLOYED_RESOURCE_TYPES = ['lambda:function', 'events:rule', 'logs:log-group'];

/** Every deployment tagged by c7n-ts in the region, sorted by policy name. */
export async function listDeployed(env: DeployEnv): Promise<Deployed[]> {
  const byPolicy = new Map<string, Deployed>();
  let token: string | undefined;
  do {
    const out = await env.send(
      'tagging',
      'GetResources',
      {
        TagFilters: [{ Key: POLICY_TAG }],
        ResourceTypeFilters: DEPLOYED_RESOURCE_TYPES,
        ...(token && { PaginationToken: token }),
      },
      env.region,
    );
    for (const m of (out.ResourceTagMappingList ?? []) as { ResourceARN?: string; Tags?: unknown }[]) {
      const tags = tagMap(m.Tags);
      const policy = tags[POLICY_TAG];
      const parsed = m.ResourceARN ? parseDeployedArn(m.ResourceARN) : undefined;
      if (!policy || !parsed) continue;
      let d = byPolicy.get(policy);
      if (!d) {
        d = { policy, functions: [], rules: [], logGroups: [] };
        byPolicy.set(policy, d);
      }
      const list = parsed.kind === 'function' ? d.functions : parsed.kind === 'rule' ? d.rules : d.logGroups;
      if (!list.includes(parsed.name)) list.push(parsed.name);
      // A schedule has no tags; its function's tag names it.
      const schedule = parsed.kind === 'function' ? parseScheduleTag(tags[SCHEDULE_TAG]) : undefined;
      if (schedule) d.schedules = [...(d.schedules ?? []), schedule];
      // Config rules and custom actions are not found by our tag either: their function names them.
      const configRule = parsed.kind === 'function' ? tags[CONFIG_RULE_TAG] : undefined;
      if (configRule) d.configRules = [...(d.configRules ?? []), configRule];
      const action = parsed.kind === 'function' ? tags[HUB_ACTION_TAG] : undefined;
      if (action) d.actionTargets = [...(d.actionTargets ?? []), action];
    }
    token = (out.PaginationToken as string | undefined) || undefined;
  } while (token);
  return [...byPolicy.values()].sort((a, b) => a.policy.localeCompare(b.policy));
}

/** The deployments of policies not in `keep`. */
export function prunable(deployed: readonly Deployed[], keep: Iterable<string>): Deployed[] {
  const names = new Set(keep);
  return deployed.filter((d) => !names.has(d.policy));
}
