// Produces the parity vectors in this folder by running the official Trigger.dev SDK code.
//
// Rerun (Node 20, network to the npm registry), from the repository root:
//   repo=$PWD && cd $(mktemp -d) && npm install superjson@2.2.1 @trigger.dev/core@4.8.3 @trigger.dev/sdk@4.8.3 \
//     jose@5.10.0 && node "$repo/tests/vectors/make_vectors.mjs"
// It writes superjson.json, idempotency.json, durations.json and tokens.json next to this script.
// superjson 2.2.1 is the version @trigger.dev/core 4.8.3 vendors (dist/esm/v3/vendor/superjson.mjs; later 2.2.x add
// "meta.v"); jose 5.10.0 is what its "jose": "^5.4.0" resolves to.
//
// The Python tests (tests/test_payloads.py, test_idempotency.py, test_tokens.py) rebuild each case's input
// from its name and must produce the same bytes.

import { writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// Resolve packages from the directory this is run in (the npm install above), not from the script's folder.
const require = createRequire(join(process.cwd(), "package.json"));
const superjson = require("superjson").default ?? require("superjson");
const core = require("@trigger.dev/core/v3");
const { parseNaturalLanguageDurationInMs } = require("@trigger.dev/core/v3/isomorphic");

const OUT = dirname(fileURLToPath(import.meta.url));
const write = (file, data) => writeFileSync(join(OUT, file), JSON.stringify(data, null, 2) + "\n");

// ---------------------------------------------------------------- superjson (stringifyIO / parsePacket)

const tags = ["a", "b"];
const shared = { k: 1 };
const cyclic = {};
cyclic.self = cyclic;
const bigArray = Array.from({ length: 1000 }, (_, i) => (i % 7 === 0 ? new Date(i * 1000) : i));

// [name, description, value, direction]; direction "both" = Python encodes to these bytes and decodes them back,
// "decode" = only decoding is checked (no Python value serialises to it).
const payloadCases = [
  ["null", "null", null, "both"],
  ["int", "42", 42, "both"],
  ["float", "1.5", 1.5, "both"],
  ["float_whole", "1.0 (JS prints 1)", 1.0, "both"],
  ["float_exp_big", "1e21", 1e21, "both"],
  ["float_exp_huge", "1.5e300", 1.5e300, "both"],
  ["float_20_digits", "1.2345678901234568e20 (no exponent below 1e21)", 1.2345678901234568e20, "both"],
  ["float_small", "0.000001", 0.000001, "both"],
  ["float_smaller", "1e-7", 1e-7, "both"],
  ["float_min", "5e-324", 5e-324, "both"],
  ["float_neg", "-2.5e-10", -2.5e-10, "both"],
  ["float_third", "1/3", 1 / 3, "both"],
  ["max_safe_int", "2**53 - 1 stays a number", 9007199254740991, "both"],
  ["bigint_above_safe", "2**53 as BigInt", 9007199254740992n, "both"],
  ["bigint_below_safe", "-(2**53) as BigInt", -9007199254740992n, "both"],
  ["bigint_huge", "10**30 as BigInt", 10n ** 30n, "both"],
  ["nan", "NaN", NaN, "both"],
  ["infinity", "Infinity", Infinity, "both"],
  ["neg_infinity", "-Infinity", -Infinity, "both"],
  ["neg_zero", "-0", -0, "both"],
  ["bools", "[true, false]", [true, false], "both"],
  ["unicode", "non-ASCII text stays raw", { s: "héllo ✓ 😀 日本" }, "both"],
  ["escapes", "quotes, backslash, control characters", ["\"\\/\b\f\n\r\t\u0000\u001f\u007f", "\u2028\u2029"], "both"],
  ["lone_surrogate", "a lone surrogate is escaped", ["\ud800x"], "both"],
  ["date", "a Date with milliseconds", new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678)), "both"],
  ["date_epoch_in_object", "{when: Date(0)}", { when: new Date(0) }, "both"],
  ["date_year_one", "0001-01-01", new Date("0001-01-01T00:00:00.000Z"), "both"],
  ["set_numbers", "Set {1, 2, 3}", new Set([1, 2, 3]), "both"],
  ["set_strings", "Set {a, b}", new Set(["a", "b"]), "both"],
  ["set_of_dates", "Set {Date(0)}", new Set([new Date(0)]), "both"],
  ["set_empty", "empty Set", new Set(), "both"],
  ["empty_containers", "{o: {}, a: []}", { o: {}, a: [] }, "both"],
  [
    "nested",
    "nested objects and arrays with Dates and a BigInt",
    { a: { b: [new Date(0), { c: 10n ** 20n }], d: "x" }, e: [[1, [2, new Set([3])]]] },
    "both",
  ],
  ["dotted_keys", "keys containing dots are escaped in paths", { "a.b": { "c.d": new Date(0) }, "e.": NaN }, "both"],
  ["backslash_key", "a key with a backslash is not escaped", { "a\\b": new Date(0) }, "both"],
  ["index_keys_first", "integer-like keys come first, ascending", { b: 1, 10: 2, 2: 3, "01": 4, "-1": 5 }, "both"],
  ["shared_array", "the same array twice", { x: tags, y: tags }, "both"],
  ["shared_shortest_path", "shared object: the shortest path represents", { deep: { inner: shared }, top: shared }, "both"],
  ["cycle", "an object that contains itself", cyclic, "both"],
  ["uint8array", "Uint8Array [0, 1, 255]", new Uint8Array([0, 1, 255]), "both"],
  ["large_array", "1000 items, every 7th a Date", bigArray, "both"],
  ["undefined_in_object", "{a: undefined, b: 1}", { a: undefined, b: 1 }, "decode"],
  ["undefined_in_array", "[undefined, 1]", [undefined, 1], "decode"],
  ["buffer", "Node Buffer (SDK's custom 'buffer' transformer)", Buffer.from([1, 2]), "decode"],
  ["map", "Map {a => 1, 2 => Date(0)}", new Map([["a", 1], [2, new Date(0)]]), "decode"],
  ["error", "new TypeError('boom')", new TypeError("boom"), "decode"],
  ["regexp", "/a+b/gi", /a+b/gi, "decode"],
  ["url", "new URL('https://x.test/p?q=1')", new URL("https://x.test/p?q=1"), "decode"],
  ["int16array", "Int16Array [-1, 2]", new Int16Array([-1, 2]), "decode"],
];

