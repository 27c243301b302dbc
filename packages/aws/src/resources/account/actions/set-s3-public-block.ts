import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { errorCode } from '../../../query/errors.js';

/** In Cloud Custodian's order, which is the order of the configuration sent. */
const KEYS = ['BlockPublicPolicy', 'BlockPublicAcls', 'IgnorePublicAcls', 'RestrictPublicBuckets'] as const;
/** Where the `s3-public-block` filter leaves the configuration it read. */
const ANNOTATION = 'c7n:s3-public-block';

const setting = (what: string) =>
  ({
    type: 'boolean',
    description: `Value to set for ${what}; when not given, the current value is kept.`,
  }) as const;

export default defineAction({
  type: 'set-s3-public-block',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        default: true,
        description:
          "false removes the account's public access block (DeletePublicAccessBlock); then name no setting.",
      },
      BlockPublicAcls: setting('BlockPublicAcls'),
      IgnorePublicAcls: setting('IgnorePublicAcls'),
      BlockPublicPolicy: setting('BlockPublicPolicy'),
      RestrictPublicBuckets: setting('RestrictPublicBuckets'),
    },
  } as const,
  permissions: ['s3:PutAccountPublicAccessBlock', 's3:GetAccountPublicAccessBlock'],
  doc: {
    summary:
      "Set the account's S3 Block Public Access (S3 Control PutPublicAccessBlock): the named settings change and the others keep their current values (read with GetPublicAccessBlock unless the `s3-public-block` filter already did). `state: false` removes the configuration instead.",
    example: '- type: set-s3-public-block\n  RestrictPublicBuckets: true',
  },
  messages: { 'state-with-controls': 'state: false removes the block; it takes no settings.' },
  check(opts) {
    // As c7n, on the policy as written: `state: false` with any setting named is refused.
    const written = Object.keys(opts).filter((k) => k !== 'state' && k !== 'type');
    if (opts.state !== false || written.length === 0) return [];
    return [
      {
        messageId: 'state-with-controls',
        message: `set-s3-public-block: state: false removes the block; it takes no settings (${written.join(', ')}).`,
        path: ['state'],
      },
    ];
  },
  reads: () => ['account_id', ANNOTATION],
  async plan(accounts, opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const a of accounts) {
      const AccountId = String(a.account_id);
      if (opts.state === false) {
        calls.push({
          service: 's3-control',
          operation: 'DeletePublicAccessBlock',
          input: { AccountId },
          resourceIds: [AccountId],
          describe: `remove the S3 public access block of account ${AccountId}`,
        });
        continue;
      }
      let base = a[ANNOTATION] as Record<string, unknown> | undefined;
      if (!base) {
        if (!ctx.read) {
          ctx.log?.(
            'warn',
            `set-s3-public-block: cannot read the public access block of ${AccountId}; not changed`,
          );
          continue;
        }
        try {
          const out = (await ctx.read('s3-control', 'GetPublicAccessBlock', { AccountId })) as
            | { PublicAccessBlockConfiguration?: Record<string, unknown> }
            | undefined;
          base = out?.PublicAccessBlockConfiguration ?? {};
        } catch (e) {
          if (errorCode(e) !== 'NoSuchPublicAccessBlockConfiguration') throw e;
          base = {};
        }
      }
      const config: Record<string, unknown> = {};
      for (const k of KEYS) {
        if (opts[k] !== undefined) config[k] = opts[k];
        else if (base[k] !== undefined) config[k] = base[k];
      }
      calls.push({
        service: 's3-control',
        operation: 'PutPublicAccessBlock',
        input: { AccountId, PublicAccessBlockConfiguration: config },
        resourceIds: [AccountId],
        describe: `set the S3 public access block of account ${AccountId}`,
      });
    }
    return calls;
  },
});
