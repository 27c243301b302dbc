/**
 * The function `attach-encrypt` installs (`c7n-s3-encrypt`): on each object-created event,
 * direct from S3 or wrapped in an SNS message, it copies an unencrypted object onto itself
 * with server-side encryption, as Cloud Custodian's s3crypt function does. It imports the S3
 * client only; `config.json` beside it may set `crypto` (AES256 by default) and `key-id`.
 */
import { readFileSync } from 'node:fs';
import { CopyObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';

interface CryptConfig {
  crypto?: 'AES256' | 'aws:kms';
  'key-id'?: string;
}

interface S3Record {
  s3?: { bucket?: { name?: string }; object?: { key?: string; versionId?: string } };
  Sns?: { Message?: string };
}

// CopyObject cannot copy past 5 GB; Cloud Custodian's function skips such objects too.
const MAX_COPY = 5 * 1024 ** 3;

let client: S3Client | undefined;
let config: CryptConfig | undefined;

function loadConfig(): CryptConfig {
  try {
    return JSON.parse(readFileSync(new URL('./config.json', import.meta.url), 'utf8')) as CryptConfig;
  } catch {
    return {};
  }
}

/** S3 event keys are URL-encoded with `+` for spaces. */
export function eventKey(raw: string): string {
  return decodeURIComponent(raw.replace(/\+/g, ' '));
}

/** True when the object's encryption already satisfies the configuration. */
export function encrypted(
  head: { ServerSideEncryption?: string; SSEKMSKeyId?: string },
  keyId?: string,
): boolean {
  if (head.ServerSideEncryption === 'AES256') return !keyId;
  if (head.ServerSideEncryption === 'aws:kms') return !keyId || (head.SSEKMSKeyId ?? '').includes(keyId);
  return false;
}

/** The S3 records of an event, unwrapping SNS notifications. */
export function s3Records(event: unknown): S3Record[] {
  const records = ((event as { Records?: S3Record[] } | undefined)?.Records ?? []) as S3Record[];
  return records.flatMap((r) => (r.Sns ? s3Records(JSON.parse(r.Sns.Message ?? '{}')) : [r]));
}

export async function handler(event: unknown): Promise<{ encrypted: string[] }> {
  client ??= new S3Client({});
  config ??= loadConfig();
  const done: string[] = [];
  for (const r of s3Records(event)) {
    const Bucket = r.s3?.bucket?.name;
    const raw = r.s3?.object?.key;
    if (!Bucket || raw === undefined) continue;
    const Key = eventKey(raw);
    const VersionId = r.s3?.object?.versionId;
    const head = await client.send(new HeadObjectCommand({ Bucket, Key, VersionId }));
    if (encrypted(head, config['key-id'])) continue;
    if (head.StorageClass === 'GLACIER' || head.StorageClass === 'DEEP_ARCHIVE') continue;
    if ((head.ContentLength ?? 0) > MAX_COPY) {
      console.log(`skipped ${Bucket}/${Key}: larger than 5 GB`);
      continue;
    }
    const source = `${Bucket}/${Key}`.split('/').map(encodeURIComponent).join('/');
    await client.send(
      new CopyObjectCommand({
        Bucket,
        Key,
        CopySource: VersionId ? `${source}?versionId=${encodeURIComponent(VersionId)}` : source,
        MetadataDirective: 'COPY',
        ServerSideEncryption: config.crypto ?? 'AES256',
        ...(config['key-id'] && { SSEKMSKeyId: config['key-id'] }),
      }),
    );
    console.log(`remediated ${Bucket}/${Key}`);
    done.push(`${Bucket}/${Key}`);
  }
  return { encrypted: done };
}
