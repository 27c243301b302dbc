/** Helpers shared by the dynamodb-table actions. */
import type { PlannedCall, Resource } from '@c7n-ts/core';

/**
 * One call per table, for the ACTIVE tables only (Cloud Custodian's filter_resources on
 * TableStatus: the others are skipped and logged).
 */
export function perActiveTable(
  tables: readonly Resource[],
  operation: string,
  verb: string,
  log: ((level: 'info', message: string) => void) | undefined,
  input: (name: string) => Record<string, unknown> = (name) => ({ TableName: name }),
  okErrors: readonly string[] = [],
): PlannedCall[] {
  return tables.flatMap((t) => {
    const name = typeof t.TableName === 'string' ? t.TableName : undefined;
    if (!name) return [];
    if (t.TableStatus !== 'ACTIVE') {
      log?.('info', `dynamodb: ${name} is ${String(t.TableStatus)}, not ACTIVE; not ${verb}d`);
      return [];
    }
    return [
      {
        service: 'dynamodb',
        operation,
        input: input(name),
        resourceIds: [name],
        describe: `${verb} ${name}`,
        ...(okErrors.length ? { okErrors: [...okErrors] } : {}),
      },
    ];
  });
}