const payloads = [];
for (const [name, description, value, direction] of payloadCases) {
  const packet = await core.stringifyIO(value);
  if (packet.dataType !== "application/super+json") throw new Error(`${name}: ${packet.dataType}`);
  // The vendored superjson plus the SDK's Buffer transformer must agree with the standalone package.
  if (name !== "buffer" && superjson.stringify(value) !== packet.data) throw new Error(`${name}: superjson mismatch`);
  payloads.push({ name, input_description: description, direction, superjson_string: packet.data });
}

const io = [];
for (const [name, value] of [
  ["undefined", undefined],
  ["string", "héllo"],
  ["empty_string", ""],
  ["object", { a: 1 }],
]) {
  const packet = await core.stringifyIO(value);
  io.push({ name, payload: packet.data ?? null, payload_type: packet.dataType });
}
write("superjson.json", { generator: "@trigger.dev/core@4.8.3 stringifyIO (superjson 2.2.1)", payloads, io });

// ---------------------------------------------------------------- idempotency keys

const hash64 = "a".repeat(64);
const keyCases = [
  ["my-key", "run"],
  [["x", "y"], "run"],
  ["ключ ✓ 😀", "run"],
  ["global-key", "global"],
  [["a", "b", "c"], "attempt"],
  [hash64, "run"],
  ["b".repeat(63), "run"],
  ["c".repeat(65), "run"],
  [[hash64], "run"],
];
const keys = [];
for (const [key, scope] of keyCases) {
  // makeIdempotencyKey is what trigger/batch use (scope "run"); createIdempotencyKey carries an explicit scope.
  const hashed = scope === "run" ? await core.makeIdempotencyKey(key) : await core.createIdempotencyKey(key, { scope });
  keys.push({ key, scope, hash: hashed, options: core.getIdempotencyKeyOptions(hashed) ?? null });
}

