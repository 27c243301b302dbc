import { S3ServiceException } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { MissingFlightFileError } from '../flight/session.js';
import { errorCode, isServiceError } from './errors.js';

const aws = (name: string, extra: Record<string, unknown> = {}) =>
  Object.assign(
    new S3ServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: 404 }, message: name }),
    extra,
  );

describe('isServiceError / errorCode', () => {
  it('accepts what AWS answered, coded by name or by Code', () => {
    expect(isServiceError(aws('NoSuchTagSet'))).toBe(true);
    expect(errorCode(aws('NoSuchTagSet'))).toBe('NoSuchTagSet');
    expect(errorCode(aws('NotFound', { Code: 'NoSuchBucket' }))).toBe('NoSuchBucket');
  });

  it('rejects a missing flight file, bugs and look-alikes without SDK metadata', () => {
    for (const e of [
      new MissingFlightFileError('flight/s3.GetBucketTagging_1.json'),
      // As the SDK's retry step hands it on: with $metadata, yet AWS never answered.
      Object.assign(new MissingFlightFileError('flight/s3.GetBucketTagging_1.json'), {
        $metadata: { attempts: 1, totalRetryDelay: 0 },
      }),
      Object.assign(new Error('socket hang up'), { code: 'ECONNRESET', $metadata: { attempts: 3 } }),
      new TypeError("Cannot read properties of undefined (reading 'Name')"),
      Object.assign(new Error('denied'), { name: 'AccessDenied' }),
      { Code: 'AccessDenied' },
      'AccessDenied',
      undefined,
    ]) {
      expect(isServiceError(e)).toBe(false);
      expect(errorCode(e)).toBeUndefined();
    }
  });
});
