"""The morning worklist: missed calls from Asterisk's logs, merged per number, ordered,
worked with up to three attempts."""

from datetime import datetime, timezone

import pytest

from tests.conftest import DEMO_UNTIL
from workstation.demo.generator import DEMO_PASSWORD, DemoSize, generate_demo
from workstation.errors import ValidationError
from workstation.persistence.database import DESK_DB_NAME, open_desk_database
from workstation.services import callbacks
from workstation.services.accounts import sign_in

# Master.csv as cdr-csv writes it: no header.
MASTER_CSV = """\
"","03000888111","1098","from-pstn","""+'"\\"Caller\\" <03000888111>"'+""","SIP/trunk-01","","Queue","help","2026-11-19 22:10:05","","2026-11-19 22:11:05",60,0,"NO ANSWER","DOCUMENTATION","1763572205.11",""
"","03000888111","1098","from-pstn","","SIP/trunk-02","","Queue","help","2026-11-20 06:40:00","","2026-11-20 06:41:00",60,0,"BUSY","DOCUMENTATION","1763602800.12",""
"","03450888222","1098","from-pstn","","SIP/trunk-03","SIP/201","Dial","SIP/201","2026-11-20 08:00:00","2026-11-20 08:00:05","2026-11-20 08:05:00",300,295,"ANSWERED","DOCUMENTATION","1763607600.13",""
"","","1098","from-pstn","","SIP/trunk-04","","Queue","help","2026-11-20 03:00:00","","2026-11-20 03:00:30",30,0,"NO ANSWER","DOCUMENTATION","1763589600.14",""
"","03210888333","1098","from-pstn","","SIP/trunk-05","","Queue","help","not a date","","",0,0,"FAILED","DOCUMENTATION","1763589600.15",""
"short","row"
"""

WITH_HEADER = """\
calldate,clid,src,dst,dcontext,channel,dstchannel,lastapp,lastdata,duration,billsec,disposition,amaflags,accountcode,uniqueid
2026-11-20 01:15:00,"<+92 333 0888444>",+92 333 0888444,1098,from-pstn,SIP/t-1,,Queue,help,40,0,NO ANSWER,3,,hdr.1
"""

QUEUE_LOG = """\
1763600000|1763600000.20|help|NONE|ENTERQUEUE||03000888111|1
1763600030|1763600000.20|help|NONE|ABANDON|1|1|30
1763600100|1763600100.21|help|NONE|ENTERQUEUE||03120888555|1
1763600160|1763600100.21|help|NONE|EXITWITHTIMEOUT|1|1|60
1763600200|1763600200.22|help|NONE|ENTERQUEUE||03130888666|1
1763600210|1763600200.22|help|SIP/201|CONNECT|10|1763600200.22|2
garbage line
"""


@pytest.fixture
def desk(tmp_path):
    generate_demo(tmp_path / "d", DemoSize(contacts=100, cases=20, services=5, until=DEMO_UNTIL))
    database = open_desk_database(tmp_path / "d")
    me = sign_in(database, "mdg-counsellor1", DEMO_PASSWORD)
    yield tmp_path, database, me
    database.close()


def _write(folder, name, text, encoding="utf-8"):
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def test_master_csv_without_header(desk):
    folder, database, me = desk
    report = callbacks.import_call_log(database, me, _write(folder, "Master.csv", MASTER_CSV))
    assert report.format == "cdr"
    assert (report.missed_found, report.added, report.new_items) == (3, 2, 1)
    assert any("line 5: the call time" in p for p in report.problems)
    assert any("line 6: too few columns" in p for p in report.problems)
    assert any("withheld" in p for p in report.problems)
    assert all("0300" not in p for p in report.problems)  # problems never quote numbers
    item = next(i for i in callbacks.worklist(database, me) if i.number == "+923000888111")
    assert item.missed_count == 2 and item.first_missed_at < item.last_missed_at


def test_importing_twice_changes_nothing(desk):
    folder, database, me = desk
    path = _write(folder, "Master.csv", MASTER_CSV)
    callbacks.import_call_log(database, me, path)
    before = callbacks.worklist(database, me)
    again = callbacks.import_call_log(database, me, path)
    assert again.added == 0 and again.already_imported == 2
    assert callbacks.worklist(database, me) == before


def test_header_csv_and_queue_log_merge_per_number(desk):
    folder, database, me = desk
    callbacks.import_call_log(database, me, _write(folder, "Master.csv", MASTER_CSV))
    header = callbacks.import_call_log(database, me, _write(folder, "cdr.csv", WITH_HEADER))
    assert header.added == 1
    queue = callbacks.import_call_log(database, me, _write(folder, "queue_log", QUEUE_LOG))
    assert queue.format == "queue_log" and queue.added == 2
    assert queue.problems == ["line 7: not a queue_log line."]
    numbers = {i.number: i for i in callbacks.worklist(database, me)}
    assert numbers["+923000888111"].missed_count == 3  # two CDR rows and one ABANDON
    assert numbers["+923330888444"].missed_count == 1
    assert numbers["+923120888555"].missed_count == 1
    assert "+923130888666" not in numbers  # answered from the queue


def test_worklist_is_most_urgent_then_oldest(desk):
    _, database, me = desk
    items = callbacks.worklist(database, me)
    keys = [(callbacks.URGENCY_ORDER[i.urgency], i.first_missed_at) for i in items]
    assert keys == sorted(keys) and len(items) >= 3


