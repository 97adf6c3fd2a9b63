"""Keyboard navigation and the live English/Urdu switch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

from ui import settings
from workstation.services import browse

from .conftest import wait_idle
from .view_text import column_texts, header_texts, plain

SCREEN_IDS = ["calls", "worklist", "cases", "referrals", "appointments", "reports", "admin"]
URDU_NAV = ["کالز", "ورک لسٹ", "کیسز", "ریفرلز", "ملاقاتیں", "رپورٹس", "انتظامیہ"]


def nav_texts(window) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def test_navigation_lists_the_screens(window):
    assert nav_texts(window) == ["Calls", "Worklist", "Cases", "Referrals", "Appointments",
                                 "Reports", "Admin"]
    assert [s.screen_id for s in window.screens] == SCREEN_IDS


def test_ctrl_1_to_7_switch_screens(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for position in [3, 1, 5, 0, 6, 4, 2]:   # not in order: each key must pick its screen
        focus = QApplication.focusWidget() or window
        qtbot.keyClick(focus, Qt.Key(Qt.Key.Key_1 + position),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is window.screens[position]
        assert window.navigation.currentRow() == position
    wait_idle(qtbot, window.runner)


def test_the_navigation_is_reachable_with_tab_and_arrows_switch_screens(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_screen_id("cases")
    wait_idle(qtbot, window.runner)
    window.screen("cases").status_combo.setFocus()
    qtbot.waitUntil(lambda: window.screen("cases").status_combo.hasFocus())
    for _ in range(10):
        if window.navigation.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert window.navigation.hasFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.stack.currentWidget() is window.screen("referrals")
    wait_idle(qtbot, window.runner)


def test_menus_have_mnemonics_and_shortcuts(window):
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Go"]
    assert [a.shortcut().toString() for a in window.go_actions] == [
        f"Ctrl+{n}" for n in range(1, 8)]
    assert window.go_actions[2].text() == "&3  Cases"


def test_switching_to_urdu_translates_mirrors_and_is_remembered(qtbot, window, demo_db):
    window.show_screen_id("cases")
    wait_idle(qtbot, window.runner)
    window.language_actions["ur"].trigger()
    # Qt posts LanguageChange to the widgets: the texts change at the next event loop turn.
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == URDU_NAV[0])
    wait_idle(qtbot, window.runner)

    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert nav_texts(window) == URDU_NAV
    assert window.navigation.item(2).text() == "کیسز"
    assert window.windowTitle() == "کونسلر ورک اسٹیشن"
    assert settings.LANGUAGE.get() == "ur"
    # Mirrored: the navigation now sits to the right of the screens.
    assert window.navigation.geometry().left() > window.stack.geometry().left()

    cases = window.screen("cases")
    assert cases.heading.text() == "کیسز"
    assert header_texts(cases.model)[0] == "حوالہ نمبر"
    assert set(column_texts(cases.model, "status")) <= {"نیا", "کھلا", "ریفر کیا گیا",
                                                         "عدالت میں", "بند"}
    assert cases.status_combo.itemText(0) == "تمام کیفیات"
    khi_cases = browse.case_page(demo_db, centre_code="KHI").total
    assert cases.count_label.text() == f"{khi_cases} کیس"
    # Category and district names come from the data's Urdu columns.
    assert all(not text.isascii() for text in column_texts(cases.model, "district"))
    assert window.desk_status.sync_label.text() == "سنک: سیٹ اپ نہیں ہوا"
    assert plain(window.desk_status.user_label.text()) == (
        f"سائن اِن: {window.session.display_name} (کونسلر، KHI)")

    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.navigation.item(2).text() == "Cases")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert column_texts(cases.model, "status")[0] in {"New", "Open", "Referred", "In court",
                                                      "Closed"}
    assert settings.LANGUAGE.get() == "en"


def test_urdu_headings_are_regular_nastaliq_and_body_text_naskh(qtbot, window):
    window.language_actions["ur"].trigger()
    window.show_screen_id("cases")
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == URDU_NAV[0])
    wait_idle(qtbot, window.runner)
    heading = QFontInfo(window.screen("cases").heading.font())
    assert heading.family() == "Noto Nastaliq Urdu"
    # Qt picks Debian's Nastaliq Bold (same weight) unless Regular is asked for.
    assert heading.styleName() == "Regular" and not heading.bold()
    navigation = QFontInfo(window.navigation.font())
    assert navigation.family() == "Noto Nastaliq Urdu" and navigation.styleName() == "Regular"
    table = QFontInfo(window.screen("cases").panel.table.font())
    assert table.family() == "Noto Naskh Arabic" and table.styleName() == "Regular"
    label = QFontInfo(window.screen("cases").status_label.font())
    assert label.family() == "Noto Naskh Arabic"
    # Rows are tall enough for the font: nothing is clipped top or bottom.
    table_view = window.screen("cases").panel.table
    assert table_view.rowHeight(0) >= table_view.fontMetrics().height()
    assert window.navigation.visualItemRect(window.navigation.item(0)).height() >= \
        window.navigation.fontMetrics().height()


def test_a_damaged_language_setting_falls_back_to_english():
    from PySide6.QtCore import QSettings

    QSettings(settings.ORGANISATION, settings.APPLICATION).setValue(
        settings.LANGUAGE.key, "klingon")
    assert settings.LANGUAGE.get() == "en"
    settings.LANGUAGE.set("ur")
    assert settings.LANGUAGE.get() == "ur"
