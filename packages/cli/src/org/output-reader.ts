/**
 * Where `org report` reads what `org run` wrote: a local OUT directory, or the
 * s3://BUCKET/PREFIX the fan-out writes (docs/org-fanout.md), whose keys follow the same
 * `<account>/<region>/<policy>/` layout. The report needs three things of either: a file's text,
 * the folders under a folder (`-r all`), and how to name a path in a message.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type AwsClients, createClients, flightLogJson, parseS3Url, type S3Location } from '@c7n-ts/aws';
import { writeFileAtomic } from '@c7n-ts/core';
import { EXIT_FAILURE, EXIT_INVALID, Exit } from '../exit.js';
import { inputDirOrExit, outputFileOrExit, recordDirOrExit, replayDirOrExit } from '../paths.js';

/** Paths are relative to OUT and `/`-separated: `dev/us-east-1/ec2-old/resources.json`. */
export interface OutputReader {
  /** The path as a message shows it: `out/dev/...` or `s3://bucket/prefix/dev/...`. */
  where(rel: string): string;
  /** The file's text; undefined when there is none. Throws when it is there but cannot be read. */
  read(rel: string): Promise<string | undefined>;
  /** The names of the folders directly under `rel`, sorted; none when `rel` is not there. */
  folders(rel: string): Promise<string[]>;
  /** Exits 2 when OUT is not there (1 when it cannot be looked at); called once input is valid. */
  check(): Promise<void>;
  /** Releases clients, and writes --flight-log. */
  close(): Promise<void>;
}

/** How `org report -s s3://` reaches the bucket: as `run` reaches an account. */
export interface S3ReadFlags {
  /** The bucket's region (the SDK follows a redirect to another); default AWS_REGION or us-east-1. */
  s3Region?: string;
  profile?: string;
  assumeRole?: string;
  replay?: string;
  record?: string;
  flightLog?: string;
}

function fail(code: number, message: string): never {
  process.stderr.write(`c7n-ts: ${message}\n`);
  throw new Exit(code);
}

/** The reader of `-s`: OUT, or s3://bucket/prefix (exit 2 for a malformed URL or flags). */
export async function outputReaderOrExit(dir: string, flags: S3ReadFlags): Promise<OutputReader> {
  const remote = flags.replay || flags.record || flags.profile || flags.assumeRole || flags.s3Region;
  if (!dir.startsWith('s3://')) {
    if (remote || flags.flightLog) {
      const flag = Object.entries({
        '--replay': flags.replay,
        '--record': flags.record,
        '--profile': flags.profile,
        '--assume-role': flags.assumeRole,
        '--s3-region': flags.s3Region,
        '--flight-log': flags.flightLog,
      }).find(([, v]) => v)?.[0];
      fail(EXIT_INVALID, `${flag} reads an s3:// output; -s ${dir} is a local directory`);
    }
    return localReader(dir);
  }
  const target = parseS3Url(dir);
  if (!target) fail(EXIT_INVALID, `-s ${dir}: expected s3://bucket/prefix`);
  if (flags.replay && flags.record) fail(EXIT_INVALID, '--replay and --record cannot be used together');
  if (flags.replay) await replayDirOrExit(flags.replay);
  if (flags.record) await recordDirOrExit(flags.record);
  if (flags.flightLog) {
    if (!flags.replay && !flags.record) fail(EXIT_INVALID, '--flight-log needs --replay or --record');
    await outputFileOrExit(flags.flightLog, '--flight-log');
  }
  const clients = createClients({
    regions: [flags.s3Region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1'],
    ...(flags.profile && { profile: flags.profile }),
    ...(flags.assumeRole && { assumeRole: flags.assumeRole }),
    ...(flags.replay && { replay: flags.replay }),
    ...(flags.record && { record: flags.record }),
  });
  return s3Reader(target, clients, flags.flightLog);
}

function localReader(root: string): OutputReader {
  return {
    where: (rel) => join(root, rel),
    async read(rel) {
      try {
        return await readFile(join(root, rel), 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw err;
      }
    },
    async folders(rel) {
      return (await readdir(join(root, rel), { withFileTypes: true }).catch(() => []))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();
    },
    check: () => inputDirOrExit(root, '-s'),
    close: async () => {},
  };
}

/** `Code: message` of an SDK error, as a line names it. */
function describe(err: unknown): string {
  const e = err as { name?: string; message?: string };
  return e.name && e.name !== 'Error' ? `${e.name}: ${e.message}` : String(e.message ?? err);
}

function s3Reader(target: S3Location, clients: AwsClients, flightLog?: string): OutputReader {
  const { bucket, prefix } = target;
  const keyOf = (rel: string) => (prefix ? `${prefix}/${rel}` : rel);
  const url = `s3://${bucket}${prefix ? `/${prefix}` : ''}`;
  return {
    where: (rel) => `s3://${bucket}/${keyOf(rel)}`,
    async read(rel) {
      try {
        const out = await clients.send('s3', 'GetObject', { Bucket: bucket, Key: keyOf(rel) });
        const body = out.Body as { transformToString(): Promise<string> } | undefined;
        return body ? await body.transformToString() : '';
      } catch (err) {
        if ((err as Error).name === 'NoSuchKey') return undefined;
        throw new Error(describe(err));
      }
    },
    async folders(rel) {
      const names: string[] = [];
      const under = `${keyOf(rel)}/`;
      let token: string | undefined;
      do {
        const out = await clients.send('s3', 'ListObjectsV2', {
          Bucket: bucket,
          Prefix: under,
          Delimiter: '/',
          ...(token && { ContinuationToken: token }),
        });
        for (const p of (out.CommonPrefixes as { Prefix?: string }[] | undefined) ?? [])
          if (p.Prefix) names.push(p.Prefix.slice(under.length).replace(/\/$/, ''));
        token = out.IsTruncated ? (out.NextContinuationToken as string | undefined) : undefined;
      } while (token);
      return names.sort();
    },
    async check() {
      // As a local -s must be a directory: one key under the prefix, or the bucket is wrong.
      let found: boolean;
      try {
        const out = await clients.send('s3', 'ListObjectsV2', {
          Bucket: bucket,
          Prefix: prefix ? `${prefix}/` : '',
          MaxKeys: 1,
        });
        found = ((out.Contents as unknown[] | undefined) ?? []).length > 0;
      } catch (err) {
        if ((err as Error).name === 'NoSuchBucket') fail(EXIT_INVALID, `-s ${url}: no such bucket`);
        return fail(EXIT_FAILURE, `-s ${url}: cannot list the output: ${describe(err)}`);
      }
      if (!found)
        fail(EXIT_INVALID, `-s ${url}: no object under that prefix; give the -s of org run --fanout`);
    },
    async close() {
      if (flightLog) await writeFileAtomic(flightLog, flightLogJson(clients.session.calls, process.cwd()));
      clients.destroy();
    },
  };
}
