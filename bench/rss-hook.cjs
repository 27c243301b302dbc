// Preloaded into the CLI process by the bench scripts (`node --require`): on exit, writes the
// process's own peak resident set size (getrusage maxrss, KiB) and CPU time (µs) to
// $BENCH_RSS_FILE as JSON. CommonJS, as the CLI: a preloaded ES module (`--import`) would load
// Node's ES module loader into every process measured, some 8 ms the CLI itself does not spend.
const { writeFileSync } = require('node:fs');

const file = process.env.BENCH_RSS_FILE;
if (file)
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({ maxRSS: u.maxRSS, userCPUTime: u.userCPUTime, systemCPUTime: u.systemCPUTime }),
    );
  });
