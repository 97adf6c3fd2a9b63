"""`workstation`: the admin command line.

Every command exits 0 on success; on failure it prints one line, `error: …`, that
says what went wrong and what to do, and exits non-zero (see `errors.py` for codes).
Details go to the log file in the data folder, never sensitive values.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import date
from pathlib import Path

from . import __version__
from .errors import ValidationError, WorkstationError
from .logs import setup_logging
from .paths import default_data_dir
from .persistence.database import ensure_data_folder

log = logging.getLogger("workstation.cli")


def _positive_int(text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-22") from None


# ---- commands --------------------------------------------------------------------------

def cmd_init(args) -> int:
    from .services.desk import init_desk

    result = init_desk(args.data_dir)
    if result.created:
        print(f"Created the desk database {result.path}")
    else:
        print(f"The desk database {result.path} already exists; it was left as it is.")
    return 0


def cmd_info(args) -> int:
    from .persistence.database import open_desk_database
    from .services.desk import desk_info

    database = open_desk_database(args.data_dir)
    try:
        info = desk_info(database)
    finally:
        database.close()
    if args.json:
        print(json.dumps(info.as_json(), indent=2))
    else:
        print(f"Database:        {info.path}")
        print(f"Schema version:  {info.schema_revision} (newest known: {info.schema_head})")
        width = max(map(len, info.counts))
        for table, count in info.counts.items():
            print(f"  {table:<{width}}  {count:>10,}")
    return 0


def cmd_demo(args) -> int:
    from tqdm import tqdm

    from .demo.generator import DEMO_PASSWORD, DemoSize, generate_demo

    size = DemoSize(contacts=args.contacts, cases=args.cases, services=args.services,
                    seed=args.seed, until=args.until or date.today())
    size.check()
    with tqdm(total=size.planned_rows(), unit=" rows", unit_scale=True, file=sys.stderr,
              disable=args.quiet, desc="Generating demo data") as bar:
        result = generate_demo(args.data_dir, size, bar.update)
    print(f"Wrote {result.rows:,} demo rows to {result.path} in {result.seconds:.1f} s.")
    print(f"Demo accounts (password '{DEMO_PASSWORD}'): admin, khi-counsellor1, "
          f"khi-supervisor1, khi-lawyer1 and the same for every centre.")
    return 0


def cmd_bench(args) -> int:
    from .bench.harness import run_benchmarks

    report = run_benchmarks(
        args.data_dir if args.data_dir_given else None,
        contacts=args.contacts, cases=args.cases, services=args.services,
        repeat=args.repeat, only=args.only, progress=not args.json,
    )
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        from .bench.harness import format_report

        print(format_report(report))
    return 0


# ---- parser ----------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workstation",
        description="Counsellor Workstation admin command line.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="the desk's data folder (default: $WORKSTATION_DATA_DIR or the "
                             "user's data folder)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    init = commands.add_parser("init", help="create a desk database",
                               description="Create the desk database in the data folder. "
                                           "An existing database is left untouched.")
    init.set_defaults(func=cmd_init)

    info = commands.add_parser("info", help="schema version, database path, row counts",
                               description="Show the schema version, the database path and "
                                           "how many rows each table holds.")
    info.add_argument("--json", action="store_true", help="print JSON for scripts")
    info.set_defaults(func=cmd_info)

    demo = commands.add_parser(
        "demo", help="fill a new desk database with fictitious helpline data",
        description="Generate fictitious, obviously fake helpline data: centres, staff, "
                    "persons, contacts over ten years, cases and a referral directory. "
                    "The same --seed and --until give the same records. Refuses a data "
                    "folder whose database already holds records.")
    demo.add_argument("--contacts", type=_positive_int, default=20_000)
    demo.add_argument("--cases", type=_positive_int, default=5_000)
    demo.add_argument("--services", type=_positive_int, default=500)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--until", type=_iso_date, default=None,
                      help="the last day of the ten years of data (default: today)")
    demo.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    demo.set_defaults(func=cmd_demo)

    bench = commands.add_parser(
        "bench", help="measure the app's operations against raw baselines",
        description="Build (or reuse) a helpline-scale database and time each operation, "
                    "beside the same work done with sqlite3 and cryptography directly.")
    bench.add_argument("--json", action="store_true", help="print JSON for scripts")
    bench.add_argument("--contacts", type=_positive_int, default=1_000_000)
    bench.add_argument("--cases", type=_positive_int, default=250_000)
    bench.add_argument("--services", type=_positive_int, default=20_000)
    bench.add_argument("--repeat", type=_positive_int, default=200,
                       help="timed runs per operation (default 200)")
    bench.add_argument("--only", action="append", default=None, metavar="NAME",
                       help="run only this operation (may be given more than once)")
    bench.set_defaults(func=cmd_bench)
    return parser


# Commands that may make the data folder; the others report a missing one.
CREATES_DATA_DIR = {"init", "demo"}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.data_dir_given = args.data_dir is not None
    args.data_dir = (args.data_dir or default_data_dir()).expanduser()
    log_file = None
    try:
        if args.command in CREATES_DATA_DIR:
            ensure_data_folder(args.data_dir)
        log_file = setup_logging(args.data_dir if args.data_dir.is_dir() else None,
                                 verbose=args.verbose)
        return args.func(args)
    except ValidationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except WorkstationError as exc:
        log.info("command %s failed: %s", args.command, exc.message)
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("error: interrupted; nothing was left half-done.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: tell the person where the details are
        log.exception("unexpected failure in %s", args.command)
        where = f" Details are in {log_file}." if log_file else ""
        print(f"error: unexpected {type(exc).__name__}.{where}", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
