// The official TypeScript SDK (@trigger.dev/sdk) under the same load as our client, one measurement per process.
//
// Usage: node sdk_bench.mjs '<spec as JSON>' — spec: {node_modules, base_url, secret_key, workload ("trigger", "list"
// or "batch"), count, concurrency, warmup, seconds, page_size, rounds, turns, text, text_length}. Prints one JSON object shaped like the
// Python worker's result (tests/benchmarks/worker.py), so both land in the same table. With `turns` it takes its
// rounds in turns like the worker does: `ready`, then a round and its figures per `round` line on stdin until `done`.
//
// The SDK is installed in a cache directory outside the repository, so it is imported by path from there (an
// ESM import resolves packages next to this file, not next to the install).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";

const MB = 1024 * 1024;
const spec = JSON.parse(process.argv[2]);

// The process's peak RSS in bytes: Linux's VmHWM, which starts afresh at exec (maxRSS also counts the forked copy of
// the Python runner this process was before it, as tests/benchmarks/worker.py's peak_rss explains); maxRSS elsewhere.
function peakRss() {
  try {
    const line = readFileSync("/proc/self/status", "utf8").split("\n").find((l) => l.startsWith("VmHWM:"));
    if (line) return Number(line.split(/\s+/)[1]) * 1024;
  } catch {
    // no /proc: maxRSS below
  }
  return process.resourceUsage().maxRSS * 1024;
}

async function importSdk() {
  const root = join(spec.node_modules, "@trigger.dev", "sdk");
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  return import(pathToFileURL(join(root, manifest.exports["."].import.default)).href);
}

