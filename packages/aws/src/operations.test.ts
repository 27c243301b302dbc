import { describe, expect, it } from 'vitest';
import { isMutatingOperation } from './operations.js';

describe('isMutatingOperation', () => {
  it.each([
    'DescribeInstances',
    'ListBuckets',
    'GetBucketPolicy',
    'HeadBucket',
    'LookupEvents',
    'SearchResources',
    'Search',
    'SelectResourceConfig',
    'BatchGetImage',
    'SimulatePrincipalPolicy',
  ])('%s only reads', (op) => expect(isMutatingOperation(op)).toBe(false));

  it.each([
    'CreateTags',
    'DeleteDBInstance',
    'PutBucketPolicy',
    'ModifyInstanceAttribute',
    'StopInstances',
    'BatchImportFindings',
    'GenerateCredentialReport',
    // A verb is a whole word: these start with a read verb's letters but change something.
    'Getaway',
    'Listen',
  ])('%s changes something', (op) => expect(isMutatingOperation(op)).toBe(true));
});
