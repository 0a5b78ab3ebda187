// Drives the official @trigger.dev/sdk against the emulator (see test_official_sdk.py).
//
// Env: TRIGGER_API_URL, TRIGGER_SECRET_KEY, TRIGGER_ACCESS_TOKEN (a PAT), TRIGGER_PROJECT_REF,
// TRIGGER_SDK_DIR (a directory whose node_modules holds @trigger.dev/sdk).
// Prints one JSON line per step: {"step": name, "ok": true} or {"step": name, "ok": false, "error": ...}.

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const env = process.env;
const sdkDir = env.TRIGGER_SDK_DIR;
if (!sdkDir) throw new Error("TRIGGER_SDK_DIR is not set");

// ESM ignores NODE_PATH, so resolve the package from the cache directory and import its ESM entry.
const requireFromSdkDir = createRequire(join(sdkDir, "package.json"));
const pkgJsonPath = requireFromSdkDir.resolve("@trigger.dev/sdk/package.json");
const pkg = JSON.parse(readFileSync(pkgJsonPath, "utf8"));
const entry = join(dirname(pkgJsonPath), pkg.exports["."].import.default);
const sdk = await import(pathToFileURL(entry).href);
const { configure, tasks, batch, runs, schedules, envvars, queues, wait, idempotencyKeys, auth, deployments, query } =
  sdk;

const projectRef = env.TRIGGER_PROJECT_REF;
const pat = env.TRIGGER_ACCESS_TOKEN;

configure({ baseURL: env.TRIGGER_API_URL, secretKey: env.TRIGGER_SECRET_KEY });

let failures = 0;

function report(step, ok, error) {
  const line = { step, ok };
  if (!ok) line.error = error;
  process.stdout.write(JSON.stringify(line) + "\n");
}

async function step(name, fn) {
  try {
    const value = await fn();
    report(name, true);
    return value;
  } catch (err) {
    failures += 1;
    const detail = err && err.stack ? err.stack : String(err);
    const status = err && err.status !== undefined ? ` (status ${err.status})` : "";
    const raw = err && err.rawBody !== undefined ? ` rawBody=${JSON.stringify(err.rawBody).slice(0, 2000)}` : "";
    report(name, false, `${detail}${status}${raw}`);
    return undefined;
  }
}

function check(condition, message) {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}

function eq(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`assertion failed: ${what}: expected ${e}, got ${a}`);
}

const POLL = { pollIntervalMs: 100 };

// --- runs -------------------------------------------------------------------------------------

const handle = await step("tasks.trigger", async () => {
  const h = await tasks.trigger("hello", { name: "sdk" }, { tags: ["sdk-parity"] });
  check(typeof h.id === "string" && h.id.startsWith("run_"), `run id ${h.id}`);
  check(typeof h.publicAccessToken === "string" && h.publicAccessToken.length > 0, "publicAccessToken");
  return h;
});

await step("runs.poll", async () => {
  const run = await runs.poll(handle.id, POLL);
  eq(run.status, "COMPLETED", "status");
  eq(run.isCompleted && run.isSuccess, true, "isCompleted && isSuccess");
  eq(run.output, { greeting: "hello sdk" }, "output");
});

await step("runs.retrieve", async () => {
  const run = await runs.retrieve(handle.id);
  eq(run.id, handle.id, "id");
  eq(run.taskIdentifier, "hello", "taskIdentifier");
  eq(run.payload, { name: "sdk" }, "payload");
  eq(run.output, { greeting: "hello sdk" }, "output");
  eq(run.tags, ["sdk-parity"], "tags");
  check(run.createdAt instanceof Date, "createdAt is a Date");
  check(run.finishedAt instanceof Date, "finishedAt is a Date");
  check(run.attemptCount >= 1, `attemptCount ${run.attemptCount}`);
});

await step("runs.cancel", async () => {
  const delayed = await tasks.trigger("hello", { name: "later" }, { delay: "1h" });
  const before = await runs.retrieve(delayed.id);
  eq(before.status, "DELAYED", "status before cancel");
  const canceled = await runs.cancel(delayed.id);
  eq(canceled.id, delayed.id, "cancel response id");
  const after = await runs.retrieve(delayed.id);
  eq(after.status, "CANCELED", "status after cancel");
  eq(after.isCancelled, true, "isCancelled");
});

