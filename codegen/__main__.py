"""Command line: ``python -m codegen [generate|check|diff|operations]``.

Examples::

    python -m codegen                                   # regenerate generated/trigger_api
    python -m codegen generate --spec new.yaml --out /tmp/out/trigger_api
    python -m codegen check                             # fail listing drifted files
    python -m codegen diff openapi/trigger-v3-openapi.yaml new.yaml   # what a new spec changes
    python -m codegen operations                        # table of operations
    python -m codegen update-spec new.yaml              # diff, regenerate from new.yaml, then vendor it
    python -m codegen sdk-routes path/to/apiClient/index.js   # every SDK route and the operation serving it
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from codegen import diff, generate, patches, sdk_routes, spec


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    gen = sub.add_parser("generate", help="regenerate the low-level client (default command)")
    gen.add_argument("--spec", type=Path, default=generate.DEFAULT_SPEC, help="OpenAPI document to read")
    gen.add_argument("--out", type=Path, default=generate.DEFAULT_OUT, help="package directory to (re)write")
    check = sub.add_parser("check", help="fail when generated/ differs from what the codegen produces")
    check.add_argument("--spec", type=Path, default=generate.DEFAULT_SPEC)
    check.add_argument("--out", type=Path, default=generate.DEFAULT_OUT)
    changes = sub.add_parser("diff", help="operations added, removed and changed between two specs")
    changes.add_argument("old", type=Path)
    changes.add_argument("new", type=Path)
    update = sub.add_parser("update-spec", help="diff a new spec, generate from it, then copy it over the vendored one")
    update.add_argument("new", type=Path)
    update.add_argument("--vendored", type=Path, default=generate.DEFAULT_SPEC, help="the vendored spec to replace")
    update.add_argument("--out", type=Path, default=generate.DEFAULT_OUT)
    table = sub.add_parser("operations", help="print tag, method, path and generated function of each operation")
    table.add_argument("--spec", type=Path, default=generate.DEFAULT_SPEC)
    routes = sub.add_parser(
        "sdk-routes",
        help="match every route of the SDK's ApiClient (apiClient/index.js) to the client; 1 if any MISSING",
    )
    routes.add_argument("file", type=Path, help="@trigger.dev/core dist/esm/v3/apiClient/index.js")
    routes.add_argument("--spec", type=Path, default=generate.DEFAULT_SPEC)
    return parser


def _sdk_routes(index_js: Path, spec_path: Path) -> int:
    sites, unresolved = sdk_routes.read_sdk(index_js)
    routes = sdk_routes.classify(sites, generate.patched_spec(spec_path), sdk_routes.realtime_feeds())
    sys.stdout.write(sdk_routes.report(routes, unresolved))
    return 1 if any(route.missing for route in routes) else 0


def _generate(spec_path: Path, out: Path) -> None:
    try:
        outcomes = generate.generate(spec_path, out)
    except patches.PatchTargetMissing:
        # Show every patch's outcome, the gone ones included, before failing.
        sys.stdout.write(patches.report(patches.apply_all(spec.load(spec_path))))
        raise
    sys.stdout.write(patches.report(outcomes))
    print(f"generated {out} (0 generator warnings)")


def _update_spec(new: Path, vendored: Path, out: Path) -> None:
    """The maintainer workflow: the old spec stays in place until the new one has generated cleanly."""
    sys.stdout.write(diff.diff(spec.load(vendored), spec.load(new)))
    _generate(new, out)
    shutil.copyfile(new, vendored)
    print(f"vendored {new} as {vendored}; record its upstream commit in {vendored.parent / 'UPSTREAM.md'}")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "generate"
    try:
        if command == "generate":
            _generate(getattr(args, "spec", generate.DEFAULT_SPEC), getattr(args, "out", generate.DEFAULT_OUT))
        elif command == "update-spec":
            _update_spec(args.new, args.vendored, args.out)
        elif command == "check":
            drifted = generate.drift(args.spec, args.out)
            if drifted:
                print(f"{args.out} is out of date; run `make generate`. Drifted files:", file=sys.stderr)
                for name in drifted:
                    print(f"  {name}", file=sys.stderr)
                return 1
            print(f"{args.out} matches the codegen output")
        elif command == "sdk-routes":
            return _sdk_routes(args.file, args.spec)
        elif command == "diff":
            sys.stdout.write(diff.diff(spec.load(args.old), spec.load(args.new)))
        else:
            sys.stdout.write(diff.operation_table(generate.patched_spec(args.spec)))
    except (spec.SpecError, patches.PatchTargetMissing, generate.GenerationError) as exc:
        print(f"codegen: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
