"""Packets: presigned upload/download of offloaded (``application/store``) payloads, as the SDK uses them."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import httpx

from trigger_client.testing import TriggerEmulator

from .conftest import client_for, trigger

PATH = "trigger/big-task/1700000000000-abc123/payload.json"


def bare(emulator: TriggerEmulator) -> httpx.Client:
    """A client without credentials, standing in for the object store's HTTP client."""
    return httpx.Client(transport=emulator.transport)


def upload(
    emulator: TriggerEmulator, client: httpx.Client, data: str, content_type: str = "application/super+json"
) -> str:
    """The SDK's offload: presign (``PUT /api/v2/packets``), then PUT the data to the presigned URL."""
    presigned = client.put(f"/api/v2/packets/{quote(PATH, safe='')}")
    assert presigned.status_code == 200, presigned.text
    body = presigned.json()
    assert body["storagePath"] == PATH
    with bare(emulator) as store:
        stored = store.put(body["presignedUrl"], content=data, headers={"content-type": content_type})
    assert stored.status_code == 200, stored.text
    return str(body["storagePath"])


def test_offloaded_payload_reaches_the_task_and_comes_back_presigned(
    manual: TriggerEmulator, client: httpx.Client
) -> None:
    seen: list[Any] = []

    @manual.task("big-task")
    def big_task(payload: dict[str, str]) -> int:
        seen.append(payload)
        return len(payload["blob"])

    data = json.dumps({"json": {"blob": "x" * 200_000}})
    storage_path = upload(manual, client, data)
    run_id = trigger(client, "big-task", storage_path, payloadType="application/store", payloadSize=len(data))
    manual.run_pending()
    assert seen == [{"blob": "x" * 200_000}]

    run = client.get(f"/api/v3/runs/{run_id}").json()
    assert run["status"] == "COMPLETED" and run["output"] == 200_000
    assert "payload" not in run
    # The presigned download needs no credentials and keeps the uploaded content type.
    store = bare(manual)
    downloaded = store.get(run["payloadPresignedUrl"])
    assert downloaded.status_code == 200
    assert downloaded.headers["content-type"] == "application/super+json"
    assert downloaded.text == data

    # The v1 presign (what the SDK's importPacket uses) points at the same object.
    presigned = client.get(f"/api/v1/packets/{quote(PATH, safe='')}").json()
    assert set(presigned) == {"presignedUrl"}
    assert store.get(presigned["presignedUrl"]).text == data

    # A replay triggers the same stored packet again.
    replay_id = client.post(f"/api/v1/runs/{run_id}/replay").json()["id"]
    manual.run_pending()
    assert client.get(f"/api/v3/runs/{replay_id}").json()["output"] == 200_000
    assert len(seen) == 2


def test_presigned_urls_are_signed_and_presigning_needs_a_key(manual: TriggerEmulator, client: httpx.Client) -> None:
    upload(manual, client, '{"json":1}')
    download_url = client.get(f"/api/v1/packets/{quote(PATH, safe='')}").json()["presignedUrl"]
    store = bare(manual)
    assert store.get(download_url).status_code == 200
    assert store.get(download_url.replace("sig=", "sig=0")).status_code == 403
    # A GET-signed URL cannot be used to overwrite the object.
    assert store.put(download_url, content=b"evil").status_code == 403
    with client_for(manual, None) as anonymous:
        assert anonymous.put(f"/api/v2/packets/{quote(PATH, safe='')}").status_code == 401
    missing = client.get(f"/api/v1/packets/{quote('trigger/none/payload.json', safe='')}").json()["presignedUrl"]
    assert store.get(missing).status_code == 404


def test_get_run_returns_the_decoded_offloaded_payload(manual: TriggerEmulator, client: httpx.Client) -> None:
    storage_path = upload(manual, client, '{"json":{"a":1}}')
    run_id = trigger(client, "big-task", storage_path, payloadType="application/store")
    # No HTTP request (so no host for a presigned URL): the in-process view shows the decoded payload.
    assert manual.get_run(run_id)["payload"] == {"a": 1}