let replayedId;
await step("runs.replay", async () => {
  const replayed = await runs.replay(handle.id);
  replayedId = replayed.id;
  check(replayed.id !== handle.id && replayed.id.startsWith("run_"), `replay id ${replayed.id}`);
  const run = await runs.poll(replayed.id, POLL);
  eq(run.status, "COMPLETED", "replayed status");
  eq(run.payload, { name: "sdk" }, "replayed payload");
  eq(run.output, { greeting: "hello sdk" }, "replayed output");
});

// --- batches ----------------------------------------------------------------------------------

const batchHandle = await step("tasks.batchTrigger", async () => {
  const h = await tasks.batchTrigger("hello", [
    { payload: { name: "a" } },
    { payload: { name: "b" } },
    { payload: { name: "c" }, options: { tags: ["batch-item"] } },
  ]);
  check(typeof h.batchId === "string" && h.batchId.startsWith("batch_"), `batch id ${h.batchId}`);
  eq(h.runCount, 3, "runCount");
  check(typeof h.publicAccessToken === "string", "publicAccessToken");
  return h;
});

await step("batch.retrieve", async () => {
  const b = await batch.retrieve(batchHandle.batchId);
  eq(b.id, batchHandle.batchId, "id");
  eq(b.runCount, 3, "runCount");
  eq(b.runs.length, 3, "runs length");
  check(["PENDING", "PROCESSING", "COMPLETED"].includes(b.status), `status ${b.status}`);
  const outputs = [];
  for (const runId of b.runs) {
    const run = await runs.poll(runId, POLL);
    eq(run.status, "COMPLETED", `status of ${runId}`);
    outputs.push(run.output.greeting);
  }
  eq(outputs.sort(), ["hello a", "hello b", "hello c"], "batch outputs");
  eq(b.processing.errors, [], "processing errors");
});

// --- listing --------------------------------------------------------------------------------

await step("runs.list", async () => {
  const ids = [];
  for await (const run of runs.list({ taskIdentifier: "hello", limit: 2 })) {
    check(run.taskIdentifier === "hello", `taskIdentifier ${run.taskIdentifier}`);
    check(typeof run.isCompleted === "boolean", "isCompleted flag");
    ids.push(run.id);
  }
  // trigger + delayed + replay + 3 batch items
  check(ids.length >= 6, `expected >= 6 runs across pages, got ${ids.length}`);
  eq(new Set(ids).size, ids.length, "no duplicates across pages");
  check(ids.includes(handle.id), "first run listed");
  const page = await runs.list({ status: ["CANCELED"], limit: 10 });
  eq(page.data.length, 1, "canceled runs");
  eq(page.hasNextPage(), false, "single page");
  // A replay keeps the original run's tags.
  const tagged = await runs.list({ tag: "sdk-parity" });
  eq(
    tagged.data.map((r) => r.id).sort(),
    [handle.id, replayedId].sort(),
    "tag filter",
  );
  eq(tagged.data[0].tags, ["sdk-parity"], "tags on list items");
});

await step("runs.list(projectRef) with PAT", async () => {
  const ids = await auth.withAuth({ accessToken: pat }, async () => {
    const collected = [];
    for await (const run of runs.list(projectRef, { env: ["dev"], taskIdentifier: "hello", limit: 3 })) {
      check(run.env && run.env.name === "dev", `env ${JSON.stringify(run.env)}`);
      collected.push(run.id);
    }
    return collected;
  });
  check(ids.length >= 6 && ids.includes(handle.id), `project runs ${ids.length}`);
  // Outside withAuth the secret key is back in use: the PAT-only route refuses it.
  let refused = false;
  try {
    await runs.list(projectRef, { limit: 1 });
  } catch (err) {
    refused = err.status === 401;
  }
  check(refused, "secret key rejected on project runs route");
});

// --- idempotency keys -------------------------------------------------------------------------

await step("idempotencyKeys", async () => {
  const key = await idempotencyKeys.create("sdk-parity-key");
  check(typeof key === "string" && /^[0-9a-f]{64}$/.test(key), `key ${key}`);
  const first = await tasks.trigger("hello", { name: "once" }, { idempotencyKey: key });
  const second = await tasks.trigger("hello", { name: "twice" }, { idempotencyKey: key });
  eq(second.id, first.id, "same run for the same key");
  eq(second.isCached, true, "second trigger cached");
  const run = await runs.poll(first.id, POLL);
  eq(run.idempotencyKey, key, "idempotencyKey on run");
  eq(run.output, { greeting: "hello once" }, "output of the first trigger");
});

