"""Benchmarks of trigger_client: ``make bench`` (or ``python -m tests.benchmarks [--quick] [--profile]``).

Each figure is measured in a fresh process against a canned local server running in a process of its own
(:mod:`tests.benchmarks.server`), taking turns round by round with the processes of its baselines, which do the same
requests: raw httpx, the raw generated layer, or the official TypeScript SDK (installed with npm into
``~/.cache/trigger-client-bench`` when ``node`` and ``npm`` are there). The run prints a table with targets
(PASS/MISS) and writes ``tests/benchmarks/results.json``; ``--profile`` adds a cProfile of every figure of ours that
misses.

pytest does not collect this package; nothing here runs in ``make test``.
"""
