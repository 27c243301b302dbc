/**
 * Facts about a DB instance that several rds actions share: which instances a call can apply to
 * (Cloud Custodian's eligibility rules, which keep it from making calls RDS is sure to refuse)
 * and how snapshots made by an action are named.
 */
import type { PlannedCall, Resource } from '@c7n-ts/core';

export function text(r: Resource, key: string): string | undefined {
  const v = r[key];
  return typeof v === 'string' && v ? v : undefined;
}

/**
 * `<prefix>-<db>-<YYYY-MM-DD-HH-MM>`, as Cloud Custodian names the snapshots it takes (`Backup`)
 * and final snapshots on delete (`Final`). UTC here; Cloud Custodian uses the host's clock.
 */
export function snapshotIdentifier(prefix: string, db: string, now: number): string {
  const iso = new Date(now).toISOString(); // 2026-11-23T14:05:09.000Z
  return `${prefix}-${db}-${iso.slice(0, 10)}-${iso.slice(11, 13)}-${iso.slice(14, 16)}`;
}

/** Why RDS would refuse a manual snapshot or a retention change, or undefined when it would not. */
export function backupIneligibility(db: Resource): string | undefined {
  if (db.DBInstanceStatus !== 'available') return `status is ${String(db.DBInstanceStatus ?? 'unknown')}`;
  // Cluster members are backed up (and their retention set) through the cluster.
  if (text(db, 'DBClusterIdentifier')) return 'it is a cluster member';
  if (text(db, 'ReadReplicaSourceDBInstanceIdentifier')) {
    if (db.Engine === 'postgres') return 'it is a postgres read replica';
    if (db.Engine === 'mysql') {
      const m = /^(\d+)\.(\d+)\./.exec(text(db, 'EngineVersion') ?? '');
      const [major, minor] = [Number(m?.[1]), Number(m?.[2])];
      if (m && (major < 5 || (major === 5 && minor < 6))) return 'it is a mysql read replica before 5.6';
    }
  }
  return undefined;
}

/** Why DeleteDBInstance could not take a final snapshot of this instance, or undefined. */
export function finalSnapshotIneligibility(db: Resource): string | undefined {
  const status = String(db.DBInstanceStatus ?? '');
  // RDS only deletes instances in these states with SkipFinalSnapshot.
  if (['creating', 'failed', 'incompatible-restore', 'incompatible-network'].includes(status))
    return `status is ${status}`;
  if (text(db, 'ReadReplicaSourceDBInstanceIdentifier')) return 'it is a read replica';
  if (text(db, 'DBClusterIdentifier')) return 'it is a cluster member';
  return undefined;
}

/** Engines RDS can stop and start (Cloud Custodian's list; Aurora goes through the cluster). */
const START_STOP_ENGINES = new Set([
  'db2-ae',
  'db2-se',
  'mariadb',
  'mysql',
  'oracle-ee',
  'oracle-ee-cdb',
  'oracle-se',
  'oracle-se1',
  'oracle-se2',
  'oracle-se2-cdb',
  'postgres',
  'sqlserver-ee',
  'sqlserver-ex',
  'sqlserver-se',
  'sqlserver-web',
]);

/**
 * Why StopDBInstance (from `available`) or StartDBInstance (from `stopped`) would be refused,
 * per https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_StopInstance.html.
 */
export function startStopIneligibility(db: Resource, from: 'available' | 'stopped'): string | undefined {
  if (db.DBInstanceStatus !== from)
    return `status is ${String(db.DBInstanceStatus ?? 'unknown')}, not ${from}`;
  const engine = text(db, 'Engine') ?? '';
  if (db.MultiAZ === true && engine.startsWith('sqlserver-')) return 'it is a Multi-AZ SQL Server instance';
  if (!START_STOP_ENGINES.has(engine)) return `engine ${engine || 'unknown'} cannot be stopped or started`;
  const replicas = db.ReadReplicaDBInstanceIdentifiers;
  if (Array.isArray(replicas) && replicas.length > 0) return 'it has read replicas';
  if (text(db, 'ReadReplicaSourceDBInstanceIdentifier')) return 'it is a read replica';
  if (text(db, 'DBClusterIdentifier')) return 'it is a cluster member';
  return undefined;
}

/** What `start` and `stop` read to decide whether RDS would accept the call. */
export const START_STOP_READS = [
  'DBInstanceIdentifier',
  'DBInstanceStatus',
  'Engine',
  'MultiAZ',
  'ReadReplicaDBInstanceIdentifiers',
  'ReadReplicaSourceDBInstanceIdentifier',
  'DBClusterIdentifier',
];

/** One call per instance in `fromState` that RDS would start or stop; the others are logged. */
export function planStartStop(
  dbs: readonly Resource[],
  how: {
    operation: 'StartDBInstance' | 'StopDBInstance';
    verb: 'start' | 'stop';
    fromState: 'available' | 'stopped';
  },
  log: ((level: 'info', message: string) => void) | undefined,
): PlannedCall[] {
  const calls: PlannedCall[] = [];
  for (const db of dbs) {
    const id = text(db, 'DBInstanceIdentifier');
    if (!id) continue;
    const why = startStopIneligibility(db, how.fromState);
    if (why) {
      log?.('info', `rds: not ${how.verb === 'stop' ? 'stopping' : 'starting'} ${id}: ${why}`);
      continue;
    }
    calls.push({
      service: 'rds',
      operation: how.operation,
      input: { DBInstanceIdentifier: id },
      resourceIds: [id],
      describe: `${how.verb} ${id}`,
    });
  }
  return calls;
}
