// Drives the official ApiClient of @trigger.dev/core 4.8.3 (and @trigger.dev/sdk 4.8.3 where it wraps the call)
// through the emulator's run-inspection routes (see test_official_sdk_runs.py). Every answer is parsed with the SDK's
// own zod schemas (schemas/api.js), so a step passes only when the emulator answers as the SDK expects.
//
// Env: TRIGGER_API_URL, TRIGGER_SECRET_KEY, TRIGGER_SDK_DIR (node_modules with @trigger.dev/sdk and its core),
// PHASE ("inspect", then "read back" once the test has run the input stream's task), SEED (JSON from the test).
// Prints one JSON line per step: {"step": name, "ok": true} or {"step": name, "ok": false, "error": ...}.

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const env = process.env;
const requireFromSdkDir = createRequire(join(env.TRIGGER_SDK_DIR, "package.json"));
const sdkJson = requireFromSdkDir.resolve("@trigger.dev/sdk/package.json");
const sdkPkg = JSON.parse(readFileSync(sdkJson, "utf8"));
// The core the SDK depends on, wherever npm placed it (hoisted or under the SDK).
const coreJson = createRequire(sdkJson).resolve("@trigger.dev/core/package.json");
const corePkg = JSON.parse(readFileSync(coreJson, "utf8"));

function importExport(pkgJson, pkg, subpath) {
  const target = pkg.exports[subpath].import;
  return import(pathToFileURL(join(dirname(pkgJson), target.default ?? target)).href);
}

const { ApiClient, ApiError, ApiSchemaValidationError, assembleRunTracePages } = await importExport(
  coreJson,
  corePkg,
  "./v3",
);
const { resolvePresignedPacketUrl } = await importExport(coreJson, corePkg, "./v3/utils/ioSerialization");
const { configure, runs, streams } = await importExport(sdkJson, sdkPkg, ".");

configure({ baseURL: env.TRIGGER_API_URL, secretKey: env.TRIGGER_SECRET_KEY });
const client = new ApiClient(env.TRIGGER_API_URL, env.TRIGGER_SECRET_KEY);
const seed = JSON.parse(env.SEED);
const once = { retry: { maxAttempts: 1 } };
// The offloaded payload the test triggered with (too big for an environment variable).
const big = { blob: "x".repeat(seed.bigSize) };

let failures = 0;

function report(step, ok, error) {
  if (!ok) failures += 1;
  process.stdout.write(JSON.stringify(ok ? { step, ok } : { step, ok, error }) + "\n");
}

async function step(name, fn) {
  try {
    await fn();
    report(name, true);
  } catch (error) {
    const status = error?.status !== undefined ? ` (status ${error.status})` : "";
    report(name, false, `${String(error?.stack ?? error)}${status}`);
  }
}

