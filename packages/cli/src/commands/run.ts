import { join, relative } from 'node:path';
import { type AwsProvider, createAwsProvider } from '@c7n-ts/aws';
import {
  DirectorySink,
  type LoadedPolicy,
  type PolicyResult,
  runPolicies,
  writeFileAtomic,
} from '@c7n-ts/core';
import type { Command } from 'commander';
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, Exit } from '../exit.js';
import { type LoadFlags, loadOrExit } from '../load.js';
import { version } from '../version.js';
import { collect } from './validate.js';

interface Flags extends LoadFlags {
  outputDir: string;
  policyFilter?: string[];
  resource?: string[];
  region: string[];
  accountId?: string;
  assumeRole?: string;
  profile?: string;
  dryrun?: boolean;
  replay?: string;
  record?: string;
  maxAttempts: string;
  concurrency: string;
}

export function register(program: Command): void {
  program
    .command('run')
    .description(
      'Run policies in pull mode: list each resource type, filter, and act on the matches. ' +
        'Writes OUT/<policy>/resources.json, metadata.json and custodian-run.log (plan.json and plan.txt with --dryrun); ' +
        'with --replay or --record also OUT/flight-log.json, every API call in order.',
    )
    .argument('<files...>', 'policy files (YAML or JSON)')
    .requiredOption('-s, --output-dir <dir>', "where to write each policy's output")
    .option('-p, --policy-filter <glob>', 'run only policies whose name matches (repeatable)', collect, [])
    .option('--resource <type>', 'run only policies on this resource type (repeatable)', collect, [])
    .option(
      '-r, --region <region>',
      'region to run in (repeatable); default AWS_REGION or us-east-1',
      collect,
      [],
    )
    .option('--account-id <id>', 'account id to use instead of asking STS')
    .option('--assume-role <arn>', 'IAM role to assume before running')
    .option('--profile <name>', 'AWS shared-config profile')
    .option('--dryrun', 'make no changes: write plan.json / plan.txt describing what each action would do')
    .option(
      '--replay <dir>',
      'serve every AWS call from recorded flight data in DIR (no network, no credentials)',
    )
    .option('--record <dir>', 'record every AWS response into DIR as flight data')
    .option('--max-attempts <n>', 'attempts per AWS call (throttling is retried with backoff)', '8')
    .option('--concurrency <n>', 'policies run at once', '4')
    .option('--strict', 'treat validation warnings as errors')
    .option('--var <key=value>', 'a variable for {key} in policy strings (repeatable)', collect, [])
    .option('-o, --output <format>', 'text or json (a JSON summary on stdout)', 'text')
    .addHelpText(
      'after',
      [
        '',
        'Exit codes: 0 every policy ran, 1 a policy or an action failed, 2 invalid input (nothing was run).',
        '',
        'Examples:',
        '  $ c7n-ts run -s out policies/ec2.yml',
        '  $ c7n-ts run -s out --dryrun -r us-east-1 -r eu-west-1 policies/*.yml',
        '  $ c7n-ts run -s out --replay examples/demo-account --account-id 123456789012 examples/ec2-owner-tags.yml',
      ].join('\n'),
    )
    .action(async (files: string[], flags: Flags) => {
      const { policies, vars } = await loadOrExit(files, flags);
      const selected = select(policies, flags);
      if (selected.length === 0) {
        process.stderr.write('no policy matches the -p/--resource selection\n');
        throw new Exit(EXIT_INVALID);
      }
      const regions = flags.region.length
        ? flags.region
        : [process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1'];
      let provider: AwsProvider;
      try {
        provider = await createAwsProvider({
          regions,
          accountId: flags.accountId,
          assumeRole: flags.assumeRole,
          profile: flags.profile,
          replay: flags.replay,
          record: flags.record,
          maxAttempts: Number(flags.maxAttempts),
        });
      } catch (err) {
        process.stderr.write(`c7n-ts: ${(err as Error).message}\n`);
        throw new Exit(EXIT_FAILURE);
      }
      const json = flags.output === 'json';
      const results = await runPolicies(selected, {
        provider,
        registry: provider.registry,
        sink: new DirectorySink(flags.outputDir),
        accountId: provider.accountId,
        regions: provider.regions,
        dryrun: Boolean(flags.dryrun),
        // Replayed traffic is served by call order: run one policy at a time so it is stable.
        concurrency: flags.replay ? 1 : Number(flags.concurrency),
        vars,
        versions: { 'c7n-ts': version, node: process.version },
        onResult: json
          ? undefined
          : (r) => process.stdout.write(`${summaryLine(r, Boolean(flags.dryrun))}\n`),
      });
      if (provider.clients.mode !== 'live') {
        // Every call replayed or recorded, in order: what tests and reviewers assert on.
        const log = provider.clients.session.calls.map((c) => ({
          service: c.service,
          operation: c.operation,
          file: relative(process.cwd(), c.file),
          input: c.input,
          ok: c.ok,
          errorCode: c.errorCode,
        }));
        await writeFileAtomic(join(flags.outputDir, 'flight-log.json'), `${JSON.stringify(log, null, 2)}\n`);
      }
      if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      throw new Exit(results.some((r) => r.status === 'failed') ? EXIT_FAILURE : EXIT_OK);
    });
}

function select(policies: LoadedPolicy[], flags: Flags): LoadedPolicy[] {
  const globs = (flags.policyFilter ?? []).map(globToRegExp);
  const types = flags.resource ?? [];
  return policies.filter(
    (p) =>
      (globs.length === 0 || globs.some((g) => g.test(p.name))) &&
      (types.length === 0 || types.some((t) => t === p.resourceType || `aws.${t}` === p.resourceType)),
  );
}

/** fnmatch-style, as Cloud Custodian's -p: `*`, `?`, `[abc]`. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (const ch of glob) {
    if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else if (ch === '[' || ch === ']') re += ch;
    else re += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function summaryLine(r: PolicyResult, dryrun: boolean): string {
  const mark = r.status === 'ok' ? 'ok  ' : r.status === 'skipped' ? 'skip' : 'FAIL';
  const parts = [`${mark} ${r.policy}`, r.scope.region, `${r.matched}/${r.fetched} ${r.resourceType}`];
  for (const a of r.actions) {
    if (dryrun) parts.push(`${a.type}: would make ${a.planned.length} call(s)`);
    else if (a.error) parts.push(`${a.type}: error`);
    else {
      const failed = a.outcomes.filter((o) => !o.ok).length;
      parts.push(`${a.type}: ${a.outcomes.length - failed} ok${failed ? `, ${failed} failed` : ''}`);
    }
  }
  if (r.reason) parts.push(r.reason);
  parts.push(`${(r.durationMs / 1000).toFixed(2)}s`);
  return parts.join('  ');
}
