"""The drift check maps SDK 4.8.3's session-channel and v2 batch routes: appends and the batch are generated, the
SSE subscription is the realtime ``session_feed``, the records drain and writer setup are in-task; nothing MISSING.

The ApiClient below is written for this test in the shape ``@trigger.dev/core`` 4.8.3
``dist/esm/v3/apiClient/index.js`` builds these URLs (``batchTriggerV3``, ``appendToSessionStream``,
``subscribeToSessionStream``, ``readSessionStreamRecords``, ``initializeSessionStream``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.__main__ import main

CLIENT = """\
export class ApiClient {
    batchTriggerV3(body) {
        return zodfetch(BatchResponse, `${this.baseUrl}/api/v2/tasks/batch`, {
            method: "POST",
            body: JSON.stringify(body),
        });
    }
    async initializeSessionStream(sessionIdOrExternalId, io, requestOptions, channel) {
        const base = `${this.baseUrl}/realtime/v1/sessions/${encodeURIComponent(sessionIdOrExternalId)}`;
        const url = channel ? `${base}/channels/${encodeURIComponent(channel)}/${io}` : `${base}/${io}`;
        return zodfetch(CreateStreamResponseBody, url, { method: "PUT" });
    }
    async appendToSessionStream(sessionIdOrExternalId, io, part, requestOptions, channel) {
        const base = `${this.baseUrl}/realtime/v1/sessions/${encodeURIComponent(sessionIdOrExternalId)}`;
        const appendUrl = channel
            ? `${base}/channels/${encodeURIComponent(channel)}/${io}/append`
            : `${base}/${io}/append`;
        return zodfetch(AppendToStreamResponseBody, appendUrl, { method: "POST", body: part });
    }
    async readSessionStreamRecords(sessionIdOrExternalId, io, options) {
        const recordsBase = `${this.baseUrl}/realtime/v1/sessions/${encodeURIComponent(sessionIdOrExternalId)}`;
        const recordsPath = options?.channel
            ? `${recordsBase}/channels/${encodeURIComponent(options.channel)}/${io}/records`
            : `${recordsBase}/${io}/records`;
        return zodfetch(ReadSessionStreamRecordsResponseBody, recordsPath, { method: "GET" });
    }
    async subscribeToSessionStream(sessionIdOrExternalId, io, options) {
        const sessionSegment = `${this.baseUrl}/realtime/v1/sessions/${encodeURIComponent(sessionIdOrExternalId)}`;
        const url = options?.channel
            ? `${sessionSegment}/channels/${encodeURIComponent(options.channel)}/${io}`
            : `${sessionSegment}/${io}`;
        const subscription = new SSEStreamSubscription(url, { signal: options?.signal });
        return subscription.subscribe();
    }
}
"""

S = "/realtime/v1/sessions/{sessionIdOrExternalId}"


def test_session_channel_and_v2_batch_routes_are_all_served(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    index = tmp_path / "index.js"
    index.write_text(CLIENT)
    assert main(["sdk-routes", str(index)]) == 0
    lines = {
        tuple(line.split()[:2]): line for line in capsys.readouterr().out.splitlines() if line.startswith(("G", "P"))
    }
    where = {key: line.split(maxsplit=2)[2].rsplit("  [", 1)[0].strip() for key, line in lines.items()}
    assert where[("POST", "/api/v2/tasks/batch")] == "trigger_api.api.tasks.batch_trigger_task_v2"
    assert where[("POST", f"{S}/{{io}}/append")] == "trigger_api.api.sessions.append_session_stream_v1"
    assert where[("POST", f"{S}/channels/{{channel}}/{{io}}/append")] == (
        "trigger_api.api.sessions.append_session_channel_stream_v1"
    )
    feed = "realtime: trigger_client/_realtime/feeds.py session_feed"
    assert where[("GET", f"{S}/{{io}}")] == feed
    assert where[("GET", f"{S}/channels/{{channel}}/{{io}}")] == feed
    assert where[("GET", f"{S}/{{io}}/records")].startswith("in-task: run-boot drain")
    assert where[("PUT", f"{S}/{{io}}")].startswith("in-task: task-side session writer")
    assert where[("PUT", f"{S}/channels/{{channel}}/{{io}}")].startswith("in-task: task-side session writer")
