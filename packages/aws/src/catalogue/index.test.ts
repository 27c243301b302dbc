import { type Diagnostic, formatDiagnostic, loadPolicies, missingFromCatalogue } from '@c7n-ts/core';
import { describe, expect, it } from 'vitest';
import { awsRegistry } from '../registry.js';

const registry = awsRegistry();

function lines(text: string): string[] {
  return loadPolicies([{ path: 'p.yml', text }], registry).diagnostics.map(
    (d: Diagnostic) => `${formatDiagnostic(d)} [${d.messageId}]`,
  );
}

const policy = (resource: string, body: string) =>
  `policies:\n  - name: p1\n    resource: ${resource}\n${body}`;
const markForOp = (resource: string, op: string) =>
  policy(resource, `    actions:\n      - type: mark-for-op\n        op: ${op}\n        days: 4\n`);

describe("Cloud Custodian's catalogue in the AWS registry", () => {
  it('knows every c7n-ts type under one of its names (aws.network-addr is its alias of aws.elastic-ip)', () => {
    const unmapped = [...registry.resources.keys()].filter((t) => !registry.catalogueType(t));
    expect(unmapped).toEqual([]);
    expect(registry.catalogueType('aws.network-addr')).toBe('aws.elastic-ip');
  });

  it('says "not supported yet" for its names c7n-ts lacks', () => {
    expect(lines(policy('aws.iam-user', ''))).toEqual([
      'p.yml:3:15  policy p1: aws.iam-user is a Cloud Custodian resource type that c7n-ts does not support yet [resource-not-supported-yet]',
    ]);
    expect(
      lines(policy('ec2', '    filters:\n      - type: json-diff\n        selector: previous\n')),
    ).toEqual([
      'p.yml:5:15  policy p1: filter "json-diff" is a Cloud Custodian filter of aws.ec2 that c7n-ts does not support yet [filter-not-supported-yet]',
    ]);
    expect(lines(policy('elastic-ip', '    actions:\n      - set-shield\n'))).toEqual([
      'p.yml:5:9  policy p1: action "set-shield" is a Cloud Custodian action of aws.network-addr that c7n-ts does not support yet [action-not-supported-yet]',
    ]);
    expect(lines(policy('ec2', '    mode:\n      type: hub-finding\n'))).toEqual([
      'p.yml:5:13  policy p1: mode "hub-finding" is a Cloud Custodian mode that c7n-ts does not support yet [mode-not-supported-yet]',
    ]);
  });

  it('suggests from both for typos', () => {
    expect(lines(policy('aws.iam-usr', ''))).toEqual([
      'p.yml:3:15  policy p1: unknown resource type "aws.iam-usr"; did you mean "aws.iam-user"? [unknown-resource]',
    ]);
  });

  it("mark-for-op: op is checked against the type's actions, as Cloud Custodian does", () => {
    for (const [rt, op] of [
      ['ec2', 'stop'],
      ['ec2', 'terminate'],
      ['ec2', 'notify'],
      ['ebs', 'delete'],
      ['rds', 'delete'],
    ] as const)
      expect(lines(markForOp(rt, op)), `${rt} ${op}`).toEqual([]);
    expect(lines(markForOp('vpc', 'delete-empty'))).toEqual([
      'p.yml:6:13  policy p1: action "delete-empty" is a Cloud Custodian action of aws.vpc that c7n-ts does not support yet [op-not-supported-yet]',
    ]);
    expect(lines(markForOp('ec2', 'stpo'))).toEqual([
      'p.yml:6:13  policy p1: "stpo" is not an action of aws.ec2; did you mean "stop"? (set `custom: true` if another tool reads this mark) [unknown-op]',
    ]);
    expect(lines(markForOp('ami', 'explode'))).toEqual([
      'p.yml:6:13  policy p1: "explode" is not an action of aws.ami. (set `custom: true` if another tool reads this mark) [unknown-op]',
    ]);
  });

  it('lists what is missing, for every type or one', () => {
    const all = missingFromCatalogue(registry);
    expect(all.engine).toBe('Cloud Custodian');
    expect(all.types).toContain('aws.iam-user');
    expect(all.types).not.toContain('aws.elastic-ip');
    expect(all.modes).toContain('hub-finding');
    expect(all.modes).not.toContain('phd');
    const ec2 = missingFromCatalogue(registry, 'ec2');
    expect(ec2.types).toEqual([]);
    expect(ec2.elements.map((e) => e.type)).toEqual(['aws.ec2']);
    expect(ec2.elements[0]?.filters).toContain('json-diff');
    expect(ec2.elements[0]?.filters).not.toContain('instance-age');
    expect(ec2.elements[0]?.actions).not.toContain('resize');
    expect(missingFromCatalogue(registry, 'vpc').elements[0]?.actions).toContain('delete-empty');
    expect(missingFromCatalogue(registry, 'aws.network-addr').elements[0]?.catalogueType).toBe(
      'aws.elastic-ip',
    );
    expect(missingFromCatalogue(registry, 'iam-user')).toMatchObject({
      types: ['aws.iam-user'],
      elements: [],
    });
  });
});
