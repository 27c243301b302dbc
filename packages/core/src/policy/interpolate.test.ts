import { describe, expect, it } from 'vitest';
import {
  formatString,
  interpolate,
  interpolatePolicy,
  parseVarArgs,
  runtimeVariables,
} from './interpolate.js';

const now = Date.UTC(2024, 0, 31, 13, 5, 9);
const vars = runtimeVariables({
  accountId: '123456789012',
  region: 'us-east-1',
  now,
  policyName: 'p1',
  vars: { env: 'prod' },
});

describe('interpolate', () => {
  it('replaces runtime and user variables in nested strings, not keys', () => {
    expect(
      interpolate(
        { a: ['arn:aws:iam::{account_id}:role/x', { '{region}': '{region}-{env}' }], n: 3, b: true },
        vars,
      ),
    ).toEqual({ a: ['arn:aws:iam::123456789012:role/x', { '{region}': 'us-east-1-prod' }], n: 3, b: true });
    expect(formatString('{policy_name}', vars)).toBe('p1');
  });

  it('keeps a __proto__ key (a filter on that field) as a key', () => {
    const filter = JSON.parse('{"__proto__": "present"}');
    const out = interpolate({ filters: [filter] }, vars).filters[0] as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it('leaves a string with an unknown name or invalid format untouched, as Python does', () => {
    expect(formatString('{account_id}-{nope}', vars)).toBe('{account_id}-{nope}');
    expect(formatString('{}', vars)).toBe('{}');
    expect(formatString('{0}', vars)).toBe('{0}');
    expect(formatString('a } b', vars)).toBe('a } b');
    expect(formatString('{region', vars)).toBe('{region');
    expect(formatString('{region:>20}', vars)).toBe('{region:>20}');
  });

  it('unescapes doubled braces and keeps pass-through names for later elements', () => {
    expect(formatString('{{literal}} {region}', vars)).toBe('{literal} us-east-1');
    expect(formatString('{op}@{action_date} in {account_id}', vars)).toBe(
      '{op}@{action_date} in 123456789012',
    );
  });

  it("keeps a webhook's {secret.KEY} for the request and expands the variables beside it", () => {
    const vars = runtimeVariables({ accountId: '123456789012', region: 'us-east-1' });
    expect(interpolate('https://{secret.host}/scan?account={account_id}', vars)).toBe(
      'https://{secret.host}/scan?account=123456789012',
    );
    // Any other unknown name still leaves the whole string as written.
    expect(interpolate('{secret.host}/{nope}/{account_id}', vars)).toBe('{secret.host}/{nope}/{account_id}');
  });

  it('formats now like Cloud Custodian FormatDate', () => {
    expect(formatString('{now}', vars)).toBe('2024-01-31 13:05:09');
    expect(formatString('{now:%Y-%m-%d}', vars)).toBe('2024-01-31');
    expect(formatString('{now:+2d%Y/%m/%d %H:%M}', vars)).toBe('2024/02/02 13:05');
    expect(formatString('{now:+90M%H:%M:%S %j %a %b}', vars)).toBe('14:35:09 031 Wed Jan');
    expect(formatString('{now:%Y}', { now: '2024-01-31T13:05:09.000Z' })).toBe('2024');
  });

  it('keeps runtime names for later when facts are not known yet', () => {
    const later = runtimeVariables({ vars: { env: 'dev' } });
    expect(formatString('{env}/{account_id}/{region}/{now}', later)).toBe('dev/{account_id}/{region}/{now}');
  });

  it('interpolatePolicy keeps mode member-role and notify subject verbatim', () => {
    const data = {
      name: 'p',
      mode: { type: 'periodic', role: 'r-{region}', 'member-role': 'arn:aws:iam::{account_id}:role/m' },
      actions: [
        { type: 'notify', subject: 'hi {account_id}', to: ['{env}'] },
        { type: 'tag', value: '{env}' },
      ],
    };
    expect(interpolatePolicy(data, vars)).toEqual({
      name: 'p',
      mode: { type: 'periodic', role: 'r-us-east-1', 'member-role': 'arn:aws:iam::{account_id}:role/m' },
      actions: [
        { type: 'notify', subject: 'hi {account_id}', to: ['prod'] },
        { type: 'tag', value: 'prod' },
      ],
    });
  });
});

describe('parseVarArgs', () => {
  it('splits key=value at the first = and reports malformed entries', () => {
    expect(parseVarArgs(['env=prod', 'url=a=b', 'bad', '=x', '1x=y'])).toEqual({
      vars: { env: 'prod', url: 'a=b' },
      invalid: ['bad', '=x', '1x=y'],
    });
  });
});
