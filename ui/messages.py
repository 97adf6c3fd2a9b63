"""The core's messages for the person at the desk, in the UI language.

The core writes its messages in English (they also serve the command line and the log).
The ones a counsellor meets while starting, signing in, unlocking, changing a password
or managing accounts are recognised here by their English text and given in the UI
language; any other message is shown as the core wrote it, rather than hidden.
tests/ui/test_messages.py raises the core's real errors and checks each is recognised,
so a reworded core message is noticed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from workstation.errors import WorkstationError

from . import formatting, labels

CONTEXT = "CoreMessages"

# Messages and hints without values: the English text is the key and the source text.
EXACT = frozenset({
    QT_TRANSLATE_NOOP("CoreMessages", "The user name or password is not correct."),
    QT_TRANSLATE_NOOP("CoreMessages", "This account has been disabled."),
    QT_TRANSLATE_NOOP("CoreMessages", "A user name has 3 to 64 characters: small letters, "
                                      "digits, dots, dashes or underscores."),
    QT_TRANSLATE_NOOP("CoreMessages", "This password is too easy to guess."),
    QT_TRANSLATE_NOOP("CoreMessages", "The new password must differ from the old one."),
    QT_TRANSLATE_NOOP("CoreMessages", "The current password is not correct."),
    QT_TRANSLATE_NOOP("CoreMessages", "Counsellors and lawyers belong to a centre."),
    QT_TRANSLATE_NOOP("CoreMessages", "You cannot disable your own account."),
    QT_TRANSLATE_NOOP("CoreMessages", "The workstation is locked. Sign in again to continue."),
    QT_TRANSLATE_NOOP("CoreMessages", "This account has not been given the organisation's "
                                      "keys."),
    QT_TRANSLATE_NOOP("CoreMessages", "This database already has its organisation keys and "
                                      "first administrator."),
    QT_TRANSLATE_NOOP("CoreMessages", "The system keyring is locked."),
    QT_TRANSLATE_NOOP("CoreMessages", "This desk database belongs to another computer or user "
                                      "account: its desk secret is not in this account's "
                                      "keyring."),
    # booking appointments and walk-ins
    QT_TRANSLATE_NOOP("CoreMessages", "An appointment cannot be booked in the past."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no case with this reference."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no such case."),
    QT_TRANSLATE_NOOP("CoreMessages", "This case is not open to you."),
    QT_TRANSLATE_NOOP("CoreMessages", "This phone number is not recognised."),
    QT_TRANSLATE_NOOP("CoreMessages", "Type the name of the person expected, or a case "
                                      "reference."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose an active counsellor or lawyer of your centre."),
    QT_TRANSLATE_NOOP("CoreMessages", "A session lasts 10 minutes to 4 hours."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no such appointment at your centre."),
    QT_TRANSLATE_NOOP("CoreMessages", "Only a booked virtual session or someone who has "
                                      "arrived can be started."),
    QT_TRANSLATE_NOOP("CoreMessages", "Only staff of a centre book appointments."),
    # guidance sheets and reading them aloud
    QT_TRANSLATE_NOOP("CoreMessages", "A word of the client's name is too long for a line of "
                                      "the sheet."),
    QT_TRANSLATE_NOOP("CoreMessages", "No Urdu voice is installed on this computer."),
    QT_TRANSLATE_NOOP("CoreMessages", "No English voice is installed on this computer."),
    QT_TRANSLATE_NOOP("CoreMessages", "The speech engine is busy with another reading."),
    QT_TRANSLATE_NOOP("CoreMessages", "The speech package pyttsx3 is not installed."),
    # referrals and the directory
    QT_TRANSLATE_NOOP("CoreMessages", "Choose a date within the coming year."),
    QT_TRANSLATE_NOOP("CoreMessages", "The client has not agreed to share this with this "
                                      "organisation."),
    QT_TRANSLATE_NOOP("CoreMessages", "Record the client's consent, or ask a supervisor to "
                                      "refer with a written reason."),
    QT_TRANSLATE_NOOP("CoreMessages", "Only a supervisor may refer without consent."),
    QT_TRANSLATE_NOOP("CoreMessages", "Only a supervisor may print a confidential address."),
    QT_TRANSLATE_NOOP("CoreMessages", "This service is not active."),
    QT_TRANSLATE_NOOP("CoreMessages", "This cannot be empty."),
    QT_TRANSLATE_NOOP("CoreMessages", "A phone number needs digits."),
    QT_TRANSLATE_NOOP("CoreMessages", "This address is confidential: only a supervisor may "
                                      "change it."),
    # the case form
    QT_TRANSLATE_NOOP("CoreMessages", "A CNIC has 13 digits."),
    QT_TRANSLATE_NOOP("CoreMessages", "A date of birth cannot be in the future."),
    QT_TRANSLATE_NOOP("CoreMessages", "An incident cannot be dated in the future."),
    QT_TRANSLATE_NOOP("CoreMessages", "The incident cannot be dated after it was reported "
                                      "(when the case was opened)."),
    QT_TRANSLATE_NOOP("CoreMessages", "This date is too far back."),
    QT_TRANSLATE_NOOP("CoreMessages", "This date is too far ahead."),
    QT_TRANSLATE_NOOP("CoreMessages", "Say why the case is opened again."),
    QT_TRANSLATE_NOOP("CoreMessages", "This field is required."),
    QT_TRANSLATE_NOOP("CoreMessages", "This person is not on this case."),
    QT_TRANSLATE_NOOP("CoreMessages", "This person already has this role on the case."),
    QT_TRANSLATE_NOOP("CoreMessages", "This category does not exist."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose the centre this case belongs to."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose one of the listed values."),
    QT_TRANSLATE_NOOP("CoreMessages", "Part of this case could not be read, so it cannot be "
                                      "saved without erasing that part."),
    QT_TRANSLATE_NOOP("CoreMessages", "Only the assigned counsellor or lawyer, or a "
                                      "supervisor, may change whether a case is restricted."),
    QT_TRANSLATE_NOOP("CoreMessages", "Only a supervisor or the people assigned may change "
                                      "who works on a case."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose an active counsellor or supervisor of the "
                                      "case's centre."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose an active lawyer of the case's centre."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose an active colleague of the case's centre."),
    QT_TRANSLATE_NOOP("CoreMessages", "This contact is not of the case's centre."),
    QT_TRANSLATE_NOOP("CoreMessages", "This contact is not of your centre."),
    QT_TRANSLATE_NOOP("CoreMessages", "This contact is being handled by someone else."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose a date from today up to two years ahead."),
    QT_TRANSLATE_NOOP("CoreMessages", "A hearing to schedule cannot be in the past."),
    QT_TRANSLATE_NOOP("CoreMessages", "Remind 0 to 30 days before."),
    QT_TRANSLATE_NOOP("CoreMessages", "An FIR or an examination cannot be in the future."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no such step on this case."),
    QT_TRANSLATE_NOOP("CoreMessages", "This follow-up is already done."),
    QT_TRANSLATE_NOOP("CoreMessages", "The note being edited is not on this case."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose two different records."),
    QT_TRANSLATE_NOOP("CoreMessages", "One of these records was already merged."),
    QT_TRANSLATE_NOOP("CoreMessages", "One of these people is on a case not open to you."),
    QT_TRANSLATE_NOOP("CoreMessages", "The form is too large to be kept as a draft."),
    QT_TRANSLATE_NOOP("CoreMessages", "This draft belongs to someone else."),
    # reports and data retention
    QT_TRANSLATE_NOOP("CoreMessages", "The period ends before it begins."),
    QT_TRANSLATE_NOOP("CoreMessages", "Give the first month, then the last."),
    QT_TRANSLATE_NOOP("CoreMessages", "Make one report for each year."),
    QT_TRANSLATE_NOOP("CoreMessages", "The period begins before 2000."),
    QT_TRANSLATE_NOOP("CoreMessages", "You may report on your own centre only."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose the local, CHI or GBVIMS categories."),
    QT_TRANSLATE_NOOP("CoreMessages", "The suppression threshold is a number from 3 to 100."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose another period, or record the clients' consent "
                                      "on their cases."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose another period."),
    QT_TRANSLATE_NOOP("CoreMessages", "A retention period is at least one month after a case "
                                      "is closed; open cases are never shredded."),
    QT_TRANSLATE_NOOP("CoreMessages", "A retention period is at most 1200 months."),
    QT_TRANSLATE_NOOP("CoreMessages", "Set the period on the category that replaced it, on its "
                                      "group or as the default; its cases follow those."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no retention period for this."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose the cases to shred."),
    QT_TRANSLATE_NOOP("CoreMessages", "Nothing was shredded. List the due cases again."),
    QT_TRANSLATE_NOOP("CoreMessages", "This case's personal data has already been shredded; "
                                      "there is nothing left to hold."),
    QT_TRANSLATE_NOOP("CoreMessages", "This case is not under a legal hold."),
    QT_TRANSLATE_NOOP("CoreMessages", "This field is required."),
    # hints
    QT_TRANSLATE_NOOP("CoreMessages", "Ask a supervisor if you need to work on it."),
    QT_TRANSLATE_NOOP("CoreMessages", "Type it as 0300-1234567 or +92 300 1234567."),
    QT_TRANSLATE_NOOP("CoreMessages", "Ask your supervisor or administrator."),
    QT_TRANSLATE_NOOP("CoreMessages", "An administrator must grant it access again."),
    QT_TRANSLATE_NOOP("CoreMessages", "Sign in instead."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unlock it (sign in to your desktop) and try again."),
    QT_TRANSLATE_NOOP("CoreMessages", "Use the database from its own computer, or ask the "
                                      "administrator to set this computer up as a new desk."),
    QT_TRANSLATE_NOOP("CoreMessages", "Windows Credential Manager is needed: sign in to "
                                      "Windows with your own account (not a guest session) "
                                      "and start the app again."),
    QT_TRANSLATE_NOOP("CoreMessages", "The macOS Keychain is needed: sign in to your macOS "
                                      "account and try again."),
    QT_TRANSLATE_NOOP("CoreMessages", "A Secret Service keyring is needed: sign in to a "
                                      "desktop session with GNOME Keyring or KWallet (on "
                                      "Debian/Ubuntu: sudo apt-get install gnome-keyring, then "
                                      "sign out and in again). Do not install keyrings.alt: it "
                                      "keeps secrets in a file."),
    QT_TRANSLATE_NOOP("CoreMessages", "Ask a supervisor if you need to work on it."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose one from the list."),
    QT_TRANSLATE_NOOP("CoreMessages", "Check the reference, or leave it empty for a walk-in "
                                      "without a case."),
    QT_TRANSLATE_NOOP("CoreMessages", "Shorten it."),
    QT_TRANSLATE_NOOP("CoreMessages", "Add a space or shorten it."),
    QT_TRANSLATE_NOOP("CoreMessages", "On Linux install espeak-ng; on Windows add the "
                                      "language's speech pack in Settings › Time & language › "
                                      "Speech."),
    QT_TRANSLATE_NOOP("CoreMessages", "Read a shorter section, or try again."),
    QT_TRANSLATE_NOOP("CoreMessages", "Try again when it has finished."),
    QT_TRANSLATE_NOOP("CoreMessages", "On Linux install espeak-ng (apt-get install espeak-ng)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Install the app's dependencies again."),
    QT_TRANSLATE_NOOP("CoreMessages", "Reinstall the app, or copy the file back into "
                                      "resources/fonts."),
    QT_TRANSLATE_NOOP("CoreMessages", "Reinstall the app."),
    QT_TRANSLATE_NOOP("CoreMessages", "Type it as 12345-1234567-1 or as 13 digits."),
    QT_TRANSLATE_NOOP("CoreMessages", "Sign in again to pick up the newest keys; if it stays "
                                      "unreadable, tell an administrator."),
    QT_TRANSLATE_NOOP("CoreMessages", "Shorten the longest text."),
})


class CoreMessages(QObject):
    """Messages with values in them. `self.tr` calls in one class: pyside6-lupdate takes
    plurals only from literal `self.tr(…, n)` calls, with this class's name as context."""

    def __init__(self) -> None:
        super().__init__()
        # (the core's English text as a pattern, its text in the UI language)
        self.patterns: list[tuple[re.Pattern, Callable[[re.Match], str]]] = [
            (re.compile(r"Too many failed sign-ins\. Try again in (\d+) seconds\."),
             lambda m: self.delay(int(m.group(1)))),
            (re.compile(r"A password needs at least (\d+) characters\."),
             lambda m: self.tr("A password needs at least %1 characters.")
             .replace("%1", m.group(1))),
            (re.compile(r"The user name (\S+) is already taken\."),
             lambda m: self.tr("The user name %1 is already taken.").replace("%1", m.group(1))),
            (re.compile(r"There is no centre (\S+)\."),
             lambda m: self.tr("There is no centre %1.").replace("%1", m.group(1))),
            (re.compile(r"There is no user (\S+)\."),
             lambda m: self.tr("There is no user %1.").replace("%1", m.group(1))),
            (re.compile(r"Your role \((\w+)\) may not .+\."),
             lambda m: self.tr("Your role (%1) does not allow this.")
             .replace("%1", labels.label(labels.roles, m.group(1)))),
            (re.compile(r"No secure system keyring is available \(found: (.*)\)\."),
             lambda m: self.tr("No secure system keyring is available (found: %1).")
             .replace("%1", m.group(1))),
            # The counsellor's name may be in Urdu or Latin letters: kept whole.
            (re.compile(r"(.+) is already booked from (\d\d:\d\d) to (\d\d:\d\d)\."),
             lambda m: formatting.insert(self.tr("%1 is already booked from %2 to %3."),
                                         *m.groups())),
            # guidance sheets and reading them aloud
            (re.compile(r"There is no district called (.+)\."),
             lambda m: formatting.insert(self.tr("There is no district called %1."),
                                         m.group(1))),
            # the case form: the codes the core lists mean nothing at the desk
            (re.compile(r"Choose one of: .+\."),
             lambda m: QCoreApplication.translate(CONTEXT, "Choose one of the listed values.")),
            (re.compile(r"Choose from: .+\."),
             lambda m: QCoreApplication.translate(CONTEXT, "Choose one of the listed values.")),
            (re.compile(r"Unknown marker: .+\."),
             lambda m: QCoreApplication.translate(CONTEXT, "Choose one of the listed values.")),
            (re.compile(r"(\S+) is not a district in the list\."),
             lambda m: formatting.insert(self.tr("%1 is not a district in the list."),
                                         m.group(1))),
            (re.compile(r"A case cannot go from (\w+) to (\w+)\."),
             lambda m: self.tr("A case cannot go from “%1” to “%2”.")
             .replace("%1", labels.label(labels.case_statuses, m.group(1)))
             .replace("%2", labels.label(labels.case_statuses, m.group(2)))),
            (re.compile(r"There is no case (\S+)\."),
             lambda m: formatting.insert(self.tr("There is no case %1."), m.group(1))),
            (re.compile(r"The client's name is too long to print \((\d+) characters; "
                        r"at most (\d+)\)\."),
             lambda m: self.tr("The client's name is too long to print (%1 characters; at "
                               "most %2).").replace("%1", m.group(1))
             .replace("%2", m.group(2))),
            (re.compile(r"This field takes at most ([\d,]+) characters \(([\d,]+) were "
                        r"given\)\."),
             lambda m: self.tr("This field takes at most %1 characters (%2 were given).")
             .replace("%1", m.group(1)).replace("%2", m.group(2))),
            (re.compile(r"Speech did not finish within (\d+) s\."),
             lambda m: self.tr("The reading was not ready within %1 seconds.")
             .replace("%1", m.group(1))),
            (re.compile(r"The speech engine failed \((\w+)\)\."),
             lambda m: self.tr("The speech engine failed (%1).").replace("%1", m.group(1))),
            (re.compile(r"No speech engine could be started \((\w+)\)\."),
             lambda m: self.tr("No speech engine could be started (%1).")
             .replace("%1", m.group(1))),
            (re.compile(r"The font (\S+) is missing from (.+)\."),
             lambda m: formatting.insert(self.tr("The font file %1 is missing from %2."),
                                         m.group(1), m.group(2))),
            # reports and data retention
            (re.compile(r"A report covers at most (\d+) years; this period covers (\d+) "
                        r"months\."),
             lambda m: self.tr("A report covers at most %1 years; this period covers %2 "
                               "months.").replace("%1", m.group(1)).replace("%2", m.group(2))),
            (re.compile(r"(\S+) is not a date\."),
             lambda m: formatting.insert(self.tr("%1 is not a date."), m.group(1))),
            (re.compile(r"No case opened in (\S+)(?: at (\S+))? has the client's consent to "
                        r"be counted in statistics, and no contact was recorded then\."),
             lambda m: formatting.insert(self.tr(
                 "No case opened in %1 has the client's consent to be counted in statistics, "
                 "and no contact was recorded then."), m.group(1))),
            (re.compile(r"Nothing was recorded in (\S+?)(?: at (\S+))?\."),
             lambda m: formatting.insert(self.tr("Nothing was recorded in %1."), m.group(1))),
            (re.compile(r"There is no district (\S+)\."),
             lambda m: formatting.insert(self.tr("There is no district %1."), m.group(1))),
            (re.compile(r"There is no category (\S+)\."),
             lambda m: formatting.insert(self.tr("There is no category %1."), m.group(1))),
            (re.compile(r"The category (\S+) is no longer in use\."),
             lambda m: formatting.insert(self.tr("The category %1 is no longer in use."),
                                         m.group(1))),
            (re.compile(r"(\S+) is not closed; open cases are never shredded\."),
             lambda m: formatting.insert(self.tr(
                 "%1 is not closed; open cases are never shredded."), m.group(1))),
            (re.compile(r"(\S+) has already been shredded\."),
             lambda m: formatting.insert(self.tr("%1 has already been shredded."), m.group(1))),
            (re.compile(r"(\S+) is not due: its retention period has not ended, or no "
                        r"retention period applies to it\."),
             lambda m: formatting.insert(self.tr(
                 "%1 is not due: its retention period has not ended, or no retention period "
                 "applies to it."), m.group(1))),
            (re.compile(r"(\S+) is under a legal hold\."),
             lambda m: formatting.insert(self.tr("%1 is under a legal hold."), m.group(1))),
            (re.compile(r"The folder (.+) does not exist\."),
             lambda m: formatting.insert(self.tr("The folder %1 does not exist."),
                                         m.group(1))),
            (re.compile(r"Cannot write in (.+) \((.*)\)\."),
             lambda m: formatting.insert(self.tr("Nothing can be written in %1 (%2)."),
                                         m.group(1), m.group(2))),
            (re.compile(r"Cannot write (.+) \((.*)\)\."),
             lambda m: formatting.insert(self.tr("%1 cannot be written (%2)."), m.group(1),
                                         m.group(2))),
            (re.compile(r"The font (\S+) cannot be read \((.*)\)\."),
             lambda m: formatting.insert(self.tr("The font file %1 cannot be read."),
                                         m.group(1))),
        ]

    def delay(self, seconds: int) -> str:
        return self.tr("Too many failed sign-ins. Try again in %n second(s).", "", seconds)

    def unexpected(self) -> str:
        return self.tr("An unexpected error occurred; the details are in the log file.")


