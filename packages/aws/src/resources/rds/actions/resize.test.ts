import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import rds from '../resource.js';
import resize, { resized } from './resize.js';

testAction(resize, {
  resourceType: rds,
  valid: [{ percent: 30 }, { percent: -30, immediate: true }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { percent: '30%' }, messageId: 'schema', path: ['percent'] },
    { options: { percent: 30, size: 100 }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'grows each instance by the percentage, in the maintenance window by default',
      options: { percent: 30 },
      resources: [
        { DBInstanceIdentifier: 'db-1', AllocatedStorage: 20 },
        { DBInstanceIdentifier: 'aurora-1', Engine: 'aurora-postgresql' },
        { DBInstanceIdentifier: 'db-2', AllocatedStorage: 100 },
      ],
      calls: [
        {
          service: 'rds',
          operation: 'ModifyDBInstance',
          input: { DBInstanceIdentifier: 'db-1', AllocatedStorage: 26, ApplyImmediately: false },
          resourceIds: ['db-1'],
          describe: 'resize db-1 from 20 to 26 GiB in the next maintenance window',
        },
        { input: { DBInstanceIdentifier: 'db-2', AllocatedStorage: 130, ApplyImmediately: false } },
      ],
    },
    {
      name: 'shrinks now',
      options: { percent: -30, immediate: true },
      resources: [{ DBInstanceIdentifier: 'db-1', AllocatedStorage: 25 }],
      calls: [{ input: { DBInstanceIdentifier: 'db-1', AllocatedStorage: 18, ApplyImmediately: true } }],
    },
  ],
});

describe('rds resize rounding', () => {
  it.each([
    [25, -30, 18], // 17.5 rounds up
    [15, 10, 17], // 16.5 rounds up
    [20, 30, 26],
    [100, 12.5, 113], // 112.5
    [21, 33, 28], // 27.93
    [10, 0, 10],
  ])('%i GiB %f%% -> %i', (old, percent, expected) => {
    expect(resized(old, percent)).toBe(expected);
  });
});
