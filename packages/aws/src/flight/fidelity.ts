/**
 * Where boto3's parsed output (what placebo files hold) and SDK v3's deserialized output
 * differ for the same response. Both follow the same service models and member names, so the
 * list is short; everything not listed here is served as recorded. Generic rules live in
 * codec.ts (datetimes, streaming bodies, null = absent, ResponseMetadata dropped).
 *
 * Checked and equal, so not listed: S3 GetBucketPolicy (`Policy` is a JSON string in both),
 * GetBucketTagging without tags (a `NoSuchTagSet` error in both), GetBucketLocation in
 * us-east-1 (boto3's `LocationConstraint: null` becomes absent, as the SDK leaves it).
 */

/**
 * A fix for one operation's successful output. Fixes get a shallow copy: they may replace or
 * delete top-level members only.
 */
export interface OutputFix {
  service: string;
  operations: readonly string[];
  why: string;
  /** Placebo data -> SDK shape, before the generic decoding. */
  replay?(data: Record<string, unknown>): void;
  /** SDK output -> placebo shape, before the generic encoding. */
  record?(output: Record<string, unknown>): void;
}

export const outputFixes: readonly OutputFix[] = [
  {
    service: 's3',
    operations: ['ListObjects', 'ListObjectsV2', 'ListObjectVersions', 'ListMultipartUploads'],
    why:
      'boto3 asks S3 for url-encoded keys and decodes them itself, but leaves EncodingType: url in ' +
      'its output; an SDK caller honouring EncodingType would decode the keys a second time.',
    replay(data) {
      if (data.EncodingType === 'url') delete data.EncodingType;
    },
  },
  {
    service: 'lambda',
    operations: ['Invoke'],
    why: 'boto3 returns Payload as a StreamingBody; the SDK returns it as a Uint8Array.',
    replay(data) {
      const p = data.Payload as { __class__?: unknown; body?: unknown } | undefined;
      if (p?.__class__ === 'StreamingBody')
        data.Payload = new Uint8Array(Buffer.from(String(p.body ?? ''), 'base64'));
    },
    record(output) {
      if (output.Payload instanceof Uint8Array) {
        output.Payload = { __class__: 'StreamingBody', body: Buffer.from(output.Payload).toString('base64') };
      }
    },
  },
  {
    service: 'iam',
    operations: ['GetCredentialReport'],
    why: 'boto3 returns Content as bytes, which placebo stores as its UTF-8 text (the CSV); the SDK returns a Uint8Array.',
    replay(data) {
      if (typeof data.Content === 'string') data.Content = new TextEncoder().encode(data.Content);
    },
    record(output) {
      if (output.Content instanceof Uint8Array) output.Content = new TextDecoder().decode(output.Content);
    },
  },
];

/**
 * Error codes botocore writes that the SDK names differently. A HEAD request's error has no
 * body: botocore uses the HTTP status as the code, the SDK's REST-XML protocol says NotFound.
 */
export const errorCodeAliases: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  s3: { '404': 'NotFound' },
};

export function outputFixFor(service: string, operation: string): OutputFix | undefined {
  return outputFixes.find((f) => f.service === service && f.operations.includes(operation));
}
