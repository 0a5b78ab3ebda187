// Drives the official ApiClient of @trigger.dev/core 4.8.3 through the webhook and session handoff routes of the
// emulator (see test_official_sdk_webhooks.py). Each call parses the answer with the SDK's own zod schemas, so a
// step passes only when the emulator answers as the SDK expects.
//
// Env: TRIGGER_API_URL, TRIGGER_SECRET_KEY, TRIGGER_SDK_DIR (node_modules with @trigger.dev/sdk and its core),
// SEED (JSON from the test: the seeded endpoint, deliveries, session and its run).
// Prints one JSON line per step: {"step": name, "ok": true} or {"step": name, "ok": false, "error": ...}.

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const env = process.env;
const requireFromSdkDir = createRequire(join(env.TRIGGER_SDK_DIR, "package.json"));
const sdkJson = requireFromSdkDir.resolve("@trigger.dev/sdk/package.json");
// The core the SDK depends on, wherever npm placed it (hoisted or under the SDK).
const requireFromSdk = createRequire(sdkJson);
const coreJson = requireFromSdk.resolve("@trigger.dev/core/package.json");
const core = JSON.parse(readFileSync(coreJson, "utf8"));
const { ApiClient } = await import(pathToFileURL(join(dirname(coreJson), core.exports["./v3"].import.default)).href);

const seed = JSON.parse(env.SEED);
const client = new ApiClient(env.TRIGGER_API_URL, env.TRIGGER_SECRET_KEY);

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
    report(name, false, String(error?.stack ?? error));
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

await step("webhooks.endpoints", async () => {
  const listed = await client.listWebhookEndpoints();
  expect(listed.data.map((e) => e.declaredId).join() === "stripe", `listed ${JSON.stringify(listed)}`);
  const detail = await client.retrieveWebhookEndpoint("stripe");
  expect(detail.id === seed.endpoint && detail.subscribers[0].taskId === "fulfill-order", "retrieve by declared id");
});

await step("webhooks.secrets", async () => {
  const rotated = await client.generateWebhookEndpointSecret(seed.endpoint, { previousSecretTtlSeconds: 3600 });
  expect(rotated.secret.startsWith("whsec_") && rotated.previousSecretExpiresAt, "rotate with a TTL");
  const immediate = await client.generateWebhookEndpointSecret("stripe");
  expect(immediate.previousSecretExpiresAt === undefined, "rotate without a TTL keeps nothing");
  const set = await client.setWebhookEndpointSecret("stripe", { secret: "whsec_sdk", previousSecretTtlSeconds: 60 });
  expect(set.secretSet === true && set.previousSecretExpiresAt, "set secret");
});

await step("webhooks.deliveries", async () => {
  const unmatched = await client.listWebhookDeliveries({ status: ["unmatched"], endpoint: ["stripe"] });
  expect(unmatched.data.map((d) => d.id).join() === seed.unmatched, `unmatched ${JSON.stringify(unmatched)}`);
  const dated = await client.listWebhookDeliveries({ from: new Date(0), to: new Date(Date.UTC(2100, 0, 1)), limit: 1 });
  expect(dated.data.length === 1 && dated.pagination.next, "a page of one with a next cursor");
  const next = await client.listWebhookDeliveries({ limit: 1, after: dated.pagination.next });
  expect(next.data.length === 1 && next.data[0].id !== dated.data[0].id, "the next page");
  const delivery = await client.retrieveWebhookDelivery(seed.delivery);
  expect(delivery.event.type === "charge.refunded" && delivery.status === "succeeded", "retrieve");
  const replayed = await client.replayWebhookDelivery(seed.delivery, { targetId: "fulfill-order" });
  expect(replayed.replayedFrom === seed.delivery, "replay");
  const fresh = await client.retrieveWebhookDelivery(replayed.deliveryId);
  expect(fresh.targets[0].runId && fresh.externalDeliveryId === delivery.externalDeliveryId, "replayed delivery");
});

await step("sessions.transcript", async () => {
  const page = await client.getSessionTranscript(seed.session, { limit: 2 });
  expect(page.messages.map((m) => m.id).join() === "m2,m3" && page.nextCursor === "m2", JSON.stringify(page));
  const older = await client.getSessionTranscript(seed.session, { limit: 2, before: page.nextCursor });
  expect(older.messages.map((m) => m.id).join() === "m1" && older.nextCursor === undefined, JSON.stringify(older));
});

await step("sessions.endAndContinue", async () => {
  const handoff = await client.endAndContinueSession(seed.session, { callingRunId: seed.run, reason: "upgrade" });
  expect(handoff.swapped === true && handoff.runId !== seed.run, JSON.stringify(handoff));
  const late = await client.endAndContinueSession(seed.session, { callingRunId: seed.run, reason: "upgrade" });
  expect(late.swapped === false && late.runId === handoff.runId, JSON.stringify(late));
});

process.stdout.write(JSON.stringify({ step: "done", ok: failures === 0, failures }) + "\n");
process.exitCode = failures === 0 ? 0 : 1;
