/**
 * `c7n-ts notify preview`: runs policies as a dry run, so notify renders its messages into the
 * output directory without sending anything, and lists what each recipient would get.
 *
 * What `c7n-ts notify` does; its options and help are declared in commands/notify.ts.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DirectorySink, type LoadedPolicy, type PolicyResult, runPolicies } from '@c7n-ts/core';
import { providerFor, writeFlightLog } from '../account.js';
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, Exit } from '../exit.js';
import { type LoadFlags, loadOrExit } from '../load.js';
import { outputDirOrExit } from '../paths.js';
import { version } from '../version.js';
import { globToRegExp } from './run.js';

/** What notify writes beside the messages (`notify/<action>-index.json`, aws notify/transports/file.ts). */
interface NotifyIndex {
  messages: {
    to: string[];
    cc: string[];
    subject: string;
    resourceIds: string[];
    html: string;
    eml: string;
  }[];
  unaddressed: string[];
}

interface Flags extends LoadFlags {
  policyFilter: string[];
  outputDir?: string;
  replay?: string;
  region?: string;
  accountId?: string;
  profile?: string;
}

export default async function notify(files: string[], flags: Flags) {
  const { policies, vars } = await loadOrExit(files, flags);
  const selected = selectNotifying(policies, flags.policyFilter);
  if (selected.length === 0) {
    process.stderr.write('no policy with a notify action matches the -p selection\n');
    throw new Exit(EXIT_INVALID);
  }
  if (flags.outputDir) await outputDirOrExit(flags.outputDir);
  const out = flags.outputDir ?? mkdtempSync(join(tmpdir(), 'c7n-ts-notify-'));
  const provider = await providerFor({
    region: [flags.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1'],
    accountId: flags.accountId,
    profile: flags.profile,
    replay: flags.replay,
  });
  const results = await runPolicies(selected, {
    provider,
    registry: provider.registry,
    sink: new DirectorySink(out),
    accountId: provider.accountId,
    regions: provider.regions,
    dryrun: true,
    concurrency: 1,
    vars,
    templateDirs: flags.templateDir,
    execute: flags.replay ? { retryDelayMs: 0, waitDelayMs: 0 } : undefined,
    versions: { 'c7n-ts': version, node: process.version },
  });
  if (provider.clients.mode !== 'live') {
    // As `run` does: every replayed call, so a reader can see nothing was changed.
    await writeFlightLog(provider, join(out, 'flight-log.json'));
  }
  for (const r of results) process.stdout.write(describe(r, selected, out));
  throw new Exit(results.some((r) => r.status === 'failed') ? EXIT_FAILURE : EXIT_OK);
}

const notifyIndexes = (p: LoadedPolicy) =>
  ((p.data.actions as unknown[]) ?? []).flatMap((a, i) =>
    a && typeof a === 'object' && (a as { type?: unknown }).type === 'notify' ? [i] : [],
  );

function selectNotifying(policies: LoadedPolicy[], globs: string[]): LoadedPolicy[] {
  const res = globs.map(globToRegExp);
  return policies.filter(
    (p) => notifyIndexes(p).length > 0 && (res.length === 0 || res.some((g) => g.test(p.name))),
  );
}

/** A block per policy: each recipient set, its subject, resource count and the two files. */
function describe(r: PolicyResult, policies: LoadedPolicy[], out: string): string {
  const lines = [
    `policy ${r.policy} (${r.scope.region}): ${r.matched} matched${r.reason ? `; ${r.reason}` : ''}`,
  ];
  const policy = policies.find((p) => p.name === r.policy);
  const dir = join(out, r.outputPath);
  for (const i of policy ? notifyIndexes(policy) : []) {
    const action = (policy!.data.actions as Record<string, unknown>[])[i]!;
    const transport = action.transport as { type?: string; path?: string } | undefined;
    const folder = (transport?.type === 'file' && transport.path) || 'notify';
    const file = join(dir, folder.replace(/\/+$/, ''), `${i}-index.json`);
    const error = r.actions.find((a) => a.index === i)?.error;
    if (error) lines.push(`  notify #${i}: ${error}`);
    if (!existsSync(file)) {
      if (!error) lines.push(`  notify #${i}: nothing to send`);
      continue;
    }
    const index = JSON.parse(readFileSync(file, 'utf8')) as NotifyIndex;
    for (const m of index.messages) {
      const n = m.resourceIds.length;
      const cc = m.cc.length ? ` (cc ${m.cc.join(', ')})` : '';
      lines.push(`  ${m.to.join(', ')}${cc}: ${n} resource${n === 1 ? '' : 's'}, "${m.subject}"`);
      for (const f of [m.html, m.eml]) lines.push(`    ${relative(process.cwd(), join(dir, f)) || f}`);
    }
    if (index.unaddressed.length) lines.push(`  nobody found to tell about: ${index.unaddressed.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
