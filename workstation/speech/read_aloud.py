"""Reading a guidance sheet aloud with pyttsx3 (espeak-ng on Linux, SAPI5 on Windows).

Many clients cannot read: the counsellor plays the sheet over the phone or hands over a
WAV file. The API is plain and blocking so a worker thread (the UI's background runner)
can call it; nothing here touches Qt. The UI plays, pauses and stops the WAV itself.

pyttsx3 2.99's `save_to_file` + `runAndWait()` returns before espeak has finished (the
driver writes the file from its callback when the utterance ends), so `save_wav` waits
until the file is a complete WAV whose size has stopped changing, and gives up after a
timeout instead of hanging.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import threading
import time
import wave
from dataclasses import dataclass
from pathlib import Path

from ..documents.guidance_content import Guidance, guidance_for
from ..errors import WorkstationError

# Voice ids or language tags to try, in order, per language.
VOICE_PREFERENCES = {
    "ur": ("inc/ur", "ur"),
    "en": ("gmw/en", "en-gb", "en", "gmw/en-US", "en-us"),
}
DEFAULT_RATE = {"ur": 150, "en": 165}   # words per minute: slower than espeak's 175
SECTIONS = ("title", "intro", "steps", "helplines")

_engine_lock = threading.Lock()   # one pyttsx3 engine per process, used by one at a time


class SpeechError(WorkstationError):
    """Speech could not be produced."""

    exit_code = 6


class NoVoiceError(SpeechError):
    """No installed voice speaks the language."""


class SpeechTimeoutError(SpeechError):
    """The speech engine did not finish in time."""


@dataclass(frozen=True)
class VoiceInfo:
    id: str
    name: str
    languages: tuple[str, ...]


def sheet_text(guidance: Guidance | str, lang: str, section: str | None = None,
               step: int | None = None) -> str:
    """What is read: the whole sheet, one section, or one step (numbered from 1)."""
    if lang not in VOICE_PREFERENCES:
        raise SpeechError(f"Unknown language '{lang}'.", hint="Use ur or en.")
    if isinstance(guidance, str):
        guidance = guidance_for(guidance)
    if section is not None and section not in SECTIONS:
        raise SpeechError(f"Unknown section '{section}'.", hint=f"Use {', '.join(SECTIONS)}.")
    word_step = "مرحلہ" if lang == "ur" else "Step"
    stop = "۔" if lang == "ur" else "."
    parts: list[str] = []
    if step is not None:
        if not 1 <= step <= len(guidance.steps):
            raise SpeechError(f"There is no step {step}; this sheet has "
                              f"{len(guidance.steps)}.")
        return f"{word_step} {step}{stop} {guidance.steps[step - 1].text[lang]}"
    if section in (None, "title"):
        parts.append(guidance.title[lang] + stop)
    if section in (None, "intro") and guidance.intro.get(lang):
        parts.append(guidance.intro[lang])
    if section in (None, "steps"):
        parts += [f"{word_step} {n}{stop} {s.text[lang]}"
                  for n, s in enumerate(guidance.steps, start=1)]
    if section in (None, "helplines") and guidance.helplines:
        heading = "ہیلپ لائنیں" if lang == "ur" else "Helplines"
        parts.append(heading + stop)
        # Digits one by one, so "1098" is heard as a number to dial, not "one thousand…".
        parts += [f"{' '.join(h.number)}: {h.text[lang]}{stop}" for h in guidance.helplines]
    return "\n".join(parts)


def _engine():
    try:
        import pyttsx3
    except ImportError:
        raise SpeechError("The speech package pyttsx3 is not installed.",
                          hint="Install the app's dependencies again.") from None
    try:
        return pyttsx3.init()
    except Exception as exc:  # noqa: BLE001 - the driver's own errors: no espeak, no SAPI5
        raise SpeechError(f"No speech engine could be started ({type(exc).__name__}).",
                          hint="On Linux install espeak-ng (apt-get install espeak-ng).") \
            from None


def list_voices() -> list[VoiceInfo]:
    with _engine_lock:
        engine = _engine()
        voices = engine.getProperty("voices") or []
    found = []
    for voice in voices:
        languages = tuple(
            (lang.decode(errors="ignore") if isinstance(lang, bytes) else str(lang)).lstrip(
                "\x05") for lang in (getattr(voice, "languages", None) or ()))
        found.append(VoiceInfo(str(voice.id), str(voice.name or voice.id), languages))
    return found


def voice_for(lang: str, voices: list[VoiceInfo] | None = None) -> VoiceInfo:
    """The installed voice for ur or en, or NoVoiceError saying what to install."""
    if lang not in VOICE_PREFERENCES:
        raise SpeechError(f"Unknown language '{lang}'.", hint="Use ur or en.")
    voices = list_voices() if voices is None else voices
    for wanted in VOICE_PREFERENCES[lang]:
        for voice in voices:
            if voice.id == wanted or wanted in voice.languages:
                return voice
    for voice in voices:  # SAPI5 names: "Microsoft Zira", languages as LCIDs
        if lang == "en" and "english" in voice.name.lower():
            return voice
        if lang == "ur" and "urdu" in voice.name.lower():
            return voice
    name = {"ur": "Urdu", "en": "English"}[lang]
    raise NoVoiceError(f"No {name} voice is installed on this computer.",
                       hint=("On Linux install espeak-ng; on Windows add the language's "
                             "speech pack in Settings › Time & language › Speech."))


def _complete_wav(path: Path) -> float | None:
    """The WAV's duration when the file is whole (header sizes match the file), else None."""
    try:
        size = path.stat().st_size
        if size < 44:
            return None
        with wave.open(str(path), "rb") as wav:
            frames, rate = wav.getnframes(), wav.getframerate()
            expected = frames * wav.getsampwidth() * wav.getnchannels()
        return frames / rate if size >= 44 + expected and rate else None
    except (OSError, EOFError, wave.Error):
        return None