await step("idempotencyKeys.reset", async () => {
  const key = await idempotencyKeys.create("sdk-reset-key", { scope: "global" });
  const first = await tasks.trigger("hello", { name: "first" }, { idempotencyKey: key });
  const reset = await idempotencyKeys.reset("hello", key);
  eq(reset.id, key, "reset answers the key");
  const again = await tasks.trigger("hello", { name: "again" }, { idempotencyKey: key });
  check(again.id !== first.id && !again.isCached, "a new run after the reset");
  let missing;
  try {
    await idempotencyKeys.reset("hello", "f".repeat(64));
  } catch (err) {
    missing = err;
  }
  eq(missing && missing.status, 404, "unknown key");
});

await step("v3 batch of 250 items", async () => {
  const items = Array.from({ length: 250 }, (_, i) => ({ payload: { name: `item-${i}` } }));
  const h = await tasks.batchTrigger("hello", items, { idempotencyKey: "sdk-big-batch" });
  eq(h.runCount, 250, "runCount");
  const b = await batch.retrieve(h.batchId);
  eq(b.runs.length, 250, "every item became a run");
  eq(b.processing.errors, [], "processing errors");
  const again = await tasks.batchTrigger("hello", items, { idempotencyKey: "sdk-big-batch" });
  eq(again.batchId, h.batchId, "the batch key returns the same batch");
  eq((await batch.retrieve(h.batchId)).runs.length, 250, "no run created twice");
});

// --- schedules --------------------------------------------------------------------------------

await step("schedules", async () => {
  const created = await schedules.create({
    task: "hello",
    cron: "0 0 * * *",
    deduplicationKey: "sdk-parity",
    externalId: "ext-1",
    timezone: "Europe/Paris",
  });
  check(created.id.startsWith("sched_"), `schedule id ${created.id}`);
  eq(created.active, true, "active");
  eq(created.generator.expression, "0 0 * * *", "cron");
  eq(created.timezone, "Europe/Paris", "timezone");
  check(created.nextRun instanceof Date, "nextRun is a Date");

  const again = await schedules.create({ task: "hello", cron: "0 0 * * *", deduplicationKey: "sdk-parity" });
  eq(again.id, created.id, "deduplicationKey upsert");

  const ids = [];
  for await (const s of schedules.list({ perPage: 1 })) ids.push(s.id);
  check(ids.includes(created.id), "listed");
  const page = await schedules.list();
  check(page.data.some((s) => s.id === created.id), "first page");

  const retrieved = await schedules.retrieve(created.id);
  eq(retrieved.externalId, null, "externalId cleared by the upsert");

  const updated = await schedules.update(created.id, { task: "hello", cron: "30 12 * * *", externalId: "ext-2" });
  eq(updated.generator.expression, "30 12 * * *", "updated cron");
  eq(updated.externalId, "ext-2", "updated externalId");

  const off = await schedules.deactivate(created.id);
  eq(off.active, false, "deactivated");
  const on = await schedules.activate(created.id);
  eq(on.active, true, "activated");

  const deleted = await schedules.del(created.id);
  eq(deleted.id, created.id, "deleted id");
  let missing = false;
  try {
    await schedules.retrieve(created.id);
  } catch (err) {
    missing = err.status === 404;
  }
  check(missing, "retrieve after delete is 404");

  const { timezones } = await schedules.timezones();
  check(timezones.includes("UTC") && timezones.includes("Europe/Paris"), "timezones");
  const noUtc = await schedules.timezones({ excludeUtc: true });
  check(!noUtc.timezones.includes("UTC"), "excludeUtc");
});

// --- environment variables --------------------------------------------------------------------

await step("envvars", async () => {
  const uploaded = await envvars.upload(projectRef, "dev", { variables: { SDK_A: "1", SDK_B: "2" }, override: true });
  eq(uploaded.success, true, "upload");
  const created = await envvars.create(projectRef, "dev", { name: "SDK_C", value: "3" });
  eq(created.success, true, "create");
  const listed = await envvars.list(projectRef, "dev");
  const byName = Object.fromEntries(listed.map((v) => [v.name, v.value]));
  eq([byName.SDK_A, byName.SDK_B, byName.SDK_C], ["1", "2", "3"], "listed values");
  const one = await envvars.retrieve(projectRef, "dev", "SDK_C");
  eq([one.name, one.value], ["SDK_C", "3"], "retrieve");
  const deleted = await envvars.del(projectRef, "dev", "SDK_C");
  eq(deleted.success, true, "del");
  const after = await envvars.list(projectRef, "dev");
  check(!after.some((v) => v.name === "SDK_C"), "deleted variable gone");
  // The PAT works on project-scoped routes too.
  const viaPat = await auth.withAuth({ accessToken: pat }, () => envvars.list(projectRef, "dev"));
  check(viaPat.some((v) => v.name === "SDK_A"), "list with PAT");
});

