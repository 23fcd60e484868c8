"""A preference: what (metal, stone, cut, colour, style, collection, brand, budget,
refreshment, interest…), the value, and how the client feels about it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from jeweldesk.domain.vocab import PreferenceCategory, Sentiment
from jeweldesk.ui import labels
from jeweldesk.ui.editors.base import Editor, choices

# The order advisors think in while talking, most asked first.
CATEGORIES = (
    PreferenceCategory.METAL,
    PreferenceCategory.STONE,
    PreferenceCategory.CUT,
    PreferenceCategory.COLOUR,
    PreferenceCategory.STONE_COLOUR,
    PreferenceCategory.STYLE,
    PreferenceCategory.COLLECTION,
    PreferenceCategory.BRAND,
    PreferenceCategory.BUDGET_BAND,
    PreferenceCategory.CARAT_BUDGET,
    PreferenceCategory.REFRESHMENT,
    PreferenceCategory.INTEREST,
    PreferenceCategory.PROFESSION,
    PreferenceCategory.FAMILY,
    PreferenceCategory.ALLERGY,
    PreferenceCategory.OTHER,
)


class PreferenceEditor(Editor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a preference"), self.tr("Add"), "preferenceEditor", parent)
        self.sentiment = choices(
            QComboBox(), ((labels.sentiment_label(s), s.value) for s in Sentiment)
        )
        self.sentiment.setCurrentIndex(list(Sentiment).index(Sentiment.LOVES))
        self.category = choices(
            QComboBox(), ((labels.preference_category_label(c), c.value) for c in CATEGORIES)
        )
        self.value = QLineEdit()
        self.value.setObjectName("preferenceValue")
        self.value.setPlaceholderText(self.tr("e.g. platinum, emerald, champagne"))
        self.detail = QLineEdit()
        self.detail.setObjectName("preferenceDetail")
        self.detail.setPlaceholderText(self.tr("optional detail"))
        self.add(self.tr("Feeling"), self.sentiment, "sentiment")
        self.add(self.tr("About"), self.category, "category")
        self.add(self.tr("What"), self.value, "value", stretch=2)
        self.add(self.tr("Detail"), self.detail, "detail", stretch=1)
        self.finish()
        self.category.currentIndexChanged.connect(self._allergy_is_avoid)

    def _allergy_is_avoid(self) -> None:
        # The services record every allergy as "avoid": show it so.
        allergy = self.category.currentData() == PreferenceCategory.ALLERGY.value
        if allergy:
            self.sentiment.setCurrentIndex(list(Sentiment).index(Sentiment.AVOID))
        self.sentiment.setEnabled(not allergy)

    def values(self) -> dict:
        return {
            "category": self.category.currentData(),
            "sentiment": self.sentiment.currentData(),
            "value": self.value.text(),
            "detail": self.detail.text(),
        }
