import { describe, expect, it } from 'vitest';
import { escapeXml, junitXml } from './junit.js';
import type { TestOutcome } from './run.js';

const outcome = (name: string, failures: string[]): TestOutcome => ({
  test: {
    name: `p/${name}`,
    dir: `policies/p.tests/${name}`,
    policyFile: 'policies/p.yml',
    region: 'us-east-1',
    expect: { resources: [] },
  },
  passed: failures.length === 0,
  failures,
  durationMs: 1500,
});

describe('junitXml', () => {
  it('writes a suite per policy file, a case per test, the diff as the failure', () => {
    const xml = junitXml([outcome('ok', []), outcome('bad', ['resources differ:', '  extra:    <a&b>'])]);
    expect(xml).toContain('<testsuites name="c7n-ts test" tests="2" failures="1" errors="0" time="3.000">');
    expect(xml).toContain('<testsuite name="policies/p.yml" tests="2" failures="1"');
    expect(xml).toContain('<testcase name="ok" classname="policies/p.yml" time="1.500"/>');
    expect(xml).toContain(
      '<failure message="resources differ:" type="PolicyTestFailure">resources differ:\n  extra:    &lt;a&amp;b&gt;</failure>',
    );
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`a"b'c\u0001d\u001b[31m`)).toBe('a&quot;b&apos;cd[31m');
  });
});
