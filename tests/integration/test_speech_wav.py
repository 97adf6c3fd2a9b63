"""Read-aloud with the real espeak-ng voices: the WAV is whole, not silent, as long as the
text, made in time; a missing voice and a stuck engine give a clear message."""

import re
import subprocess
import time

import pytest

from workstation import cli
from workstation.speech.read_aloud import (
    NoVoiceError,
    SpeechError,
    SpeechTimeoutError,
    VoiceInfo,
    save_sheet_wav,
    save_wav,
    sheet_text,
    voice_for,
)


def _duration(path) -> float:
    return float(subprocess.run(["soxi", "-D", str(path)], capture_output=True, text=True,
                                check=True).stdout)


def _max_amplitude(path) -> float:
    stat = subprocess.run(["sox", str(path), "-n", "stat"], capture_output=True, text=True,
                          check=True).stderr
    return float(re.search(r"Maximum amplitude:\s+([0-9.]+)", stat).group(1))


@pytest.mark.parametrize("lang", ["ur", "en"])
def test_a_whole_sheet_becomes_a_wav_that_fits_the_text(tmp_path, lang):
    out = tmp_path / f"sheet-{lang}.wav"
    started = time.perf_counter()
    result = save_sheet_wav("sexual_violence", lang, out)
    elapsed = time.perf_counter() - started
    words = len(sheet_text("sexual_violence", lang).split())
    seconds = _duration(out)
    assert abs(seconds - result.seconds) < 0.05
    # espeak at 150-165 words a minute: about 2-3 words a second, with pauses.
    assert 1.2 < words / seconds < 4.0, (words, seconds)
    assert _max_amplitude(out) > 0.2
    assert elapsed < 4.0  # the budget is 2 s; allow a loaded CI machine
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary left


def test_a_section_is_shorter_than_the_sheet(tmp_path):
    whole = save_sheet_wav("acid_attack", "ur", tmp_path / "all.wav").seconds
    title = save_sheet_wav("acid_attack", "ur", tmp_path / "title.wav", section="title").seconds
    assert 0.5 < title < whole / 5


def test_a_slower_rate_gives_a_longer_reading(tmp_path):
    text = sheet_text("missing_person", "en", section="intro")
    fast = save_wav(text, "en", tmp_path / "fast.wav", rate=220).seconds
    slow = save_wav(text, "en", tmp_path / "slow.wav", rate=110).seconds
    assert slow > fast * 1.5


def test_the_urdu_voice_is_espeaks_inc_ur():
    assert voice_for("ur").id == "inc/ur"


def test_no_voice_for_the_language_says_so():
    english_only = [VoiceInfo("gmw/en", "English (Great Britain)", ("en-gb",))]
    with pytest.raises(NoVoiceError, match="No Urdu voice is installed"):
        voice_for("ur", english_only)


def test_a_reading_that_takes_too_long_stops_with_a_message(tmp_path):
    text = sheet_text("sexual_violence", "ur") * 3
    with pytest.raises(SpeechTimeoutError, match="did not finish"):
        save_wav(text, "ur", tmp_path / "late.wav", timeout=0.05)
    assert not (tmp_path / "late.wav").exists()
    # The engine is usable again afterwards.
    assert save_wav("پولیس کو 15 پر کال کریں۔", "ur", tmp_path / "after.wav").seconds > 0.5


def test_nothing_to_read_and_unknown_language_are_errors(tmp_path):
    with pytest.raises(SpeechError, match="nothing to read"):
        save_wav("  ", "en", tmp_path / "x.wav")
    with pytest.raises(SpeechError, match="Unknown language"):
        sheet_text("acid_attack", "fr")


def test_the_command_line_writes_a_wav(tmp_path, capsys):
    out = tmp_path / "speak.wav"
    assert cli.main(["--data-dir", str(tmp_path), "speak", "--situation", "child_abuse",
                     "--lang", "ur", "--out", str(out)]) == 0
    assert _duration(out) > 30
    assert "inc/ur" in capsys.readouterr().out


def test_the_benchmarks_raw_baseline_reads_the_same_sheet_as_long():
    """`sheet_wav` beside its baseline is a fair ratio only if both make the same audio."""
    from workstation.bench.operations import OPERATIONS

    operation = OPERATIONS["sheet_wav"]
    (situation, *_) = operation.prepare(None)
    try:
        operation.app(None)(situation)
        operation.raw(None)(situation)
        app, raw = (_duration(operation._folder / name) for name in ("app.wav", "raw.wav"))
    finally:
        operation.close(None)
    assert app > 30 and app == pytest.approx(raw, rel=0.02)
    assert not operation._folder.exists()
