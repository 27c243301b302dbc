#!/usr/bin/env node
// `npm run demo` (after the build): validate the example policies, run them with --dryrun on the
// bundled demo account (recorded API traffic, no credentials), then show per policy what matched
// and what each action would do. Everything printed comes from the CLI and its output files.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { awsRegistry } from '@c7n-ts/aws';

const out = join('out', 'demo');
const files = readdirSync('examples')
  .filter((f) => f.endsWith('.yml'))
  .sort()
  .map((f) => `examples/${f}`);
const runArgs = [
  '--dryrun',
  '--replay',
  'examples/demo-account',
  '--account-id',
  '123456789012',
  '-r',
  'us-east-1',
];

// Shown with the glob a shell user would type; run with the expanded list.
const shown = (args) =>
  args.map((a) => (a === files[0] ? 'examples/*.yml' : a)).filter((a) => !files.includes(a));

function step(title, args) {
  console.log(`\n${title}\n$ c7n-ts ${shown(args).join(' ')}`);
  const r = spawnSync(process.execPath, ['packages/cli/bin/c7n-ts.js', ...args], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\ndemo: c7n-ts ${args[0]} exited with ${r.status}`);
    process.exit(r.status ?? 1);
  }
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
const registry = awsRegistry();
const nameOf = (r) => r.Tags?.find?.((t) => t.Key === 'Name')?.Value ?? r.GroupName;
const policies = readdirSync(out, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({
    dir: join(out, d.name),
    ...JSON.parse(readFileSync(join(out, d.name, 'metadata.json'), 'utf8')),
  }))
  .sort((a, b) => a.config.file.localeCompare(b.config.file) || a.policy.name.localeCompare(b.policy.name));
for (const { dir, policy: p, config, counts } of policies) {
  const resources = JSON.parse(readFileSync(join(dir, 'resources.json'), 'utf8'));
  const id = registry.resource(p.resource)?.id;
  const ids = resources.map((r) => (nameOf(r) ? `${r[id]} (${nameOf(r)})` : String(r[id])));
  console.log(`\n${p.name}  [${p.resource}, ${config.file}]`);
  if (p.description) console.log(`  ${p.description.trim().split('\n').join('\n  ')}`);
  console.log(`  matched ${resources.length} of ${counts.fetched}${ids.length ? `: ${ids.join(', ')}` : ''}`);
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

const log = JSON.parse(readFileSync(join(out, 'flight-log.json'), 'utf8'));
const writes = log.filter((c) => !/^(Describe|List|Get|Head|Lookup)/.test(c.operation));
console.log(`
${log.length} API calls were replayed, ${writes.length} of them writes. Look in ${out}/:
  <policy>/plan.txt        what the actions would do (plan.json: the exact API calls)
  <policy>/resources.json  the resources that matched, as AWS describes them
  flight-log.json          every API call the run made, in order
Next: edit a policy in examples/, or try your own (README.md, "Try your own policy").`);
if (writes.length) process.exit(1);
