/** `c7n-ts test --output junit FILE`: the outcomes as JUnit XML, a test suite per policy file. */
import type { TestOutcome } from './run.js';

// XML 1.0 allows no control characters but tab, line feed and carriage return.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

export function junitXml(outcomes: readonly TestOutcome[]): string {
  const suites = new Map<string, TestOutcome[]>();
  for (const o of outcomes) suites.set(o.test.policyFile, [...(suites.get(o.test.policyFile) ?? []), o]);
  const total = (os: readonly TestOutcome[]) => os.reduce((s, o) => s + o.durationMs, 0);
  const failed = (os: readonly TestOutcome[]) => os.filter((o) => !o.passed).length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="c7n-ts test" tests="${outcomes.length}" failures="${failed(outcomes)}" errors="0" time="${seconds(total(outcomes))}">`,
  ];
  for (const [file, os] of suites) {
    lines.push(
      `  <testsuite name="${escapeXml(file)}" tests="${os.length}" failures="${failed(os)}" errors="0" skipped="0" time="${seconds(total(os))}">`,
    );
    for (const o of os) {
      const name = o.test.dir.split(/[\\/]/).pop() ?? o.test.name;
      const head = `    <testcase name="${escapeXml(name)}" classname="${escapeXml(file)}" time="${seconds(o.durationMs)}"`;
      if (o.passed) lines.push(`${head}/>`);
      else {
        lines.push(`${head}>`);
        lines.push(
          `      <failure message="${escapeXml(o.failures[0] ?? 'failed')}" type="PolicyTestFailure">${escapeXml(o.failures.join('\n'))}</failure>`,
        );
        lines.push('    </testcase>');
      }
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