// --- queues -----------------------------------------------------------------------------------

await step("queues", async () => {
  const names = [];
  for await (const q of queues.list({ perPage: 1 })) names.push(`${q.type}:${q.name}`);
  check(names.includes("task:hello"), `queues ${names}`);
  const byName = await queues.retrieve({ type: "task", name: "hello" });
  eq([byName.name, byName.type, byName.paused], ["hello", "task", false], "retrieve by name");
  const byId = await queues.retrieve(byName.id);
  eq(byId.id, byName.id, "retrieve by id");
  const paused = await queues.pause({ type: "task", name: "hello" });
  eq(paused.paused, true, "paused");
  const resumed = await queues.resume(byName.id);
  eq(resumed.paused, false, "resumed");
});

// --- waitpoint tokens -------------------------------------------------------------------------

await step("wait tokens", async () => {
  const token = await wait.createToken({ timeout: "1h", tags: ["sdk-parity"], idempotencyKey: "sdk-wait" });
  check(token.id.startsWith("waitpoint_"), `token id ${token.id}`);
  check(typeof token.url === "string" && token.url.includes(token.id), "url");
  check(typeof token.publicAccessToken === "string", "publicAccessToken");
  const cached = await wait.createToken({ idempotencyKey: "sdk-wait" });
  eq([cached.id, cached.isCached], [token.id, true], "idempotent create");

  const ids = [];
  for await (const t of wait.listTokens({ status: ["WAITING"], tags: ["sdk-parity"], limit: 1 })) ids.push(t.id);
  eq(ids, [token.id], "listed waiting tokens");

  const waiting = await wait.retrieveToken(token.id);
  eq(waiting.status, "WAITING", "status before complete");
  check(waiting.timeoutAt instanceof Date, "timeoutAt is a Date");

  const completed = await wait.completeToken(token.id, { approved: true });
  eq(completed.success, true, "complete");
  const done = await wait.retrieveToken(token.id);
  eq(done.status, "COMPLETED", "status after complete");
  eq(done.output, { approved: true }, "output");
  check(done.completedAt instanceof Date, "completedAt is a Date");
});

// --- beyond the basics ----------------------------------------------------------------------

await step("cursor pages", async () => {
  const first = await runs.list({ taskIdentifier: "hello", limit: 2 });
  eq(first.data.length, 2, "first page size");
  check(first.hasNextPage(), "first page has a next page");
  const second = await first.getNextPage();
  eq(second.data.length, 2, "second page size");
  check(second.hasPreviousPage(), "second page has a previous page");
  check(!second.data.some((r) => first.data.some((f) => f.id === r.id)), "pages do not overlap");
  const back = await second.getPreviousPage();
  eq(
    back.data.map((r) => r.id),
    first.data.map((r) => r.id),
    "previous page equals the first page",
  );
});

await step("batch.trigger and batch.triggerByTask", async () => {
  const byId = await batch.trigger([
    { id: "hello", payload: { name: "x" } },
    { id: "hello", payload: { name: "y" } },
  ]);
  eq(byId.runCount, 2, "batch.trigger runCount");
  // triggerByTask takes task objects; outside a worker only their `id` is read.
  const byTask = await batch.triggerByTask([{ task: { id: "hello" }, payload: { name: "z" } }]);
  eq(byTask.runCount, 1, "batch.triggerByTask runCount");
  const retrieved = await batch.retrieve(byTask.batchId);
  const run = await runs.poll(retrieved.runs[0], POLL);
  eq(run.output, { greeting: "hello z" }, "output");
  eq(run.batchId, byTask.batchId, "batchId on run");
});

await step("runs.reschedule", async () => {
  const delayed = await tasks.trigger("hello", { name: "rescheduled" }, { delay: "1h" });
  const before = await runs.retrieve(delayed.id);
  const rescheduled = await runs.reschedule(delayed.id, { delay: "2h" });
  eq(rescheduled.id, delayed.id, "id");
  eq(rescheduled.status, "DELAYED", "status");
  check(rescheduled.delayedUntil instanceof Date, "delayedUntil is a Date");
  check(rescheduled.delayedUntil > before.delayedUntil, "delayedUntil moved later");
});

