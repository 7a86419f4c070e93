import { writeFileSync } from 'node:fs';

// Loaded into the pipeline's process by the bench (`node --import tsx --import
// ./test/bench/usage-probe.ts pipeline/run.ts …`): at exit, writes the process's own resource
// usage (peak resident memory, CPU time) to $HOTLINE_BENCH_USAGE, which a parent cannot read
// from Node once the child is gone.

const file = process.env.HOTLINE_BENCH_USAGE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKb: u.maxRSS, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000 }));
  });
}
