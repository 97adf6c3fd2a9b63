"""The words of a report in the UI language, for the Reports screen and the files it
exports: the core's `ReportLabels` filled from the translations (one source of Urdu, the
.ts file). Literal `translate()` calls, so pyside6-lupdate finds every string."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workstation.reports.labels import ReportLabels
from workstation.reports.suppression import MARK

from . import i18n, labels

translate = QCoreApplication.translate


def texts() -> dict[str, str]:
    rule = translate(
        "ReportLabels",
        "Small counts are suppressed so that no survivor can be singled out: a count from 1 "
        "to %1 is shown as %3. Where a table has a total, further counts are shown as %3 "
        "until no hidden count can be worked out from the total: at least two are hidden, "
        "together they hold %2 or more, and they are not all 1. A total below %2 is hidden "
        "too. Zero is shown. Charts draw only the counts that are shown.")
    return {
        "title": translate("ReportLabels", "Anonymised statistics"),
        "made_by": translate("ReportLabels", "Counsellor Workstation"),
        "period": translate("ReportLabels", "Period"),
        "centre": translate("ReportLabels", "Centre"),
        "all_centres": translate("ReportLabels", "All centres"),
        "district": translate("ReportLabels", "District"),
        "all_districts": translate("ReportLabels", "All districts"),
        "scheme": translate("ReportLabels", "Categories"),
        "made_on": translate("ReportLabels", "Made on"),
        "rule_heading": translate("ReportLabels", "How counts are protected"),
        "rule": rule.replace("%1", "{last_small}").replace("%2", "{threshold}")
                    .replace("%3", MARK),
        "who_is_counted": translate(
            "ReportLabels",
            "Contacts are every call, walk-in and online session finished in the period. "
            "Cases, clients, referrals and legal steps are counted only for cases whose client "
            "agreed to be counted in statistics. No names, numbers or free text are in this "
            "report."),
        "no_consent": translate(
            "ReportLabels",
            "No case in this period has the client's consent to be counted in statistics: "
            "only contacts are counted."),
        "legend": translate("ReportLabels", "%1 suppressed (see how counts are protected)")
        .replace("%1", MARK),
        "overlap": translate("ReportLabels",
                             "A client may have several of these, so there is no total."),
        "total": translate("ReportLabels", "Total"),
        "not_recorded": translate("ReportLabels", "Not recorded"),
        "not_classified": translate("ReportLabels", "Not classified in the CHI scheme"),
        "no_gbvims_type": translate("ReportLabels", "Not one of the six GBVIMS types"),
        "contacts_counted": translate("ReportLabels", "Contacts"),
        "cases_counted": translate("ReportLabels", "Cases counted"),
        "page": translate("ReportLabels", "Page %1 of %2").replace("%1", "{n}")
        .replace("%2", "{total}"),
        "continued": translate("ReportLabels", "%1 (continued)").replace("%1", "{title}"),
        "count": translate("ReportLabels", "Count"),
        "item": translate("ReportLabels", "Item"),
        "code": translate("ReportLabels", "Code"),
        "table": translate("ReportLabels", "Table"),
        "none_in_period": translate("ReportLabels", "None in this period."),
    }


def titles() -> dict[str, str]:
    return {
        "contacts_by_channel": translate("ReportLabels", "Contacts by channel"),
        "contacts_by_outcome": translate("ReportLabels", "Contacts by outcome"),
        "contacts_by_district": translate("ReportLabels", "Contacts by district"),
        "cases_by_category:local": translate("ReportLabels", "Cases by category"),
        "cases_by_category:chi": translate(
            "ReportLabels", "Cases by category (Child Helpline International)"),
        "cases_by_category:gbvims": translate("ReportLabels", "Cases by GBVIMS incident type"),
        "cases_by_district": translate("ReportLabels", "Cases by district"),
        "clients_by_sex": translate("ReportLabels", "Clients by sex"),
        "clients_by_age_band": translate("ReportLabels", "Clients by age"),
        "clients_by_vulnerability": translate("ReportLabels", "Clients by vulnerability"),
        "referrals_by_service_type": translate("ReportLabels", "Referrals by service type"),
        "referrals_by_outcome": translate("ReportLabels", "Referrals by outcome"),
        "legal_steps_by_outcome": translate("ReportLabels", "Legal process outcomes"),
    }


def vocab() -> dict[str, dict[str, str]]:
    return {
        "scheme": {
            "local": translate("ReportLabels", "the helpline's own categories"),
            "chi": translate("ReportLabels", "Child Helpline International"),
            "gbvims": translate("ReportLabels", "GBVIMS incident types")},
        "channel": dict(labels.channels()),
        "contact_outcome": {
            **labels.outcomes(),
            "abandoned": translate("Vocab", "Abandoned"),
            "missed": translate("Vocab", "Missed")},
        "sex": {
            "f": translate("ReportLabels", "Female"),
            "m": translate("ReportLabels", "Male"),
            "x": translate("ReportLabels", "Transgender or other")},
        "age_band": {
            "0-11": "0–11", "12-17": "12–17", "18-24": "18–24", "25-39": "25–39",
            "40-59": "40–59", "60+": translate("ReportLabels", "60 and over")},
        "vulnerability": {
            "woman": translate("ReportLabels", "Woman"),
            "child": translate("ReportLabels", "Child"),
            "religious_minority": translate("ReportLabels", "Religious minority"),
            "ethnic_minority": translate("ReportLabels", "Ethnic minority"),
            "disability": translate("ReportLabels", "Disability"),
            "transgender": translate("ReportLabels", "Transgender"),
            "bonded_labourer": translate("ReportLabels", "Bonded labourer")},
        "gbvims": {
            "rape": translate("ReportLabels", "Rape"),
            "sexual_assault": translate("ReportLabels", "Sexual assault"),
            "physical_assault": translate("ReportLabels", "Physical assault"),
            "forced_marriage": translate("ReportLabels", "Forced marriage"),
            "denial_of_resources": translate(
                "ReportLabels", "Denial of resources, opportunities or services"),
            "psychological_abuse": translate("ReportLabels", "Psychological / emotional abuse")},
        "referral_status": {
            "referred": translate("ReportLabels", "Awaiting an answer"),
            "accepted": translate("ReportLabels", "Accepted"),
            "declined": translate("ReportLabels", "Declined"),
            "service_provided": translate("ReportLabels", "Service provided"),
            "did_not_go": translate("ReportLabels", "Client did not go")},
        "legal_kind": {
            "fir": translate("ReportLabels", "FIR"),
            "court_case": translate("ReportLabels", "Court case"),
            "medico_legal": translate("ReportLabels", "Medico-legal examination"),
            "protection_order": translate("ReportLabels", "Protection order")},
        "legal_result": {
            "pending": translate("ReportLabels", "pending"),
            "registered": translate("ReportLabels", "registered"),
            "refused": translate("ReportLabels", "refused"),
            "done": translate("ReportLabels", "done"),
            "granted": translate("ReportLabels", "granted"),
            "rejected": translate("ReportLabels", "rejected"),
            "closed": translate("ReportLabels", "closed"),
            "convicted": translate("ReportLabels", "convicted"),
            "acquitted": translate("ReportLabels", "acquitted"),
            "dismissed": translate("ReportLabels", "dismissed"),
            "withdrawn": translate("ReportLabels", "withdrawn"),
            "settled": translate("ReportLabels", "settled"),
            "decree_granted": translate("ReportLabels", "decree granted"),
            "order_granted": translate("ReportLabels", "order granted"),
            "order_refused": translate("ReportLabels", "order refused")},
    }


def report_labels() -> ReportLabels:
    """Every word of a report in the current UI language."""
    return ReportLabels(language=i18n.current_language(), texts=texts(), titles=titles(),
                        vocab=vocab())
