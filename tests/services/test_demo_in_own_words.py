"""The demo's Chinese-speaking clients have their records written for them in Chinese
where the record holds free text (contact labels, preference values, notes), while
vocabulary codes and the catalogue's stone and collection names stay as they are."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from jeweldesk.demo import build
from jeweldesk.domain.names import has_cjk
from jeweldesk.paths import database_path
from jeweldesk.storage.db import LocalStore
from jeweldesk.storage.models import Client, ContactPoint, Note, Preference

FREE_TEXT = ("metal", "style", "refreshment", "budget_band", "interest", "profession", "allergy")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo-words")
    build(folder, clients=300, seed=7)
    opened = LocalStore(database_path(folder))
    yield opened
    opened.close()


def test_chinese_clients_have_chinese_labels_and_values(store):
    with store.session() as session:
        labels = session.execute(
            select(Client.language, ContactPoint.label)
            .join(Client, Client.id == ContactPoint.client_id)
            .where(ContactPoint.label != "")
        ).all()
        values = session.execute(
            select(Client.language, Preference.category, Preference.value)
            .join(Client, Client.id == Preference.client_id)
            .where(Preference.relationship_id.is_(None))
        ).all()
    chinese = [label for language, label in labels if language.startswith("zh")]
    assert chinese and all(has_cjk(label) for label in chinese), set(chinese)
    assert {"手机", "手機"} & set(chinese)
    others = [label for language, label in labels if not language.startswith("zh")]
    assert others and all(label.isascii() for label in others)

    free = [(c, v) for language, c, v in values if language.startswith("zh") and c in FREE_TEXT]
    assert free and all(has_cjk(v) for _, v in free), [x for x in free if not has_cjk(x[1])]
    # Codes the catalogue and the actions match on stay in the catalogue's words.
    kept = [
        v for language, c, v in values if language.startswith("zh") and c in ("stone", "collection")
    ]
    assert kept and not any(has_cjk(v) for v in kept)
    # Categories and sentiments are codes, rendered by the screens.
    assert all(str(c).isascii() for _, c, _ in values)


def test_chinese_notes_name_teas_and_collections_in_chinese(store):
    with store.session() as session:
        bodies = session.scalars(
            select(Note.body)
            .join(Client, Client.id == Note.client_id)
            .where(Client.language.startswith("zh"))
        ).all()
    chinese = [b for b in bodies if has_cjk(b)]
    assert chinese
    for english in (
        "jasmine tea",
        "Longjing tea",
        "champagne",
        "rubies",
        "sapphires",
        "Étoile",
        "Lotus",
    ):
        assert not any(english in body for body in chinese), english