def test_outputs_from_128_kib_are_kept_in_the_store_and_answered_presigned(
    manual: TriggerEmulator, client: httpx.Client
) -> None:
    """The SDK's task executor uploads an output of OFFLOAD_IO_PACKET_LENGTH_LIMIT (128 KiB) or more; the retrieve
    route then answers outputPresignedUrl and no output."""

    @manual.task("echo")
    def echo(payload: dict[str, Any]) -> Any:
        return payload["out"]

    below = trigger(client, "echo", {"out": "x" * 131_071})  # text/plain: the packet is the string itself
    at = trigger(client, "echo", {"out": "y" * 131_072})
    structured = trigger(client, "echo", {"out": {"rows": ["z" * 70_000, "w" * 70_000]}})
    manual.run_pending()

    inline = client.get(f"/api/v3/runs/{below}").json()
    assert inline["output"] == "x" * 131_071 and "outputPresignedUrl" not in inline
    stored = client.get(f"/api/v3/runs/{at}").json()
    assert "output" not in stored and stored["status"] == "COMPLETED"
    env_id = manual.store.keys[manual.secret_key].id
    assert f"/packets-store/{env_id}/{at}-1%2Foutput.txt?" in stored["outputPresignedUrl"]
    with bare(manual) as store:
        text = store.get(stored["outputPresignedUrl"])
        assert (text.headers["content-type"], text.text) == ("text/plain", "y" * 131_072)
        # Anything but text is stringified as superjson (stringifyIO), and named output.json.
        url = client.get(f"/api/v3/runs/{structured}").json()["outputPresignedUrl"]
        assert f"{structured}-1%2Foutput.json?" in url
        document = store.get(url)
    assert document.headers["content-type"] == "application/super+json"
    assert json.loads(document.text) == {"json": {"rows": ["z" * 70_000, "w" * 70_000]}}
    # The realtime row holds what the run stored: the storage path, typed application/store.
    (row,) = [m["value"] for m in client.get(f"/realtime/v1/runs/{at}", params={"offset": "-1"}).json() if "value" in m]
    assert (row["output"], row["outputType"]) == (f"{at}-1/output.txt", "application/store")


def test_inline_payloads_from_512_kib_are_kept_in_the_store_and_answered_presigned(
    manual: TriggerEmulator, client: httpx.Client
) -> None:
    """TASK_PAYLOAD_OFFLOAD_THRESHOLD (512 KiB) of JSON.stringify(payload) for application/json
    (runEngine/concerns/payloads.server.ts): the task still gets the payload, the retrieve route a URL."""
    seen: list[Any] = []

    @manual.task("take")
    def take(payload: Any) -> int:
        seen.append(payload)
        return 1

    wrapper = len('{"blob":""}')
    below = trigger(client, "take", {"blob": "a" * (524_287 - wrapper)})
    at = trigger(client, "take", {"blob": "b" * (524_288 - wrapper)})
    manual.run_pending()
    assert [len(p["blob"]) for p in seen] == [524_287 - wrapper, 524_288 - wrapper]

    inline = client.get(f"/api/v3/runs/{below}").json()
    assert inline["payload"] == {"blob": "a" * (524_287 - wrapper)} and "payloadPresignedUrl" not in inline
    stored = client.get(f"/api/v3/runs/{at}").json()
    assert "payload" not in stored and f"{at}%2Fpayload.json?" in stored["payloadPresignedUrl"]
    with bare(manual) as store:
        packet = store.get(stored["payloadPresignedUrl"])
    assert packet.headers["content-type"] == "application/json"
    assert packet.text == '{"blob":"' + "b" * (524_288 - wrapper) + '"}'
    # A replay triggers the stored packet again, and the task gets the same payload.
    replay_id = client.post(f"/api/v1/runs/{at}/replay").json()["id"]
    manual.run_pending()
    assert seen[-1] == {"blob": "b" * (524_288 - wrapper)}
    assert "payloadPresignedUrl" in client.get(f"/api/v3/runs/{replay_id}").json()