await step("queue concurrency", async () => {
  const q = { type: "task", name: "hello" };
  const overridden = await queues.overrideConcurrencyLimit(q, 3);
  eq(overridden.concurrencyLimit, 3, "overridden limit");
  eq(overridden.concurrency.override, 3, "concurrency.override");
  check(overridden.concurrency.overriddenAt instanceof Date, "overriddenAt is a Date");
  const reset = await queues.resetConcurrencyLimit(q);
  eq(reset.concurrency.override, null, "override cleared");
});

await step("deployments", async () => {
  const current = await deployments.retrieveCurrent();
  check(typeof current.version === "string" && current.version.length > 0, "current version");
  const listed = [];
  for await (const d of deployments.list({ limit: 5 })) listed.push(d.id);
  check(listed.includes(current.id), "current deployment listed");
});

await step("runs.bulk", async () => {
  const since = new Date(Date.now() - 60_000); // a Date: the SDK sends it as an ISO string in the JSON filter
  const a = await tasks.trigger("hello", { name: "bulk a" }, { delay: "1h", tags: ["bulk-parity"] });
  const b = await tasks.trigger("hello", { name: "bulk b" }, { delay: "1h", tags: ["bulk-parity"] });
  const created = await runs.bulk.cancel({ filter: { tag: "bulk-parity", status: ["DELAYED"], from: since }, name: "parity" });
  check(created.id.startsWith("bulk_"), "bulk id");
  const done = await runs.bulk.poll(created.id, { pollIntervalMs: 100 });
  eq(done.status, "COMPLETED", "bulk status");
  eq(done.counts, { total: 2, success: 2, failure: 0 }, "bulk counts");
  eq(done.name, "parity", "bulk name");
  check(done.createdAt instanceof Date, "createdAt is a Date");
  eq((await runs.retrieve(a.id)).status, "CANCELED", "run a canceled");
  const replayed = await runs.bulk.replay({ runIds: [a.id, b.id] });
  eq((await runs.bulk.poll(replayed.id, { pollIntervalMs: 100 })).counts.success, 2, "replayed both");
  const listed = [];
  for await (const action of runs.bulk.list({ limit: 5 })) listed.push(action.id);
  eq(listed.slice(0, 2), [replayed.id, created.id], "bulk list newest first");
  eq((await runs.bulk.retrieve(created.id)).type, "CANCEL", "retrieve type");
  let conflict;
  try {
    await runs.bulk.abort(created.id);
  } catch (err) {
    conflict = err;
  }
  eq(conflict && conflict.status, 409, "abort of a completed bulk action");
});

await step("deployments.list filters", async () => {
  const deployed = [];
  for await (const d of deployments.list({ status: "DEPLOYED", period: "1d", limit: 5 })) deployed.push(d.status);
  check(deployed.length > 0 && deployed.every((s) => s === "DEPLOYED"), `deployed only, got ${deployed}`);
  const failed = [];
  for await (const d of deployments.list({ status: "FAILED" })) failed.push(d.id);
  eq(failed, [], "no failed deployments");
});

await step("query.execute", async () => {
  const result = await query.execute("SELECT run_id, status FROM runs LIMIT 5");
  eq(result.format, "json", "format");
  check(Array.isArray(result.results), "results array");
});

await step("api errors", async () => {
  let notFound;
  try {
    await runs.retrieve("run_doesnotexist");
  } catch (err) {
    notFound = err;
  }
  check(notFound instanceof sdk.NotFoundError, `NotFoundError, got ${notFound}`);
  // A missing run is a retryable 404 "Not found" (api.v3.runs.$runId.ts: shouldRetryNotFound).
  eq(notFound.message, "Not found", "404 message");
  let unauthorized;
  try {
    await auth.withAuth({ accessToken: "tr_dev_notARealKey000000000" }, () => runs.list({ limit: 1 }));
  } catch (err) {
    unauthorized = err;
  }
  check(unauthorized instanceof sdk.AuthenticationError, `AuthenticationError, got ${unauthorized}`);
});

await step("large payload offload", async () => {
  const big = "x".repeat(200 * 1024);
  const h = await tasks.trigger("hello", { name: "big", big });
  const run = await runs.poll(h.id, POLL);
  eq(run.status, "COMPLETED", "status");
  eq(run.output, { greeting: "hello big" }, "output");
  eq(run.payload && run.payload.big && run.payload.big.length, big.length, "payload round trip");
});

process.stdout.write(JSON.stringify({ step: "done", ok: failures === 0, failures }) + "\n");
process.exitCode = failures === 0 ? 0 : 1;
