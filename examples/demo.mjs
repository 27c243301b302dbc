#!/usr/bin/env node
// `npm run demo` (after the build): validate the example policies, run them with --dryrun on the
// bundled demo account (recorded API traffic, no credentials), then show per policy what matched
// and what each action would do; then do the same with a few policies of the library (policies/,
// the @c7n-ts/policies package) picked by their metadata, and run those files' tests.
// Everything printed comes from the CLI and its output files.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { awsRegistry } from '@c7n-ts/aws';

const out = join('out', 'demo');
const libraryOut = join('out', 'demo-library');
const files = readdirSync('examples')
  .filter((f) => f.endsWith('.yml'))
  .sort()
  .map((f) => `examples/${f}`);
// policies/aws/*/*.yml, in the shell's order.
const library = readdirSync('policies/aws')
  .sort()
  .flatMap((d) =>
    readdirSync(join('policies/aws', d))
      .filter((f) => f.endsWith('.yml'))
      .sort()
      .map((f) => `policies/aws/${d}/${f}`),
  );
const runArgs = [
  '--dryrun',
  '--replay',
  'examples/demo-account',
  '--account-id',
  '123456789012',
  '-r',
  'us-east-1',
];

// Shown with the globs a shell user would type; run with the expanded lists.
const globs = [
  [files, 'examples/*.yml'],
  [library, 'policies/aws/*/*.yml'],
];
const shown = (args) =>
  args.flatMap((a) => {
    for (const [list, glob] of globs.filter(([list]) => list.every((f) => args.includes(f)))) {
      if (a === list[0]) return [glob];
      if (list.includes(a)) return [];
    }
    return [a];
  });

function cli(args) {
  console.log(`$ c7n-ts ${shown(args).join(' ')}`);
  const r = spawnSync(process.execPath, ['packages/cli/bin/c7n-ts.js', ...args], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\ndemo: c7n-ts ${args[0]} exited with ${r.status}`);
    process.exit(r.status ?? 1);
  }
}

function step(title, ...commands) {
  console.log(`\n${title}`);
  for (const args of commands) cli(args);
}

const registry = awsRegistry();
const nameOf = (r) => r.Tags?.find?.((t) => t.Key === 'Name')?.Value ?? r.GroupName;

/** Per policy run into `dir`: what matched, and what each action would do. */
function summarize(dir) {
  const policies = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({
      dir: join(dir, d.name),
      ...JSON.parse(readFileSync(join(dir, d.name, 'metadata.json'), 'utf8')),
    }))
    .sort((a, b) => a.config.file.localeCompare(b.config.file) || a.policy.name.localeCompare(b.policy.name));
  for (const { dir, policy: p, config, counts } of policies) {
    const resources = JSON.parse(readFileSync(join(dir, 'resources.json'), 'utf8'));
    const id = registry.resource(p.resource)?.id;
    const ids = resources.map((r) => (nameOf(r) ? `${r[id]} (${nameOf(r)})` : String(r[id])));
    const meta = [p.metadata?.category, p.metadata?.severity].filter(Boolean);
    console.log(`\n${p.name}  [${[p.resource, config.file, ...meta].join(', ')}]`);
    if (p.description) console.log(`  ${p.description.trim().split('\n').join('\n  ')}`);
    console.log(
      `  matched ${resources.length} of ${counts.fetched}${ids.length ? `: ${ids.join(', ')}` : ''}`,
    );
    // notify renders its emails into the output directory, even in a dry run: show where.
    const mails = existsSync(join(dir, 'notify'))
      ? readdirSync(join(dir, 'notify')).filter((f) => f.endsWith('.html'))
      : [];
    const plan = readFileSync(join(dir, 'plan.txt'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .filter((l) => !(mails.length && l.trim() === 'notify: nothing to do'));
    console.log(
      plan.length
        ? `  would:\n${plan.map((l) => `  ${l}`).join('\n')}`
        : mails.length
          ? '  would: write the emails below'
          : '  would: nothing (report only)',
    );
    for (const m of mails) console.log(`  email: ${join(dir, 'notify', m)}`);
  }
  return policies;
}

step('1. Validate the example policies (nothing touches an account)', ['validate', ...files]);
rmSync(out, { recursive: true, force: true });
step('2. Run them on the demo account: a dry run, replaying examples/demo-account', [
  'run',
  '-s',
  out,
  ...runArgs,
  ...files,
]);

console.log('\n3. What matched, and what each action would do (nothing was changed)');
summarize(out);

// The library's policies carry metadata (category, severity): pick them as a team would, from
// the whole library. The demo account holds what these need; the rest of the library reads
// services it has no data for (load balancers, secrets, organizations).
rmSync(libraryOut, { recursive: true, force: true });
const sweeps = [
  [
    'security',
    [
      '--category',
      'security',
      '--severity',
      'high',
      '--resource',
      'aws.iam-user',
      '--resource',
      'aws.rrset',
      '--resource',
      'aws.distribution',
    ],
  ],
  ['cost', ['--category', 'cost', '--resource', 'aws.network-addr']],
];
step(
  '4. Run library policies (policies/, the @c7n-ts/policies package) picked by metadata: the\n' +
    '   high-severity security ones on IAM users and DNS, and the cost one for Elastic IPs; a dry run on the same account',
  ...sweeps.map(([name, select]) => ['run', '-s', join(libraryOut, name), ...runArgs, ...select, ...library]),
);

console.log('\n5. What they matched, and what they would do');
const ran = sweeps.flatMap(([name]) => summarize(join(libraryOut, name)));

// The whole library's tests take some 20 s; those of the files that just ran, a few.
step('6. The tests that come with those policy files (recorded state, expected result)', [
  'test',
  ...[...new Set(ran.map((p) => p.config.file))].sort(),
]);

const logs = [out, ...sweeps.map(([name]) => join(libraryOut, name))].map((d) =>
  JSON.parse(readFileSync(join(d, 'flight-log.json'), 'utf8')),
);
const calls = logs.flat();
const writes = calls.filter((c) => !/^(Describe|List|Get|Head|Lookup)/.test(c.operation));
console.log(`
${calls.length} API calls were replayed, ${writes.length} of them writes. Look in ${out}/ and ${libraryOut}/:
  <policy>/plan.txt        what the actions would do (plan.json: the exact API calls)
  <policy>/resources.json  the resources that matched, as AWS describes them
  flight-log.json          every API call the run made, in order
Next: edit a policy in examples/, or try your own (README.md, "Try your own policy").`);
if (writes.length) process.exit(1);
