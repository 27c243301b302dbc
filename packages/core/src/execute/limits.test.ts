import { describe, expect, it } from 'vitest';
import { checkResourceLimits, resourceLimitsOf } from './limits.js';

// Cloud Custodian's MaxResourceLimit: limits are tested for truth, exceeded when strictly over,
// `or` by default, `and` needs both limits and both exceeded.
const table: [string, Record<string, unknown>, number, number, boolean][] = [
  // name, policy data, population, selected, exceeded
  ['no limit', {}, 10, 10, false],
  ['amount: at the limit', { 'max-resources': 3 }, 10, 3, false],
  ['amount: over', { 'max-resources': 3 }, 10, 4, true],
  ['amount 0 is no limit', { 'max-resources': 0 }, 10, 10, false],
  ['percent: at the limit', { 'max-resources-percent': 20 }, 10, 2, false],
  ['percent: over', { 'max-resources-percent': 20 }, 10, 3, true],
  ['percent: fraction of the population', { 'max-resources-percent': 25 }, 10, 3, true],
  ['percent 0 is no limit', { 'max-resources-percent': 0 }, 10, 10, false],
  ['percent of an empty population is no limit', { 'max-resources-percent': 10 }, 0, 0, false],
  ['percent 100: never over', { 'max-resources-percent': 100 }, 10, 10, false],
  ['object amount', { 'max-resources': { amount: 2 } }, 10, 3, true],
  ['object percent', { 'max-resources': { percent: 10 } }, 10, 2, true],
  ['or: amount alone over', { 'max-resources': { amount: 2, percent: 50 } }, 10, 3, true],
  ['or: percent alone over', { 'max-resources': { amount: 8, percent: 20 } }, 10, 3, true],
  ['or: neither over', { 'max-resources': { amount: 5, percent: 50 } }, 10, 5, false],
  ['and: only amount over', { 'max-resources': { amount: 2, percent: 50, op: 'and' } }, 10, 3, false],
  ['and: only percent over', { 'max-resources': { amount: 8, percent: 20, op: 'and' } }, 10, 3, false],
  ['and: both over', { 'max-resources': { amount: 2, percent: 20, op: 'and' } }, 10, 3, true],
  [
    'AND is read case-insensitively',
    { 'max-resources': { amount: 2, percent: 50, op: 'AND' } },
    10,
    3,
    false,
  ],
  ['and with a lone amount enforces nothing', { 'max-resources': { amount: 2, op: 'and' } }, 10, 9, false],
  [
    'max-resources-percent wins over max-resources.percent',
    { 'max-resources': { amount: 100, percent: 90 }, 'max-resources-percent': 10 },
    10,
    2,
    true,
  ],
  [
    'max-resources-percent joins an object amount under its op',
    { 'max-resources': { amount: 2, op: 'and' }, 'max-resources-percent': 20 },
    10,
    3,
    true,
  ],
  ['nothing matched is never over', { 'max-resources': 1, 'max-resources-percent': 1 }, 10, 0, false],
];

describe('checkResourceLimits (Cloud Custodian semantics)', () => {
  it.each(table)('%s', (_name, data, population, selected, exceeded) => {
    const message = checkResourceLimits(data, population, selected);
    expect(message !== undefined).toBe(exceeded);
    if (message) expect(message).toMatch(/no action was taken/);
  });

  it('says which limit was exceeded and by how much', () => {
    expect(checkResourceLimits({ 'max-resources': 3 }, 10, 4)).toBe(
      '4 resources matched, over the limit (max-resources 3); no action was taken',
    );
    expect(checkResourceLimits({ 'max-resources-percent': 25 }, 10, 3)).toBe(
      '3 resources matched, over the limit (max-resources-percent 25% of 10 (2.50)); no action was taken',
    );
    expect(checkResourceLimits({ 'max-resources': { amount: 2, percent: 20, op: 'and' } }, 10, 3)).toContain(
      'max-resources 2 and max-resources-percent 20% of 10 (2)',
    );
  });

  it('reads both spellings into one shape', () => {
    expect(resourceLimitsOf({ 'max-resources': 5 })).toEqual({ amount: 5, op: 'or' });
    expect(resourceLimitsOf({ 'max-resources': { amount: 5, percent: 10, op: 'And' } })).toEqual({
      amount: 5,
      percent: 10,
      op: 'and',
    });
    expect(resourceLimitsOf({ 'max-resources-percent': 10 })).toEqual({ percent: 10, op: 'or' });
  });
});