_instance: list[CoreMessages] = []


def _texts() -> CoreMessages:
    if not _instance:
        _instance.append(CoreMessages())
    return _instance[0]


def translate(text: str | None) -> str | None:
    """A message or hint of the core in the UI language; unknown ones as they are."""
    if not text:
        return text
    if text in EXACT:
        return QCoreApplication.translate(CONTEXT, text)
    for pattern, translated in _texts().patterns:
        match = pattern.fullmatch(text)
        if match:
            return translated(match)
    return text


def is_known(text: str) -> bool:
    return text in EXACT or any(p.fullmatch(text) for p, _ in _texts().patterns)


def message(error: WorkstationError) -> str:
    return translate(error.message)


def hint(error: WorkstationError) -> str | None:
    return translate(error.hint)


def full_text(error: BaseException) -> str:
    """Message and hint in one line, or a general sentence for an unexpected error."""
    if isinstance(error, WorkstationError):
        shown_hint = hint(error)
        return f"{message(error)} {shown_hint}" if shown_hint else message(error)
    return _texts().unexpected()


# The core's text for a wrong user name or password, which the sign-in form shows under
# the password field (the core has no separate error class for it).
WRONG_PASSWORD = "The user name or password is not correct."


def is_wrong_password(error: BaseException) -> bool:
    return isinstance(error, WorkstationError) and error.message == WRONG_PASSWORD


def delay_text(seconds: int) -> str:
    """The wait after too many failed sign-ins, counted down on screen."""
    return _texts().delay(seconds)
