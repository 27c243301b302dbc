import { describe, expect, it } from 'vitest';
import { encrypted, eventKey, s3Records } from './handler.js';

const record = (key: string) => ({ s3: { bucket: { name: 'b' }, object: { key } } });

describe('s3crypt handler', () => {
  it('decodes event keys (+ is a space)', () => {
    expect(eventKey('reports/q1+summary%282%29.csv')).toBe('reports/q1 summary(2).csv');
  });
  it('reads S3 records directly or from SNS messages', () => {
    const direct = { Records: [record('a')] };
    const sns = { Records: [{ Sns: { Message: JSON.stringify({ Records: [record('b'), record('c')] }) } }] };
    expect(s3Records(direct).map((r) => r.s3?.object?.key)).toEqual(['a']);
    expect(s3Records(sns).map((r) => r.s3?.object?.key)).toEqual(['b', 'c']);
    expect(s3Records({})).toEqual([]);
  });
  it.each([
    [{}, undefined, false],
    [{ ServerSideEncryption: 'AES256' }, undefined, true],
    [{ ServerSideEncryption: 'AES256' }, 'k1', false],
    [{ ServerSideEncryption: 'aws:kms', SSEKMSKeyId: 'arn:aws:kms:us-east-1:1:key/k1' }, 'k1', true],
    [{ ServerSideEncryption: 'aws:kms', SSEKMSKeyId: 'arn:aws:kms:us-east-1:1:key/k2' }, 'k1', false],
    [{ ServerSideEncryption: 'aws:kms' }, undefined, true],
  ])('object %j with key-id %s is encrypted: %s', (head, keyId, want) => {
    expect(encrypted(head, keyId)).toBe(want);
  });
});
