import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import keyPairs from '../resource.js';
import del from './delete.js';

testAction(del, {
  resourceType: keyPairs,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'deletes each key pair by id',
      options: {},
      resources: [
        { KeyPairId: 'key-1', KeyName: 'old' },
        { KeyPairId: 'key-2', KeyName: 'older' },
      ],
      calls: [
        { service: 'ec2', operation: 'DeleteKeyPair', input: { KeyPairId: 'key-1' }, resourceIds: ['key-1'] },
        { operation: 'DeleteKeyPair', input: { KeyPairId: 'key-2' } },
      ],
    },
  ],
});

describe('delete needs the unused filter in its policy', () => {
  const check = (filters: unknown[]) =>
    (
      del.check?.(
        {},
        {
          resourceType: keyPairs,
          policyName: 't',
          registry: undefined as never,
          policy: { name: 't', resource: 'aws.key-pair', filters },
        },
      ) ?? []
    ).map((p) => p.messageId);
  it('is refused without it', () => {
    expect(check([{ KeyType: 'rsa' }])).toEqual(['needs-unused']);
    expect(check([])).toEqual(['needs-unused']);
  });
  it('is refused when a filter keeps the used keys', () => {
    expect(check([{ type: 'unused', state: false }])).toEqual(['used-keys']);
  });
  it('is accepted with it, by name, as a type or nested', () => {
    expect(check(['unused'])).toEqual([]);
    expect(check([{ type: 'unused', state: true }])).toEqual([]);
    expect(check([{ or: [{ KeyType: 'rsa' }, { not: ['unused'] }] }])).toEqual([]);
  });
});
