"""End to end on the demo network: every advisor's day is a credible ranked list with
reasons and drafts in English and Chinese; the store's KPIs come out of the CLI."""

from __future__ import annotations

import json

import pytest

from jeweldesk.__main__ import main
from jeweldesk.demo import build
from jeweldesk.services import Desk


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    return folder, build(folder, clients=900, seed=11)


def test_each_advisors_day(demo):
    folder, summary = demo
    with Desk.open(folder) as desk:
        for advisor in summary.advisors:
            if advisor.role != "advisor":
                continue
            day = desk.actions.today(advisor.id, lang="en")
            assert 5 <= len(day) <= 120, (advisor.email, len(day))
            ranks = [(-v.priority - (5 if v.overdue else 0), v.due_on) for v in day]
            assert ranks == sorted(ranks)
            assert len({v.kind for v in day}) >= 3  # not one kind of nudge repeated
            assert all(v.reason and "{" not in v.reason for v in day)
            zh = desk.actions.today(advisor.id, lang="zh_CN", generate=False)
            assert all(any("\u4e00" <= ch <= "\u9fff" for ch in v.reason) for v in zh)
            drafts = [v for v in day if v.draft]
            assert drafts and all("{" not in v.draft for v in drafts)
            for v in drafts[:5]:
                english, chinese = desk.actions.draft(v.id, "en"), desk.actions.draft(v.id, "zh_CN")
                assert english.startswith("Dear") and "您好" in chinese


def test_store_kpis_from_the_cli(demo, capsys):
    folder, _ = demo
    with Desk.open(folder) as desk:
        desk.segments.recompute_all()
    assert main(["kpis", "--data-dir", str(folder), "--store", "SH01", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["clients"] > 300
    assert figures["coverage"]["denominator"] == figures["clients"]
    assert (
        figures["event_funnel"]["invited"]
        >= figures["event_funnel"]["accepted"]
        >= figures["event_funnel"]["attended"]
    )
