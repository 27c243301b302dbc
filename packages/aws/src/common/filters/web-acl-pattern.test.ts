import { formatDiagnostic, loadPolicies } from '@c7n-ts/core';
import { describe, expect, it } from 'vitest';
import { awsRegistry } from '../../registry.js';
import { webAclPatternProblems } from './web-acl.js';

describe('web-acl name patterns run in linear time and are checked at validation', () => {
  it.each([
    ['FMManagedWebACLV2-?FMS-.*', []],
    ['(a+)+(?=x)', ['bad-web-acl-pattern']],
    ['[unclosed', ['bad-web-acl-pattern']],
  ])('%s', (pattern, ids) => {
    expect(webAclPatternProblems(pattern).map((p) => p.messageId)).toEqual(ids);
  });

  it('locates a bad pattern of wafv2-enabled, set-wafv2 and distribution set-wafv2', () => {
    const text = [
      'policies:',
      '  - name: w',
      '    resource: aws.app-elb',
      '    filters:',
      '      - type: wafv2-enabled',
      '        web-acl: "(?<=x)y"',
      '    actions:',
      '      - type: set-wafv2',
      '        web-acl: "[x"',
      '  - name: d',
      '    resource: aws.distribution',
      '    actions:',
      '      - type: set-wafv2',
      '        web-acl: "(?<=x)y"',
    ].join('\n');
    const r = loadPolicies([{ path: 'p.yml', text }], awsRegistry());
    expect(r.diagnostics.map((d) => formatDiagnostic(d).split('  ')[0])).toEqual([
      'p.yml:6:18',
      'p.yml:9:18',
      'p.yml:14:18',
    ]);
  });
});
