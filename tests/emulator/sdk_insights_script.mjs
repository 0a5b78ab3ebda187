// Drives the official @trigger.dev/sdk 4.8.3 through dashboards, prompts and reports against the emulator
// (see test_official_sdk_insights.py). Env as sdk_script.mjs: TRIGGER_API_URL, TRIGGER_SECRET_KEY, TRIGGER_SDK_DIR.
// The emulator has a prompt "greet" deployed ("Hello {{name}}!", model gpt-4o) before this runs.
// Prints one JSON line per step: {"step": name, "ok": true} or {"step": name, "ok": false, "error": ...}.

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const env = process.env;
const requireFromSdkDir = createRequire(join(env.TRIGGER_SDK_DIR, "package.json"));

async function importPackage(name) {
  const pkgJsonPath = requireFromSdkDir.resolve(`${name}/package.json`);
  const pkg = JSON.parse(readFileSync(pkgJsonPath, "utf8"));
  const entry = join(dirname(pkgJsonPath), pkg.exports["."].import.default ?? pkg.exports["."].import);
  return import(pathToFileURL(entry).href);
}

const sdk = await importPackage("@trigger.dev/sdk");
const { configure, query, prompts } = sdk;
configure({ baseURL: env.TRIGGER_API_URL, secretKey: env.TRIGGER_SECRET_KEY });
// getReport is on the ApiClient only (no sdk wrapper in 4.8.3).
const { ApiClient } = await import(pathToFileURL(requireFromSdkDir.resolve("@trigger.dev/core/v3")).href);
const apiClient = new ApiClient(env.TRIGGER_API_URL, env.TRIGGER_SECRET_KEY);

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
    const status = err && err.status !== undefined ? ` (status ${err.status})` : "";
    report(name, false, `${err && err.stack ? err.stack : String(err)}${status}`);
    return undefined;
  }
}

function eq(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`assertion failed: ${what}: expected ${e}, got ${a}`);
}

const TOTAL = {
  id: "total",
  title: "Total runs",
  query: "SELECT count() AS total FROM runs",
  display: { type: "bignumber", column: "total", aggregation: "sum" },
};

const dashboard = await step("dashboards.create", async () => {
  const d = await query.dashboards.create({ title: "SDK", widgets: [{ title: "Top", display: { type: "title" } }] });
  eq(d.widgets.map((w) => w.position), [{ x: 0, y: 0, w: 12, h: 1 }], "positions");
  return d;
});

await step("dashboards.list and retrieve", async () => {
  const { dashboards } = await query.dashboards.list();
  eq(dashboards.map((d) => d.type), ["builtIn", "custom"], "types");
  const d = await query.dashboards.retrieve(dashboard.id);
  eq(d.revision, dashboard.revision, "revision");
});

await step("dashboards.widgets", async () => {
  const added = await query.dashboards.widgets.add(dashboard.id, { ...TOTAL, revision: dashboard.revision });
  eq(added.widgetId, "total", "widgetId");
  const updated = await query.dashboards.widgets.update(dashboard.id, "total", { title: "All runs" });
  eq(updated.widgets[1].title, "All runs", "title");
  const removed = await query.dashboards.widgets.del(dashboard.id, "total", { revision: updated.revision });
  eq(removed.widgets.length, 1, "widgets left");
});

await step("dashboards stale revision", async () => {
  // A stale revision is refused with 409; the SDK retries a 409, so allow it no retries here.
  try {
    await query.dashboards.update(dashboard.id, { title: "x", revision: dashboard.revision }, { retry: { maxAttempts: 1 } });
  } catch (err) {
    eq(err.status, 409, "status");
    return;
  }
  throw new Error("a stale revision was accepted");
});

await step("dashboards.replace and del", async () => {
  const replaced = await query.dashboards.replace(dashboard.id, { widgets: [TOTAL], description: "d" });
  eq([replaced.description, replaced.widgets.map((w) => w.id)], ["d", ["total"]], "replaced");
  eq(await query.dashboards.del(dashboard.id), { id: dashboard.id }, "deleted");
});

await step("prompts.list and versions", async () => {
  const listed = await prompts.list();
  eq(listed.data.map((p) => [p.slug, p.currentVersion, p.hasOverride]), [["greet", 1, false]], "list");
  const versions = await prompts.versions("greet");
  eq(versions.data.map((v) => [v.version, v.source]), [[1, "code"]], "versions");
});

await step("prompts.resolve", async () => {
  const resolved = await prompts.resolve("greet", { name: "Ada" });
  eq([resolved.text, resolved.version, resolved.model], ["Hello Ada!", 1, "gpt-4o"], "resolved");
});

await step("prompts overrides", async () => {
  const created = await prompts.createOverride("greet", { textContent: "Hi {{name}}", model: "gpt-4o-mini" });
  eq(created, { ok: true, version: 2 }, "created");
  eq((await prompts.resolve("greet", { name: "Bo" })).text, "Hi Bo", "override wins");
  eq(await prompts.updateOverride("greet", { textContent: "Hey {{name}}" }), { ok: true }, "updated");
  eq(await prompts.removeOverride("greet"), { ok: true }, "removed");
  eq((await prompts.resolve("greet", { name: "Bo" })).text, "Hello Bo!", "back to current");
  eq(await prompts.reactivateOverride("greet", 2), { ok: true }, "reactivated");
  eq(await prompts.promote("greet", 1), { ok: true }, "promoted");
});

await step("reports", async () => {
  const text = await apiClient.getReport("health", { period: "24h" });
  if (!text.startsWith("/report health")) throw new Error(`markdown: ${text.slice(0, 80)}`);
  const vm = await apiClient.getReport("health", { format: "json" });
  eq([vm.title, vm.period, vm.findings.length], ["health", "last 1h", 3], "view model");
});

process.stdout.write(JSON.stringify({ step: "done", ok: failures === 0, failures }) + "\n");
process.exitCode = failures ? 1 : 0;
