/**
 * Cloud Custodian's enable-data-events: one trail (`data-trail.name`) logs S3 object events of
 * every bucket, and no management events. Reads (DescribeTrails, GetEventSelectors) happen
 * while planning; under --dryrun the writes are only listed.
 */
import { defineAction, type PlannedCall, type Problem } from '@c7n-ts/core';

interface EventSelector {
  IncludeManagementEvents?: boolean;
  DataResources?: { Type?: string; Values?: string[] }[];
}

const MESSAGES = {
  'create-bucket': 'data-trail.create needs data-trail.s3-bucket, the bucket the trail writes to.',
};

/** A selector already logs every bucket's objects (`arn:aws:s3:::`, as c7n tests it). */
const logsAllBuckets = (events: readonly EventSelector[]) =>
  events.some((e) =>
    (e.DataResources ?? []).some(
      (d) =>
        d.Type === 'AWS::S3::Object' &&
        (d.Values ?? []).some(
          (v) =>
            v
              .split(':')
              .at(-1)
              ?.replace(/^\/+|\/+$/g, '') === '',
        ),
    ),
  );

export default defineAction({
  type: 'enable-data-events',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['data-trail'],
    properties: {
      'data-trail': {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        description: 'The trail that logs the data events.',
        properties: {
          name: { type: 'string', description: 'The name of the data trail.' },
          create: {
            type: 'boolean',
            description: 'Create the trail when it does not exist (needs `s3-bucket`).',
          },
          type: {
            enum: ['ReadOnly', 'WriteOnly', 'All'],
            description: 'Which S3 object events to log; `All` when absent.',
          },
          topic: { type: 'string', description: 'If creating, the SNS topic the trail notifies.' },
          's3-bucket': { type: 'string', description: 'If creating, the bucket the trail writes to.' },
          's3-prefix': { type: 'string', description: 'If creating, the key prefix of its log files.' },
          'key-id': { type: 'string', description: 'If creating, the KMS key that encrypts its log files.' },
          'multi-region': {
            type: 'string',
            description:
              'The region the trail is read and made in (instead of the policy region); if creating, the trail is multi-region.',
          },
        },
      },
    },
  } as const,
  permissions: (opts) => [
    'cloudtrail:DescribeTrails',
    'cloudtrail:GetEventSelectors',
    'cloudtrail:PutEventSelectors',
    ...(opts['data-trail']?.create ? ['cloudtrail:CreateTrail', 'cloudtrail:StartLogging'] : []),
  ],
  messages: MESSAGES,
  doc: {
    summary:
      "Make one trail log S3 object events for all the account's buckets (PutEventSelectors with `arn:aws:s3:::`), dropping its management-event selectors, as Cloud Custodian; nothing is done when a selector already covers every bucket. With `create`, a missing trail is created (log file validation on) and started.",
    example: [
      '- type: enable-data-events',
      '  data-trail:',
      '    name: s3-events',
      '    create: true',
      '    s3-bucket: acme-data-trail',
    ].join('\n'),
  },
  check(opts): Problem[] {
    const t = opts['data-trail'];
    return t?.create && !t['s3-bucket']
      ? [{ messageId: 'create-bucket', message: MESSAGES['create-bucket'], path: ['data-trail'] }]
      : [];
  },
  reads: () => ['account_id'],
  async plan(accounts, opts, ctx) {
    if (!accounts.length) return [];
    if (!ctx.read) throw new Error('enable-data-events needs to read the trail');
    const resourceIds = accounts.map((a) => String(a.account_id));
    const t = opts['data-trail'];
    const region = t['multi-region'];
    const at = region ? { region } : {};
    const read = async (operation: string, input: Record<string, unknown>) =>
      (await ctx.read!('cloudtrail', operation, input, region)) as Record<string, unknown>;
    const calls: PlannedCall[] = [];
    const trails = ((await read('DescribeTrails', { trailNameList: [t.name] })).trailList ?? []) as {
      Name: string;
    }[];
    let name: string;
    let events: EventSelector[];
    if (trails[0]) {
      name = trails[0].Name;
      events = ((await read('GetEventSelectors', { TrailName: name })).EventSelectors ??
        []) as EventSelector[];
      if (logsAllBuckets(events)) return [];
    } else {
      if (!t.create) throw new Error(`data trail ${t.name} does not exist and data-trail.create is not set`);
      name = t.name;
      calls.push({
        service: 'cloudtrail',
        operation: 'CreateTrail',
        input: {
          Name: t.name,
          S3BucketName: t['s3-bucket'],
          EnableLogFileValidation: true,
          ...(t['key-id'] !== undefined && { KmsKeyId: t['key-id'] }),
          ...(t['s3-prefix'] !== undefined && { S3KeyPrefix: t['s3-prefix'] }),
          ...(t.topic !== undefined && { SnsTopicName: t.topic }),
          ...(t['multi-region'] !== undefined && { IsMultiRegionTrail: true }),
        },
        resourceIds,
        ...at,
        describe: `create data trail ${t.name} writing to bucket ${t['s3-bucket']}`,
      });
      // A new trail has one selector, management events only, which c7n drops; no need to read it.
      events = [];
    }
    // As c7n: data events and management events go to separate trails.
    const kept = events.filter((e) => !e.IncludeManagementEvents);
    calls.push({
      service: 'cloudtrail',
      operation: 'PutEventSelectors',
      input: {
        TrailName: name,
        EventSelectors: [
          ...kept,
          {
            IncludeManagementEvents: false,
            ReadWriteType: t.type ?? 'All',
            DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::'] }],
          },
        ],
      },
      resourceIds,
      ...at,
      describe: `log ${t.type ?? 'All'} S3 object events of every bucket on trail ${name}${kept.length < events.length ? ' (dropping its management events)' : ''}`,
    });
    if (!trails[0])
      calls.push({
        service: 'cloudtrail',
        operation: 'StartLogging',
        input: { Name: t.name },
        resourceIds,
        ...at,
        describe: `start logging on trail ${t.name}`,
      });
    return calls;
  },
});
