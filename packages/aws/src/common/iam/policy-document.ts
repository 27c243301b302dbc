/**
 * An IAM policy version's document: IAM sends it URL-encoded JSON (boto3 decodes it; the JS SDK
 * does not); flight data recorded by Cloud Custodian carries it already parsed.
 */
import { parseJsonData } from '@c7n-ts/core';

export function policyDocument(doc: unknown): { Statement?: unknown } {
  if (typeof doc !== 'string') return (doc ?? {}) as { Statement?: unknown };
  let text = doc;
  try {
    text = decodeURIComponent(doc);
  } catch {
    // Not URL-encoded.
  }
  return parseJsonData(text) as { Statement?: unknown };
}
