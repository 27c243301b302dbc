import { describe, expect, it } from 'vitest';
import { summaryJson, summaryTable } from './summary.js';
import { pruneTable, removeTable } from './teardown.js';
import type { Cell, PolicyCount } from './worker.js';

const counted = (policy: string, matched: number): PolicyCount => ({
  policy,
  resourceType: 'aws.ec2',
  status: 'ok',
  fetched: matched + 1,
  matched,
  actionFailures: 0,
});
const deployed = (policy: string, failed = false): PolicyCount => ({
  ...counted(policy, 0),
  status: failed ? 'failed' : 'ok',
  deploy: {
    status: failed ? 'failed' : 'created',
    functionName: `custodian-${policy}`,
    changes: [],
    ...(failed && { error: 'AccessDeniedException: no' }),
  },
});
const cell = (account: string, policies: PolicyCount[], extra: Partial<Cell> = {}): Cell => ({
  account,
  accountId: '111111111111',
  region: 'us-east-1',
  status: policies.some((p) => p.status === 'failed') ? 'failed' : 'ok',
  policies,
  ...extra,
});
const rows = (table: string) => table.split('\n').map((l) => l.split(/\s{2,}/));

describe('org run summary', () => {
  const cells = [
    cell('dev', [deployed('tag-new'), counted('no-owner', 2)]),
    cell('prod', [deployed('tag-new', true), counted('no-owner', 1)]),
    cell('denied', [], {
      status: 'error',
      error: { stage: 'assume-role', code: 'AccessDenied', message: 'no' },
    }),
  ];

  it('shows a deployed policy as "deployed", a failed deployment as FAIL, and counts deployments', () => {
    const table = rows(summaryTable(cells, ['tag-new', 'no-owner']));
    expect(table[0]).toEqual(['account', 'account_id', 'region', 'tag-new', 'no-owner', 'status']);
    expect(table.slice(2)).toEqual([
      ['dev', '111111111111', 'us-east-1', 'deployed', '2', 'ok'],
      ['prod', '111111111111', 'us-east-1', 'FAIL', '1', 'failed'],
      ['denied', '111111111111', 'us-east-1', '-', '-', 'error: assume-role AccessDenied'],
      ['total', '3 run', '1 deployed', '3', '2 failed'],
    ]);
  });

  it('json: deployed counts per Lambda-mode policy, only when there is one', () => {
    expect(summaryJson(cells, ['tag-new', 'no-owner'])).toMatchObject({
      totals: { 'tag-new': 0, 'no-owner': 3 },
      deployed: { 'tag-new': 1 },
      failed: 2,
    });
    expect(summaryJson([cell('dev', [counted('no-owner', 2)])], ['no-owner'])).not.toHaveProperty('deployed');
  });
});

describe('org remove and prune summaries', () => {
  const base = { accountId: '111111111111', region: 'us-east-1', status: 'ok' as const };
  const removal = (policy: string, r: { removed?: string[]; warnings?: string[]; error?: string }) => ({
    policy,
    region: 'us-east-1',
    removed: r.removed ?? [],
    missing: [],
    warnings: r.warnings ?? [],
    ...(r.error && { error: r.error }),
  });

  it('remove: removed, gone, left alone, FAIL', () => {
    const table = removeTable(
      [
        { ...base, account: 'a', removals: [removal('p', { removed: ['function x'] }), removal('q', {})] },
        {
          ...base,
          account: 'b',
          removals: [removal('p', { warnings: ['w'] }), removal('q', { error: 'e' })],
        },
      ],
      ['p', 'q'],
    );
    expect(rows(table).slice(2)).toEqual([
      ['a', '111111111111', 'us-east-1', 'removed', 'gone', 'ok'],
      ['b', '111111111111', 'us-east-1', 'left alone', 'FAIL', 'ok'],
      ['total', '2 done', '1 removed', '0 removed', 'ok'],
    ]);
  });

  it('prune: the policies not in the files, per account×region', () => {
    const stale = { policy: 'old', functions: ['custodian-old'], rules: [], logGroups: [] };
    const table = pruneTable(
      [
        { ...base, account: 'a', stale: [stale], removals: [] },
        { ...base, account: 'b', stale: [], removals: [] },
      ],
      false,
    );
    expect(rows(table)[0]).toEqual(['account', 'account_id', 'region', 'not in the files', 'status']);
    expect(rows(table).slice(2)).toEqual([
      ['a', '111111111111', 'us-east-1', 'old', 'ok'],
      ['b', '111111111111', 'us-east-1', 'none', 'ok'],
      ['total', '2 done', '1', 'ok'],
    ]);
  });
});