@dataclass(frozen=True)
class SpeechResult:
    path: Path
    seconds: float          # duration of the audio
    elapsed: float          # time taken to make it
    voice: str


def save_wav(text: str, lang: str, path: Path | str, rate: int | None = None, *,
             timeout: float = 60.0, voice: VoiceInfo | None = None) -> SpeechResult:
    """Speak `text` into a WAV at `path` and return only once the file is complete.

    Written to a temporary file beside `path` and renamed, so a reader never sees half a
    file; raises SpeechTimeoutError (after stopping the engine) instead of hanging."""
    if not text.strip():
        raise SpeechError("There is nothing to read.")
    path = Path(path)
    if not path.parent.is_dir():
        raise SpeechError(f"The folder {path.parent} does not exist.")
    voice = voice or voice_for(lang)
    started = time.perf_counter()
    handle, temp_name = tempfile.mkstemp(prefix=".speech-", suffix=".wav", dir=path.parent)
    os.close(handle)
    temp = Path(temp_name)
    temp.unlink()   # the driver creates it; its absence means "not written yet"
    acquired = _engine_lock.acquire(timeout=timeout)
    if not acquired:
        raise SpeechTimeoutError("The speech engine is busy with another reading.",
                                 hint="Try again when it has finished.")
    errors: list[BaseException] = []
    try:
        engine = _engine()
        words_per_minute = int(rate or DEFAULT_RATE[lang])
        engine.setProperty("voice", voice.id)
        engine.setProperty("rate", words_per_minute)
        # pyttsx3 2.99 queues property changes and its espeak driver starts synthesis
        # before running them, so the first reading would use the previous voice and
        # rate: set them on the driver at once as well.
        driver = getattr(getattr(engine, "proxy", None), "_driver", None)
        if driver is not None and type(driver).__module__.endswith(".espeak"):
            driver.setProperty("voice", voice.id)
            driver.setProperty("rate", words_per_minute)
        # The espeak driver prints "Audio saved to …" from its callback thread.
        with contextlib.redirect_stdout(io.StringIO()):
            def run():
                try:
                    engine.save_to_file(text, str(temp))
                    engine.runAndWait()
                except BaseException as exc:  # noqa: BLE001 - re-raised as SpeechError below
                    errors.append(exc)
            worker = threading.Thread(target=run, name="speech", daemon=True)
            worker.start()
            deadline = started + timeout
            seconds, last_size, stable_since = None, -1, None
            while time.perf_counter() < deadline:
                if errors:
                    break
                duration = _complete_wav(temp)
                size = temp.stat().st_size if temp.exists() else -1
                if duration is not None and size == last_size:
                    if stable_since and time.perf_counter() - stable_since >= 0.05:
                        seconds = duration
                        break
                    stable_since = stable_since or time.perf_counter()
                else:
                    stable_since = None
                last_size = size
                time.sleep(0.01)
            worker.join(max(0.0, min(2.0, deadline - time.perf_counter())))
        if errors:
            raise SpeechError(f"The speech engine failed ({type(errors[0]).__name__}).")
        if seconds is None:
            with contextlib.suppress(Exception):
                engine.stop()
            # Let the engine's loop wind down before the next reading may start.
            worker.join(5.0)
            raise SpeechTimeoutError(f"Speech did not finish within {timeout:.0f} s.",
                                     hint="Read a shorter section, or try again.")
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
        _engine_lock.release()
    return SpeechResult(path, seconds, time.perf_counter() - started, voice.id)


def save_sheet_wav(situation: str, lang: str, path: Path | str, *, section: str | None = None,
                   rate: int | None = None, timeout: float = 60.0) -> SpeechResult:
    return save_wav(sheet_text(situation, lang, section), lang, path, rate, timeout=timeout)
