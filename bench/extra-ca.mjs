// NODE_EXTRA_CA_CERTS (a proxy's CA bundle, set on some machines, this workplace's among them)
// is read by every Node process as it starts, before any of its code runs: some 60 ms for
// Debian's 140 certificates on a 2-core VM. Every c7n-ts command pays it like any Node program,
// and Python pays nothing like it (botocore reads its CA bundle at its first connection). The
// scripts print it, so a reader can tell start-up c7n-ts controls from the machine's.
import { spawnSync } from 'node:child_process';

export const extraCa = process.env.NODE_EXTRA_CA_CERTS;

/** The environment without the variable. */
export function envWithoutExtraCa(env = process.env) {
  const copy = { ...env };
  delete copy.NODE_EXTRA_CA_CERTS;
  return copy;
}

/** `node -e 0`'s median wall time (ms) with and without the variable, runs of each interleaved. */
export function extraCaCost(runs = 7) {
  const time = (env) => {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0'], { env });
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const withIt = [];
  const without = [];
  for (let i = 0; i < runs; i++) {
    withIt.push(time(process.env));
    without.push(time(envWithoutExtraCa()));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { with: median(withIt), without: median(without) };
}

/** One line for a script's header, or none when the variable is not set. */
export function extraCaLine(includes = 'every c7n-ts figure below includes it') {
  if (!extraCa) return undefined;
  const c = extraCaCost();
  return (
    `NODE_EXTRA_CA_CERTS is set (${extraCa}): each node process reads it before running any code, ` +
    `${((c.with - c.without) / 1000).toFixed(3)} s here (node alone ${(c.with / 1000).toFixed(3)} s, ` +
    `${(c.without / 1000).toFixed(3)} s without it); ${includes}`
  );
}
