"""The HTTP layer: every request of the client and of raw generated calls goes through it.

Transport (retries, pacing, deadlines, size caps, hooks, metrics, tracing) over connection pools (httpx or
aiohttp, per event loop), with the rate-limit header parsing in the leaf :mod:`headers`. It knows nothing of
operations or resources; the modules above import it, never the other way round. Empty on purpose: importing a
submodule loads only what that submodule needs.
"""
