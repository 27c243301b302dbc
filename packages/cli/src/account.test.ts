import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REPLAY_ACCOUNT, replayAccountId } from './account.js';

function flight(sts?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'c7n-ts-account-'));
  if (sts !== undefined) writeFileSync(join(dir, 'sts.GetCallerIdentity_1.json'), sts);
  return dir;
}

describe('replayAccountId', () => {
  it('is 123456789012 when the flight data has no STS answer', () => {
    expect(replayAccountId(flight())).toBe(DEFAULT_REPLAY_ACCOUNT);
    expect(replayAccountId(flight(), false)).toBe('123456789012');
  });

  it('is the recorded account, or left to the replayed call', () => {
    const dir = flight(
      '{"status_code": 200, "data": {"Account": "111122223333", "Arn": "arn", "UserId": "u"}}',
    );
    expect(replayAccountId(dir)).toBe('111122223333');
    expect(replayAccountId(dir, false)).toBeUndefined();
  });

  it('falls back to the default on a broken STS file (its replay names it)', () => {
    expect(replayAccountId(flight('{oops'))).toBe(DEFAULT_REPLAY_ACCOUNT);
  });
});
