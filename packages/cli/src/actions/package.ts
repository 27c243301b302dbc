/** What `c7n-ts package` does; its options and help are declared in commands/package.ts. */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type Archive, buildArchive, LAMBDA_HANDLER, modeOf } from '@c7n-ts/aws';
import type { LoadedPolicy } from '@c7n-ts/core';
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, Exit } from '../exit.js';
import { getRegistry, type LoadFlags, loadOrExit } from '../load.js';
import { version } from '../version.js';
import { globToRegExp } from './run.js';

interface Flags extends LoadFlags {
  policyFilter: string[];
  out: string;
}

export default async function packageCommand(files: string[], flags: Flags) {
  const { policies } = await loadOrExit(files, flags);
  const policy = lambdaPolicyOrExit(policies, flags.policyFilter);
  const archive = await buildOrExit(policy, flags.templateDir ?? []);
  try {
    await writeBytesAtomic(flags.out, archive.zip);
  } catch (err) {
    // A path that cannot be written is the user's to fix: invalid input, as `run -s`.
    process.stderr.write(`c7n-ts: -o ${flags.out}: cannot write the file: ${(err as Error).message}\n`);
    throw new Exit(EXIT_INVALID);
  }
  const mode = modeOf(policy.data).type;
  process.stdout.write(
    [
      `wrote ${flags.out} (${(archive.size / 1024).toFixed(1)} KB)`,
      `  policy      ${policy.name} (${policy.resourceType}, mode ${mode})`,
      `  CodeSha256  ${archive.sha256}`,
      `  handler     ${LAMBDA_HANDLER} (nodejs20.x)`,
      `  clients     ${archive.clients.join(', ') || 'none'}`,
      `  files       ${archive.files.join(', ')}`,
      '',
    ].join('\n'),
  );
  throw new Exit(EXIT_OK);
}

/**
 * The one policy the command works on: the only one in the files, or the one -p selects.
 * It must have a Lambda mode. Anything else is invalid input (exit 2).
 */
export function lambdaPolicyOrExit(
  policies: readonly LoadedPolicy[],
  filters: readonly string[],
): LoadedPolicy {
  const globs = filters.map(globToRegExp);
  const selected = globs.length ? policies.filter((p) => globs.some((g) => g.test(p.name))) : policies;
  const names = policies.map((p) => p.name).join(', ');
  if (selected.length !== 1) {
    process.stderr.write(
      selected.length === 0
        ? `no policy matches ${filters.map((f) => `-p ${f}`).join(' ')}; the files hold: ${names}\n`
        : `${selected.length} policies match (${selected.map((p) => p.name).join(', ')}); choose one with -p\n`,
    );
    throw new Exit(EXIT_INVALID);
  }
  const policy = selected[0]!;
  const mode = modeOf(policy.data).type;
  if (!getRegistry().mode(mode)?.serverless) {
    process.stderr.write(
      `policy ${policy.name} has mode ${mode}, which runs from the CLI; only a Lambda mode (every mode but pull) is packaged\n`,
    );
    throw new Exit(EXIT_INVALID);
  }
  return policy;
}

export async function buildOrExit(policy: LoadedPolicy, templateDirs: readonly string[]): Promise<Archive> {
  try {
    return await buildArchive(policy, { registry: getRegistry(), version, templateDirs });
  } catch (err) {
    process.stderr.write(`c7n-ts: cannot build the archive of ${policy.name}: ${(err as Error).message}\n`);
    throw new Exit(EXIT_FAILURE);
  }
}

async function writeBytesAtomic(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
