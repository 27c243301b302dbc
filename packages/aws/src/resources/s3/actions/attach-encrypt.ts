import { pathToFileURL } from 'node:url';
import { type ActionContext, defineAction, type PlannedCall, type Resource } from '@c7n-ts/core';
import { ownModule } from '../../../own-module.js';
import { partitionOf } from '../../../query/arn.js';
import { isServiceError } from '../../../query/errors.js';
import { bucketName, bucketRegion, codeOf, type Reader } from './_bucket.js';

const S3CRYPT_FUNCTION = 'c7n-s3-encrypt';
const S3CRYPT_HANDLER = 'index.handler';
const FUNCTION_CONFIG = {
  FunctionName: S3CRYPT_FUNCTION,
  Handler: S3CRYPT_HANDLER,
  Runtime: 'nodejs20.x',
  MemorySize: 256,
  Timeout: 30,
  Description: 'Custodian S3 Key Encrypt',
} as const;
const CREATED = 's3:ObjectCreated:*';

type Json = Record<string, unknown>;

export default defineAction({
  type: 'attach-encrypt',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      role: {
        type: 'string',
        description: 'ARN of the IAM role the function runs as; required unless the run is a dry run.',
      },
      tags: {
        type: 'object',
        additionalProperties: { type: 'string' },
        description: 'Tags for the function.',
      },
      topic: {
        type: 'string',
        description:
          'Invoke the function from this SNS topic (subscribing it) instead of a bucket notification; `default` uses the topic the bucket already notifies of object creation, or creates one named after the bucket.',
      },
    },
  } as const,
  permissions: [
    's3:GetBucketNotification',
    's3:PutBucketNotification',
    'lambda:GetFunction',
    'lambda:GetFunctionConfiguration',
    'lambda:CreateFunction',
    'lambda:UpdateFunctionCode',
    'lambda:UpdateFunctionConfiguration',
    'lambda:TagResource',
    'lambda:UntagResource',
    'lambda:AddPermission',
    'iam:PassRole',
    'sns:CreateTopic',
    'sns:SetTopicAttributes',
    'sns:Subscribe',
  ],
  doc: {
    summary:
      "Install the `c7n-s3-encrypt` function in each bucket's region (created, or updated when its code or settings differ) and invoke it on every new object, which it copies onto itself with AES256 server-side encryption when unencrypted. By default the bucket notifies the function directly (merged into its notification configuration); with `topic` the function subscribes to an SNS topic instead. As Cloud Custodian's; the function is a Node.js one of c7n-ts.",
    example: '- type: attach-encrypt\n  role: arn:aws:iam::123456789012:role/c7n-s3-encrypt',
  },
  // `topic: default` looks for a topic in the notification configuration fetched with the bucket.
  reads: (opts) => (opts.topic === 'default' ? ['Notification'] : []),
  async plan(buckets, opts, ctx) {
    const read = ctx.read;
    if (!read) throw new Error('attach-encrypt needs read access to look up the function');
    if (!opts.role && !ctx.dryrun)
      throw new Error('attach-encrypt: `role` must be given (the IAM role the function runs as)');
    const byRegion = new Map<string, Resource[]>();
    for (const b of buckets) {
      const region = bucketRegion(b) ?? ctx.region ?? 'us-east-1';
      byRegion.set(region, [...(byRegion.get(region) ?? []), b]);
    }
    const calls: PlannedCall[] = [];
    for (const [region, inRegion] of byRegion) {
      const ids = inRegion.flatMap((b) => bucketName(b) ?? []);
      const fn = await publish(read, region, ids, opts, ctx);
      calls.push(...fn.calls);
      let wait = fn.wait;
      for (const b of inRegion) {
        const bucket = bucketName(b);
        if (!bucket) continue;
        const sub = opts.topic
          ? viaTopic(b, bucket, region, opts.topic, fn.arn, ctx)
          : await viaNotification(read, bucket, region, fn.arn, ctx);
        if (wait && sub[0]) {
          sub[0] = { ...sub[0], waitFor: wait };
          wait = undefined;
        }
        calls.push(...sub.map((c) => ({ ...c, region })));
      }
    }
    return calls;
  },
});

interface FunctionSpec {
  role?: string;
  tags?: Record<string, string>;
}

type ArchiveModule = typeof import('../../../lambda/s3crypt/archive.js');

/**
 * The archive builder runs esbuild, which policy Lambda bundles leave out: it is imported by a
 * path the bundler does not follow (archive.js in dist, archive.ts in the sources), so a
 * deployed policy running this action fails with this error instead of shipping a bundler.
 */