const batchItems = [];
for (const [batchKey, index] of [
  ["batch-key", 0],
  ["batch-key", 7],
  [["a", "b"], 1],
  [hash64, 2],
]) {
  const hash = await core.makeIdempotencyKey(core.flattenIdempotencyKey([batchKey, `${index}`]));
  batchItems.push({ batch_key: batchKey, index, hash });
}
write("idempotency.json", { generator: "@trigger.dev/core@4.8.3 makeIdempotencyKey", keys, batch_items: batchItems });

// ---------------------------------------------------------------- duration strings (delay, ttl)

const durationInputs = [
  "30s", "5m", "1h", "1hr", "2d", "1w", "1h42m", "1w2d3h4m5s", "0s", "90m", "5s1h", "1h1h",
  "", "1", "h", "1x", "1.5h", "-1h", "1 h", " 1h", "1h ", "1H", "5ms", "1y", "1m30",
  "0".repeat(99) + "s", // 100 characters: the longest accepted
  "0".repeat(100) + "s",
];
const durations = durationInputs.map((input) => ({ input, ms: parseNaturalLanguageDurationInMs(input) ?? null }));
write("durations.json", { generator: "@trigger.dev/core@4.8.3 parseNaturalLanguageDurationInMs", durations });

// ---------------------------------------------------------------- public access tokens (auth.createPublicToken)

// jose reads the clock through `new Date()`: pin it so iat and relative exp are reproducible.
const NOW_MS = 1_700_000_000_000;
const RealDate = Date;
globalThis.Date = class extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(NOW_MS);
    else super(...args);
  }
  static now() {
    return NOW_MS;
  }
};

const claimsServer = createServer((req, res) => {
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify({ sub: "env_123", pub: true }));
});
await new Promise((resolve) => claimsServer.listen(0, "127.0.0.1", resolve));
const { auth, configure } = await import(require.resolve("@trigger.dev/sdk/v3"));
const SECRET = "tr_dev_0123456789abcdefghij";
configure({ baseURL: `http://127.0.0.1:${claimsServer.address().port}`, accessToken: SECRET });

const tokenCases = [
  ["default_expiry", {}],
  [
    "scopes_mixed",
    { scopes: { read: { runs: ["run_1", "run_2"], tags: "t" }, write: { waitpoints: ["waitpoint_1"] } }, expirationTime: "1h" },
  ],
  ["read_all_runs", { scopes: { read: { runs: true } }, expirationTime: "2d" }],
  [
    "every_property",
    {
      scopes: {
        read: { tasks: "t1", tags: ["x"], runs: true, batch: "b1", waitpoints: "w1", inputStreams: "r1", sessions: "s1" },
        write: { inputStreams: ["run_9"], sessions: ["session_1"] },
        trigger: { tasks: ["a", "b"] },
        batchTrigger: { tasks: "c" },
      },
      expirationTime: "30s",
    },
  ],
  ["realtime", { scopes: { read: { runs: ["run_1"] } }, realtime: { skipColumns: ["payload", "output"] } }],
  ["unicode_tag", { scopes: { read: { tags: ["ключ-✓"] } }, expirationTime: "1w" }],
  ["expiry_absolute_number", { scopes: { read: { runs: ["run_1"] } }, expirationTime: 1_800_000_000 }],
  ["expiry_date", { scopes: { read: { runs: ["run_1"] } }, expirationTime: new Date(1_750_000_000_000) }],
  ["expiry_words", { expirationTime: "2 days" }],
  ["expiry_decimal_hours", { expirationTime: "1.5 hours" }],
  ["expiry_plus_sign", { expirationTime: "+90 mins" }],
  ["expiry_from_now", { expirationTime: "1 year from now" }],
  ["expiry_upper_case", { expirationTime: "10 Minutes" }],
];
const tokens = [];
for (const [name, options] of tokenCases) {
  const described = { ...options };
  if (options.expirationTime instanceof RealDate) described.expirationTime = { date_ms: options.expirationTime.getTime() };
  tokens.push({ name, options: described, token: await auth.createPublicToken(options) });
}
claimsServer.close();
write("tokens.json", {
  generator: "@trigger.dev/sdk@4.8.3 auth.createPublicToken (jose 5.10.0), claims server returns {sub: env_123, pub: true}",
  secret_key: SECRET,
  now: NOW_MS / 1000,
  claims: { sub: "env_123", pub: true },
  tokens,
});
