/**
 * `c7n-ts notify preview`: runs policies as a dry run, so notify renders its messages into the
 * output directory without sending anything, and lists what each recipient would get.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DirectorySink, type LoadedPolicy, type PolicyResult, runPolicies } from '@c7n-ts/core';
import type { Command } from 'commander';
import { providerFor, writeFlightLog } from '../account.js';
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, Exit } from '../exit.js';
import { type LoadFlags, loadOrExit } from '../load.js';
import { outputDirOrExit } from '../paths.js';
import { version } from '../version.js';
import { globToRegExp } from './run.js';
import { collect } from './validate.js';

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

export function register(program: Command): void {
  const notify = program
    .command('notify')
    .description('Work with the notify action: see what it would send.');
  notify
    .command('preview')
    .description(
      'Run policies as a dry run (no change, no message sent) and list the email each recipient ' +
        'would get: OUT/<policy>/notify/<action>-<recipients>.html (open in a browser) and .eml ' +
        '(open in a mail client); with --replay also OUT/flight-log.json, every API call made.',
    )
    .argument('<files...>', 'policy files (YAML or JSON)')
    .option(
      '-p, --policy-filter <glob>',
      'preview only policies whose name matches (repeatable); default: every policy with a notify action',
      collect,
      [],
    )
    .option('-s, --output-dir <dir>', 'where to write the messages (default: a new temporary directory)')
    .option(
      '--replay <dir>',
      'serve every AWS call from recorded flight data in DIR (no network, no credentials)',
    )
    .option('-r, --region <region>', 'region to run in (default AWS_REGION or us-east-1)')
    .option('--account-id <id>', 'account id to use instead of asking STS')
    .option('--profile <name>', 'AWS shared-config profile')
    .option(
      '--template-dir <dir>',
      "where notify looks for templates before the policy file's directory (repeatable)",
      collect,
      [],
    )
    .option('--var <key=value>', 'a variable for {key} in policy strings (repeatable)', collect, [])
    .addHelpText(
      'after',
      [
        '',
        'Exit codes: 0 previewed, 1 a policy failed, 2 invalid input.',
        '',
        'Examples:',
        '  $ c7n-ts notify preview policies/ec2.yml -p ec2-untagged',
        '  $ c7n-ts notify preview examples/ec2-notify-owners.yml --replay examples/demo-account --account-id 123456789012 -s out/preview',
      ].join('\n'),
    )
    .action(async (files: string[], flags: Flags) => {
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
    });
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