function eq(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

async function rejects(promise, check) {
  try {
    await promise;
  } catch (error) {
    check(error);
    return;
  }
  throw new Error("the call succeeded");
}

// A span tree as comparable rows: the unpaged tree nests its fields under `data`, the assembled pages do not.
function rows(spans, fields = (s) => s.data) {
  return spans.flatMap((s) => {
    const f = fields(s);
    const row = [s.id, s.parentId ?? null, s.runId, f.message, f.startTime.toISOString(), f.duration];
    return [[...row, f.isError, f.isPartial, f.isCancelled, f.level], ...rows(s.children, fields)];
  });
}

async function inspect() {
  await step("retrieveRunTrace", async () => {
    const { trace } = await client.retrieveRunTrace(seed.flaky);
    const root = trace.rootSpan;
    eq([root.runId, root.parentId, root.data.isError], [seed.flaky, undefined, false], "root span");
    eq(root.children.map((c) => [c.parentId, c.data.isError]), [[root.id, true], [root.id, false]], "attempts");
    seed.tree = root;
  });

  await step("retrieveRunTracePage and assembleRunTracePages", async () => {
    const pages = [];
    let after;
    do {
      const page = await client.retrieveRunTracePage(seed.flaky, { limit: 1, after });
      pages.push(page);
      after = page.pagination.next;
    } while (after !== undefined);
    eq(pages.map((p) => p.data.length), [1, 1, 1], "one span a page");
    eq(
      pages.flatMap((p) => p.data.map((s) => s.attemptNumber ?? null)),
      [null, 1, 2],
      "attempt numbers in page order",
    );
    const failed = pages.flatMap((p) => p.attemptFailures);
    eq(failed, [{ spanId: seed.tree.id, attemptNumber: 1, runId: seed.flaky }], "attempt failures");
    const assembled = assembleRunTracePages(pages);
    eq(rows(assembled, (s) => s), rows([seed.tree]), "the assembled pages are the tree");
    const whole = await client.retrieveRunTracePage(seed.flaky);
    eq([whole.data.length, whole.pagination], [3, {}], "the default page holds everything");
  });

  await step("retrieveSpan", async () => {
    const attempt = seed.tree.children[0];
    const span = await client.retrieveSpan(seed.flaky, attempt.id);
    eq([span.spanId, span.parentId, span.runId, span.isError], [attempt.id, seed.tree.id, seed.flaky, true], "span");
    eq(span.durationMs, attempt.data.duration / 1_000_000, "durationMs");
    eq(span.startTime.toISOString(), attempt.data.startTime.toISOString(), "startTime");
    eq(span.events[0].properties.message, "first attempt fails", "the attempt's exception event");
    await rejects(client.retrieveSpan(seed.flaky, "0000000000000000", once), (error) => {
      eq([error instanceof ApiError, error.status], [true, 404], "an unknown span");
    });
  });

  await step("sendInputStream", async () => {
    eq(await client.sendInputStream(seed.approve, "approval", { approved: true }), { ok: true }, "ApiClient");
    // The SDK's own wrapper of the same route (streams.js input().send).
    await streams.input({ id: "approval" }).send(seed.approve, { reviewer: "alice" });
    await rejects(client.sendInputStream(seed.flaky, "approval", 1, once), (error) => {
      eq([error.status, error.message], [400, "Cannot send to input stream on a completed run"], "finished run");
    });
  });

  await step("getRunPacketUrl payload and output", async () => {
    const payload = await client.getRunPacketUrl(seed.bulky, "payload", seed.payloadPath);
    eq(await resolvePresignedPacketUrl(payload.presignedUrl), big, "the offloaded payload");
    const output = await client.getRunPacketUrl(seed.bulky, "output", seed.outputPath);
    eq(await resolvePresignedPacketUrl(output.presignedUrl), { echo: big }, "the offloaded output");
  });

  await step("getRunPacketUrl falls back to getPayloadUrl", async () => {
    // The SDK falls back to the packet path route on any 404: the flaky run's output is inline, so the run packet
    // route answers 404 and the SDK asks for the path it was given instead.
    const fallback = await client.getRunPacketUrl(seed.flaky, "output", seed.outputPath);
    eq(await resolvePresignedPacketUrl(fallback.presignedUrl), { echo: big }, "the path's packet");
    const direct = await client.getPayloadUrl(seed.payloadPath);
    eq(await resolvePresignedPacketUrl(direct.presignedUrl), big, "getPayloadUrl");
  });

  await step("getRunMetadata (expected mismatch)", async () => {
    // Expected mismatch: SDK 4.8.3 parses {metadata: record} (schemas/api.js UpdateMetadataResponseBody), but the
    // webapp's loader (apps/webapp/app/routes/api.v1.runs.$runId.metadata.ts) answers the stored column, a JSON
    // string, beside metadataType. The emulator follows the webapp, so the SDK's zod parse must fail here.
    await rejects(client.getRunMetadata(seed.approve), (error) => {
      eq([error instanceof ApiSchemaValidationError, error.status], [true, 200], "a schema validation error");
      if (!/metadata/.test(error.message)) throw new Error(`the error names the field: ${error.message}`);
      eq(error.rawBody, { metadata: '{"progress":0.5}', metadataType: "application/json" }, "the stored packet");
    });
  });
}

async function readBack() {
  await step("the task read the input stream", async () => {
    const run = await runs.retrieve(seed.approve);
    eq([run.status, run.output], ["COMPLETED", [{ approved: true }, { reviewer: "alice" }]], "run");
  });
}

await (env.PHASE === "inspect" ? inspect() : readBack());

process.stdout.write(JSON.stringify({ step: "done", ok: failures === 0, failures }) + "\n");
process.exitCode = failures ? 1 : 0;
