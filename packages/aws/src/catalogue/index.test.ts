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

  // The names used below are picked from what is still missing, so the test keeps its meaning
  // as c7n-ts grows; the wording for each kind is pinned in core's load.catalogue.test.ts.
  const missing = missingFromCatalogue(registry);
  const lacking = (kind: 'filters' | 'actions', onTypeWith?: string) => {
    const e = missing.elements.find(
      (x) => x[kind].length > 0 && (!onTypeWith || registry.elements('action', x.type).has(onTypeWith)),
    );
    return e ? { type: e.type, name: e[kind][0] as string } : undefined;
  };

  it('says "not supported yet" for its names c7n-ts lacks', () => {
    expect(lines(policy('aws.glacier', ''))).toEqual([
      'p.yml:3:15  policy p1: aws.glacier is a Cloud Custodian resource type that c7n-ts does not support yet [resource-not-supported-yet]',
    ]);
    const f = lacking('filters');
    if (f)
      expect(lines(policy(f.type, `    filters:\n      - type: ${f.name}\n`))).toEqual([
        `p.yml:5:15  policy p1: filter "${f.name}" is a Cloud Custodian filter of ${registry.catalogueType(f.type)} that c7n-ts does not support yet [filter-not-supported-yet]`,
      ]);
    const a = lacking('actions');
    if (a)
      expect(lines(policy(a.type, `    actions:\n      - ${a.name}\n`))).toEqual([
        `p.yml:5:9  policy p1: action "${a.name}" is a Cloud Custodian action of ${registry.catalogueType(a.type)} that c7n-ts does not support yet [action-not-supported-yet]`,
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
    const a = lacking('actions', 'mark-for-op');
    if (a)
      expect(lines(markForOp(a.type, a.name))).toEqual([
        `p.yml:6:13  policy p1: action "${a.name}" is a Cloud Custodian action of ${registry.catalogueType(a.type)} that c7n-ts does not support yet [op-not-supported-yet]`,
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
    expect(all.types).toContain('aws.glacier');
    expect(all.types).not.toContain('aws.elastic-ip');
    // Every one of Cloud Custodian's twelve modes is supported.
    expect(all.modes).toEqual([]);
    const ec2 = missingFromCatalogue(registry, 'ec2');
    expect(ec2.types).toEqual([]);
    expect(ec2.elements).toEqual([{ type: 'aws.ec2', catalogueType: 'aws.ec2', filters: [], actions: [] }]);
    expect(missingFromCatalogue(registry, 'glacier').types).toEqual(['aws.glacier']);
    expect(missingFromCatalogue(registry, 'aws.network-addr').elements[0]?.catalogueType).toBe(
      'aws.elastic-ip',
    );
    expect(missingFromCatalogue(registry, 'aws.glacier')).toMatchObject({
      types: ['aws.glacier'],
      elements: [],
    });
  });
});