async function archiveModule(): Promise<ArchiveModule> {
  const file = ownModule('lambda/s3crypt/archive');
  if (file) return (await import(pathToFileURL(file).href)) as ArchiveModule;
  throw new Error(
    `attach-encrypt cannot build the ${S3CRYPT_FUNCTION} function here: run it from the c7n-ts CLI`,
  );
}

/** The archive's bytes, or in a dry run (where nothing is sent) a note of its size. */
async function code(ctx: ActionContext): Promise<{ zip: Uint8Array | string; sha256: string }> {
  const archive = await (await archiveModule()).s3cryptArchive();
  return { zip: ctx.dryrun ? `<${archive.zip.length}-byte archive>` : archive.zip, sha256: archive.sha256 };
}

/** Creates the function, or updates what differs, as Cloud Custodian's LambdaManager.publish. */
async function publish(read: Reader, region: string, ids: string[], spec: FunctionSpec, ctx: ActionContext) {
  const base = { service: 'lambda', region, resourceIds: ids };
  const name = S3CRYPT_FUNCTION;
  let existing: Json | undefined;
  try {
    existing = (await read('lambda', 'GetFunction', { FunctionName: name }, region)) as Json;
  } catch (e) {
    if (!isServiceError(e) || codeOf(e) !== 'ResourceNotFoundException') throw e;
  }
  const config = { ...FUNCTION_CONFIG, Role: spec.role ?? '' };
  const calls: PlannedCall[] = [];
  const waitFor = (status: 'State' | 'LastUpdateStatus', value: string) => ({
    service: 'lambda',
    operation: 'GetFunctionConfiguration',
    input: { FunctionName: name },
    ready: (out: unknown) => (out as Json | undefined)?.[status] === value,
    describe: `function ${name} in ${region} to become ${value.toLowerCase()}`,
  });
  if (!existing) {
    calls.push({
      ...base,
      operation: 'CreateFunction',
      input: {
        ...config,
        Publish: true,
        Code: { ZipFile: (await code(ctx)).zip },
        ...(spec.tags && { Tags: spec.tags }),
      },
      describe: `create function ${name} in ${region}`,
    });
    const arn = `arn:${partitionOf(region)}:lambda:${region}:${ctx.accountId ?? ''}:function:${name}`;
    return { calls, arn, wait: waitFor('State', 'Active') };
  }
  const current = (existing.Configuration ?? {}) as Json;
  const arn = String(current.FunctionArn ?? '').replace(/:function:([^:]+):.*$/, ':function:$1');
  let wait: ReturnType<typeof waitFor> | undefined;
  const archive = await code(ctx);
  if (current.CodeSha256 !== archive.sha256) {
    calls.push({
      ...base,
      operation: 'UpdateFunctionCode',
      input: { FunctionName: name, Publish: true, ZipFile: archive.zip },
      describe: `update the code of function ${name} in ${region}`,
    });
    wait = waitFor('LastUpdateStatus', 'Successful');
  }
  const have = (existing.Tags ?? {}) as Record<string, string>;
  const want = spec.tags ?? {};
  const add = Object.fromEntries(Object.entries(want).filter(([k, v]) => have[k] !== v));
  const drop = Object.keys(have).filter((k) => !(k in want));
  if (Object.keys(add).length)
    calls.push({
      ...base,
      operation: 'TagResource',
      input: { Resource: arn, Tags: add },
      describe: `tag function ${name} in ${region}`,
    });
  if (drop.length)
    calls.push({
      ...base,
      operation: 'UntagResource',
      input: { Resource: arn, TagKeys: drop },
      describe: `remove tags ${drop.join(', ')} from function ${name} in ${region}`,
    });
  const changed = Object.entries(config).filter(([k, v]) => {
    // A role given by name matches the function's role ARN, as Cloud Custodian allows.
    if (k === 'Role') return v !== current.Role && String(current.Role ?? '').split('/')[1] !== v;
    return current[k] !== v;
  });
  if (changed.length) {
    calls.push({
      ...base,
      operation: 'UpdateFunctionConfiguration',
      input: config,
      describe: `update function ${name} in ${region} (${changed.map(([k]) => k).join(', ')})`,
      ...(wait && { waitFor: wait }),
    });
    wait = waitFor('LastUpdateStatus', 'Successful');
  }
  return { calls, arn, wait };
}

const invokeFrom = (bucket: string, fields: Json): PlannedCall => ({
  service: 'lambda',
  operation: 'AddPermission',
  input: { FunctionName: S3CRYPT_FUNCTION, Action: 'lambda:InvokeFunction', ...fields },
  resourceIds: [bucket],
  // The permission is already there.
  okErrors: ['ResourceConflictException'],
  describe: `let ${fields.Principal} invoke ${S3CRYPT_FUNCTION} for ${bucket}`,
});

