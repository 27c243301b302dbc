/** What `c7n-ts org deploy-fanout` does; its options and help are in commands/org-fanout.ts. */
import { readFile } from 'node:fs/promises';
import {
  buildFanoutArchive,
  codeSha256,
  createClients,
  deployFanout,
  FanoutDefinitionError,
  type FanoutDeployResult,
  flightLogJson,
  parseS3Url,
  varsList,
} from '@c7n-ts/aws';
import { writeFileAtomic } from '@c7n-ts/core';
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, Exit } from '../exit.js';
import { type LoadFlags, loadOrExit } from '../load.js';
import { invalid, policiesPerVars, selectedAccountsOrExit } from '../org/command.js';
import { inputDirOrExit, recordDirOrExit } from '../paths.js';
import { version } from '../version.js';

interface Flags extends LoadFlags {
  config: string;
  role: string;
  statesRole?: string;
  bucket: string;
  name: string;
  concurrency: number;
  region?: string;
  dryrun?: boolean;
  accountId?: string;
  profile?: string;
  replay?: string;
  record?: string;
  flightLog?: string;
  output: string;
  archive?: string;
}

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

export default async function orgDeployFanout(files: string[], flags: Flags) {
  if (flags.output !== 'text' && flags.output !== 'json') invalid(`-o ${flags.output}: use text or json`);
  for (const [flag, arn] of [
    ['--role', flags.role],
    ['--states-role', flags.statesRole],
  ] as const)
    if (arn !== undefined && !ROLE_ARN.test(arn))
      invalid(`${flag} ${arn}: give an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME)`);
  const bucket = parseS3Url(flags.bucket);
  if (!bucket) invalid(`--bucket ${flags.bucket}: give s3://bucket/prefix`);
  if (!/^[A-Za-z0-9-_]{1,64}$/.test(flags.name))
    invalid(`--name ${flags.name}: 1 to 64 letters, digits, - or _ (a function and a state machine name)`);
  if (flags.replay) await inputDirOrExit(flags.replay, '--replay');
  if (flags.record) await recordDirOrExit(flags.record);
  if (flags.replay && flags.record) invalid('--replay and --record cannot be used together');

  const accounts = await selectedAccountsOrExit({
    ...flags,
    output: 'text',
    accounts: [],
    notAccounts: [],
    tags: [],
    region: [],
    concurrency: 1,
    maxAttempts: 1,
  });
  // Validated as org run loads them. Lambda-mode policies are embedded too: the items deploy them.
  await loadOrExit(files, flags);
  const withoutRoles = accounts.filter((a) => a.roles.length === 0 && a.profile !== undefined);
  for (const a of withoutRoles)
    process.stderr.write(
      `c7n-ts: account ${a.name} (${flags.config}) uses profile ${a.profile}: the fan-out function assumes roles; give it a role\n`,
    );
  if (withoutRoles.length) throw new Exit(EXIT_INVALID);

  // The policies as each distinct set of account vars makes them (validated, exit 2 otherwise).
  const policiesFor = await policiesPerVars(files, flags, accounts);
  const sets = new Map<string, { vars: string[]; policies: ReturnType<typeof policiesFor> }>();
  for (const a of accounts) {
    const vars = varsList(a.vars, flags.var ?? []);
    sets.set(JSON.stringify(vars), { vars, policies: policiesFor(a) });
  }

  const code = flags.archive
    ? await readArchive(flags.archive)
    : await buildFanoutArchive([...sets.values()], version);
  const region = flags.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const clients = createClients({
    regions: [region],
    ...(flags.accountId && { accountId: flags.accountId }),
    ...(flags.profile && { profile: flags.profile }),
    ...(flags.replay && { replay: flags.replay }),
    ...(flags.record && { record: flags.record }),
  });
  let result: FanoutDeployResult | undefined;
  let failure: unknown;
  try {
    result = await deployFanout(
      {
        name: flags.name,
        role: flags.role,
        statesRole: flags.statesRole ?? flags.role,
        concurrency: flags.concurrency,
        items: 's3',
        results: { bucket: bucket.bucket, prefix: [bucket.prefix, 'results'].filter(Boolean).join('/') },
        code,
        version,
      },
      {
        send: clients.send,
        region,
        accountId: await clients.accountId(),
        dryrun: Boolean(flags.dryrun),
        ...(flags.replay && { pollMs: 0 }),
      },
    );
  } catch (err) {
    failure = err;
  } finally {
    if (flags.flightLog && clients.mode !== 'live')
      await writeFileAtomic(flags.flightLog, flightLogJson(clients.session.calls, process.cwd()));
    clients.destroy();
  }
  if (failure instanceof FanoutDefinitionError) {
    process.stderr.write(`c7n-ts: ${failure.message}\n`);
    throw new Exit(EXIT_INVALID);
  }
  if (failure || !result) {
    process.stderr.write(`c7n-ts: org deploy-fanout failed: ${(failure as Error).message}\n`);
    throw new Exit(EXIT_FAILURE);
  }
  if (flags.output === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    const what = !result.changes.length
      ? 'nothing to change'
      : flags.dryrun
        ? `would ${result.changes.map((c) => c.replace(/^(creat|updat)ed/, '$1e')).join(', ')}`
        : result.changes.join(', ');
    process.stdout.write(
      `${[
        `fan-out ${result.name} in ${region}: ${what}`,
        `  function       ${result.functionArn}`,
        `  state machine  ${result.stateMachineArn}`,
        `  policies       ${[...new Set([...sets.values()].flatMap((s) => s.policies.map((p) => p.name)))].join(', ')} (${sets.size} set${sets.size === 1 ? '' : 's'} of account vars)`,
        `  items/results  s3://${bucket.bucket}/${bucket.prefix ? `${bucket.prefix}/` : ''}{items,results}/`,
        '',
        flags.dryrun
          ? 'Nothing was changed (--dryrun).'
          : `Run it: c7n-ts org run --fanout -c ${flags.config} -s s3://BUCKET/PREFIX ${files.join(' ')}`,
      ].join('\n')}\n`,
    );
  }
  throw new Exit(EXIT_OK);
}

async function readArchive(file: string): Promise<{ zip: Uint8Array; sha256: string }> {
  let zip: Uint8Array;
  try {
    zip = new Uint8Array(await readFile(file));
  } catch {
    return invalid(`--archive ${file}: no such file`);
  }
  return { zip, sha256: codeSha256(zip) };
}
