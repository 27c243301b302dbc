import { formatDiagnostic, loadPolicies } from '@c7n-ts/core';
import { describe, expect, it } from 'vitest';
import { awsRegistry } from '../../registry.js';

const registry = awsRegistry();

const lines = (resource: string, action: string, filters = '') =>
  loadPolicies(
    [
      {
        path: 'p.yml',
        text: `policies:\n  - name: p1\n    resource: ${resource}\n${filters}    actions:\n      - ${action}\n`,
      },
    ],
    registry,
  )
    .diagnostics.filter((d) => d.severity !== 'warning')
    .map((d) => `${formatDiagnostic(d)} [${d.messageId}]`);

describe('`matched` needs the cross-account filter, as Cloud Custodian validates', () => {
  const cases = [
    ['ami', '{type: set-permissions, remove: matched}', 'remove'],
    ['ami', '{type: remove-launch-permissions, accounts: matched}', 'accounts'],
    ['ebs-snapshot', '{type: set-permissions, remove: matched}', 'remove'],
    ['rds-snapshot', '{type: set-permissions, remove: matched}', 'remove'],
  ] as const;
  for (const [rt, action, key] of cases) {
    it(`${rt} ${action}`, () => {
      const [d] = lines(rt, action);
      expect(d).toMatch(
        new RegExp(
          `^p\\.yml:5:\\d+  policy p1: \`${key}: matched\` needs the cross-account filter in the same policy\\.`,
        ),
      );
      expect(lines(rt, action, '    filters:\n      - not: [{type: cross-account}]\n')).toEqual([]);
    });
  }
  it('lists of accounts need no filter', () => {
    expect(lines('ebs-snapshot', "{type: set-permissions, remove: ['112233445566']}")).toEqual([]);
  });
});
