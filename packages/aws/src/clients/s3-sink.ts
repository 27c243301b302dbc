/**
 * `run -s s3://bucket/prefix`: the run's files written to S3 with PutObject, under the same
 * relative paths as in a local directory (`prefix/<policy>/resources.json`, ...), so a
 * `aws s3 sync` of the prefix reads like a local output directory. Each object is written whole
 * (S3 has no partial objects); logs are kept in memory and written at close.
 */
import type { OutputSink } from '@c7n-ts/core';
import type { AwsClients } from './index.js';

export interface S3Location {
  bucket: string;
  /** Key prefix without leading or trailing `/`; may be empty. */
  prefix: string;
}

/** `s3://bucket/some/prefix/` -> { bucket, prefix: 'some/prefix' }; undefined for other URLs. */
export function parseS3Url(url: string): S3Location | undefined {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(url);
  if (!m?.[1]) return undefined;
  return { bucket: m[1], prefix: (m[2] ?? '').replace(/^\/+|\/+$/g, '') };
}

export class S3Sink implements OutputSink {
  readonly location: string;
  private readonly logs = new Map<string, string[]>();

  constructor(
    private readonly clients: AwsClients,
    private readonly target: S3Location,
    /** The bucket's region, when known; else the clients' default (the SDK follows redirects). */
    private readonly region?: string,
  ) {
    this.location = `s3://${target.bucket}${target.prefix ? `/${target.prefix}` : ''}`;
  }

  keyFor(relPath: string): string {
    const rel = relPath.replace(/^\/+/, '');
    return this.target.prefix ? `${this.target.prefix}/${rel}` : rel;
  }

  async write(relPath: string, content: string): Promise<void> {
    await this.clients.send(
      's3',
      'PutObject',
      {
        Bucket: this.target.bucket,
        Key: this.keyFor(relPath),
        Body: content,
        // As Cloud Custodian's S3 output: the bucket's owner controls what another account's
        // run writes there, and the objects are encrypted with S3's own keys.
        ACL: 'bucket-owner-full-control',
        ServerSideEncryption: 'AES256',
        ContentType: relPath.endsWith('.json')
          ? 'application/json'
          : relPath.endsWith('.log')
            ? 'application/x-ndjson'
            : 'text/plain; charset=utf-8',
      },
      this.region,
    );
  }

  appendLog(relPath: string, line: string): void {
    const lines = this.logs.get(relPath) ?? [];
    if (lines.length === 0) this.logs.set(relPath, lines);
    lines.push(line);
  }

  async close(): Promise<void> {
    // Every log is attempted; the first failure is reported after.
    let failure: unknown;
    for (const [rel, lines] of [...this.logs].sort(([a], [b]) => a.localeCompare(b))) {
      try {
        await this.write(rel, `${lines.join('\n')}\n`);
      } catch (err) {
        failure ??= err;
      }
    }
    this.logs.clear();
    if (failure) throw failure;
  }
}
