// Preloaded (node --require) into a measured process when GNU time is not installed: at exit, writes
// "userMs sysMs maxRssKb" from process.resourceUsage() to the file CUSTOMER_LENS_BENCH_USAGE names.
const { writeFileSync } = require('node:fs');

const file = process.env.CUSTOMER_LENS_BENCH_USAGE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, `${u.userCPUTime / 1000} ${u.systemCPUTime / 1000} ${u.maxRSS}\n`);
  });
}
