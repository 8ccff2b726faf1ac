// Preloaded by scripts/bench.mjs (node --require) to report a run's peak memory on stderr as it exits.
process.on("exit", () => process.stderr.write(`aigc-bench-rss ${process.resourceUsage().maxRSS}\n`));
