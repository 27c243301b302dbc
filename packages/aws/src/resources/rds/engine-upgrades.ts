/**
 * The newest engine version each (engine, version) can move to, from DescribeDBEngineVersions:
 * Cloud Custodian's `_get_available_engine_upgrades`, shared by the `upgrade-available` filter
 * and the `upgrade` action.
 */
import { processValueType } from '@c7n-ts/core';

/** Where an instance keeps the version it can upgrade to (Cloud Custodian's key). */
export const ENGINE_UPGRADE = 'c7n-rds-engine-upgrade';

type Send = (operation: string, input: Record<string, unknown>) => Promise<unknown>;

type EngineVersion = {
  Engine?: string;
  EngineVersion?: string;
  ValidUpgradeTarget?: { EngineVersion?: string; IsMajorVersionUpgrade?: boolean }[];
};

/** distutils LooseVersion `a > b`; components that Python cannot order (1 vs 'a') are not greater. */
function newer(a: string, b: string): boolean {
  const [va, vb] = processValueType('version', a, b, { now: 0, resource: null }) as [
    { pyCmp(o: unknown): number },
    unknown,
  ];
  try {
    return va.pyCmp(vb) > 0;
  } catch {
    return false;
  }
}

/** engine -> current version -> newest target; minor upgrades only unless `major`. */
export async function engineUpgrades(send: Send, major: boolean): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  let marker: string | undefined;
  do {
    const page = (await send('DescribeDBEngineVersions', marker ? { Marker: marker } : {})) as {
      DBEngineVersions?: EngineVersion[];
      Marker?: string;
    };
    for (const v of page.DBEngineVersions ?? []) {
      const engine = String(v.Engine);
      const byVersion = out.get(engine) ?? new Map<string, string>();
      out.set(engine, byVersion);
      for (const t of v.ValidUpgradeTarget ?? []) {
        if ((!major && t.IsMajorVersionUpgrade) || !t.EngineVersion) continue;
        const current = String(v.EngineVersion);
        if (newer(t.EngineVersion, byVersion.get(current) ?? '0.0.0'))
          byVersion.set(current, t.EngineVersion);
      }
    }
    marker = page.Marker || undefined;
  } while (marker);
  return out;
}

export function upgradeTarget(
  upgrades: Map<string, Map<string, string>>,
  db: Record<string, unknown>,
): string | undefined {
  return upgrades.get(String(db.Engine))?.get(String(db.EngineVersion));
}
