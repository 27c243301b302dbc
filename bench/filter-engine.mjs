// Filter engine throughput: 100,000 synthetic EC2-like instances through a typical
// five-filter policy. Run after `npm run build`: node bench/filter-engine.mjs [count]
import { defineResource } from '../packages/core/dist/define/index.js';
import { compileFilters, coreFilters } from '../packages/core/dist/filters/index.js';
import { composeRegistry } from '../packages/core/dist/registry/index.js';

const N = Number(process.argv[2] ?? 100_000);
const NOW = Date.UTC(2024, 0, 31);
const DAY = 86_400_000;

const ec2 = defineResource({
  type: 'bench.ec2',
  provider: 'bench',
  id: 'InstanceId',
  taggable: true,
  fields: [],
  permissions: [],
  doc: { summary: 'bench', example: '' },
  source: {},
});
const registry = composeRegistry({ resources: [ec2], sources: [{ origin: 'core', elements: coreFilters }] });

// Deterministic pseudo-random data (no Math.random, so runs compare).
let seed = 42;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const types = ['t3.micro', 't3.large', 'm5.xlarge', 'c5.2xlarge', 'r5.large', 'p3.2xlarge'];
const states = ['running', 'stopped', 'pending', 'terminated'];
const resources = Array.from({ length: N }, (_, i) => {
  const tags = [{ Key: 'Name', Value: `${rand() < 0.5 ? 'web' : 'db'}-${i}` }];
  if (rand() < 0.6) tags.push({ Key: 'Owner', Value: 'team' });
  if (rand() < 0.3) tags.push({ Key: 'aws:cloudformation:stack-name', Value: 's' });
  return {
    InstanceId: `i-${i.toString(16).padStart(17, '0')}`,
    InstanceType: types[Math.floor(rand() * types.length)],
    State: { Name: states[Math.floor(rand() * states.length)], Code: 16 },
    LaunchTime: new Date(NOW - rand() * 120 * DAY),
    ImageId: `ami-${Math.floor(rand() * 1000)}`,
    Tags: tags,
  };
});

const policyFilters = [
  { 'tag:Owner': 'absent' },
  { 'State.Name': 'running' },
  { type: 'value', key: 'InstanceType', op: 'in', value: ['t3.large', 'm5.xlarge', 'c5.2xlarge'] },
  { type: 'value', key: 'LaunchTime', value_type: 'age', op: 'gt', value: 30 },
  { type: 'value', key: 'tag:Name', op: 'regex', value: '^web-\\d+$' },
];

const ctx = { resourceType: ec2, policyName: 'bench', registry };
const compiled = compileFilters(policyFilters, ctx);
const evalCtx = { now: NOW };

// Warm up the JIT, then time a few runs and report the best.
for (let i = 0; i < 3; i++) await compiled.evaluate(resources, evalCtx);
let best = Number.POSITIVE_INFINITY;
let matched = 0;
for (let i = 0; i < 5; i++) {
  const t0 = process.hrtime.bigint();
  matched = (await compiled.evaluate(resources, evalCtx)).length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  best = Math.min(best, ms);
}
const perSec = Math.round((N / best) * 1000);
console.log(
  `filter-engine: ${N.toLocaleString('en-US')} resources, 5 filters, ${matched} matched, ` +
    `${best.toFixed(1)} ms (best of 5), ${perSec.toLocaleString('en-US')} resources/s, ` +
    `fast path: ${compiled.predicate ? 'one predicate' : 'set-wise'}`,
);
