import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import secrets from '../resource.js';
import currentVersion from './current-version.js';

// Versions already listed (`c7n:CurrentSecretVersion`) are not listed again; the e2e case covers the call.
const secret = (Name: string, current: Resource[]): Resource => ({
  Name,
  ARN: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${Name}-AbCdEf`,
  'c7n:CurrentSecretVersion': current,
});
const version = (day: number) => ({
  VersionId: `v${day}`,
  VersionStages: ['AWSCURRENT'],
  CreatedDate: new Date(Date.UTC(2026, 0, day)),
});

testFilter(currentVersion, {
  resourceType: secrets,
  valid: [{ key: 'CreatedDate', op: 'gt', value: 90, value_type: 'age' }],
  invalid: [{ options: { key: 'CreatedDate', bogus: 1 }, messageId: 'schema' }],
  cases: [
    {
      name: 'the first current version is tested; a secret without one does not match',
      options: { key: 'VersionId', value: 'v1' },
      resources: [secret('old', [version(1), version(2)]), secret('new', [version(2)]), secret('none', [])],
      matches: ['old'],
    },
  ],
});
