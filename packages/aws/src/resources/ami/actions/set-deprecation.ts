import { defineAction, type PlannedCall, parseDate, toMs } from '@c7n-ts/core';

const DAY = 86_400_000;

export default defineAction({
  type: 'set-deprecation',
  resources: ['aws.ami'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      date: { type: 'string', description: 'Deprecate at this date/time (ISO 8601 or epoch seconds).' },
      days: { type: 'integer', description: 'Deprecate this many days from now (when `date` is not given).' },
      age: {
        type: 'integer',
        description:
          "Deprecate this many days after each image's CreationDate (when neither `date` nor `days` is).",
      },
    },
  } as const,
  permissions: (opts) =>
    opts.date !== undefined || opts.days !== undefined || opts.age
      ? ['ec2:EnableImageDeprecation']
      : ['ec2:DisableImageDeprecation'],
  doc: {
    summary:
      'Schedule the deprecation of images this account owns (EnableImageDeprecation; a time in the past becomes one minute from now, as AWS refuses past times), or without options cancel it (DisableImageDeprecation).',
    example: '- type: set-deprecation\n  age: 90',
  },
  messages: { 'bad-date': 'date is not a date Cloud Custodian can parse.' },
  check(opts) {
    if (opts.date === undefined || parseDate(opts.date)) return [];
    return [
      {
        messageId: 'bad-date',
        message: `date "${opts.date}" is not a date Cloud Custodian can parse.`,
        path: ['date'],
      },
    ];
  },
  reads: () => ['ImageId', 'OwnerId', 'CreationDate'],
  plan(images, opts, ctx) {
    // As c7n: only owned images (when the account is known).
    const owned = ctx.accountId ? images.filter((i) => i.OwnerId === ctx.accountId) : images;
    if (owned.length < images.length)
      ctx.log?.(
        'info',
        `set-deprecation: skipped ${images.length - owned.length} image(s) owned by other accounts`,
      );
    // Precedence as c7n: date, then days, then age; `age: 0` (or nothing) disables.
    const fixed =
      opts.date !== undefined
        ? (parseDate(opts.date)?.getTime() ?? Number.NaN)
        : opts.days !== undefined
          ? ctx.now + opts.days * DAY
          : undefined;
    const calls: PlannedCall[] = [];
    for (const image of owned) {
      const id = image.ImageId as string;
      if (fixed === undefined && !opts.age) {
        calls.push({
          service: 'ec2',
          operation: 'DisableImageDeprecation',
          input: { ImageId: id },
          resourceIds: [id],
          describe: `cancel the deprecation of ${id}`,
        });
        continue;
      }
      let at = fixed ?? toMs(image.CreationDate) + (opts.age ?? 0) * DAY;
      if (Number.isNaN(at)) continue;
      if (at < ctx.now) {
        ctx.log?.(
          'warn',
          `set-deprecation: ${new Date(at).toISOString()} is in the past for ${id}; using now + 1 minute`,
        );
        at = ctx.now + 60_000;
      }
      const when = new Date(at);
      calls.push({
        service: 'ec2',
        operation: 'EnableImageDeprecation',
        input: { ImageId: id, DeprecateAt: when },
        resourceIds: [id],
        describe: `deprecate ${id} at ${when.toISOString()}`,
      });
    }
    return calls;
  },
});