def test_three_attempts_or_an_outcome_finish_an_item(desk):
    folder, database, me = desk
    callbacks.import_call_log(database, me, _write(folder, "Master.csv", MASTER_CSV))
    item = next(i for i in callbacks.worklist(database, me) if i.number == "+923000888111")
    assert callbacks.record_attempt(database, me, item.id, "no_answer") is False
    assert callbacks.record_attempt(database, me, item.id, "busy") is False
    still = next(i for i in callbacks.worklist(database, me) if i.id == item.id)
    assert still.attempts == 2 and still.last_outcome == "busy"
    assert callbacks.record_attempt(database, me, item.id, "no_answer") is True
    assert item.id not in {i.id for i in callbacks.worklist(database, me)}
    with pytest.raises(ValidationError, match="already done"):
        callbacks.record_attempt(database, me, item.id, "reached")
    other = callbacks.worklist(database, me)[0]
    with pytest.raises(ValidationError):
        callbacks.record_attempt(database, me, other.id, "gave up")
    assert callbacks.record_attempt(database, me, other.id, "reached") is True


def test_a_latin1_log_and_an_oversized_file(desk, monkeypatch):
    folder, database, me = desk
    path = _write(folder, "cdr.csv", WITH_HEADER.replace("from-pstn", "frôm-pstn"), "latin-1")
    assert callbacks.import_call_log(database, me, path).added == 1
    monkeypatch.setattr(callbacks, "MAX_LOG_BYTES", 10)
    with pytest.raises(ValidationError, match="larger than 50 MB"):
        callbacks.import_call_log(database, me, path)


def test_numbers_are_sealed(desk):
    folder, database, me = desk
    callbacks.import_call_log(database, me, _write(folder, "Master.csv", MASTER_CSV))
    blob = b"".join((folder / "d" / n).read_bytes() for n in (DESK_DB_NAME,
                                                               DESK_DB_NAME + "-wal")
                    if (folder / "d" / n).exists())
    assert b"+923000888111" not in blob and b"03000888111" not in blob


def test_the_command_line_imports_and_lists(desk, secret_service):
    import json
    import subprocess
    import sys

    folder, database, _ = desk
    path = _write(folder, "Master.csv", MASTER_CSV)
    base = [sys.executable, "-m", "workstation", "--data-dir", str(folder / "d"), "--as",
            "mdg-counsellor1", "callbacks"]
    done = subprocess.run(base + ["import", str(path), "--password-stdin"], input="demo\n",
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "3 missed calls, 2 added" in done.stdout and "line 6" in done.stderr
    listed = subprocess.run(base + ["list", "--json", "--password-stdin"], input="demo\n",
                            capture_output=True, text=True)
    assert "+923000888111" in {i["number"] for i in json.loads(listed.stdout)}


def test_urgency_and_assignment_move_an_item_and_only_within_the_centre(desk):
    folder, database, me = desk
    callbacks.import_call_log(database, me, _write(folder, "queue_log", QUEUE_LOG))
    items = callbacks.worklist(database, me)
    last = items[-1]
    callbacks.set_urgency(database, me, last.id, "emergency")
    assert callbacks.worklist(database, me)[0].id == last.id
    with pytest.raises(ValidationError):
        callbacks.set_urgency(database, me, last.id, "whenever")
    callbacks.assign(database, me, last.id, me.actor.user_id)
    mine = next(i for i in callbacks.worklist(database, me) if i.id == last.id)
    assert mine.assigned_to_id == me.actor.user_id and mine.assigned_to
    other = sign_in(database, "khi-counsellor1", DEMO_PASSWORD)   # another centre's staff
    with pytest.raises(ValidationError) as caught:
        callbacks.assign(database, me, last.id, other.actor.user_id)
    assert caught.value.field == "assignee"
    with pytest.raises(ValidationError):
        callbacks.set_urgency(database, other, last.id, "low")


def test_a_missed_call_from_the_hook_is_added_once(desk):
    _, database, me = desk
    at = datetime(2026, 11, 20, 3, 0, tzinfo=timezone.utc)
    first = callbacks.add_hook_event(database, me, "0300-0888999", at, "pbx-77")
    again = callbacks.add_hook_event(database, me, "0300-0888999", at, "pbx-77")
    withheld = callbacks.add_hook_event(database, me, "", at, "pbx-78")
    assert (first.added, again.already_imported, withheld.added) == (1, 1, 0)
    assert withheld.problems
    assert [i.missed_count for i in callbacks.worklist(database, me)
            if i.number == "+923000888999"] == [1]


def test_the_worklist_shows_safety_flags_before_dialling(desk):
    _, database, me = desk
    from sqlalchemy import select, update

    from workstation.persistence.models import Person
    from workstation.services.sealed import open_fields

    with database.uow() as uow:
        row = uow.session.execute(select(Person.id, Person.phone_ct).where(
            Person.centre_id == me.actor.centre_id, Person.phone_ct.is_not(None))
            .limit(1)).one()
        uow.session.execute(update(Person).where(Person.id == row.id).values(
            safety_flags=["not_safe_to_call_back"]))
        uow.commit()
    number = open_fields(me.keys, "persons", row.id, row, ("phone",))[0]["phone"]
    callbacks.add_hook_event(database, me, number, datetime.now(timezone.utc), "pbx-safety")
    item = next(i for i in callbacks.worklist(database, me) if i.number == number)
    assert item.safety_flags == ("not_safe_to_call_back",)
