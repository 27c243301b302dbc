/**
 * A name the registry lacks but its catalogue (another engine's names) has is "not supported
 * yet", located at the name; other names stay unknown, with did-you-mean from both.
 */
import { describe, expect, it } from 'vitest';
import { type Diagnostic, formatDiagnostic } from '../diagnostics/types.js';
import { testRegistry } from '../testing/test-registry.js';
import { loadPolicies } from './load.js';

const registry = testRegistry({
  engine: 'Cloud Custodian',
  types: {
    'aws.ec2': { aliases: ['ec2'], filters: ['and', 'instance-age', 'metrics'], actions: ['stop', 'resize'] },
    'aws.rds': { aliases: ['rds'], filters: ['instance-age'], actions: ['delete', 'stop'] },
    'aws.iam-user': { aliases: ['iam-user'], filters: ['credential'], actions: ['delete'] },
    'aws.elastic-ip': { aliases: ['aws.network-addr', 'elastic-ip'], filters: [], actions: ['release'] },
  },
  modes: ['pull', 'periodic', 'cloudtrail', 'phd'],
});

function lines(text: string): string[] {
  return loadPolicies([{ path: 'p.yml', text }], registry).diagnostics.map(
    (d: Diagnostic) => `${formatDiagnostic(d)} [${d.messageId}]`,
  );
}

const policy = (body: string, resource = 'ec2') =>
  `policies:\n  - name: p1\n    resource: ${resource}\n${body}`;

describe('loadPolicies: names of the catalogue that the registry lacks', () => {
  it('resource type, by full name or short name', () => {
    expect(lines(policy('', 'aws.iam-user'))).toEqual([
      'p.yml:3:15  policy p1: aws.iam-user is a Cloud Custodian resource type that c7n-ts does not support yet [resource-not-supported-yet]',
    ]);
    expect(lines(policy('', 'iam-user'))).toEqual([
      'p.yml:3:15  policy p1: aws.iam-user is a Cloud Custodian resource type that c7n-ts does not support yet [resource-not-supported-yet]',
    ]);
    expect(lines(policy('', 'aws.network-addr'))).toEqual([
      'p.yml:3:15  policy p1: aws.elastic-ip (written "aws.network-addr") is a Cloud Custodian resource type that c7n-ts does not support yet [resource-not-supported-yet]',
    ]);
  });
  it('filter and action of a supported type', () => {
    expect(lines(policy('    filters:\n      - type: metrics\n    actions:\n      - resize\n'))).toEqual([
      'p.yml:5:15  policy p1: filter "metrics" is a Cloud Custodian filter of aws.ec2 that c7n-ts does not support yet [filter-not-supported-yet]',
      'p.yml:7:9  policy p1: action "resize" is a Cloud Custodian action of aws.ec2 that c7n-ts does not support yet [action-not-supported-yet]',
    ]);
  });
  it('an element ours for another type only, but the catalogue has it for this one', () => {
    expect(lines(policy('    filters:\n      - instance-age\n    actions:\n      - stop\n', 'rds'))).toEqual([
      'p.yml:5:9  policy p1: filter "instance-age" is a Cloud Custodian filter of aws.rds that c7n-ts does not support yet [filter-not-supported-yet]',
      'p.yml:7:9  policy p1: action "stop" is a Cloud Custodian action of aws.rds that c7n-ts does not support yet [action-not-supported-yet]',
    ]);
  });
  it('mode', () => {
    expect(lines(policy('    mode:\n      type: phd\n'))).toEqual([
      'p.yml:5:13  policy p1: mode "phd" is a Cloud Custodian mode that c7n-ts does not support yet [mode-not-supported-yet]',
    ]);
  });
  it('unknown names get did-you-mean from the registry and the catalogue', () => {
    expect(lines(policy('', 'aws.iam-usr'))).toEqual([
      'p.yml:3:15  policy p1: unknown resource type "aws.iam-usr"; did you mean "aws.iam-user"? [unknown-resource]',
    ]);
    expect(lines(policy('    filters:\n      - type: metricz\n      - instance-agee\n'))).toEqual([
      'p.yml:5:15  policy p1: unknown filter "metricz"; did you mean "metrics"? [unknown-filter]',
      'p.yml:6:9  policy p1: unknown filter "instance-agee"; did you mean "instance-age"? [unknown-filter]',
    ]);
    expect(lines(policy('    actions:\n      - resise\n'))).toEqual([
      'p.yml:5:9  policy p1: unknown action "resise"; did you mean "resize"? [unknown-action]',
    ]);
    expect(lines(policy('    mode:\n      type: phdd\n'))).toEqual([
      'p.yml:5:13  policy p1: unknown mode "phdd"; did you mean "phd"? [unknown-mode]',
    ]);
  });
  it('the blocks and/or/not are never "not supported yet"', () => {
    expect(lines(policy('    filters:\n      - and:\n        - instance-age\n'))).toEqual([]);
  });
});
