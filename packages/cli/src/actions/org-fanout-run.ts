/**
 * `c7n-ts org run --fanout`: the same selection and summary as `org run`, run by the Step
 * Functions fan-out `org deploy-fanout` created instead of on this machine. The item list goes
 * to S3, the execution is started and polled, and each account×region's answer is read back
 * from the Map Run's results. Exit codes as org run: 0 all ran, 1 one failed, 2 invalid input.
 *
 * The flags are org run's (`-c`, `-s`, `-a`, `--not-accounts`, `-t`, `-r`, `-p`, `--resource`,
 * `--var`, `--strict`, `-d`, `--profile`, `--replay`, `--record`, `-o`, `--max-attempts`) plus
 * `fanout` (the name or ARN of the deployed state machine; `true` for the default name) and
 * `fanoutRegion` (where it is; AWS_REGION or us-east-1 by default).
 */
import {
  createClients,
  DEFAULT_FANOUT_NAME,
  type FanoutItemResult,
  flightLogJson,
  itemsLocation,
  parseS3Url,
  runFanout,
  varsList,
} from '@c7n-ts/aws';
import { fixedClock, writeFileAtomic } from '@c7n-ts/core';
import { Exit } from '../exit.js';
import { getRegistry, type LoadFlags, loadOrExit } from '../load.js';
import { regionsOf } from '../org/accounts.js';
import {
  exitFor,
  invalid,
  type OrgFlags,
  policiesPerVars,
  reportErrors,
  selectedAccountsOrExit,
} from '../org/command.js';
import { sortCells, summaryJson, summaryTable } from '../org/summary.js';
import type { Cell } from '../org/worker.js';
import { isDeployed } from './deploy.js';
import { select } from './run.js';

export interface OrgFanoutFlags extends LoadFlags, OrgFlags {
  output: string;
  outputDir: string;
  policyFilter: string[];
  resource: string[];
  dryrun?: boolean;
  /** `--fanout [NAME|ARN]`: the deployed state machine; true means the default name. */
  fanout: string | true;
  /** `--fanout-region`: where the state machine is. */
  fanoutRegion?: string;
  /** `--flight-log FILE` with --replay/--record: every call, in order. */
  flightLog?: string;
}

export default async function orgFanoutRun(files: string[], flags: OrgFanoutFlags): Promise<never> {
  const accounts = await selectedAccountsOrExit(flags);
  const output = parseS3Url(flags.outputDir);
  if (!output)
    invalid(`-s ${flags.outputDir}: with --fanout the output is s3://bucket/prefix (the function writes it)`);
  if (flags.region.includes('all')) invalid('-r all with --fanout is not supported yet: name the regions');
  const profiled = accounts.find((a) => a.roles.length === 0 && a.profile !== undefined);
  if (profiled)
    invalid(`account ${profiled.name} (${flags.config}) uses a profile: the fan-out function assumes roles`);
  if (flags.replay && flags.record) invalid('--replay and --record cannot be used together');
  const { policies } = await loadOrExit(files, flags);
  const selected = select(policies, flags);
  if (selected.length === 0) invalid('no policy matches the -p/--resource selection');
  const lambdaMode = selected.find((p) => isDeployed(p, getRegistry(), Boolean(flags.dryrun)));
  if (lambdaMode)
    invalid(
      `policy ${lambdaMode.name}: Lambda-mode policies in the fan-out are not supported yet; run them with org run`,
    );
  // The same validation per set of account vars as org run (exit 2 before anything starts).
  await policiesPerVars(files, flags, accounts);
  let now: number;
  try {
    now = fixedClock(process.env) ?? Date.now();
  } catch (err) {
    return invalid((err as Error).message);
  }

  const names = selected.map((p) => p.name);
  const list = accounts.flatMap((a) =>
    regionsOf(a, flags.region).map((region) => ({
      account: a.name,
      account_id: a.accountId,
      region,
      role: a.roles,
      ...(a.externalId !== undefined && { external_id: a.externalId }),
      vars: varsList(a.vars, flags.var ?? []),
      policies: names,
      ...(flags.dryrun && { dryrun: true }),
    })),
  );

  const region =
    flags.fanoutRegion ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const clients = createClients({
    regions: [region],
    maxAttempts: flags.maxAttempts,
    ...(flags.profile && { profile: flags.profile }),
    ...(flags.replay && { replay: flags.replay }),
    ...(flags.record && { record: flags.record }),
  });
  const target = flags.fanout === true ? DEFAULT_FANOUT_NAME : flags.fanout;
  const progress = flags.output === 'json' || !process.stderr.isTTY ? undefined : process.stderr;
  let cells: Cell[];
  try {
    const stateMachineArn = target.startsWith('arn:')
      ? target
      : `arn:aws:states:${region}:${await clients.accountId()}:stateMachine:${target}`;
    const machine = await clients.send('states', 'DescribeStateMachine', { stateMachineArn });
    const name = `c7n-ts-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
    const items = itemsLocation(machine.definition, name);
    if (!items)
      return invalid(
        `${stateMachineArn} is not a c7n-ts fan-out (its definition writes no results); deploy it with org deploy-fanout`,
      );
    const started = Date.now();
    const run = await runFanout(
      {
        stateMachineArn,
        region,
        items,
        output: flags.outputDir.replace(/\/+$/, ''),
        list,
        name,
        ...(flags.replay && { pollMs: 0 }),
        onPoll: (status) =>
          progress?.write(
            `\r\x1b[Korg run --fanout: ${list.length} account×regions, ${status} ${Math.round((Date.now() - started) / 1000)} s`,
          ),
      },
      clients.send,
    );
    if (progress) progress.write('\r\x1b[K');
    if (run.error)
      process.stderr.write(`c7n-ts: execution ${run.executionArn} ${run.status}: ${run.error}\n`);
    cells = cellsOf(list, run.results, run.error ? { code: run.status, message: run.error } : undefined);
  } catch (err) {
    if (err instanceof Exit) throw err;
    process.stderr.write(`c7n-ts: org run --fanout: ${(err as Error).message}\n`);
    throw new Exit(1);
  } finally {
    if (flags.flightLog && clients.mode !== 'live')
      await writeFileAtomic(flags.flightLog, flightLogJson(clients.session.calls, process.cwd()));
    clients.destroy();
  }
  const sorted = sortCells(
    cells,
    accounts.map((a) => a.name),
  );
  if (flags.output === 'json')
    process.stdout.write(`${JSON.stringify(summaryJson(sorted, names), null, 2)}\n`);
  else {
    process.stdout.write(`${summaryTable(sorted, names)}\n`);
    reportErrors(sorted);
  }
  return exitFor(sorted);
}

/** One cell per item: its answer, or the execution's failure when it never answered. */
function cellsOf(
  list: readonly { account: string; account_id: string; region: string }[],
  results: readonly FanoutItemResult[],
  failed: { code: string; message: string } | undefined,
): Cell[] {
  const byKey = new Map(results.map((r) => [`${r.account}/${r.region}`, r]));
  return list.map((item) => {
    const r = byKey.get(`${item.account}/${item.region}`);
    if (!r)
      return {
        account: item.account,
        accountId: item.account_id,
        region: item.region,
        status: 'error',
        error: {
          stage: 'fanout',
          code: failed?.code ?? 'NoResult',
          message: failed?.message ?? 'no result for this account×region in the Map Run',
        },
        policies: [],
      };
    return {
      account: r.account,
      accountId: r.account_id,
      region: r.region,
      status: r.status,
      ...(r.error && { error: r.error }),
      policies: r.policies,
    };
  });
}
