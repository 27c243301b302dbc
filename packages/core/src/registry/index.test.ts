/**
 * The catalogue given as a function is read on first use only: composing the registry and
 * loading a valid policy never build it; an unknown name does, once (issue 17).
 */
import { describe, expect, it } from 'vitest';
import { defineResource } from '../define/index.js';
import { formatDiagnostic } from '../diagnostics/types.js';
import { loadPolicies } from '../policy/load.js';
import { type CatalogueInput, composeRegistry } from './index.js';

const ec2 = defineResource({
  type: 'aws.ec2',
  provider: 'aws',
  aliases: ['ec2'],
  id: 'InstanceId',
  taggable: true,
  fields: ['InstanceId'],
  permissions: [],
  doc: { summary: 'Fake aws.ec2.', example: 'policies:\n  - name: x\n    resource: aws.ec2' },
  source: {},
});

const names: CatalogueInput = {
  engine: 'Cloud Custodian',
  types: { 'aws.iam-user': { aliases: ['iam-user'], filters: [], actions: [] } },
  modes: [],
};

function lazyRegistry() {
  let calls = 0;
  const registry = composeRegistry({
    resources: [ec2],
    sources: [],
    catalogue: () => {
      calls++;
      return names;
    },
  });
  return { registry, calls: () => calls };
}

const load = (registry: ReturnType<typeof lazyRegistry>['registry'], resource: string) =>
  loadPolicies(
    [{ path: 'p.yml', text: `policies:\n  - name: p1\n    resource: ${resource}\n` }],
    registry,
  ).diagnostics.map(formatDiagnostic);

describe('Registry: a catalogue given as a function', () => {
  it('is not built to compose the registry nor to load a valid policy', () => {
    const { registry, calls } = lazyRegistry();
    expect(load(registry, 'ec2')).toEqual([]);
    expect(calls()).toBe(0);
  });

  it('is built once, on the first name the registry lacks, and says what a given one says', () => {
    const lazy = lazyRegistry();
    const given = composeRegistry({ resources: [ec2], sources: [], catalogue: names });
    expect(load(lazy.registry, 'iam-user')).toEqual(load(given, 'iam-user'));
    expect(load(lazy.registry, 'iam-usr')).toEqual(load(given, 'iam-usr'));
    expect(lazy.calls()).toBe(1);
    expect(lazy.registry.catalogue?.resolveType('iam-user')).toBe('aws.iam-user');
  });

  it('is undefined when there is none', () => {
    expect(composeRegistry({ resources: [ec2], sources: [] }).catalogue).toBeUndefined();
  });
});
