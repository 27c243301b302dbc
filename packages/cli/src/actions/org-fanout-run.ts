/**
 * `c7n-ts org run --fanout`: the same selection and summary as `org run`, run by the Step
 * Functions fan-out `org deploy-fanout` created instead of on this machine. The item list goes
 * to S3, the execution is started and polled, and each account×region's answer is read back
 * from the Map Run's results. Exit codes as org run: 0 all ran, 1 one failed, 2 invalid input.
 *
 * Lambda-mode policies are deployed by each item into its account×region, as org run deploys
 * them. Their archives are built here (esbuild does not run inside Lambda), once per policy and
 * set of account vars, and uploaded beside the item list; each item names its archives. Under
 * --dryrun nothing is built or uploaded: the items evaluate those policies, as org run --dryrun.
 *
 * The flags are org run's (`-c`, `-s`, `-a`, `--not-accounts`, `-t`, `-r`, `-p`, `--resource`,
 * `--var`, `--strict`, `-d`, `--profile`, `--replay`, `--record`, `-o`, `--max-attempts`) plus
 * `fanout` (the name or ARN of the deployed state machine; `true` for the default name) and
 * `fanoutRegion` (where it is; AWS_REGION or us-east-1 by default).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  archiveKey,
  buildArchive,
  createClients,
  DEFAULT_FANOUT_NAME,
  type FanoutArchiveRef,
  type FanoutItemResult,
  flightLogJson,
  itemsLocation,
  parseS3Url,
  runFanout,
  varsList,
} from '@c7n-ts/aws';
import { fixedClock, type LoadedPolicy, writeFileAtomic } from '@c7n-ts/core';
import { Exit } from '../exit.js';
import { getRegistry, type LoadFlags, loadOrExit } from '../load.js';
import { type OrgAccount, regionsOf } from '../org/accounts.js';
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
import { version } from '../version.js';
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
  /** `--archive ZIP` (hidden, for tests): the code of every Lambda-mode policy, no bundle built. */
  archive?: string;
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
  // The same validation per set of account vars as org run (exit 2 before anything starts).
  const policiesFor = await policiesPerVars(files, flags, accounts);
  // Under --dryrun none: the items evaluate Lambda-mode policies instead, as org run --dryrun.
  const toDeploy = new Set(
    selected.filter((p) => isDeployed(p, getRegistry(), Boolean(flags.dryrun))).map((p) => p.name),
  );
  const fixed = flags.archive ? await readArchive(flags.archive) : undefined;
  let now: number;
  try {
    now = fixedClock(process.env) ?? Date.now();
  } catch (err) {
    return invalid((err as Error).message);
  }

  const names = selected.map((p) => p.name);
  // Built before any call: a policy whose archive cannot be built fails in every item (as org run).
  const archives = await buildArchives(accounts, toDeploy, policiesFor, flags, fixed);
  const itemsFor = (a: OrgAccount, refs: FanoutArchiveRef[]) =>
    regionsOf(a, flags.region).map((region) => ({
      account: a.name,
      account_id: a.accountId,
      region,
      role: a.roles,
      ...(a.externalId !== undefined && { external_id: a.externalId }),
      vars: varsList(a.vars, flags.var ?? []),
      policies: names,
      ...(flags.dryrun && { dryrun: true }),
      ...(refs.length > 0 && { archives: refs }),
    }));
  let list = accounts.flatMap((a) => itemsFor(a, []));

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
    // Each archive once, beside the items (its key depends on where the definition puts them).
    const uploads = new Map<string, Uint8Array>();
    list = accounts.flatMap((a) =>
      itemsFor(
        a,
        (archives.get(a) ?? []).map(({ policy, code }) => {
          const key = archiveKey(items, policy, code.sha256);
          uploads.set(key, code.zip);
          return { policy, bucket: items.bucket, key, sha256: code.sha256 };
        }),
      ),
    );
    const started = Date.now();
    const run = await runFanout(
      {
        stateMachineArn,
        region,
        items,
        output: flags.outputDir.replace(/\/+$/, ''),
        list,
        archives: [...uploads].map(([key, zip]) => ({ key, zip })),
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
    for (const c of sorted)
      for (const p of c.policies)
        if (p.deploy?.error)
          process.stderr.write(
            `${c.account} (${c.accountId}) ${c.region}: ${p.policy}: not deployed: ${p.deploy.error}\n`,
          );
  }
  return exitFor(sorted);
}

type Code = { zip: Uint8Array; sha256: string };

/**
 * Each account's archives of the Lambda-mode policies: built once per policy and set of account
 * vars (the policy as those vars load it), as `package` builds one.
 */
async function buildArchives(
  accounts: readonly OrgAccount[],
  toDeploy: ReadonlySet<string>,
  policiesFor: (a: OrgAccount) => LoadedPolicy[],
  flags: OrgFanoutFlags,
  fixed: Code | undefined,
): Promise<Map<OrgAccount, { policy: string; code: Code }[]>> {
  const out = new Map<OrgAccount, { policy: string; code: Code }[]>();
  if (toDeploy.size === 0) return out;
  const built = new Map<string, Promise<Code | undefined>>();
  for (const a of accounts) {
    const vars = JSON.stringify(varsList(a.vars, flags.var ?? []));
    const codes: { policy: string; code: Code }[] = [];
    for (const policy of policiesFor(a).filter((p) => toDeploy.has(p.name))) {
      const key = `${vars}|${policy.name}`;
      let code = built.get(key);
      if (!code) {
        code = fixed
          ? Promise.resolve(fixed)
          : buildArchive(policy, { registry: getRegistry(), version, templateDirs: flags.templateDir }).catch(
              (err: Error) => {
                // The items name no archive for it: the policy fails in each, the others deploy.
                process.stderr.write(
                  `c7n-ts: policy ${policy.name}: cannot build the function's archive: ${err.message}\n`,
                );
                return undefined;
              },
            );
        built.set(key, code);
      }
      const c = await code;
      if (c) codes.push({ policy: policy.name, code: c });
    }
    out.set(a, codes);
  }
  return out;
}

async function readArchive(file: string): Promise<Code> {
  let zip: Uint8Array;
  try {
    zip = new Uint8Array(await readFile(file));
  } catch {
    return invalid(`--archive ${file}: no such file`);
  }
  return { zip, sha256: createHash('sha256').update(zip).digest('base64') };
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
