/**
 * Cloud Custodian's AgeFilter with only `days` and `op` (the snapshot `age` filters): a resource
 * matches when `now - days` OP its date. Without a date it does not match.
 */
import { ageMs, compare, comparisonOp, defineFilter, type ElementDoc, toMs } from '@c7n-ts/core';

export interface DateAgeSpec {
  /** Registry name (`age`). */
  type: string;
  resources: readonly string[];
  /** Top-level field holding the date (`StartTime`, `SnapshotCreateTime`). */
  field: string;
  /** The date, when it is not the field's value as is (read from text in it, say). */
  dateOf?: (value: unknown) => unknown;
  /** What `days` counts, for its description. */
  days?: string;
  doc: ElementDoc;
}

export function dateAgeFilter(spec: DateAgeSpec) {
  return defineFilter({
    type: spec.type,
    pure: true,
    resources: spec.resources,
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        days: {
          type: 'number',
          description: `${spec.days ?? 'Age in days'}; fractions allowed. Default 0.`,
        },
        op: {
          ...comparisonOp,
          default: 'greater-than',
          description: `${comparisonOp.description} Default greater-than.`,
        },
      },
    } as const,
    permissions: [], // reads the describe output only
    doc: spec.doc,
    reads: () => [spec.field],
    compile(opts) {
      const op = opts.op ?? 'greater-than';
      return {
        kind: 'match',
        match(resource, { now }) {
          const value = resource[spec.field];
          const born = toMs(spec.dateOf ? spec.dateOf(value) : value);
          if (Number.isNaN(born)) return false;
          // c7n compares `threshold OP date`: `op: ge, days: 7` means 7+ days old.
          return compare(op, now - ageMs(opts), born);
        },
      };
    },
  });
}
