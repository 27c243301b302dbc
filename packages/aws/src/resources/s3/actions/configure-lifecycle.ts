import { defineAction, type JSONSchema, type PlannedCall } from '@c7n-ts/core';
import { bucketName, inBucketRegions } from './_bucket.js';

const int = (description: string): JSONSchema => ({ type: 'integer', description });
const str = (description: string): JSONSchema => ({ type: 'string', description });
const obj = (
  description: string,
  properties: Record<string, JSONSchema>,
  extra: object = {},
): JSONSchema => ({
  type: 'object',
  additionalProperties: false,
  description,
  properties,
  ...extra,
});
const keyedTag = obj(
  'A tag the objects carry.',
  { Key: str('Tag key.'), Value: str('Tag value.') },
  {
    required: ['Key', 'Value'],
  },
);

/**
 * A lifecycle rule as PutBucketLifecycleConfiguration takes it (Cloud Custodian's subset). Typed
 * as a plain schema: the plan passes rules through as data.
 */
const rule: JSONSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['ID', 'Status'],
  properties: {
    ID: str('Rule id; an existing rule with this id is replaced.'),
    Status: {
      enum: ['Enabled', 'Disabled', 'absent'],
      description: '`absent` removes the rule with this id.',
    },
    Prefix: str('Key prefix of the objects (legacy form of Filter.Prefix).'),
    Expiration: obj('When current versions expire.', {
      Date: str('Date (ISO 8601).'),
      Days: int('Days after creation.'),
      ExpiredObjectDeleteMarker: { type: 'boolean', description: 'Remove expired delete markers.' },
    }),
    Filter: obj(
      'Which objects the rule applies to (one condition, or `And`).',
      {
        Prefix: str('Key prefix.'),
        ObjectSizeGreaterThan: int('Minimum size in bytes.'),
        ObjectSizeLessThan: int('Maximum size in bytes.'),
        Tag: keyedTag,
        And: obj('All of these conditions.', {
          Prefix: str('Key prefix.'),
          ObjectSizeGreaterThan: int('Minimum size in bytes.'),
          ObjectSizeLessThan: int('Maximum size in bytes.'),
          Tags: { type: 'array', items: keyedTag, description: 'Tags the objects carry.' },
        }),
      },
      { minProperties: 1, maxProperties: 1 },
    ),
    Transitions: {
      type: 'array',
      description: 'Storage class changes of current versions.',
      items: obj('A transition.', {
        Date: str('Date (ISO 8601).'),
        Days: int('Days after creation.'),
        StorageClass: str('Target storage class.'),
      }),
    },
    NoncurrentVersionTransitions: {
      type: 'array',
      description: 'Storage class changes of noncurrent versions.',
      items: obj('A transition.', {
        NoncurrentDays: int('Days after becoming noncurrent.'),
        NewerNoncurrentVersions: int('Newer noncurrent versions to keep.'),
        StorageClass: str('Target storage class.'),
      }),
    },
    NoncurrentVersionExpiration: obj('When noncurrent versions expire.', {
      NoncurrentDays: int('Days after becoming noncurrent.'),
      NewerNoncurrentVersions: int('Newer noncurrent versions to keep.'),
    }),
    AbortIncompleteMultipartUpload: obj('When incomplete multipart uploads are stopped.', {
      DaysAfterInitiation: int('Days after the upload began.'),
    }),
  },
} as const;

type Rule = Record<string, unknown> & { ID?: unknown; Status?: unknown };

export default defineAction({
  type: 'configure-lifecycle',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      rules: {
        type: 'array',
        items: rule,
        description:
          'Rules to set: each replaces the rule with its ID or is added; `Status: absent` removes the rule with that ID.',
      },
    },
  } as const,
  permissions: ['s3:GetLifecycleConfiguration', 's3:PutLifecycleConfiguration'],
  doc: {
    summary:
      "Add, replace (by ID) or remove (`Status: absent`) lifecycle rules in the lifecycle configuration fetched with the bucket, and write it with PutBucketLifecycleConfiguration, or DeleteBucketLifecycle when no rule is left, as Cloud Custodian's configure-lifecycle. Buckets whose configuration could not be read (AccessDenied) are left alone; AccessDenied on the write is logged, not a failure.",
    example: [
      '- type: configure-lifecycle',
      '  rules:',
      '    - ID: archive-logs',
      '      Status: Enabled',
      '      Filter:',
      '        Prefix: logs/',
      '      Transitions:',
      '        - Days: 60',
      '          StorageClass: GLACIER',
    ].join('\n'),
  },
  reads: () => ['Lifecycle'],
  plan(buckets, opts, ctx) {
    const calls: PlannedCall[] = [];
    const wanted = (opts.rules ?? []) as Rule[];
    for (const b of buckets) {
      const bucket = bucketName(b);
      if (!bucket) continue;
      const denied = b['c7n:DeniedMethods'];
      if (Array.isArray(denied) && denied.includes('get_bucket_lifecycle_configuration')) {
        ctx.log?.('warn', `s3: the lifecycle of ${bucket} could not be read; not changed`);
        continue;
      }
      const lifecycle = b.Lifecycle as { Rules?: Rule[] } | null | undefined;
      const config: (Rule | undefined)[] = [...(lifecycle?.Rules ?? [])];
      for (const r of wanted) {
        const at = config.findIndex((x) => x && x.ID === r.ID);
        if (at >= 0) config[at] = r.Status === 'absent' ? undefined : r;
        else if (r.Status !== 'absent') config.push(r);
      }
      const rules = config.filter((x): x is Rule => x !== undefined);
      // Cloud Custodian writes whether or not anything changed; recordings count on the call.
      calls.push(
        rules.length
          ? {
              service: 's3',
              operation: 'PutBucketLifecycleConfiguration',
              input: { Bucket: bucket, LifecycleConfiguration: { Rules: rules } },
              resourceIds: [bucket],
              okErrors: ['AccessDenied'],
              describe: `set ${rules.length} lifecycle rule${rules.length === 1 ? '' : 's'} on ${bucket} (${rules.map((x) => String(x.ID)).join(', ')})`,
            }
          : {
              service: 's3',
              operation: 'DeleteBucketLifecycle',
              input: { Bucket: bucket },
              resourceIds: [bucket],
              okErrors: ['AccessDenied'],
              describe: `delete the lifecycle configuration of ${bucket}, no rule being left`,
            },
      );
    }
    return inBucketRegions(calls, buckets);
  },
});
