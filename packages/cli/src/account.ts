/**
 * Reaching an account from the CLI: the options `run`, `deploy`, `remove`, `prune` and `notify preview`
 * share, the provider they build, and the flight log of replayed or recorded calls.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AwsProvider, createAwsProvider, flightLogJson } from '@c7n-ts/aws';
import { writeFileAtomic } from '@c7n-ts/core';
import { EXIT_FAILURE, Exit } from './exit.js';
import { outputFileOrExit, recordDirOrExit, replayDirOrExit } from './paths.js';

/** Writes every replayed or recorded call, in order, with its input. */
export async function writeFlightLog(provider: AwsProvider, file: string): Promise<void> {
  await writeFileAtomic(file, flightLogJson(provider.clients.session.calls, process.cwd()));
}

export interface AccountFlags {
  maxAttempts?: number;
  region: string[];
  accountId?: string;
  assumeRole?: string;
  profile?: string;
  replay?: string;
  record?: string;
  flightLog?: string;
}

export async function providerFor(flags: AccountFlags): Promise<AwsProvider> {
  const regions = flags.region.length
    ? flags.region
    : [process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1'];
  if (flags.replay) await replayDirOrExit(flags.replay);
  if (flags.record) await recordDirOrExit(flags.record);
  if (flags.flightLog) await outputFileOrExit(flags.flightLog, '--flight-log');
  try {
    return await createAwsProvider({
      regions,
      accountId: flags.accountId ?? (flags.replay ? replayAccountId(flags.replay, false) : undefined),
      assumeRole: flags.assumeRole,
      profile: flags.profile,
      replay: flags.replay,
      record: flags.record,
      maxAttempts: flags.maxAttempts,
    });
  } catch (err) {
    process.stderr.write(`c7n-ts: ${(err as Error).message}\n`);
    throw new Exit(EXIT_FAILURE);
  }
}

/** The account replayed traffic stands for when no --account-id is given. */
export const DEFAULT_REPLAY_ACCOUNT = '123456789012';

/**
 * The account of a replay without --account-id, the same in every command: the recorded
 * sts.GetCallerIdentity answer when the flight data has one, else 123456789012. With
 * `readRecorded: false` a recorded answer is left to be replayed (undefined), so the call
 * shows in the flight log as it did when it was recorded.
 */
export function replayAccountId(dir: string, readRecorded = true): string | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, 'sts.GetCallerIdentity_1.json'), 'utf8');
  } catch {
    return DEFAULT_REPLAY_ACCOUNT;
  }
  if (!readRecorded) return undefined;
  try {
    const account = (JSON.parse(text) as { data?: { Account?: unknown } }).data?.Account;
    if (typeof account === 'string' && account) return account;
  } catch {
    // A broken file fails with its name when replayed; here the default stands.
  }
  return DEFAULT_REPLAY_ACCOUNT;
}
