"""`workstation`: the admin command line.

Every command exits 0 on success; on failure it prints one line, `error: …`, that
says what went wrong and what to do, and exits non-zero (see `errors.py` for codes).
Details go to the log file in the data folder, never sensitive values.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
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

def _read_secrets(args, prompts: list[str]) -> list[str]:
    """Passwords, one per line on standard input with --password-stdin, else prompted."""
    if getattr(args, "password_stdin", False):
        lines = sys.stdin.read().splitlines()
        if len(lines) < len(prompts):
            raise ValidationError("password", f"Expected {len(prompts)} line(s) on standard "
                                  f"input: {'; '.join(prompts)}.")
        return lines[: len(prompts)]
    if not sys.stdin.isatty():
        raise ValidationError("password", "Give passwords with --password-stdin, or run the "
                              "command in a terminal to be asked for them.")
    import getpass

    return [getpass.getpass(f"{prompt}: ") for prompt in prompts]


def _open(args):
    from .persistence.database import open_desk_database

    return open_desk_database(args.data_dir)


def _acting_session(args, database, password: str):
    """Sign in as --as on this desk. The desk's secret must be in this account's keyring,
    as for the app: a database copied elsewhere does not act as the original desk."""
    from .crypto.keyring_store import DeskSecretStore
    from .services.accounts import sign_in
    from .services.desk_identity import ensure_desk

    desk_id = ensure_desk(database, DeskSecretStore())
    return sign_in(database, args.as_user, password, desk_id=desk_id)


def cmd_init(args) -> int:
    from .crypto.keyring_store import DeskSecretStore
    from .services.accounts import create_organisation, organisation_exists
    from .services.desk import init_desk
    from .services.desk_identity import ensure_desk

    store = DeskSecretStore()  # refuse an unusable keyring before creating anything
    store.probe()
    result = init_desk(args.data_dir)
    database = _open(args)
    try:
        desk_id = ensure_desk(database, store)
        if result.created:
            print(f"Created the desk database {result.path}")
        else:
            print(f"The desk database {result.path} already exists; it was left as it is.")
        if args.admin:
            if organisation_exists(database):
                raise ValidationError("admin", "This database already has its organisation "
                                      "keys and first administrator.")
            (password,) = _read_secrets(args, [f"Password for {args.admin}"])
            create_organisation(database, username=args.admin,
                                display_name=args.display_name or args.admin,
                                password=password, desk_id=desk_id)
            print(f"Created the organisation keys and the administrator {args.admin}.")
    finally:
        database.close()
    return 0


def cmd_user(args) -> int:
    from .services import accounts

    database = _open(args)
    try:
        if args.user_command == "passwd":
            old, new = _read_secrets(args, [f"Current password of {args.as_user}",
                                            "New password"])
            session = _acting_session(args, database, old)
            accounts.change_password(database, session, old, new)
            print(f"Changed the password of {args.as_user}.")
            return 0
        prompts = [f"Password of {args.as_user}"]
        if args.user_command in ("add", "reset-password"):
            prompts.append(f"One-time password for {args.name}")
        secrets = _read_secrets(args, prompts)
        admin = _acting_session(args, database, secrets[0])
        if args.user_command == "add":
            accounts.add_user(database, admin, username=args.name,
                              display_name=args.display_name or args.name, role=args.role,
                              centre_code=args.centre, one_time_password=secrets[1])
            print(f"Created {args.name} ({args.role}); the password must be changed at the "
                  "first sign-in.")
        elif args.user_command == "reset-password":
            accounts.reset_password(database, admin, args.name, secrets[1])
            print(f"Gave {args.name} a one-time password.")
        elif args.user_command in ("disable", "enable"):
            accounts.set_active(database, admin, args.name, args.user_command == "enable")
            print(f"{args.user_command.capitalize()}d {args.name}.")
        elif args.user_command == "list":
            users = accounts.list_users(database, admin)
            if args.json:
                print(json.dumps([{"username": u.username, "display_name": u.display_name,
                                   "role": u.role, "centre": u.centre_code, "active": u.active,
                                   "must_change_password": u.must_change_password}
                                  for u in users], indent=2, ensure_ascii=False))
            else:
                for u in users:
                    state = "active" if u.active else "disabled"
                    print(f"{u.username:<24} {u.role:<11} {u.centre_code or '-':<5} {state}")
    finally:
        database.close()
    return 0


def cmd_callbacks(args) -> int:
    from .services import callbacks

    database = _open(args)
    try:
        (password,) = _read_secrets(args, [f"Password of {args.as_user}"])
        session = _acting_session(args, database, password)
        if args.callbacks_command == "import":
            report = callbacks.import_call_log(database, session, args.file)
            print(f"{args.file.name} ({report.format}): {report.missed_found} missed calls, "
                  f"{report.added} added, {report.already_imported} already imported, "
                  f"{report.new_items} new worklist items.")
            for problem in report.problems:
                print(f"  {problem}", file=sys.stderr)
        else:
            items = callbacks.worklist(database, session)
            if args.json:
                print(json.dumps([{"number": i.number, "urgency": i.urgency,
                                   "missed": i.missed_count, "attempts": i.attempts,
                                   "first_missed_at": i.first_missed_at.isoformat(),
                                   "last_outcome": i.last_outcome} for i in items], indent=2))
            else:
                for i in items:
                    print(f"{i.urgency:<9} {i.number or '?':<16} missed {i.missed_count} "
                          f"attempts {i.attempts}  since {i.first_missed_at:%d %b %H:%M} UTC")
    finally:
        database.close()
    return 0


def cmd_call(args) -> int:
    from .pbx_hook import hook_settings, send_event

    database = _open(args)
    try:
        settings = hook_settings(database)
    finally:
        database.close()
    if args.call_command == "hook-info":
        print(f"POST http://127.0.0.1:{settings.port}/calls/incoming  (and /calls/missed)")
        print(f"Header X-Workstation-Token: {settings.token}")
        return 0
    try:
        status, message = send_event(settings, args.call_command, args.number, args.queue)
    except OSError:
        raise WorkstationError(
            f"No Counsellor Workstation is listening on port {settings.port}.",
            hint="Open the app on this computer and sign in first.") from None
    if status != 202:
        raise WorkstationError(f"The app refused the event ({status}): {message}")
    print("The app took the call event.")
    return 0


def cmd_cases(args) -> int:
    from .services import case_transfer

    database = _open(args)
    try:
        (password,) = _read_secrets(args, [f"Password of {args.as_user}"])
        session = _acting_session(args, database, password)
        if args.cases_command == "import":
            mapping = dict(pair.split("=", 1) for pair in args.map or ())
            report = case_transfer.import_cases(database, session, args.file,
                                                mapping=mapping, valid_only=args.valid_only)
            for problem in report.problems[:100]:
                print(f"  {problem}", file=sys.stderr)
            if len(report.problems) > 100:
                print(f"  … and {len(report.problems) - 100} more.", file=sys.stderr)
            if report.problems and not args.valid_only:
                raise ValidationError("file", f"{len(report.problems)} problem(s) in "
                                      f"{args.file.name}; nothing was imported.",
                                      hint="Fix them, or import the valid rows with "
                                           "--valid-only.")
            print(f"Imported {report.imported} of {report.rows} cases from {args.file.name}.")
        else:
            count = case_transfer.export_cases(database, session, args.out,
                                               anonymised=not args.with_personal_data)
            kind = "with personal data" if args.with_personal_data else "anonymised"
            print(f"Exported {count} cases ({kind}) to {args.out}.")
            if args.with_personal_data:
                print("This file holds names, numbers and accounts of abuse in clear: keep "
                      "it encrypted and delete it when done.", file=sys.stderr)
    finally:
        database.close()
    return 0


def cmd_audit(args) -> int:
    from .services import audit

    database = _open(args)
    try:
        if args.audit_command == "show":
            return _show_trail(args, database)
        result = audit.verify(database)
    finally:
        database.close()
    if result.ok:
        print(f"The audit trail is intact: {result.entries:,} entries in {result.chains} "
              f"chain(s).")
        return 0
    for problem in result.problems:
        print(f"error: {problem}", file=sys.stderr)
    return 7


def _show_trail(args, database) -> int:
    """The trail of one case or one person, for supervisors and admins."""
    from sqlalchemy import select

    from .persistence.models import Case, User
    from .services import audit

    (password,) = _read_secrets(args, [f"Password of {args.as_user}"])
    session = _acting_session(args, database, password)
    with database.uow() as uow:
        case_id = uow.session.scalar(select(Case.id).where(Case.reference == args.case)) \
            if args.case else None
        user_id = uow.session.scalar(select(User.id).where(User.username == args.user)) \
            if args.user else None
    if args.case and case_id is None:
        raise ValidationError("case", f"There is no case {args.case}.")
    if args.user and user_id is None:
        raise ValidationError("user", f"There is no user {args.user}.")
    for entry in audit.trail(database, session, case_id=case_id, user_id=user_id,
                             limit=args.limit):
        print(f"{entry.occurred_at:%Y-%m-%d %H:%M:%S} UTC  {entry.action:<24} "
              f"{entry.user or '-':<24} {entry.desk or '-'}")
    return 0


def cmd_keys(args) -> int:
    from tqdm import tqdm

    from .services import keys as key_service

    database = _open(args)
    try:
        if args.keys_command == "status":
            status = key_service.rotation_status(database)
            print(f"Active data key: version {status.active_key_id}")
            if status.rotating_out:
                print(f"Being replaced: {', '.join(map(str, status.rotating_out))}; "
                      f"{status.values_remaining:,} values still to move.")
            return 0
        (password,) = _read_secrets(args, [f"Password of {args.as_user}"])
        session = _acting_session(args, database, password)
        status = key_service.rotation_status(database)
        if not status.rotating_out:
            new_id = key_service.rotate(database, session)
            print(f"Started data key version {new_id}.")
        remaining = key_service.rotation_status(database).values_remaining
        with tqdm(total=remaining, unit=" values", file=sys.stderr, disable=args.quiet,
                  desc="Re-encrypting") as bar:
            while True:
                left = key_service.reencrypt_batch(database, session)
                bar.update(remaining - left)
                remaining = left
                if left == 0:
                    break
        print("Every value now uses the new key; the old version is retired.")
    finally:
        database.close()
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
        server_url=args.server_url, pull_cases=args.pull_cases,
    )
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        from .bench.harness import format_report

        print(format_report(report))
    return 0


def cmd_server(args) -> int:
    """Set up (or upgrade) the shared PostgreSQL for a helpline."""
    from .sync.server import init_server, public_url

    password = None
    if args.password_stdin:
        (password,) = _read_secrets(args, ["Password for the desks' database role"])
    result = init_server(args.url, desk_role=args.desk_role, desk_password=password)
    print(f"The shared database {public_url(args.url)} is at schema {result.revision}.")
    print(f"Desks connect as the role {result.desk_role}: reads and writes synced rows, "
          "only adds to audit entries, notes and conflict records, cannot change the "
          "schema.")
    if result.password_generated:
        print(f"Its password (shown once; give it to each desk's `workstation sync setup`): "
              f"{result.password_generated}")
    return 0


def _sync_progress(args):
    from tqdm import tqdm

    bars: dict[str, tqdm] = {}

    def progress(stage: str, done: int, total: int | None) -> None:
        bar = bars.get(stage)
        if bar is None:
            label = "Sending changes" if stage == "push" else "Receiving changes"
            bar = bars[stage] = tqdm(total=total, unit=" rows", unit_scale=True,
                                     file=sys.stderr, disable=args.quiet, desc=label)
        if total is not None:
            bar.total = total
        bar.update(done - bar.n)

    return progress, bars


def cmd_sync(args) -> int:
    from . import sync

    action = args.sync_command or "run"
    database = _open(args)
    try:
        if action == "status":
            return _sync_status(args, sync.sync_status(database))
        if action == "conflicts":
            (password,) = _read_secrets(args, [f"Password of {args.as_user}"])
            session = _acting_session(args, database, password)
            return _sync_conflicts(args, sync.list_conflicts(database, session,
                                                             limit=args.limit))
        from .crypto.keyring_store import DeskSecretStore

        store = DeskSecretStore()
        if action == "setup":
            prompts = ["Password of the desks' database role (empty: the one in the URL)"]
            if args.all_centres:
                prompts.append(f"Password of {args.as_user}")
            secrets = _read_secrets(args, prompts)
            link = sync.connect_desk(
                database, store, url=args.url, password=secrets[0] or None,
                centre_code=args.centre, all_centres=args.all_centres,
                supervisor=(args.as_user, secrets[1]) if args.all_centres else None)
            scope = "every centre" if link.scope == "all" else f"centre {args.centre.upper()}"
            print(f"This desk syncs with {link.url} ({scope}); the password is in the "
                  "system keyring. Run `workstation sync` to pull.")
            return 0
        progress, bars = _sync_progress(args)
        try:
            result = sync.run_round(database, store=store, progress=progress)
        finally:
            for bar in bars.values():
                bar.close()
        print(f"Synced: {result.pushed:,} rows sent, {result.pulled:,} received, "
              f"{result.new_conflicts} new conflict(s), {result.pending:,} change(s) "
              f"waiting, in {result.seconds:.1f} s.")
    finally:
        database.close()
    return 0


def _when(value) -> str:
    return f"{value:%Y-%m-%d %H:%M:%S} UTC" if value else "never"


def _sync_status(args, status) -> int:
    if args.json:
        print(json.dumps({
            "configured": status.configured, "server": status.server, "scope": status.scope,
            "pending": status.pending, "last_success_at": status.last_success_at and
            status.last_success_at.isoformat(), "last_attempt_at": status.last_attempt_at and
            status.last_attempt_at.isoformat(), "last_error": status.last_error,
            "conflicts": status.conflicts, "cursor": status.cursor}, indent=2))
        return 0
    print(f"Shared database: {status.server or 'not connected (workstation sync setup)'}")
    if status.scope:
        print(f"Pulls:           {'every centre' if status.scope == 'all' else 'its centre'}")
    print(f"Waiting to send: {status.pending:,} change(s)")
    print(f"Last success:    {_when(status.last_success_at)}")
    if status.last_error:
        print(f"Last attempt:    {_when(status.last_attempt_at)}: {status.last_error}")
    print(f"Conflicts:       {status.conflicts:,} (workstation sync conflicts)")
    return 0


def _sync_conflicts(args, conflicts) -> int:
    """Where and when, never the values (they are ciphertext or categories anyway)."""
    if args.json:
        print(json.dumps([{"recorded_at": c.recorded_at.isoformat(), "table": c.table,
                           "column": c.column, "row": c.row_id, "reason": c.reason,
                           "losing_desk": c.losing_desk, "winning_desk": c.winning_desk}
                          for c in conflicts], indent=2))
        return 0
    if not conflicts:
        print("No conflicts.")
    for c in conflicts:
        print(f"{_when(c.recorded_at)}  {c.reason:<15} {c.table}.{c.column}  row {c.row_id}  "
              f"lost: {c.losing_desk or '-'}  kept: {c.winning_desk or '-'}")
    return 0


def cmd_referrals(args) -> int:
    """The referral directory is public data: no sign-in, but confidential (shelter)
    addresses are never printed here."""
    from .directory import hsds_export, hsds_import, search

    database = _open(args)
    try:
        if args.referrals_command == "import":
            from tqdm import tqdm

            with tqdm(total=0, unit=" rows", unit_scale=True, file=sys.stderr,
                      disable=args.quiet, desc="Importing the directory") as bar:
                def progress(done: int, total: int) -> None:
                    bar.total = total
                    bar.update(done - bar.n)

                report = hsds_import.import_directory(database, args.path,
                                                      valid_only=args.valid_only,
                                                      progress=progress)
            shown = report.problems[:50]
            for problem in shown:
                print(f"  {problem}", file=sys.stderr)
            if len(report.problems) > len(shown):
                print(f"  … and {len(report.problems) - len(shown)} more.", file=sys.stderr)
            if report.errors and not report.written:
                raise ValidationError("path", f"{len(report.errors)} error(s) in "
                                      f"{args.path.name}; nothing was imported.",
                                      hint="Fix them, or import the valid records with "
                                           "--valid-only.")
            rejected = sum(report.rejected.values())
            print(f"Imported {report.services:,} services "
                  f"({sum(report.written.values()):,} rows) from {args.path.name}"
                  + (f"; {rejected:,} invalid records left out." if rejected else "."))
        elif args.referrals_command == "export":
            write = hsds_export.export_json if args.format == "json" else hsds_export.export_csv
            count = write(database, args.out)
            print(f"Exported {count:,} services to {args.out} (HSDS 3.0 {args.format}).")
        else:
            filters = search.SearchFilters(
                district=args.district, service_type=args.type, people_served=args.people,
                language=args.language, open_now=args.open_now,
                female_staff=args.female_staff, free_of_charge=args.free)
            hits = search.search_services(database, args.query, filters,
                                          caller_district=args.district,
                                          may_see_confidential=False, limit=args.limit)
            if args.json:
                print(json.dumps([{
                    "id": str(h.service_id), "name": h.name, "name_ur": h.name_ur,
                    "organization": h.organization, "types": list(h.types),
                    "districts": list(h.district_codes), "city": h.city,
                    "phones": list(h.phones), "languages": list(h.languages),
                    "address": h.address, "address_withheld": h.address_withheld,
                    "open_now": h.open_now, "female_staff": h.female_staff,
                    "free_of_charge": h.free_of_charge, "demo": h.is_demo, "score": h.score}
                    for h in hits], indent=2, ensure_ascii=False))
            else:
                for h in hits:
                    where = "address withheld (confidential)" if h.address_withheld \
                        else (h.address or h.city or "")
                    print(f"{h.name}  |  {', '.join(h.phones) or '-'}  |  "
                          f"{', '.join(h.district_codes) or 'national'}  |  {where}")
    finally:
        database.close()
    return 0



def cmd_sheet(args) -> int:
    from .documents.guidance_sheet import SheetRequest, find_district, write_sheet

    services = None
    if args.district:
        district = find_district(args.district)
        services = _sheet_services(args, district.code)
    request = SheetRequest(args.situation, lang=args.lang, size=args.size,
                           large_print=args.large_print, urdu_font=args.urdu_font,
                           district=args.district, services=services,
                           case_reference=args.case, counsellor_name=args.counsellor,
                           client_name=args.client_name)
    path = write_sheet(request, args.out)
    print(f"Wrote the {args.situation} sheet ({args.lang}, {args.size.upper()}) to {path}.")
    return 0


def _sheet_services(args, district_code: str) -> list[dict] | None:
    """Services from the desk's referral directory; without a desk database the sheet is
    printed without them, and the command says so."""
    from .documents.nearest_services import services_for_district
    from .errors import DatabaseError

    try:
        database = _open(args)
    except DatabaseError as exc:
        print(f"note: no referral directory ({exc.message}); the sheet lists no services.",
              file=sys.stderr)
        return None
    try:
        return services_for_district(database, district_code, situation=args.situation,
                                     limit=args.services)
    finally:
        database.close()


def cmd_speak(args) -> int:
    from .speech.read_aloud import save_sheet_wav

    result = save_sheet_wav(args.situation, args.lang, args.out, section=args.section,
                            rate=args.rate, timeout=args.timeout)
    print(f"Wrote {result.seconds:.1f} s of speech ({result.voice}) to {result.path} in "
          f"{result.elapsed:.2f} s.")
    return 0

def cmd_report(args) -> int:
    from .reports import ENGLISH, ReportRequest, export_report, make_report, parse_period

    fmt = args.format or args.out.suffix.lstrip(".").lower()
    if fmt not in ("pdf", "xlsx", "csv"):
        raise ValidationError("format", "Give --format pdf, xlsx or csv (or an --out file "
                              "ending in .pdf, .xlsx or .csv).")
    request = ReportRequest(parse_period(args.period), scheme=args.scheme,
                            centre_code=args.centre.upper() if args.centre else None,
                            district_code=args.district, threshold=args.threshold)
    database = _open(args)
    try:
        (password,) = _read_secrets(args, [f"Password of {args.as_user}"])
        session = _acting_session(args, database, password)
        report = make_report(database, session, request)
        path = export_report(database, session, report, fmt, args.out, labels=ENGLISH)
    finally:
        database.close()
    hidden = sum(table.suppressed for table in report.tables)
    cases = "fewer than the threshold" if report.cases_counted is None else \
        f"{report.cases_counted:,}"
    print(f"Wrote {path}: {request.period.label()}, {args.scheme} categories, {cases} "
          f"cases counted, {hidden} counts suppressed (below {request.threshold} or "
          "protecting one).")
    if report.no_consented_cases:
        print("note: no case in this period has the client's consent to be counted in "
              "statistics; the report counts contacts only.", file=sys.stderr)
    return 0


def cmd_retention(args) -> int:
    from .services import retention

    database = _open(args)
    try:
        if args.retention_command == "compact":
            if not retention.compact(database):
                raise WorkstationError("The desk database could not be rewritten now: another "
                                       "program is using it.",
                                       hint="Close the app on this computer and try again.")
            print("Rewrote the desk database: no freed page keeps an old value.")
            return 0
        (password,) = _read_secrets(args, [f"Password of {args.as_user}"])
        session = _acting_session(args, database, password)
        command = args.retention_command
        if command == "rules":
            for rule in retention.rules(database, session):
                name = "every other case" if rule.applies_to == retention.DEFAULT else \
                    f"{rule.applies_to} ({rule.category_en})"
                retired = "" if rule.category_in_use else "  [category retired]"
                print(f"{rule.months:>5} months  {name}{retired}")
        elif command in ("set", "remove"):
            applies_to = retention.DEFAULT if args.category in ("default", "*") \
                else args.category
            if command == "set":
                due = retention.set_rule(database, session, applies_to, args.months)
                print(f"Cases of {args.category} keep their personal data {args.months} "
                      f"months after closing. {due:,} closed case(s) are due now.")
            else:
                retention.remove_rule(database, session, applies_to)
                print(f"Removed the retention period of {args.category}.")
        elif command == "due":
            due = retention.due_cases(database, session)
            if args.json:
                print(json.dumps([{"reference": d.reference, "category": d.category_code,
                                   "closed_on": d.closed_on.isoformat(),
                                   "due_on": d.due_on.isoformat(), "months": d.months,
                                   "held": d.held} for d in due], indent=2))
            else:
                for d in due:
                    held = "  ON LEGAL HOLD" if d.held else ""
                    print(f"{d.reference:<18} closed {d.closed_on}  due {d.due_on}  "
                          f"({d.months} months, {d.category_code or '-'}){held}")
                print(f"{len(due):,} case(s) due, {sum(d.held for d in due):,} on hold.")
        elif command == "shred":
            if not args.yes:
                raise ValidationError("yes", "Shredding cannot be undone: add --yes to "
                                      "confirm.")
            ids = [retention.find_case(database, session, ref) for ref in args.references]
            result = retention.shred(database, session, ids)
            print(f"Shredded the personal data of {len(result.references)} case(s): "
                  f"{result.values_cleared:,} values cleared, {result.persons_kept} "
                  "person(s) kept for another case.")
            if not result.compacted:
                print("note: the desk file could not be rewritten now; run `workstation "
                      "retention compact` when the app is closed.", file=sys.stderr)
        elif command == "hold":
            case_id = retention.find_case(database, session, args.reference)
            retention.place_hold(database, session, case_id, args.reason)
            print(f"{args.reference} is under a legal hold: it will not be shredded.")
        elif command == "release":
            case_id = retention.find_case(database, session, args.reference)
            retention.release_hold(database, session, case_id)
            print(f"Released the legal hold on {args.reference}.")
    finally:
        database.close()
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
    parser.add_argument("--as", dest="as_user", metavar="USER",
                        default=os.environ.get("WORKSTATION_USER", "admin"),
                        help="the account commands that need one sign in as "
                             "(default: $WORKSTATION_USER or admin)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    init = commands.add_parser(
        "init", help="create a desk database (and the first administrator)",
        description="Create the desk database in the data folder and register this desk "
                    "(its secret goes into the OS keyring). An existing database is left "
                    "untouched. With --admin, also create the organisation keys and the "
                    "first administrator, whose password is asked for, or read from "
                    "standard input with --password-stdin.")
    init.add_argument("--admin", metavar="NAME", help="user name of the first administrator")
    init.add_argument("--display-name", help="the administrator's full name")
    init.add_argument("--password-stdin", action="store_true",
                      help="read the password from the first line of standard input")
    init.set_defaults(func=cmd_init)

    server = commands.add_parser(
        "server", help="set up the shared PostgreSQL database (administrators)",
        description="init: apply the schema migrations to the shared PostgreSQL and create "
                    "(or update) the least-privilege role desks connect as. Run it with an "
                    "owner or superuser URL; safe to run again after an upgrade. The role's "
                    "password is generated and printed once, or read with --password-stdin.")
    server_commands = server.add_subparsers(dest="server_command", metavar="ACTION",
                                            required=True)
    server_init = server_commands.add_parser("init", help="migrate and create the desk role")
    server_init.add_argument("--url", required=True, help="postgresql://owner@host/database")
    server_init.add_argument("--desk-role", default="cw_desk")
    server_init.add_argument("--password-stdin", action="store_true")
    server.set_defaults(func=cmd_server)

    sync_parser = commands.add_parser(
        "sync", help="sync this desk with the shared database (one round)",
        description="Without an action: push this desk's waiting changes, then pull what "
                    "is new (one round, with a progress bar). setup: connect the desk "
                    "(the address goes to the desk's settings, the password to the system "
                    "keyring). status: changes waiting, last success, conflicts. conflicts: "
                    "the values that lost a concurrent edit (supervisors, with --as); "
                    "values are never printed. Exit code 8 when the round could not run; "
                    "nothing is lost then.")
    sync_commands = sync_parser.add_subparsers(dest="sync_command", metavar="ACTION")
    setup = sync_commands.add_parser("setup", help="connect this desk to the shared database")
    setup.add_argument("--url", required=True, help="postgresql://cw_desk@host/database")
    which_scope = setup.add_mutually_exclusive_group(required=True)
    which_scope.add_argument("--centre", metavar="CODE", help="the desk's centre, e.g. KHI")
    which_scope.add_argument("--all-centres", action="store_true",
                             help="pull every centre (a supervisor without a centre, --as)")
    setup.add_argument("--password-stdin", action="store_true",
                       help="the desk role's password, then (--all-centres) --as's password")
    status = sync_commands.add_parser("status", help="where this desk stands")
    status.add_argument("--json", action="store_true")
    conflicts = sync_commands.add_parser("conflicts", help="conflict records (supervisors)")
    conflicts.add_argument("--json", action="store_true")
    conflicts.add_argument("--limit", type=_positive_int, default=200)
    conflicts.add_argument("--password-stdin", action="store_true")
    sync_parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    sync_parser.set_defaults(func=cmd_sync, sync_command=None)

    user = commands.add_parser(
        "user", help="manage accounts (as an administrator)",
        description="Manage accounts. Signs in as --as (default: admin); with "
                    "--password-stdin the first line of standard input is that password and, "
                    "for add and reset-password, the second line the new one-time password.")
    user_commands = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_commands.add_parser("add", help="create an account with a one-time password")
    add.add_argument("name")
    add.add_argument("--role", required=True,
                     choices=["admin", "supervisor", "counsellor", "lawyer"])
    add.add_argument("--centre", metavar="CODE", help="the centre, e.g. KHI")
    add.add_argument("--display-name")
    for name, text in (("disable", "end an account's access at its next sign-in or unlock"),
                       ("enable", "give a disabled account its access back"),
                       ("reset-password", "give an account a new one-time password")):
        action = user_commands.add_parser(name, help=text)
        action.add_argument("name")
    listing = user_commands.add_parser("list", help="list the accounts")
    listing.add_argument("--json", action="store_true")
    user_commands.add_parser("passwd", help="change the password of --as (old, then new)")
    for action in user_commands.choices.values():
        action.add_argument("--password-stdin", action="store_true",
                            help="read passwords from standard input, one per line")
    user.set_defaults(func=cmd_user)

    cb = commands.add_parser(
        "callbacks", help="the abandoned-call worklist (as a counsellor, with --as)",
        description="import FILE: add the missed and abandoned calls of an Asterisk CDR CSV "
                    "(Master.csv, or an export with a header row) or queue_log to the "
                    "worklist of the --as user's centre; importing a file twice adds nothing. "
                    "list: the open items, most urgent and oldest first.")
    cb_commands = cb.add_subparsers(dest="callbacks_command", metavar="ACTION", required=True)
    cb_import = cb_commands.add_parser("import", help="import a PBX call log")
    cb_import.add_argument("file", type=Path)
    cb_list = cb_commands.add_parser("list", help="the open worklist")
    cb_list.add_argument("--json", action="store_true")
    for action in cb_commands.choices.values():
        action.add_argument("--password-stdin", action="store_true")
    cb.set_defaults(func=cmd_callbacks)

    cases_parser = commands.add_parser(
        "cases", help="import cases from a spreadsheet, or export them (with --as)",
        description="import FILE: cases from CSV (UTF-8) or XLSX; every row is checked "
                    "first and nothing is imported unless all rows are valid (or with "
                    "--valid-only, the valid ones). Columns: " + ", ".join(
                        ("opened_on", "client_name", "client_phone", "client_cnic",
                         "client_sex", "client_age_band", "district", "category", "status",
                         "risk_level", "narrative")) + "; --map 'Their Header=client_name' "
                    "renames a column. export OUT: the cases you may open as CSV, "
                    "anonymised unless --with-personal-data (supervisors; audited).")
    cases_commands = cases_parser.add_subparsers(dest="cases_command", metavar="ACTION",
                                                 required=True)
    cases_import = cases_commands.add_parser("import", help="import a CSV or XLSX file")
    cases_import.add_argument("file", type=Path)
    cases_import.add_argument("--map", action="append", metavar="HEADER=FIELD")
    cases_import.add_argument("--valid-only", action="store_true")
    cases_export = cases_commands.add_parser("export", help="export to CSV")
    cases_export.add_argument("out", type=Path)
    cases_export.add_argument("--with-personal-data", action="store_true")
    for action in cases_commands.choices.values():
        action.add_argument("--password-stdin", action="store_true")
    cases_parser.set_defaults(func=cmd_cases)

    call = commands.add_parser(
        "call", help="send a call event to the app on this computer (the PBX hook)",
        description="incoming: pop the screen for a ringing call; missed: add a missed or "
                    "abandoned call to the worklist. hook-info: the address and token to "
                    "configure in the PBX. The app must be open on this computer.")
    call_commands = call.add_subparsers(dest="call_command", metavar="EVENT", required=True)
    for name, text in (("incoming", "a call is ringing"), ("missed", "a call was missed")):
        event = call_commands.add_parser(name, help=text)
        event.add_argument("--number", required=True, help="the caller's number as the PBX "
                                                           "gives it")
        event.add_argument("--queue", help="the queue or line called")
    call_commands.add_parser("hook-info", help="the address and token for the PBX")
    call.set_defaults(func=cmd_call)

    audit = commands.add_parser(
        "audit", help="check the audit trail",
        description="verify: check every desk's hash chain; exits 7 and names the first "
                    "changed, removed or reordered entry of each broken chain.")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION",
                                          required=True)
    audit_commands.add_parser("verify", help="check the hash chains")
    show = audit_commands.add_parser(
        "show", help="the trail of a case or a person (supervisors, admins; with --as)")
    which = show.add_mutually_exclusive_group(required=True)
    which.add_argument("--case", metavar="REFERENCE", help="e.g. KHI-2026-000123")
    which.add_argument("--user", metavar="USERNAME")
    show.add_argument("--limit", type=_positive_int, default=200)
    show.add_argument("--password-stdin", action="store_true")
    audit.set_defaults(func=cmd_audit)

    keys = commands.add_parser(
        "keys", help="organisation key versions",
        description="status: which data key version is active. rotate: start a new version "
                    "(as --as, an administrator) and move every value to it, with a progress "
                    "bar; run it again to finish a rotation that was interrupted.")
    keys_commands = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    keys_commands.add_parser("status", help="the active key and any rotation under way")
    rotate = keys_commands.add_parser("rotate", help="start and complete a key rotation")
    rotate.add_argument("--password-stdin", action="store_true")
    rotate.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    keys.set_defaults(func=cmd_keys)

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
    bench.add_argument("--server-url", metavar="URL",
                       help="an empty PostgreSQL database and its owner, for the sync "
                            "operations (default: a throwaway cluster, as the tests use)")
    bench.add_argument("--pull-cases", type=_positive_int, default=100_000,
                       help="cases on the server for sync_pull_100k (default 100,000)")
    bench.set_defaults(func=cmd_bench)

    referrals = commands.add_parser(
        "referrals", help="the referral directory: HSDS import, export and search",
        description="import PATH: an HSDS 3.0 JSON file or a tabular package (a folder of "
                    "CSV files with datapackage.json); everything is checked first and "
                    "nothing is imported if anything is wrong, unless --valid-only. "
                    "export: the whole directory as HSDS JSON or CSV package. search: "
                    "what a counsellor would find; confidential addresses are never shown.")
    ref_commands = referrals.add_subparsers(dest="referrals_command", metavar="ACTION",
                                            required=True)
    ref_import = ref_commands.add_parser("import", help="import an HSDS file or package")
    ref_import.add_argument("path", type=Path)
    ref_import.add_argument("--valid-only", action="store_true",
                            help="import the valid records even if others have errors")
    ref_import.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    ref_export = ref_commands.add_parser("export", help="export the directory as HSDS")
    ref_export.add_argument("--format", choices=["json", "csv"], default="json")
    ref_export.add_argument("out", type=Path, help="a .json file, or a folder for csv")
    ref_search = ref_commands.add_parser("search", help="search the directory")
    ref_search.add_argument("query")
    ref_search.add_argument("--district", help="district code or name; ranks first")
    ref_search.add_argument("--type", help="service type (taxonomy term code or name)")
    ref_search.add_argument("--people", choices=["women", "children", "minorities",
                                                 "disability", "transgender"])
    ref_search.add_argument("--language", help="language code or name, e.g. sd or Sindhi")
    ref_search.add_argument("--open-now", action="store_true")
    ref_search.add_argument("--female-staff", action="store_true")
    ref_search.add_argument("--free", action="store_true", help="free of charge only")
    ref_search.add_argument("--limit", type=_positive_int, default=20)
    ref_search.add_argument("--json", action="store_true", help="print JSON for scripts")
    referrals.set_defaults(func=cmd_referrals)

    sheet = commands.add_parser(
        "sheet", help="print a medico-legal guidance sheet to a PDF",
        description="Write the guidance sheet for a situation as a PDF: the steps in order "
                    "with their legal sources, the nearest services of the district (from "
                    "the desk's referral directory), the helplines, the case reference and "
                    "counsellor. No client name unless --client-name is given. Situations: "
                    "sexual_violence, physical_domestic_violence, acid_attack, child_abuse, "
                    "workplace_harassment, missing_person.")
    sheet.add_argument("--situation", required=True)
    sheet.add_argument("--district", help="a district code (SD-KHS) or name")
    sheet.add_argument("--case", metavar="REF", help="the case reference to print")
    sheet.add_argument("--counsellor", metavar="NAME", help="the counsellor's name to print")
    sheet.add_argument("--client-name", metavar="NAME",
                       help="the client's name; printed only when given")
    sheet.add_argument("--lang", required=True, choices=["ur", "en", "both"])
    sheet.add_argument("--size", default="a4", choices=["a4", "a5"])
    sheet.add_argument("--large-print", action="store_true")
    sheet.add_argument("--urdu-font", default="nastaliq", choices=["nastaliq", "naskh"])
    sheet.add_argument("--services", type=_positive_int, default=6,
                       help="how many nearby services to list (default 6)")
    sheet.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    sheet.set_defaults(func=cmd_sheet)

    report = commands.add_parser(
        "report", help="anonymised statistics for a period, as PDF, XLSX or CSV (with --as)",
        description="Write the anonymised statistics of a period: contacts by channel, "
                    "outcome and district; cases by category (the helpline's own, Child "
                    "Helpline International or the six GBVIMS types) and district; clients "
                    "by sex, age and vulnerability; referrals by service type and outcome; "
                    "legal process outcomes. Only cases whose client agreed to be counted "
                    "in statistics; counts below the threshold are suppressed, and so are "
                    "counts a total would give away (the rule is stated in the file). "
                    "Supervisors; the export is audited. In English.")
    report.add_argument("--period", required=True,
                        help="e.g. 2026-01..2026-06, 2026, 2026-03 or 2026-01-01..2026-03-31")
    report.add_argument("--scheme", required=True, choices=["local", "chi", "gbvims"])
    report.add_argument("--format", choices=["pdf", "xlsx", "csv"],
                        help="default: from the --out file's ending")
    report.add_argument("--out", required=True, type=Path, metavar="FILE")
    report.add_argument("--centre", metavar="CODE",
                        help="one centre (default: the supervisor's, or all)")
    report.add_argument("--district", metavar="CODE", help="one district, e.g. SD-KHS")
    report.add_argument("--threshold", type=_positive_int, default=5,
                        help="suppress counts below this (default 5, at least 3)")
    report.add_argument("--password-stdin", action="store_true")
    report.set_defaults(func=cmd_report)

    retention = commands.add_parser(
        "retention", help="retention periods, legal holds and shredding (supervisors, --as)",
        description="rules: the periods a closed case keeps its personal data. set CATEGORY "
                    "MONTHS (or default MONTHS): set one. due: the closed cases whose period "
                    "has ended. shred REF… --yes: clear their personal data (names, "
                    "numbers, notes …) here and, through sync, on the shared database and "
                    "other desks; the anonymised facts stay; audited; cannot be undone. "
                    "hold REF --reason TEXT / release REF: a legal hold stops shredding. "
                    "compact: rewrite this desk's file so no freed page keeps an old value.")
    retention_commands = retention.add_subparsers(dest="retention_command", metavar="ACTION",
                                                  required=True)
    retention_commands.add_parser("rules", help="the retention periods")
    rule_set = retention_commands.add_parser("set", help="set a category's period")
    rule_set.add_argument("category", help="a category code, or default")
    rule_set.add_argument("months", type=_positive_int)
    rule_remove = retention_commands.add_parser("remove", help="remove a category's period")
    rule_remove.add_argument("category", help="a category code, or default")
    due = retention_commands.add_parser("due", help="cases due for shredding")
    due.add_argument("--json", action="store_true")
    shred = retention_commands.add_parser("shred", help="shred due cases (cannot be undone)")
    shred.add_argument("references", nargs="+", metavar="REF")
    shred.add_argument("--yes", action="store_true", help="confirm")
    hold = retention_commands.add_parser("hold", help="place a legal hold on a case")
    hold.add_argument("reference", metavar="REF")
    hold.add_argument("--reason", required=True)
    release = retention_commands.add_parser("release", help="release a case's legal hold")
    release.add_argument("reference", metavar="REF")
    retention_commands.add_parser("compact", help="rewrite this desk's database file")
    for action in retention_commands.choices.values():
        action.add_argument("--password-stdin", action="store_true")
    retention.set_defaults(func=cmd_retention)

    speak = commands.add_parser(
        "speak", help="read a guidance sheet aloud into a WAV file",
        description="Read the guidance sheet for a situation, or one section of it, in Urdu "
                    "or English with the installed voices (espeak-ng on Linux, SAPI5 on "
                    "Windows) and save it as a WAV file to share.")
    speak.add_argument("--situation", required=True)
    speak.add_argument("--lang", required=True, choices=["ur", "en"])
    speak.add_argument("--section", choices=["title", "intro", "steps", "helplines"],
                       help="read only this part (default: the whole sheet)")
    speak.add_argument("--rate", type=_positive_int, default=None,
                       help="words per minute (default 150 Urdu, 165 English)")
    speak.add_argument("--timeout", type=_positive_int, default=60,
                       help="give up after this many seconds (default 60)")
    speak.add_argument("--out", required=True, type=Path, metavar="FILE.wav")
    speak.set_defaults(func=cmd_speak)
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
