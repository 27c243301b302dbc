/**
 * Cloud Custodian's lambda trim-versions: per function, the aliases (ListAliases, every page)
 * unless `exclude-aliases: false`, then its versions (ListVersionsByFunction, every page); each
 * numbered version not aliased, not newer than `older-than` days and (with `retain-latest`) not
 * the code $LATEST runs is deleted by its qualified ARN (DeleteFunction).
 */
import { defineAction, type PlannedCall, parseDate } from '@c7n-ts/core';

type Version = {
  Version?: string;
  FunctionArn?: string;
  CodeSha256?: string;
  CodeSize?: number;
  LastModified?: string;
};
type Read = (service: string, operation: string, input: Record<string, unknown>) => Promise<unknown>;

async function pages<T>(
  read: Read,
  operation: string,
  items: string,
  input: Record<string, unknown>,
): Promise<T[]> {
  const out: T[] = [];
  let marker: string | undefined;
  do {
    const page = (await read('lambda', operation, marker ? { ...input, Marker: marker } : input)) as Record<
      string,
      unknown
    >;
    out.push(...((page[items] ?? []) as T[]));
    marker = typeof page.NextMarker === 'string' && page.NextMarker ? page.NextMarker : undefined;
  } while (marker);
  return out;
}

export default defineAction({
  type: 'trim-versions',
  resources: ['aws.lambda'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'exclude-aliases': {
        type: 'boolean',
        default: true,
        description: 'Keep the versions an alias points to (default true).',
      },
      'retain-latest': {
        type: 'boolean',
        default: false,
        description: 'Keep the numbered version(s) whose code is the same as $LATEST.',
      },
      'older-than': {
        type: 'number',
        description: 'Only delete versions last modified more than this many days ago.',
      },
    },
  } as const,
  permissions: ['lambda:ListAliases', 'lambda:ListVersionsByFunction', 'lambda:DeleteFunction'],
  doc: {
    summary:
      "Delete a function's old numbered versions (DeleteFunction on each version's ARN): never $LATEST, by default not those an alias points to, optionally only those older than `older-than` days or not the code $LATEST runs.",
    example: '- type: trim-versions\n  older-than: 60\n  retain-latest: true',
  },
  reads: () => ['FunctionName'],
  async plan(functions, opts, ctx) {
    if (!functions.length) return [];
    const read = ctx.read;
    if (!read) throw new Error('trim-versions needs to list versions and aliases');
    const days = opts['older-than'];
    const threshold = days ? (ctx.executionStart ?? Date.now()) - days * 86_400_000 : undefined;
    const calls: PlannedCall[] = [];
    for (const f of functions) {
      const name = String(f.FunctionName);
      const aliased = new Set<string>();
      if (opts['exclude-aliases'] ?? true)
        for (const a of await pages<{ AliasArn?: string; FunctionVersion?: string }>(
          read,
          'ListAliases',
          'Aliases',
          {
            FunctionName: name,
          },
        ))
          aliased.add(
            `${String(a.AliasArn).slice(0, String(a.AliasArn).lastIndexOf(':'))}:${a.FunctionVersion}`,
          );
      let latestSha: string | undefined;
      for (const v of await pages<Version>(read, 'ListVersionsByFunction', 'Versions', {
        FunctionName: name,
      })) {
        // As c7n: $LATEST comes first in the listing, so later versions compare with its code.
        if (v.Version === '$LATEST') {
          latestSha = v.CodeSha256;
          continue;
        }
        if (aliased.has(String(v.FunctionArn))) continue;
        if (threshold !== undefined && (parseDate(v.LastModified)?.getTime() ?? 0) > threshold) continue;
        if ((opts['retain-latest'] ?? false) && latestSha && v.CodeSha256 === latestSha) continue;
        calls.push({
          service: 'lambda',
          operation: 'DeleteFunction',
          input: { FunctionName: v.FunctionArn },
          resourceIds: [name],
          describe: `delete version ${v.Version} of ${name}`,
        });
      }
    }
    return calls;
  },
});
