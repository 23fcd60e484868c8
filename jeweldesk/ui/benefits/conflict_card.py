"""A benefit used past its limit on two offline devices, as the review dialog shows
it: the benefit, the use head office counted first, the one past the limit, and the
manager's two ways to settle it (void that use, or let both stand)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout

from jeweldesk.domain.errors import DomainError
from jeweldesk.ui.benefits.dialogs import benefit_title


def _tr(text: str) -> str:
    return QCoreApplication.translate("DoubleUseCard", text)


def _use_text(dialog: Any, seen: Any) -> str:
    use = seen.use
    parts = [dialog._when(use.used_at), seen.store_code, seen.staff_name, use.note]
    return " · ".join(p for p in parts if p)


def double_use_card(dialog: Any, view: Any) -> QFrame:
    """The card for a `double_use` conflict in `ConflictDialog` (`dialog`): its
    buttons settle the conflict through `desk.conflicts.resolve`, and a refusal (an
    advisor may not settle it) is said on the card."""
    desk = dialog.desk
    card = QFrame()
    card.setObjectName("conflictCard")
    card.setProperty("kind", "double_use")
    outer = QVBoxLayout(card)
    try:
        seen = desk.benefits.double_use(view.id)
    except DomainError as exc:
        outer.addWidget(QLabel(exc.message(desk.lang)))
        return card
    title = benefit_title(seen.benefit)
    who = view.client_name or _tr("A client")
    heading = QLabel(
        "<b>{who}</b> · {what} · {when}".format(
            who=escape(who),
            what=escape(_tr("{benefit} used twice").format(benefit=title)),
            when=dialog._when(view.detected_at),
        )
    )
    heading.setWordWrap(True)
    outer.addWidget(heading)
    about = QLabel(
        _tr(
            "Two devices used it while offline, and it allows {allowed}. Both uses are kept "
            "until you decide."
        ).format(allowed=_allowed(seen.benefit.max_uses))
    )
    about.setObjectName("conflictSource")
    about.setWordWrap(True)
    outer.addWidget(about)
    grid = QGridLayout()
    grid.setHorizontalSpacing(18)
    columns = (
        (_tr("Used first"), [_use_text(dialog, s) for s in seen.kept] or ["—"]),
        (
            _tr("Used again"),
            [_use_text(dialog, seen.extra)] if seen.extra else [_tr("no longer on this device")],
        ),
    )
    for column, (head_text, lines) in enumerate(columns):
        head = QLabel(head_text)
        head.setObjectName("conflictHeading")
        grid.addWidget(head, 0, column)
        shown = QLabel("\n".join(lines))
        shown.setObjectName("conflictValue")
        shown.setWordWrap(True)
        grid.addWidget(shown, 1, column)
        grid.setColumnStretch(column, 1)
    void = QPushButton(_tr("Void the second use"))
    void.setObjectName("voidSecondUse")
    both = QPushButton(_tr("Let both stand"))
    both.setObjectName("keepBothUses")
    grid.addWidget(void, 2, 0)
    grid.addWidget(both, 2, 1)
    outer.addLayout(grid)
    problem = QLabel()
    problem.setObjectName("fieldError")
    problem.setWordWrap(True)
    problem.hide()
    outer.addWidget(problem)

    def settle(choice: str) -> None:
        try:
            desk.conflicts.resolve(view.id, choice)
        except DomainError as exc:
            problem.setText(exc.message(desk.lang))
            problem.show()
            return
        dialog.resolved += 1
        dialog.fill()

    void.clicked.connect(lambda _=False: settle("theirs"))
    both.clicked.connect(lambda _=False: settle("mine"))
    return card


def _allowed(max_uses: int | None) -> str:
    if max_uses is None:
        return _tr("any number of uses")
    return QCoreApplication.translate("DoubleUseCard", "%n use(s)", "", max_uses)
