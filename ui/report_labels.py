"""The words of a report in the UI language, for the Reports screen and the files it
exports: the core's `ReportLabels` filled from the translations (one source of Urdu, the
.ts file). Literal `translate()` calls, so pyside6-lupdate finds every string."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workstation.reports.labels import ReportLabels
from workstation.reports.suppression import MARK

from . import i18n, labels


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportLabels", text)


def _v(text: str) -> str:
    return QCoreApplication.translate("Vocab", text)


def texts() -> dict[str, str]:
    rule = QCoreApplication.translate(
        "ReportLabels",
        "Small counts are suppressed so that no survivor can be singled out: a count from 1 "
        "to %1 is shown as %3. Where a table has a total, further counts are shown as %3 "
        "until no hidden count can be worked out from the total: at least two are hidden, "
        "together they hold %2 or more, and they are not all 1. A total below %2 is hidden "
        "too. Zero is shown. Charts draw only the counts that are shown.")
    return {
        "title": _t("Anonymised statistics"),
        "made_by": _t("Counsellor Workstation"),
        "period": _t("Period"),
        "centre": _t("Centre"),
        "all_centres": _t("All centres"),
        "district": _t("District"),
        "all_districts": _t("All districts"),
        "scheme": _t("Categories"),
        "made_on": _t("Made on"),
        "rule_heading": _t("How counts are protected"),
        "rule": rule.replace("%1", "{last_small}").replace("%2", "{threshold}")
                    .replace("%3", MARK),
        "who_is_counted": _t("Contacts are every call, walk-in and online session finished "
                             "in the period. Cases, clients, referrals and legal steps are "
                             "counted only for cases whose client agreed to be counted in "
                             "statistics. No names, numbers or free text are in this report."),
        "no_consent": _t("No case in this period has the client's consent to be counted in "
                         "statistics: only contacts are counted."),
        "legend": _t("%1 suppressed (see how counts are protected)").replace("%1", MARK),
        "overlap": _t("A client may have several of these, so there is no total."),
        "total": _t("Total"),
        "not_recorded": _t("Not recorded"),
        "not_classified": _t("Not classified in the CHI scheme"),
        "no_gbvims_type": _t("Not one of the six GBVIMS types"),
        "contacts_counted": _t("Contacts"),
        "cases_counted": _t("Cases counted"),
        "page": _t("Page %1 of %2").replace("%1", "{n}").replace("%2", "{total}"),
        "continued": _t("%1 (continued)").replace("%1", "{title}"),
        "count": _t("Count"),
        "item": _t("Item"),
        "code": _t("Code"),
        "table": _t("Table"),
        "none_in_period": _t("None in this period."),
    }


def titles() -> dict[str, str]:
    return {
        "contacts_by_channel": _t("Contacts by channel"),
        "contacts_by_outcome": _t("Contacts by outcome"),
        "contacts_by_district": _t("Contacts by district"),
        "cases_by_category:local": _t("Cases by category"),
        "cases_by_category:chi": _t("Cases by category (Child Helpline International)"),
        "cases_by_category:gbvims": _t("Cases by GBVIMS incident type"),
        "cases_by_district": _t("Cases by district"),
        "clients_by_sex": _t("Clients by sex"),
        "clients_by_age_band": _t("Clients by age"),
        "clients_by_vulnerability": _t("Clients by vulnerability"),
        "referrals_by_service_type": _t("Referrals by service type"),
        "referrals_by_outcome": _t("Referrals by outcome"),
        "legal_steps_by_outcome": _t("Legal process outcomes"),
    }


def vocab() -> dict[str, dict[str, str]]:
    return {
        "scheme": {"local": _t("the helpline's own categories"),
                   "chi": _t("Child Helpline International"),
                   "gbvims": _t("GBVIMS incident types")},
        "channel": dict(labels.channels()),
        "contact_outcome": {**labels.outcomes(),
                            "abandoned": _v("Abandoned"), "missed": _v("Missed")},
        "sex": {"f": _t("Female"), "m": _t("Male"), "x": _t("Transgender or other")},
        "age_band": {"0-11": "0–11", "12-17": "12–17", "18-24": "18–24", "25-39": "25–39",
                     "40-59": "40–59", "60+": _t("60 and over")},
        "vulnerability": {
            "woman": _t("Woman"), "child": _t("Child"),
            "religious_minority": _t("Religious minority"),
            "ethnic_minority": _t("Ethnic minority"), "disability": _t("Disability"),
            "transgender": _t("Transgender"), "bonded_labourer": _t("Bonded labourer")},
        "gbvims": {"rape": _t("Rape"), "sexual_assault": _t("Sexual assault"),
                   "physical_assault": _t("Physical assault"),
                   "forced_marriage": _t("Forced marriage"),
                   "denial_of_resources": _t("Denial of resources, opportunities or "
                                             "services"),
                   "psychological_abuse": _t("Psychological / emotional abuse")},
        "referral_status": {"referred": _t("Awaiting an answer"), "accepted": _t("Accepted"),
                            "declined": _t("Declined"),
                            "service_provided": _t("Service provided"),
                            "did_not_go": _t("Client did not go")},
        "legal_kind": {"fir": _t("FIR"), "court_case": _t("Court case"),
                       "medico_legal": _t("Medico-legal examination"),
                       "protection_order": _t("Protection order")},
        "legal_result": {
            "pending": _t("pending"), "registered": _t("registered"), "refused": _t("refused"),
            "done": _t("done"), "granted": _t("granted"), "rejected": _t("rejected"),
            "closed": _t("closed"), "convicted": _t("convicted"), "acquitted": _t("acquitted"),
            "dismissed": _t("dismissed"), "withdrawn": _t("withdrawn"), "settled": _t("settled"),
            "decree_granted": _t("decree granted"), "order_granted": _t("order granted"),
            "order_refused": _t("order refused")},
    }


def report_labels() -> ReportLabels:
    """Every word of a report in the current UI language."""
    return ReportLabels(language=i18n.current_language(), texts=texts(), titles=titles(),
                        vocab=vocab())
