/** Helpers the s3 actions share: reading through the action's read-only client, page by page. */
import type { ActionContext, Resource } from '@c7n-ts/core';
import { errorCode } from '../../../query/errors.js';

export function bucketName(b: Resource): string | undefined {
  return typeof b.Name === 'string' && b.Name ? b.Name : undefined;
}

/** The AWS error code of a failed read, else the error's name. */
export function codeOf(e: unknown): string {
  return errorCode(e) ?? (e as { name?: string } | undefined)?.name ?? 'Error';
}

export type Reader = NonNullable<ActionContext['read']>;

/**
 * Every page of a listing, in order. `next` gives the input of the following page from a
 * truncated one (S3's list operations each name their markers differently).
 */
export async function readPages(
  read: Reader,
  operation: string,
  input: Record<string, unknown>,
  next: (page: Record<string, unknown>) => Record<string, unknown> | undefined,
): Promise<Record<string, unknown>[]> {
  const pages: Record<string, unknown>[] = [];
  let request: Record<string, unknown> | undefined = input;
  while (request) {
    const page = ((await read('s3', operation, request)) ?? {}) as Record<string, unknown>;
    pages.push(page);
    request = page.IsTruncated === true ? next(page) : undefined;
  }
  return pages;
}

export function items(page: Record<string, unknown>, key: string): Record<string, unknown>[] {
  const v = page[key];
  return Array.isArray(v) ? (v as Record<string, unknown>[]) : [];
}