/** The bucket notifies the function directly (Cloud Custodian's BucketLambdaNotification). */
async function viaNotification(
  read: Reader,
  bucket: string,
  region: string,
  arn: string,
  ctx: ActionContext,
) {
  const out = ((await read('s3', 'GetBucketNotificationConfiguration', { Bucket: bucket }, region)) ??
    {}) as Json;
  const { $metadata: _m, ResponseMetadata: _r, ...notifies } = out;
  const wanted = { Id: S3CRYPT_FUNCTION, LambdaFunctionArn: arn, Events: [CREATED] };
  const lambdas = Array.isArray(notifies.LambdaFunctionConfigurations)
    ? (notifies.LambdaFunctionConfigurations as Json[])
    : [];
  const found = lambdas.filter((c) => c.Id === S3CRYPT_FUNCTION).at(-1);
  if (found) {
    // Cloud Custodian compares these (and `Filters`, a key S3 never answers with).
    const same = (['Id', 'LambdaFunctionArn', 'Events'] as const).every(
      (k) => JSON.stringify(found[k]) === JSON.stringify((wanted as Json)[k]),
    );
    if (same) {
      ctx.log?.('info', `s3: ${bucket} already notifies ${S3CRYPT_FUNCTION}`);
      return [];
    }
  }
  const calls: PlannedCall[] = [
    invokeFrom(bucket, {
      StatementId: bucket,
      Principal: 's3.amazonaws.com',
      ...(ctx.accountId
        ? { SourceAccount: ctx.accountId, SourceArn: `arn:${partitionOf(region)}:s3:::*` }
        : { SourceArn: `arn:${partitionOf(region)}:s3:::${bucket}` }),
    }),
    {
      service: 's3',
      operation: 'PutBucketNotificationConfiguration',
      input: {
        Bucket: bucket,
        NotificationConfiguration: {
          ...notifies,
          LambdaFunctionConfigurations: [...lambdas.filter((c) => c !== found), wanted],
        },
      },
      resourceIds: [bucket],
      describe: `notify ${S3CRYPT_FUNCTION} of objects created in ${bucket}`,
    },
  ];
  return calls;
}

/** The function subscribes to a topic the bucket notifies (Cloud Custodian's BucketSNSNotification). */
function viaTopic(
  b: Resource,
  bucket: string,
  region: string,
  topic: string,
  arn: string,
  ctx: ActionContext,
) {
  const calls: PlannedCall[] = [];
  let topics = [topic];
  if (topic === 'default') {
    const notifies = { ...((b.Notification ?? {}) as Json) };
    const existing = Array.isArray(notifies.TopicConfigurations)
      ? (notifies.TopicConfigurations as Json[])
      : [];
    topics = existing
      .filter((t) => Array.isArray(t.Events) && t.Events.includes(CREATED))
      .map((t) => String(t.TopicArn));
    if (!topics.length) {
      // CreateTopic answers the same ARN for an existing topic of this name.
      const topicArn = `arn:${partitionOf(region)}:sns:${region}:${ctx.accountId ?? ''}:${bucket}`;
      const policy = {
        Statement: [
          {
            Action: 'SNS:Publish',
            Effect: 'Allow',
            Resource: topicArn,
            Principal: { Service: 's3.amazonaws.com' },
          },
        ],
      };
      const one = { resourceIds: [bucket] };
      calls.push(
        {
          ...one,
          service: 'sns',
          operation: 'CreateTopic',
          input: { Name: bucket },
          describe: `create topic ${bucket}`,
        },
        {
          ...one,
          service: 'sns',
          operation: 'SetTopicAttributes',
          input: { TopicArn: topicArn, AttributeName: 'Policy', AttributeValue: JSON.stringify(policy) },
          describe: `let S3 publish to topic ${bucket}`,
        },
        {
          ...one,
          service: 's3',
          operation: 'PutBucketNotificationConfiguration',
          input: {
            Bucket: bucket,
            NotificationConfiguration: {
              ...notifies,
              TopicConfigurations: [...existing, { TopicArn: topicArn, Events: [CREATED] }],
            },
          },
          describe: `notify topic ${bucket} of objects created in ${bucket}`,
        },
      );
      topics = [topicArn];
    }
  }
  for (const topicArn of topics) {
    const topicName = topicArn.split(':')[5] ?? topicArn;
    calls.push(
      invokeFrom(bucket, {
        StatementId: `sns-topic-${topicName}`,
        SourceArn: topicArn,
        Principal: 'sns.amazonaws.com',
      }),
      {
        service: 'sns',
        operation: 'Subscribe',
        input: { TopicArn: topicArn, Protocol: 'lambda', Endpoint: arn },
        resourceIds: [bucket],
        describe: `subscribe ${S3CRYPT_FUNCTION} to topic ${topicName} for ${bucket}`,
      },
    );
  }
  return calls;
}
