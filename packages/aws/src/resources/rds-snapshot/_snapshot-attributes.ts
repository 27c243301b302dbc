/**
 * The `restore` attribute of RDS instance and cluster snapshots, which the `cross-account`
 * filter reads and `set-permissions` changes: the same calls over the DB and DBCluster snapshot
 * APIs (Describe/Modify{DB,DBCluster}SnapshotAttribute(s) and their field names).
 */
export const ATTRIBUTES = 'c7n:attributes';
export const VIOLATIONS = 'c7n:CrossAccountViolations';

export type SnapshotApi = 'DB' | 'DBCluster';

/** Operation and field names of one snapshot API. */
export function snapshotAttributeApi(api: SnapshotApi) {
  return {
    type: api === 'DB' ? 'aws.rds-snapshot' : 'aws.rds-cluster-snapshot',
    /** `snapshot` or `cluster snapshot`, for docs and messages. */
    noun: api === 'DB' ? 'snapshot' : 'cluster snapshot',
    idField: `${api}SnapshotIdentifier`,
    describe: `Describe${api}SnapshotAttributes`,
    modify: `Modify${api}SnapshotAttribute`,
    /** `restore` and its siblings, by name, from a describe answer. */
    attributesOf(out: Record<string, unknown> | undefined): Record<string, string[]> {
      const result = out?.[`${api}SnapshotAttributesResult`] as Record<string, unknown> | undefined;
      const list = (result?.[`${api}SnapshotAttributes`] ?? []) as {
        AttributeName?: string;
        AttributeValues?: string[];
      }[];
      return Object.fromEntries(list.map((a) => [a.AttributeName ?? '', a.AttributeValues ?? []]));
    },
  } as const;
}