async function serverStats() {
  const response = await fetch(`${spec.base_url}/__bench/stats`);
  return response.json();
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.max(0, Math.min(sorted.length - 1, Math.round((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

// Same work queue as the Python drivers: `concurrency` loops share `count` tickets and stop at the deadline.
async function driveTrigger(tasks, count, concurrency, deadline) {
  let tickets = count;
  const latencies = [];
  async function work() {
    while (tickets > 0) {
      tickets -= 1;
      const started = performance.now();
      await tasks.trigger("my-task", { n: 1 });
      latencies.push(performance.now() - started);
      if (started > deadline) return;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, work));
  return { ops: latencies.length, latencies };
}

// Auto-pagination, timing every page's worth of items like drive_items() does, and like it going on where the last
// round stopped: one listing after another on one iterator. RSS is sampled per page because V8 may grow and shrink
// its heap within the run, which the process-lifetime maxRSS would hide.
let listing = null;
async function nextRun(runs) {
  for (;;) {
    listing ??= runs.list({ limit: spec.page_size })[Symbol.asyncIterator]();
    const step = await listing.next();
    if (!step.done) return step.value;
    listing = null;
  }
}

async function driveList(runs, count, deadline) {
  const latencies = [];
  let seen = 0;
  let maxRss = 0;
  let started = performance.now();
  for (;;) {
    await nextRun(runs);
    seen += 1;
    if (seen % spec.page_size === 0) {
      const now = performance.now();
      latencies.push(now - started);
      started = now;
      maxRss = Math.max(maxRss, process.memoryUsage.rss());
      if (seen >= count || now > deadline) break;
    }
  }
  return { ops: seen, latencies, maxRss };
}

// --- batch.100k: `batch.trigger` of `count` items of about 1 KB (tests/benchmarks/batch_scale.py sends the same) ---
// The items exist before the round, as a caller's data would; the SDK's array path (batchTriggerById in
// @trigger.dev/sdk 4.8.3 dist/esm/v3/shared.js) serialises them all, then creates one batch and streams its NDJSON.
const filler = spec.workload === "batch" ? spec.text.repeat(Math.floor(spec.text_length / spec.text.length) + 1) : "";
const text = filler.slice(0, spec.text_length);
const batchItems = Array.from({ length: spec.workload === "batch" ? spec.count : 0 }, (_, i) => ({
  id: "my-task",
  payload: { id: i, text },
}));

async function driveBatch(batch, count) {
  const items = count === batchItems.length ? batchItems : batchItems.slice(0, count);
  const started = performance.now();
  await batch.trigger(items);
  return { ops: count, latencies: [performance.now() - started] };
}
// --- end batch.100k ---

function drive(sdk, count, deadline) {
  if (spec.workload === "batch") return driveBatch(sdk.batch, count);
  return spec.workload === "trigger"
    ? driveTrigger(sdk.tasks, count, spec.concurrency, deadline)
    : driveList(sdk.runs, count, deadline);
}

// One timed round: wall and CPU time, the server's share, and the drive's own figures.
async function timedRound(sdk) {
  const serverBefore = await serverStats();
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const round = await drive(sdk, spec.count, performance.now() + spec.seconds * 1000);
  const seconds = (performance.now() - wallBefore) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const serverAfter = await serverStats();
  if (spec.workload === "batch" && serverAfter.items - serverBefore.items !== round.ops) {
    throw new Error(`the server received ${serverAfter.items - serverBefore.items} of ${round.ops} batch items`);
  }
  return {
    ...round,
    seconds,
    cpu_seconds: (cpu.user + cpu.system) / 1e6,
    server_cpu_seconds: serverAfter.cpu - serverBefore.cpu,
    server_requests: serverAfter.requests - serverBefore.requests,
    throughput: seconds ? round.ops / seconds : 0,
  };
}

// The rounds: `rounds` of them, or in turns one per `round` line on stdin (printing its figures) until `done`.
async function runRounds(sdk) {
  const rounds = [];
  if (!spec.turns) {
    for (let i = 0; i < spec.rounds; i += 1) rounds.push(await timedRound(sdk));
    return rounds;
  }
  console.log("ready");
  for await (const line of createInterface({ input: process.stdin })) {
    if (line.trim() !== "round") break;
    const round = await timedRound(sdk);
    rounds.push(round);
    const { ops, cpu_seconds, seconds, server_cpu_seconds, server_requests } = round;
    console.log(JSON.stringify({ ops, cpu_seconds, seconds, server_cpu_seconds, server_requests }));
  }
  return rounds;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

// The median round by CPU per operation, like the Python worker's Session; RSS growth spans them all.
async function main() {
  const sdk = await importSdk();
  sdk.configure({ secretKey: spec.secret_key, baseURL: spec.base_url });
  await drive(sdk, spec.warmup, Infinity);

  const rssBefore = process.memoryUsage.rss();
  const rounds = await runRounds(sdk);
  const rssAfter = process.memoryUsage.rss();
  const peak = Math.max(peakRss(), rssAfter);
  const sampled = Math.max(rssAfter, ...rounds.map((round) => round.maxRss ?? 0));

  const byCost = [...rounds].sort((a, b) => a.cpu_seconds / Math.max(1, a.ops) - b.cpu_seconds / Math.max(1, b.ops));
  const { latencies, maxRss: _maxRss, ...middle } = byCost[Math.floor((byCost.length - 1) / 2)];
  latencies.sort((a, b) => a - b);
  const result = {
    ...middle,
    unit: spec.workload === "trigger" ? "req" : "items",
    throughput: median(rounds.map((round) => round.throughput)),
    total_ops: rounds.reduce((total, round) => total + round.ops, 0),
    p50_ms: percentile(latencies, 50),
    p99_ms: percentile(latencies, 99),
    rounds: rounds.map((round) => round.throughput),
    rss_before_mb: rssBefore / MB,
    rss_after_mb: rssAfter / MB,
    peak_rss_mb: peak / MB,
    rss_growth_mb: Math.max(0, sampled - rssBefore) / MB,
  };
  console.log(JSON.stringify(result));
}

// --- realtime.fanout ------------------------------------------------------------------------------------------------
// `runs` runs.subscribeToRun at once against tests/benchmarks/fanout_server.py, like tests/benchmarks/fanout.py does
// with the Python client: once every subscription has its first snapshot the server is told to start, and from then
// until the runs complete (closeOnComplete, the default, ends each subscription) the CPU is counted. Each run's
// metadata.v is its version; one seen again, or after a later one, is out of order.
async function fanout() {
  const sdk = await importSdk();
  sdk.configure({ secretKey: spec.secret_key, baseURL: spec.base_url });
  const ids = Array.from({ length: spec.runs }, (_, index) => `run_fanout${String(index).padStart(5, "0")}`);
  const tallies = ids.map(() => ({ last: -1, delivered: 0, outOfOrder: 0 }));
  let waiting = ids.length;
  let allReady;
  const ready = new Promise((resolve) => (allReady = resolve));
  async function follow(id, tally) {
    let first = true;
    for await (const run of sdk.runs.subscribeToRun(id)) {
      const version = run.metadata.v;
      if (version <= tally.last) {
        tally.outOfOrder += 1;
      } else {
        if (version > 0) tally.delivered += 1; // version 0 is the snapshot before the first update
        tally.last = version;
      }
      if (first) {
        first = false;
        waiting -= 1;
        if (waiting === 0) allReady();
      }
    }
  }
  const following = Promise.all(ids.map((id, index) => follow(id, tallies[index])));
  const slack = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000).unref());
  await Promise.race([ready, slack(120)]);
  await fetch(`${spec.base_url}/__bench/start`, { method: "POST" });
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  await Promise.race([following, slack(spec.seconds + 120)]);
  const seconds = (performance.now() - wallBefore) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const delivered = tallies.reduce((total, tally) => total + tally.delivered, 0);
  console.log(
    JSON.stringify({
      unit: "updates",
      ops: delivered,
      throughput: seconds ? delivered / seconds : 0,
      seconds,
      cpu_seconds: cpuSeconds,
      cpu_per_update_us: delivered ? (cpuSeconds / delivered) * 1e6 : null,
      peak_rss_mb: Math.max(peakRss(), process.memoryUsage.rss()) / MB,
      updates_delivered: delivered,
      out_of_order: tallies.reduce((total, tally) => total + tally.outOfOrder, 0),
      subscriptions: ids.length,
    }),
  );
  process.exit(0); // subscriptions still open after a timeout must not keep the process alive
}
// --- end realtime.fanout

await (spec.workload === "fanout" ? fanout() : main());
