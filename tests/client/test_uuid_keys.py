"""Idempotency keys come from batches of pooled randomness: each still a version 4 UUID in ``str(uuid.uuid4())``'s
form, never repeated, and never shared between a process and its forked child."""

from __future__ import annotations

import os
import uuid

import pytest

from trigger_client._http import call


def test_every_key_is_a_version_4_uuid_in_its_text_form_and_none_repeats() -> None:
    keys = [call.uuid4_text() for _ in range(call._UUID_BATCH * 3 + 1)]  # across several batches
    for key in keys:
        parsed = uuid.UUID(key)
        assert (parsed.version, parsed.variant, str(parsed)) == (4, uuid.RFC_4122, key)
    assert len(set(keys)) == len(keys)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_forked_child_does_not_reuse_the_parents_pooled_keys() -> None:
    call._uuids.clear()
    call.uuid4_text()  # a fresh batch: the parent now holds its other keys, unused
    pending = list(call._uuids)
    assert pending
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report its next key and leave at once
        os.write(write, call.uuid4_text().encode())
        os._exit(0)
    os.close(write)
    try:
        child_key = os.read(read, 100).decode()
    finally:
        os.close(read)
        os.waitpid(pid, 0)
    uuid.UUID(child_key)
    assert child_key not in pending
    assert call._uuids == pending  # the parent's own pool is untouched
