import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createClients } from '../../../clients/index.js';
import snapshots from '../resource.js';
import setPermissions from './set-permissions.js';

// DescribeDBSnapshotAttributes: snap-read is shared with 111122223333 and the public.
const dir = fileURLToPath(new URL('../__fixtures__/set-permissions', import.meta.url));
const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });

type Snapshot = Record<string, unknown>;

const modify = (id: string, remove: string[], add: string[]) => ({
  service: 'rds',
  operation: 'ModifyDBSnapshotAttribute',
  input: { DBSnapshotIdentifier: id, AttributeName: 'restore', ValuesToRemove: remove, ValuesToAdd: add },
  resourceIds: [id],
});

testAction<Snapshot>(setPermissions, {
  resourceType: snapshots,
  context: { read: (service, operation, input) => clients.send(service, operation, input, 'us-east-1') },
  valid: [{}, { add: ['112233445566', 'all'] }, { remove: ['all'] }],
  invalid: [
    { options: { add: ['1234'] }, messageId: 'schema', path: ['add', '0'] },
    { options: { remove: 'everyone' }, messageId: 'schema', path: ['remove'] },
  ],
  cases: [
    {
      name: 'remove matched: the accounts the cross-account filter found',
      options: { remove: 'matched' },
      resources: [
        { DBSnapshotIdentifier: 'snap-1', 'c7n:CrossAccountViolations': ['999988887777', 'all'] },
        { DBSnapshotIdentifier: 'snap-clean' },
      ],
      calls: [modify('snap-1', ['999988887777', 'all'], [])],
    },
    {
      name: 'add and remove in one call',
      options: { add: ['112233445566'], remove: ['999988887777'] },
      resources: [{ DBSnapshotIdentifier: 'snap-1' }],
      calls: [modify('snap-1', ['999988887777'], ['112233445566'])],
    },
    {
      name: 'neither: every account removed, the filter annotation used or the attribute read',
      options: {},
      resources: [
        { DBSnapshotIdentifier: 'snap-annotated', 'c7n:attributes': { restore: ['444455556666'] } },
        { DBSnapshotIdentifier: 'snap-private', 'c7n:attributes': { restore: [] } },
        { DBSnapshotIdentifier: 'snap-read' },
      ],
      calls: [
        modify('snap-annotated', ['444455556666'], []),
        modify('snap-read', ['111122223333', 'all'], []),
      ],
    },
  ],
});

describe('remove: matched and the policy around it', () => {
  const check = (policy: Record<string, unknown>) =>
    (
      setPermissions.check?.(
        { remove: 'matched' },
        {
          resourceType: snapshots,
          policyName: 'p',
          registry: { filter: () => undefined, action: () => undefined, resource: () => undefined },
          policy,
        },
      ) ?? []
    ).map((p) => p.messageId);
  it('finds the cross-account filter, nested blocks included', () => {
    expect(check({ filters: ['cross-account'] })).toEqual([]);
    expect(check({ filters: [{ or: [{ type: 'cross-account', whitelist: ['112233445566'] }] }] })).toEqual(
      [],
    );
  });
  it('refuses matched without it', () => {
    expect(check({ filters: [{ type: 'age', days: 1 }] })).toEqual(['matched-needs-cross-account']);
    expect(check({ name: 'p', resource: 'rds-snapshot' })).toEqual(['matched-needs-cross-account']);
  });
});
