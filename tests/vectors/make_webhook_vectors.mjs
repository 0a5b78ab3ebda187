// Produces webhooks.json: alert webhook bodies signed the way the webapp signs them, and what the official SDK's
// webhooks.constructEvent makes of each (accepted with its type, or the error it throws).
//
// Rerun (Node 20, network to the npm registry), from the repository root:
//   repo=$PWD && cd $(mktemp -d) && npm install @trigger.dev/sdk@4.8.3 && node "$repo/tests/vectors/make_webhook_vectors.mjs"
// tests/test_webhooks.py checks trigger_client.webhooks.construct_event against every case.

import { webcrypto } from "node:crypto";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(join(process.cwd(), "package.json"));
const pkgJsonPath = require.resolve("@trigger.dev/sdk/package.json");
const pkg = JSON.parse((await import("node:fs")).readFileSync(pkgJsonPath, "utf8"));
const { webhooks } = await import(pathToFileURL(join(dirname(pkgJsonPath), pkg.exports["."].import.default)).href);
const OUT = dirname(fileURLToPath(import.meta.url));

// apps/webapp/app/v3/services/alerts/deliverAlert.server.ts #deliverWebhook: HMAC-SHA256 of the UTF-8 body with the
// UTF-8 secret, hex encoded.
async function sign(body, secret) {
  const key = await webcrypto.subtle.importKey("raw", Buffer.from(secret, "utf-8"), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return Buffer.from(await webcrypto.subtle.sign("HMAC", key, Buffer.from(body, "utf-8"))).toString("hex");
}

const organization = { id: "org_1", slug: "acme", name: "Acme Ünited" };
const project = { id: "proj_1", ref: "proj_abcdefghijklmnopqrst", slug: "web", name: "Web" };
const environment = { id: "env_1", type: "PRODUCTION", slug: "prod" };
const git = {
  branch: "main",
  commitSha: "0123abcd",
  commitMessage: "Fix the thing",
  commitUrl: "https://github.com/acme/web/commit/0123abcd",
  branchUrl: "https://github.com/acme/web/tree/main",
};
const created = new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 678));

const events = {
  run_failed: {
    id: "alert_run_1",
    created,
    webhookVersion: "v1",
    type: "alert.run.failed",
    object: {
      task: { id: "send-email", filePath: "src/trigger/email.ts", exportName: "sendEmail", version: "20250101.1", sdkVersion: "4.8.3", cliVersion: "4.8.3" },
      run: {
        id: "run_1",
        number: 42,
        status: "FAILED",
        createdAt: created,
        startedAt: created,
        completedAt: created,
        isTest: false,
        idempotencyKey: "k",
        tags: ["user_42"],
        error: { type: "BUILT_IN_ERROR", name: "Error", message: "SMTP refused — 550", stackTrace: "Error: SMTP refused\n    at send" },
        isOutOfMemoryError: false,
        machine: "small-1x",
        dashboardUrl: "https://cloud.trigger.dev/runs/run_1",
      },
      environment,
      organization,
      project,
    },
  },
  deployment_success: {
    id: "alert_dep_1",
    created,
    webhookVersion: "v1",
    type: "alert.deployment.success",
    object: {
      environment: { ...environment, branchName: "feature-x" },
      organization,
      project,
      git,
      deployment: { id: "deployment_1", status: "DEPLOYED", version: "20250101.1", shortCode: "abc12", deployedAt: created },
      tasks: [{ id: "send-email", filePath: "src/trigger/email.ts", exportName: "sendEmail", triggerSource: "STANDARD" }],
    },
  },
  deployment_failed: {
    id: "alert_dep_2",
    created,
    webhookVersion: "v1",
    type: "alert.deployment.failed",
    object: {
      environment,
      organization,
      project,
      deployment: { id: "deployment_2", status: "FAILED", version: "20250101.2", shortCode: "def34", failedAt: created },
      error: { name: "BuildError", message: "tsc failed", stderr: "error TS2304" },
    },
  },
  error_group: {
    id: "alert_err_1",
    created,
    webhookVersion: "v1",
    type: "alert.error",
    object: {
      classification: "regression",
      error: {
        fingerprint: "fp_1",
        type: "TypeError",
        message: "x is undefined",
        firstSeen: created,
        lastSeen: created,
        occurrenceCount: 17,
        taskIdentifier: "send-email",
      },
      environment: { id: "env_1", name: "prod" },
      organization,
      project,
      dashboardUrl: "https://cloud.trigger.dev/errors/fp_1",
    },
  },
};

const secret = "whsec_tr_0123456789abcdef";
const cases = [];
async function record(name, body, signature, secretUsed) {
  let sdk;
  try {
    const event = await webhooks.constructEvent({ payload: body, header: signature }, secretUsed);
    sdk = { ok: true, type: event.type };
  } catch (err) {
    sdk = { ok: false, error: err.message.split(":")[0] }; // "Invalid signature" or "Webhook parsing failed"
  }
  cases.push({ name, secret: secretUsed, body, signature, sdk });
}

for (const [name, event] of Object.entries(events)) {
  const body = JSON.stringify(event);
  await record(name, body, await sign(body, secret), secret);
}
const body = JSON.stringify(events.run_failed);
const good = await sign(body, secret);
await record("wrong_secret", body, await sign(body, "another-secret"), secret);
await record("tampered_body", body.replace('"number":42', '"number":43'), good, secret);
await record("uppercase_signature", body, good.toUpperCase(), secret);
await record("truncated_signature", body, good.slice(0, 63), secret);
const unknown = JSON.stringify({ ...events.run_failed, type: "alert.unknown" });
await record("unknown_type", unknown, await sign(unknown, secret), secret);
const missing = JSON.stringify({ ...events.run_failed, object: { ...events.run_failed.object, run: { id: "run_1" } } });
await record("missing_fields", missing, await sign(missing, secret), secret);
await record("not_json", "not json", await sign("not json", secret), secret);

writeFileSync(join(OUT, "webhooks.json"), JSON.stringify({ generator: "@trigger.dev/sdk@4.8.3 webhooks.constructEvent", cases }, null, 2) + "\n");
