"""The words of a report: titles, headings and the names of coded values.

The core writes English (the command line's reports). The window passes the same
structure filled from its translations (`ui.report_labels`), so a report exported from
the Urdu window is in Urdu, with one source of Urdu: the window's .ts file. Names the
data carries in both languages (categories, districts, service types) come with each
line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .statistics import NO_GBVIMS_TYPE, NOT_CLASSIFIED, NOT_RECORDED, Line, ReportRequest
from .suppression import MARK


def _english_texts() -> dict[str, str]:
    return {
        "title": "Anonymised statistics",
        "made_by": "Counsellor Workstation",
        "period": "Period",
        "centre": "Centre",
        "all_centres": "All centres",
        "district": "District",
        "all_districts": "All districts",
        "scheme": "Categories",
        "made_on": "Made on",
        "threshold": "Counts below {threshold} are suppressed",
        "rule_heading": "How counts are protected",
        "rule": (f"Small counts are suppressed so that no survivor can be singled out: a "
                 f"count from 1 to {{last_small}} is shown as {MARK}. Where a table has a "
                 f"total, further counts are shown as {MARK} until no hidden count can be "
                 f"worked out from the total: at least two are hidden, together they hold "
                 f"{{threshold}} or more, and they are not all 1. A total below "
                 f"{{threshold}} is hidden too. Zero is shown. Charts draw only the counts "
                 f"that are shown."),
        "who_is_counted": ("Contacts are every call, walk-in and online session finished in "
                           "the period. Cases, clients, referrals and legal steps are counted "
                           "only for cases whose client agreed to be counted in statistics. "
                           "No names, numbers or free text are in this report."),
        "no_consent": ("No case in this period has the client's consent to be counted in "
                       "statistics: only contacts are counted."),
        "legend": f"{MARK} suppressed (see how counts are protected)",
        "overlap": "A client may have several of these, so there is no total.",
        "total": "Total",
        "not_recorded": "Not recorded",
        "not_classified": "Not classified in the CHI scheme",
        "no_gbvims_type": "Not one of the six GBVIMS types",
        "contacts_counted": "Contacts",
        "cases_counted": "Cases counted",
        "page": "Page {n} of {total}",
        "continued": "{title} (continued)",
        "count": "Count",
        "item": "Item",
        "code": "Code",
        "table": "Table",
        "none_in_period": "None in this period.",
    }


def _english_titles() -> dict[str, str]:
    return {
        "contacts_by_channel": "Contacts by channel",
        "contacts_by_outcome": "Contacts by outcome",
        "contacts_by_district": "Contacts by district",
        "cases_by_category:local": "Cases by category",
        "cases_by_category:chi": "Cases by category (Child Helpline International)",
        "cases_by_category:gbvims": "Cases by GBVIMS incident type",
        "cases_by_district": "Cases by district",
        "clients_by_sex": "Clients by sex",
        "clients_by_age_band": "Clients by age",
        "clients_by_vulnerability": "Clients by vulnerability",
        "referrals_by_service_type": "Referrals by service type",
        "referrals_by_outcome": "Referrals by outcome",
        "legal_steps_by_outcome": "Legal process outcomes",
    }


def _english_vocab() -> dict[str, dict[str, str]]:
    return {
        "scheme": {"local": "the helpline's own categories",
                   "chi": "Child Helpline International",
                   "gbvims": "GBVIMS incident types"},
        "channel": {"phone": "Phone", "walk_in": "Walk-in", "virtual": "Online"},
        "contact_outcome": {
            "advice_given": "Advice given", "information_only": "Information only",
            "referred": "Referred", "case_opened": "Case opened",
            "follow_up_needed": "Follow-up needed", "silent": "Silent call",
            "hang_up": "Caller hung up", "wrong_number": "Wrong number",
            "abusive": "Abusive caller", "prank": "Prank call", "abandoned": "Abandoned",
            "missed": "Missed"},
        "sex": {"f": "Female", "m": "Male", "x": "Transgender or other"},
        "age_band": {"0-11": "0–11", "12-17": "12–17", "18-24": "18–24", "25-39": "25–39",
                     "40-59": "40–59", "60+": "60 and over"},
        "vulnerability": {
            "woman": "Woman", "child": "Child", "religious_minority": "Religious minority",
            "ethnic_minority": "Ethnic minority", "disability": "Disability",
            "transgender": "Transgender", "bonded_labourer": "Bonded labourer"},
        "gbvims": {"rape": "Rape", "sexual_assault": "Sexual assault",
                   "physical_assault": "Physical assault",
                   "forced_marriage": "Forced marriage",
                   "denial_of_resources": "Denial of resources, opportunities or services",
                   "psychological_abuse": "Psychological / emotional abuse"},
        "referral_status": {"referred": "Awaiting an answer", "accepted": "Accepted",
                            "declined": "Declined", "service_provided": "Service provided",
                            "did_not_go": "Client did not go"},
        "legal_kind": {"fir": "FIR", "court_case": "Court case",
                       "medico_legal": "Medico-legal examination",
                       "protection_order": "Protection order"},
        "legal_result": {
            "pending": "pending", "registered": "registered", "refused": "refused",
            "done": "done", "granted": "granted", "rejected": "rejected", "closed": "closed",
            "convicted": "convicted", "acquitted": "acquitted", "dismissed": "dismissed",
            "withdrawn": "withdrawn", "settled": "settled",
            "decree_granted": "decree granted", "order_granted": "order granted",
            "order_refused": "order refused"},
    }


# Which vocabulary names the lines of each table.
VOCAB_OF_TABLE = {
    "contacts_by_channel": "channel", "contacts_by_outcome": "contact_outcome",
    "clients_by_sex": "sex", "clients_by_age_band": "age_band",
    "clients_by_vulnerability": "vulnerability", "referrals_by_outcome": "referral_status",
}


@dataclass
class ReportLabels:
    """Every word of a report in one language. `language` is "en" or "ur" (right to
    left, Urdu names of categories and districts where the data has them)."""

    language: str = "en"
    texts: dict[str, str] = field(default_factory=_english_texts)
    titles: dict[str, str] = field(default_factory=_english_titles)
    vocab: dict[str, dict[str, str]] = field(default_factory=_english_vocab)

    @property
    def rtl(self) -> bool:
        return self.language == "ur"

    def text(self, key: str, **values) -> str:
        text = self.texts.get(key) or _english_texts()[key]
        return text.format(**values) if values else text

    def word(self, vocabulary: str, code: str) -> str:
        return self.vocab.get(vocabulary, {}).get(code) or \
            _english_vocab().get(vocabulary, {}).get(code) or code

    def title(self, table_id: str, scheme: str = "local") -> str:
        key = f"{table_id}:{scheme}" if table_id == "cases_by_category" else table_id
        return self.titles.get(key) or _english_titles().get(key, table_id)

    def name(self, name_en: str | None, name_ur: str | None) -> str | None:
        if self.rtl and name_ur:
            return name_ur
        return name_en or name_ur

    def line(self, table_id: str, line: Line, scheme: str = "local") -> str:
        """What a line of a table is called."""
        if line.key == NOT_RECORDED:
            return self.text("not_recorded")
        if table_id in VOCAB_OF_TABLE:
            return self.word(VOCAB_OF_TABLE[table_id], line.key)
        if table_id == "cases_by_category":
            if line.key == NOT_CLASSIFIED:
                return self.text("not_classified")
            if scheme == "gbvims":
                return self.text("no_gbvims_type") if line.key == NO_GBVIMS_TYPE else \
                    self.word("gbvims", line.key)
        if table_id == "legal_steps_by_outcome":
            kind, _, result = line.key.partition(":")
            return f"{self.word('legal_kind', kind)}: {self.word('legal_result', result)}"
        return self.name(line.name_en, line.name_ur) or line.key

    def scheme(self, scheme: str) -> str:
        return self.word("scheme", scheme)

    def centre(self, request: ReportRequest, centre_name: str | None,
               centre_name_ur: str | None = None) -> str:
        if not request.centre_code:
            return self.text("all_centres")
        name = self.name(centre_name, centre_name_ur)
        return f"{name} ({request.centre_code})" if name else request.centre_code

    def district(self, request: ReportRequest) -> str:
        if not request.district_code:
            return self.text("all_districts")
        from ..reference import districts_by_code

        found = districts_by_code().get(request.district_code)
        return self.name(found.name_en, found.name_ur) if found else request.district_code

    def rule(self, threshold: int) -> str:
        return self.text("rule", threshold=threshold, last_small=threshold - 1)


ENGLISH = ReportLabels()
