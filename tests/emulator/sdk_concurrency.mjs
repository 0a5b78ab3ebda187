// Drives the official @trigger.dev/sdk 4.8.3 through the emulator's concurrency limits, the `concurrency`
// trigger option, replay overrides and a V2 queue's refusal (see test_official_sdk_concurrency.py).
//
// Env: TRIGGER_API_URL, TRIGGER_SECRET_KEY, TRIGGER_SDK_DIR (a directory whose node_modules holds the SDK).
// The emulator declares: a named limit "openai" (total 1), a task "report" with concurrency
// [{perKey: 1, total: 2}, "openai"] (so its inline limit is "task/report" and its queue V2), and a task "legacy".
// Prints one JSON line per step: {"step": name, "ok": true} or {"step": name, "ok": false, "error": ...}.

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const env = process.env;
const requireFromSdkDir = createRequire(join(env.TRIGGER_SDK_DIR, "package.json"));
const pkgJsonPath = requireFromSdkDir.resolve("@trigger.dev/sdk/package.json");
const pkg = JSON.parse(readFileSync(pkgJsonPath, "utf8"));
const sdk = await import(pathToFileURL(join(dirname(pkgJsonPath), pkg.exports["."].import.default)).href);
const { configure, concurrencyLimits, tasks, runs, queues } = sdk;

configure({ baseURL: env.TRIGGER_API_URL, secretKey: env.TRIGGER_SECRET_KEY });

let failures = 0;

async function step(name, fn) {
  try {
    await fn();
    process.stdout.write(JSON.stringify({ step: name, ok: true }) + "\n");
  } catch (err) {
    failures += 1;
    const status = err && err.status !== undefined ? ` (status ${err.status})` : "";
    const error = `${err && err.stack ? err.stack : String(err)}${status}`;
    process.stdout.write(JSON.stringify({ step: name, ok: false, error }) + "\n");
  }
}

function eq(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`assertion failed: ${what}: expected ${e}, got ${a}`);
}

await step("concurrencyLimits.list", async () => {
  const page = await concurrencyLimits.list({ perPage: 1 });
  eq(page.data.map((l) => l.name), ["openai"], "first page");
  const names = [];
  for await (const limit of concurrencyLimits.list({ perPage: 1 })) names.push(limit.name);
  eq(names, ["openai", "task/report"], "every page");
});

await step("concurrencyLimits.retrieve", async () => {
  const limit = await concurrencyLimits.retrieve("task/report");
  eq([limit.name, limit.perKey.current, limit.total.current, limit.paused], ["task/report", 1, 2, false], "limit");
  if (!limit.id.startsWith("climit_")) throw new Error(`id ${limit.id}`);
});

await step("concurrencyLimits.override and reset", async () => {
  const raised = await concurrencyLimits.override("openai", { total: 5 });
  eq([raised.total.current, raised.total.base, raised.total.override], [5, 1, 5], "override");
  if (!(raised.total.overriddenAt instanceof Date)) throw new Error("overriddenAt is not a Date");
  const reset = await concurrencyLimits.reset("openai");
  eq([reset.total.current, reset.total.override], [1, null], "reset");
});

await step("concurrencyLimits per key", async () => {
  const view = await concurrencyLimits.override("task/report", { concurrencyKey: "user_42", perKey: 3, ttl: "1d" });
  eq([view.concurrencyKey, view.perKey.current, view.perKey.base, view.perKey.override], ["user_42", 3, 1, 3], "key");
  const day = view.perKey.expiresAt.getTime() - Date.now();
  if (day < 23 * 3600e3 || day > 25 * 3600e3) throw new Error(`expiresAt ${view.perKey.expiresAt}`);
  const read = await concurrencyLimits.retrieve("task/report", { concurrencyKey: "user_42" });
  eq(read.perKey.override, 3, "retrieved key override");
  const cleared = await concurrencyLimits.reset("task/report", { concurrencyKey: "user_42" });
  eq([cleared.perKey.override, cleared.perKey.expiresAt], [null, null], "cleared");
});

await step("concurrencyLimits.pause and resume", async () => {
  eq((await concurrencyLimits.pause("openai")).paused, true, "paused");
  eq((await concurrencyLimits.resume("openai")).paused, false, "resumed");
});

await step("concurrencyLimits errors", async () => {
  let status;
  try {
    await concurrencyLimits.retrieve("no-such-limit");
  } catch (err) {
    status = err.status;
  }
  eq(status, 404, "unknown limit");
  try {
    status = undefined;
    await concurrencyLimits.override("openai", { total: 100001 });
  } catch (err) {
    status = err.status;
  }
  eq(status, 400, "bound above 100,000");
});

await step("trigger with concurrency names", async () => {
  const handle = await tasks.trigger("report", { user: "user_42" }, { concurrency: "openai", concurrencyKey: "u" });
  if (!handle.id.startsWith("run_")) throw new Error(`handle ${handle.id}`);
  let message = "";
  try {
    await tasks.trigger("report", {}, { concurrency: ["a", "b", "c"] });
  } catch (err) {
    message = String(err.message);
  }
  if (!message.includes("at most two")) throw new Error(`three names were not refused: ${message}`);
});

await step("runs.replay with overrides", async () => {
  const original = await tasks.trigger("legacy", { user: 1 }, { tags: ["first"] });
  const replayed = await runs.replay(original.id, { payload: { user: 2, when: new Date(0) }, tags: ["replayed"] });
  const run = await runs.retrieve(replayed.id);
  eq([run.payload.user, run.tags], [2, ["replayed"]], "replayed run");
  const bare = await runs.retrieve((await runs.replay(original.id)).id);
  eq([bare.payload, bare.tags], [{ user: 1 }, ["first"]], "bare replay keeps the original's");
});

await step("V2 queue refuses queue-level overrides", async () => {
  const queue = await queues.retrieve({ type: "task", name: "report" });
  eq([queue.version, queue.concurrencyLimit], ["V2", null], "queue");
  let status;
  try {
    await queues.overrideConcurrencyLimit({ type: "task", name: "report" }, 5);
  } catch (err) {
    status = err.status;
  }
  eq(status, 400, "queue-level override of a V2 queue");
  const legacy = await queues.retrieve({ type: "task", name: "legacy" });
  eq(legacy.version, "V1", "legacy queue");
});

process.stdout.write(JSON.stringify({ step: "done", ok: failures === 0 }) + "\n");
process.exit(failures === 0 ? 0 : 1);
