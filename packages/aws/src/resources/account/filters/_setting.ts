/**
 * Cloud Custodian's account-setting filters (password-policy, s3-public-block, organization,
 * ec2-metadata-defaults...): one API answer about the account, kept under an annotation, with
 * the value filter's options applied to it instead of to the account.
 */
import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

/** Sends one call in the policy's region. */
export type AccountSend = (
  service: string,
  operation: string,
  input: Record<string, unknown>,
) => Promise<Record<string, unknown>>;

export interface AccountSetting {
  type: string;
  summary: string;
  example: string;
  /** The IAM permission(s) the read needs. */
  permission: string | readonly string[];
  /** Where the answer is kept on the account (c7n's annotation key). */
  annotation: string;
  /** The setting as a document; `null` when it cannot be read (then nothing matches). */
  read(send: AccountSend, account: Resource): Promise<Record<string, unknown> | null>;
}

export function accountSettingFilter(setting: AccountSetting) {
  const { annotation } = setting;
  return defineFilter({
    type: setting.type,
    resources: ['aws.account'],
    options: { type: 'object', additionalProperties: false, properties: { ...valueProperties } } as const,
    permissions: typeof setting.permission === 'string' ? [setting.permission] : [...setting.permission],
    doc: { summary: setting.summary, example: setting.example },
    messages: valueMessages,
    check: (opts) => checkEmbeddedValue(opts),
    reads: () => ['account_id', annotation],
    compile(opts, ctx) {
      const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
      return {
        kind: 'process',
        async process(accounts, ectx) {
          const p = providerOf(ectx);
          const region = regionOf(ectx, p);
          const send: AccountSend = (service, operation, input) => p.send(service, operation, input, region);
          for (const a of accounts) if (!(annotation in a)) a[annotation] = await setting.read(send, a);
          const values = accounts.map((a) => a[annotation] as Resource | null);
          const readable = values.filter((v): v is Resource => v !== null && v !== undefined);
          const hits = await matcher(readable, ectx);
          return accounts.filter((_, n) => hits.has(values[n] as Resource));
        },
      };
    },
  });
}

/** The answer without the SDK's response metadata. */
export function answer(out: Record<string, unknown>, member?: string): Record<string, unknown> {
  const doc = { ...((member ? out[member] : out) as Record<string, unknown> | undefined) };
  delete doc.$metadata;
  delete doc.ResponseMetadata;
  return doc;
}
