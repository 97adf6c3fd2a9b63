"""Reading a guidance sheet aloud: the whole sheet or one part, in Urdu or English, with
the voices installed on the desk (espeak-ng on Linux, SAPI5 on Windows).

Speech is made into a WAV file off the GUI thread and then played by QtMultimedia's
`QMediaPlayer` (play, pause, stop; the position as a bar). Speed is the voice's own
rate, not a faster playback: the saved WAV then has the speed the counsellor chose.

The worker is a daemon Python thread, not the database runner (that one is for database
work, and a reading of a whole sheet takes a second or more). It never touches a widget:
it reports to `SpeechRelay`, one QObject that lives on the GUI thread for the whole
process, through a queued signal carrying a job number and a plain result. A panel that
has gone away is simply no longer connected. The core's `save_wav` gives up after a
timeout instead of hanging; a watchdog here gives up a little later in case the engine
never answers at all, so the window is never left waiting. A daemon thread that is
still stuck when the application quits does not stop it from quitting.

What is read comes from the guidance content only — never a case reference or a name —
so the WAV files (kept in a private temporary folder, deleted when the dialog closes)
hold nothing about the client.

Audio on a desk without a sound card: Qt's FFmpeg backend still "plays" (the position
advances, pause and stop work) but nothing is heard. The panel says so when Qt finds no
audio output, and Save as WAV works regardless. (`QSoundEffect` does not work there at
all: it reports an error for lack of a device.) The player's slots are called through
the event loop, never directly: see `ReadAloudPanel._control` for the freeze that avoids.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
from collections.abc import Callable
from itertools import count
from pathlib import Path

from PySide6.QtCore import Q_ARG, QEvent, QMetaObject, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from workstation.documents.guidance_content import guidance_for
from workstation.errors import WorkstationError
from workstation.speech import read_aloud
from workstation.speech.read_aloud import DEFAULT_RATE, NoVoiceError, SpeechResult

from .. import formatting, messages
from ..widgets.form import ERROR_STYLE, FieldMessage

log = logging.getLogger(__name__)

SPEECH_TIMEOUT = 30.0     # seconds: a whole sheet takes 0.3-1.3 s with espeak-ng
WATCHDOG_GRACE = 8.0      # the core's own timeout, then this much more, then give up
SPEEDS = range(50, 151, 10)   # percent of the voice's normal rate

IDLE, PREPARING, PLAYING, PAUSED, SAVING = "idle", "preparing", "playing", "paused", "saving"


class SpeechRelay(QObject):
    """Carries a finished reading from the speech thread to the GUI thread."""

    finished = Signal(int, object)   # job number, a SpeechResult or the exception


_relay: list[SpeechRelay] = []
_jobs = count(1)


def relay() -> SpeechRelay:
    """The one relay, made on the GUI thread at first use and kept for the process."""
    if not _relay:
        _relay.append(SpeechRelay())
    return _relay[0]


def start_reading(text: str, lang: str, path: Path, rate: int, timeout: float) -> int:
    """Make the WAV in a daemon thread; its outcome arrives through `relay().finished`."""
    job = next(_jobs)
    target = relay()

    def work() -> None:
        try:
            voice = read_aloud.voice_for(lang)
            outcome = read_aloud.save_wav(text, lang, path, rate, timeout=timeout,
                                          voice=voice)
        except BaseException as error:  # noqa: BLE001 - every failure goes to the panel
            outcome = error.with_traceback(None)
        target.finished.emit(job, outcome)

    threading.Thread(target=work, name=f"read-aloud-{job}", daemon=True).start()
    return job


def time_text(milliseconds: int) -> str:
    seconds = max(0, milliseconds) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


class ReadAloudPanel(QGroupBox):
    """What to read, in which voice, how fast; play, pause, stop; save as WAV."""

    state_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("read-aloud")
        self.situation = ""
        self.timeout = SPEECH_TIMEOUT
        self.watchdog_grace = WATCHDOG_GRACE
        # Replaced in tests: asks where to save, returns None when cancelled.
        self.ask_wav_path: Callable[[str], Path | None] = self._ask_wav_path
        self.state = IDLE
        self._job: int | None = None
        self._job_kind = ""
        self._resume_at = 0.0
        self._folder: Path | None = None     # made at the first reading, gone at closing
        self._listening = False
        self._made: dict[tuple, Path] = {}
        self._job_key: tuple = ()
        self._saved_path: Path | None = None
        self.player = None
        self.audio = None
        self._no_output = False

        # A strip under the preview, three rows: what and in which voice; speed and the
        # player's keys; where it is, and saving. Messages under the strip.
        self.section = QComboBox(self)
        self.section.setObjectName("section")
        self.voice = QComboBox(self)
        self.voice.setObjectName("voice")
        self.voice.addItem("", "ur")
        self.voice.addItem("", "en")
        self.speed = QSlider(Qt.Orientation.Horizontal, self)
        self.speed.setObjectName("speed")
        self.speed.setRange(SPEEDS.start, SPEEDS.stop - 1)
        self.speed.setSingleStep(SPEEDS.step)
        self.speed.setPageStep(SPEEDS.step * 2)
        self.speed.setTickInterval(SPEEDS.step)
        self.speed.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.speed.setValue(100)
        self.speed.setMinimumWidth(120)
        self.speed_value = QLabel(self)
        self.speed_value.setObjectName("speed-value")
        self.speed_value.setMinimumWidth(40)
        self.captions: dict[str, QLabel] = {}
        for key, field in (("section", self.section), ("voice", self.voice),
                           ("speed", self.speed)):
            caption = QLabel(self)
            caption.setBuddy(field)
            self.captions[key] = caption
        # Beside the voice it concerns: "No Urdu voice is installed on this computer."
        self.voice_message = FieldMessage("voice", self)

        self.play_button = QPushButton(self)
        self.play_button.setObjectName("play")
        self.pause_button = QPushButton(self)
        self.pause_button.setObjectName("pause")
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("stop")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save-wav")
        for button in (self.play_button, self.pause_button, self.stop_button,
                       self.save_button):
            button.setAutoDefault(False)
        self.position = QProgressBar(self)
        self.position.setObjectName("position")
        self.position.setRange(0, 1)
        self.position.setValue(0)
        self.position.setTextVisible(True)
        # A time reads left to right in both languages.
        self.position.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.status = QLabel(self)
        self.status.setObjectName("reading-status")
        self.status.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("reading-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        self.no_sound = QLabel(self)
        self.no_sound.setObjectName("no-sound-output")
        self.no_sound.setWordWrap(True)
        self.no_sound.hide()

        what = QHBoxLayout()
        what.addWidget(self.captions["section"])
        what.addWidget(self.section, 1)
        what.addSpacing(12)
        what.addWidget(self.captions["voice"])
        what.addWidget(self.voice)
        keys = QHBoxLayout()
        keys.addWidget(self.captions["speed"])
        keys.addWidget(self.speed, 1)
        keys.addWidget(self.speed_value)
        keys.addSpacing(12)
        keys.addWidget(self.play_button)
        keys.addWidget(self.pause_button)
        keys.addWidget(self.stop_button)
        where = QHBoxLayout()
        where.addWidget(self.position, 1)
        where.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(what)
        layout.addWidget(self.voice_message)
        layout.addLayout(keys)
        layout.addLayout(where)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addWidget(self.no_sound)

        self.play_button.clicked.connect(self.play)
        self.pause_button.clicked.connect(self.pause)
        self.stop_button.clicked.connect(self.stop)
        self.save_button.clicked.connect(self.save_wav)
        self.section.currentIndexChanged.connect(self._choice_changed)
        self.voice.currentIndexChanged.connect(self._voice_changed)
        self.speed.valueChanged.connect(self._speed_moved)
        self._speed_timer = QTimer(self)
        self._speed_timer.setSingleShot(True)
        self._speed_timer.setInterval(400)
        self._speed_timer.timeout.connect(self._speed_settled)
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._gave_up)
        self._check_output()
        self.retranslate_ui()
        self._set_state(IDLE)

    # ---- what to read ---------------------------------------------------------------
    def set_situation(self, situation: str) -> None:
        if situation == self.situation:
            return
        self.stop()
        self.situation = situation
        self._fill_sections()
        self._set_state(self.state)

    def set_sheet_language(self, lang: str) -> None:
        """The sheet's language chosen in the dialog: read in it (Urdu first for both)."""
        self.voice.setCurrentIndex(self.voice.findData("en" if lang == "en" else "ur"))

    def _fill_sections(self) -> None:
        keep = self.section.currentData()
        self.section.blockSignals(True)
        self.section.clear()
        # Item data: a section of `read_aloud.SECTIONS`, "all", or "step-N".
        for part in ("all", "title", "intro", "steps"):
            self.section.addItem("", part)
        steps = len(guidance_for(self.situation).steps) if self.situation else 0
        for number in range(1, steps + 1):
            self.section.addItem("", f"step-{number}")
        self.section.addItem("", "helplines")
        found = self.section.findData(keep)
        self.section.setCurrentIndex(found if found >= 0 else 0)
        self.section.blockSignals(False)
        self._name_sections()

    def _name_sections(self) -> None:
        names = {"all": self.tr("The whole sheet"), "title": self.tr("The title"),
                 "intro": self.tr("The introduction"), "steps": self.tr("All the steps"),
                 "helplines": self.tr("The helplines")}
        for index in range(self.section.count()):
            part = self.section.itemData(index)
            self.section.setItemText(
                index, self.tr("Step %1").replace("%1", part.removeprefix("step-"))
                if part.startswith("step-") else names[part])

    def reading_text(self) -> str:
        part = self.section.currentData()
        lang = self.voice.currentData()
        if part.startswith("step-"):
            return read_aloud.sheet_text(self.situation, lang,
                                         step=int(part.removeprefix("step-")))
        return read_aloud.sheet_text(self.situation, lang,
                                     section=None if part == "all" else part)

    def rate(self) -> int:
        return round(DEFAULT_RATE[self.voice.currentData()] * self.speed.value() / 100)

    def _key(self) -> tuple:
        return (self.situation, self.voice.currentData(), self.section.currentData(),
                self.rate())

    # ---- the player -----------------------------------------------------------------
    def _ensure_player(self) -> None:
        if self.player is not None:
            return
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.player.durationChanged.connect(self._duration_changed)
        self.player.positionChanged.connect(self._position_changed)
        self.player.mediaStatusChanged.connect(self._media_status)
        self.player.errorOccurred.connect(self._player_error)

    def _control(self, slot: str, *arguments) -> None:
        """Call a slot of the player from the event loop, never directly from Python.

        Qt's FFmpeg backend tears its threads down in stop() and setSource(): a renderer
        thread then destroys objects connected to the QAudioOutput, and PySide asks that
        thread to take the Python lock (an override check in disconnectNotify) while the
        GUI thread, holding the lock inside stop(), waits for the same connection lock.
        The window froze for good, about once in a hundred stops after a pause and a
        seek (seen in gdb, PySide6 6.11.3). Queued, the slot runs from the event loop,
        which does not hold the Python lock, and that wait cannot happen."""
        QMetaObject.invokeMethod(self.player, slot, Qt.ConnectionType.QueuedConnection,
                                 *arguments)

    def _check_output(self) -> None:
        """Say so when there is nothing to hear the reading on (asked again when a
        headset is plugged in or out)."""
        from PySide6.QtMultimedia import QMediaDevices

        if not hasattr(self, "_devices"):
            self._devices = QMediaDevices(self)
            self._devices.audioOutputsChanged.connect(self._check_output)
        self._no_output = not QMediaDevices.audioOutputs()
        self.no_sound.setVisible(self._no_output)

    def play(self) -> None:
        if self.state == PAUSED and self.player is not None:
            self._control("play")
            self._set_state(PLAYING)
            return
        if self.state != IDLE or not self.situation:
            return
        self._clear_problems()
        self._saved_path = None
        made = self._made.get(self._key())
        if made is not None and made.exists():
            self._start_playing(made)
            return
        if self._folder is None or not self._folder.is_dir():
            self._folder = Path(tempfile.mkdtemp(prefix="cw-reading-"))
        path = self._folder / f"reading-{len(self._made) + 1}.wav"
        self._begin(PREPARING, path)

    def pause(self) -> None:
        if self.state == PLAYING and self.player is not None:
            self._control("pause")
            self._set_state(PAUSED)

    def stop(self) -> None:
        """Stop playing, or forget a reading still being made (its result is dropped)."""
        self._resume_at = 0.0
        if self.state in (PREPARING, SAVING):
            self._job = None
            self._watchdog.stop()
        if self.player is not None:
            self._control("stop")
        self._show_position(0, self.position.maximum())
        if self.state != IDLE:
            self._set_state(IDLE)

    def save_wav(self) -> None:
        if self.state in (PREPARING, SAVING) or not self.situation:
            return
        self._clear_problems()
        path = self.ask_wav_path(self._suggested_name())
        if path is None:
            return
        path = Path(path)
        made = self._made.get(self._key())
        if made is not None and made.exists():
            try:
                shutil.copyfile(made, path)
            except OSError as error:
                self._show_problem(self.tr("The file could not be saved there (%1).")
                                   .replace("%1", error.strerror or type(error).__name__))
                return
            self._saved(path)
            return
        self.stop()
        self._begin(SAVING, path)

    def _begin(self, state: str, path: Path) -> None:
        try:
            text = self.reading_text()
        except WorkstationError as error:
            self._show_problem(messages.full_text(error))
            return
        self._saved_path = None
        if not self._listening:
            relay().finished.connect(self._reading_made)
            self._listening = True
        self._job_kind = state
        self._job = start_reading(text, self.voice.currentData(), path, self.rate(),
                                  self.timeout)
        self._job_key = self._key()
        self._watchdog.start(int((self.timeout + self.watchdog_grace) * 1000))
        self._set_state(state)

    def _reading_made(self, job: int, outcome) -> None:
        if job != self._job:
            return   # stopped, replaced or given up meanwhile
        self._job = None
        self._watchdog.stop()
        kind = self._job_kind
        self._set_state(IDLE)
        if not isinstance(outcome, SpeechResult):
            self._failed(outcome)
            return
        if kind == SAVING:
            self._made.setdefault(self._job_key, outcome.path)
            self._saved(outcome.path)
        else:
            self._made[self._job_key] = outcome.path
            self._start_playing(outcome.path)

    def _gave_up(self) -> None:
        if self._job is None:
            return
        log.warning("read-aloud: no answer from the speech engine within %.1f s",
                    self.timeout + self.watchdog_grace)
        self._job = None
        self._set_state(IDLE)
        self._show_problem(self.tr("The speech engine did not answer. Try again, or read a "
                                   "shorter part."))

    def _failed(self, error: BaseException) -> None:
        # The kind of failure only: a message may hold a folder the counsellor chose.
        if isinstance(error, WorkstationError):
            log.warning("read-aloud failed: %s", type(error).__name__)
        else:
            log.error("read-aloud failed unexpectedly (%s)", type(error).__name__)
        text = messages.full_text(error)
        if isinstance(error, NoVoiceError):
            self.voice_message.show_message(text)
            self.voice.setFocus()
        else:
            self._show_problem(text)

    def _start_playing(self, path: Path) -> None:
        self._ensure_player()
        self._control("setSource", Q_ARG(QUrl, QUrl.fromLocalFile(str(path))))
        self._control("play")
        self._set_state(PLAYING)

    def _saved(self, path: Path) -> None:
        self._saved_path = path
        self._show_status()

    # ---- player signals -------------------------------------------------------------
    def _from_player(self) -> bool:
        """True for a signal of the current player (not of one parked to be deleted)."""
        return self.player is not None and self.sender() is self.player

    def _duration_changed(self, duration: int) -> None:
        if not self._from_player():
            return
        self.position.setRange(0, max(1, duration))
        if self._resume_at and duration > 0:
            self._control("setPosition", Q_ARG("qint64", int(duration * self._resume_at)))
            self._resume_at = 0.0
        self._show_position(self.player.position(), duration)

    def _position_changed(self, position: int) -> None:
        if not self._from_player():
            return
        self._show_position(position, self.player.duration())

    def _show_position(self, position: int, duration: int) -> None:
        self.position.setValue(min(position, self.position.maximum()))
        # Isolated left to right: in an Urdu window "0:05 / 1:20" came out "1:20 / 0:05".
        self.position.setFormat(f"\u2066{time_text(position)} / {time_text(duration)}\u2069")

    def _media_status(self, status) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if not self._from_player():
            return
        if status == QMediaPlayer.MediaStatus.EndOfMedia and self.state in (PLAYING, PAUSED):
            self._set_state(IDLE)
            self._show_position(0, self.player.duration())

    def _player_error(self, _error, text: str) -> None:
        if not self._from_player():
            return
        log.warning("read-aloud: the player failed (%s)", text)
        if self.state in (PLAYING, PAUSED):
            self._set_state(IDLE)
        self._show_problem(self.tr("The reading could not be played. Save it as a WAV file "
                                   "and play it with another program."))

    # ---- changes of choice ----------------------------------------------------------
    def _choice_changed(self, *_args) -> None:
        self.stop()
        self._clear_problems()
        self._saved_path = None
        self._show_status()

    def _voice_changed(self, *_args) -> None:
        self.voice_message.show_message(None)
        self._choice_changed()

    def _speed_moved(self, value: int) -> None:
        self.speed_value.setText(self.tr("%1%").replace("%1", str(value)))
        self._speed_timer.start()

    def _speed_settled(self) -> None:
        """A new speed while playing: make the reading again and go on where it was."""
        if self.state not in (PLAYING, PAUSED) or self.player is None:
            return
        duration = self.player.duration()
        fraction = self.player.position() / duration if duration > 0 else 0.0
        self.stop()
        self._resume_at = fraction
        self.play()

    # ---- state ----------------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        self.state = state
        busy = state in (PREPARING, SAVING)
        self.play_button.setEnabled(state in (IDLE, PAUSED) and bool(self.situation))
        self.pause_button.setEnabled(state == PLAYING)
        self.stop_button.setEnabled(state in (PREPARING, PLAYING, PAUSED))
        self.save_button.setEnabled(not busy and bool(self.situation))
        self._show_status()
        self.state_changed.emit(state)

    def _show_status(self) -> None:
        """What the player is doing; when idle, where the last reading was saved."""
        texts = {PREPARING: self.tr("Preparing the reading…"),
                 SAVING: self.tr("Saving the reading…"),
                 PLAYING: self.tr("Playing."), PAUSED: self.tr("Paused.")}
        if self.state != IDLE:
            self.status.setText(texts[self.state])
        elif self._saved_path is not None:
            self.status.setText(formatting.insert(
                self.tr("Saved as %1."), formatting.left_to_right(str(self._saved_path))))
        else:
            self.status.clear()

    def _clear_problems(self) -> None:
        self.voice_message.show_message(None)
        self.problem.hide()
        self.problem.clear()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _suggested_name(self) -> str:
        part = self.section.currentData()
        return f"{self.situation.replace('_', '-')}-{part}-{self.voice.currentData()}.wav"

    def _ask_wav_path(self, suggested: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the reading"), str(Path.home() / suggested),
            self.tr("WAV sound (*.wav)"))
        if not name:
            return None
        return Path(name if name.lower().endswith(".wav") else name + ".wav")

    # ---- closing --------------------------------------------------------------------
    def forget(self) -> None:
        """The dialog is closing: stop, drop any reading on its way, delete the files."""
        self.stop()
        self._job = None
        self._watchdog.stop()
        if self._listening:
            relay().finished.disconnect(self._reading_made)
            self._listening = False
        if self.player is not None:
            # Stopped, emptied and deleted by the event loop, not here (see `_control`);
            # parked on the relay meanwhile, so closing the dialog cannot delete them
            # directly either.
            self._control("stop")
            self._control("setSource", Q_ARG(QUrl, QUrl()))
            for part in (self.player, self.audio):
                part.setParent(relay())
                part.deleteLater()
            self.player = self.audio = None
        self._made.clear()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def hideEvent(self, event) -> None:
        # Quick hide (F12) hides the dialog: the voice must stop being heard too.
        self.pause()
        super().hideEvent(event)

    # ---- language -------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Read aloud"))
        self.captions["section"].setText(self.tr("W&hat to read:"))
        self.captions["voice"].setText(self.tr("Read &in:"))
        self.captions["speed"].setText(self.tr("Sp&eed:"))
        self.voice.setItemText(0, self.tr("Urdu"))
        self.voice.setItemText(1, self.tr("English"))
        self.speed_value.setText(self.tr("%1%").replace("%1", str(self.speed.value())))
        self.play_button.setText(self.tr("Pl&ay"))
        self.pause_button.setText(self.tr("Pa&use"))
        self.stop_button.setText(self.tr("St&op"))
        self.save_button.setText(self.tr("Save as &WAV…"))
        self.no_sound.setText(self.tr("No speakers found: save the reading as WAV to hear "
                                      "it elsewhere."))
        if self.section.count():
            self._name_sections()
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
