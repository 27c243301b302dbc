// Preloaded into the CLI process by bench/run.mjs (`node --import`): on exit, writes the
// process's own peak resident set size (getrusage maxrss, KiB) and CPU time (µs) to
// $BENCH_RSS_FILE as JSON.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file)
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({ maxRSS: u.maxRSS, userCPUTime: u.userCPUTime, systemCPUTime: u.systemCPUTime }),
    );
  });
