"""The jewellery box: every piece the client owns with its certificate data (one row
per stone, as graded on its report), and the documents issued from a piece."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QWidget

from jeweldesk.domain.vocab import DocumentKind
from jeweldesk.ui import labels
from jeweldesk.ui.documents_dialog import show_issued
from jeweldesk.ui.editors.pieces import PieceEditor, StoneEditor
from jeweldesk.ui.profile.common import ProfileTab, Shown, action_button, money_text, when_text
from jeweldesk.ui.profile.rows import Column, RecordTable, RecordView
from jeweldesk.ui.service_job import sections as service_jobs

PIECE_DOCUMENTS = (
    DocumentKind.CERTIFICATE,
    DocumentKind.CARE_GUIDE,
    DocumentKind.APPRAISAL,
    DocumentKind.WARRANTY,
)


def metal_text(piece) -> str:
    """ "18k rose gold 750"; the fineness once, when the metal does not say it already."""
    metal, fineness = piece.metal or "", piece.fineness or ""
    return metal if not fineness or fineness in metal else f"{metal} {fineness}".strip()


def stone_name(s) -> str:
    origin = (
        "" if str(s.origin) == "natural" else f" ({labels.stone_origin_label(s.origin).lower()})"
    )
    return f"{s.stone_type}{origin}"


def grades(s) -> str:
    return " / ".join(x for x in (s.cut_grade, s.polish, s.symmetry) if x)


class BoxTab(ProfileTab):
    def __init__(self, writes, parent: QWidget | None = None) -> None:
        super().__init__(writes, "boxTab", parent)
        pieces = self.section(self.tr("Pieces owned"))
        self.piece_model = RecordTable(
            [
                Column(self.tr("Piece"), lambda i: i.piece.description),
                Column(self.tr("Metal"), lambda i: metal_text(i.piece)),
                Column(self.tr("Acquired"), self._acquired),
                Column(
                    self.tr("Value"),
                    lambda i: money_text(i.piece.value, i.piece.currency, self._lang()),
                ),
            ],
            self,
        )
        self.piece_view = pieces.add(RecordView(self.piece_model, "pieceTable"))
        self.piece_view.setAccessibleName(self.tr("Pieces owned"))

        self.certificate = QLabel()
        self.certificate.setObjectName("certificateLine")
        self.certificate.setWordWrap(True)
        from jeweldesk.ui.photos.face import PieceTile

        self.piece_photo = PieceTile()
        certificate_row = QHBoxLayout()
        certificate_row.setSpacing(14)
        certificate_row.addWidget(self.piece_photo)
        certificate_row.addWidget(self.certificate, 1)
        pieces.layout_.addLayout(certificate_row)
        self.stone_model = RecordTable(
            [
                Column(self.tr("Stone"), stone_name),
                Column(self.tr("Shape"), lambda s: s.shape),
                Column(self.tr("Carat"), lambda s: f"{s.carat:.2f}" if s.carat is not None else ""),
                Column(self.tr("Colour"), lambda s: s.colour),
                Column(self.tr("Clarity"), lambda s: s.clarity),
                Column(self.tr("Cut / polish / symmetry"), grades),
                Column(self.tr("Fluorescence"), lambda s: s.fluorescence),
                Column(self.tr("Measurements"), lambda s: s.measurements),
                Column(self.tr("Treatments"), lambda s: s.treatments),
                Column(
                    self.tr("Lab report"),
                    lambda s: " ".join(x for x in (s.lab, s.report_number) if x),
                ),
                Column(self.tr("Inscription"), lambda s: s.girdle_inscription),
                Column(self.tr("Origin"), lambda s: s.origin_country),
            ],
            self,
        )
        self.stone_view = pieces.add(RecordView(self.stone_model, "stoneTable"))
        self.stone_view.setAccessibleName(self.tr("Stones of the chosen piece"))
        service_jobs.add_piece_history(self, pieces)

        row = QHBoxLayout()
        row.setSpacing(10)
        self.document_kind = QComboBox()
        self.document_kind.setObjectName("documentKind")
        self.document_kind.setAccessibleName(self.tr("Document to issue"))
        for kind in PIECE_DOCUMENTS:
            self.document_kind.addItem(labels.document_kind_label(kind), kind.value)
        self.issue = action_button(self.tr("Issue certificate / care guide…"), "issueDocument")
        self.remove_piece = action_button(self.tr("Remove piece"), "pieceRemove")
        row.addWidget(self.document_kind)
        row.addWidget(self.issue)
        row.addStretch(1)
        pieces.layout_.addLayout(row)
        # On a row of its own: beside the document's two, it pushed the card wider than
        # the profile at 1024 px, and was cut off.
        removing = QHBoxLayout()
        removing.addStretch(1)
        removing.addWidget(self.remove_piece)
        pieces.layout_.addLayout(removing)
        self.issue_error = QLabel()
        self.issue_error.setObjectName("fieldError")
        self.issue_error.setWordWrap(True)
        self.issue_error.hide()
        pieces.add(self.issue_error)

        add = self.section(self.tr("Add to the box"))
        self.piece_editor = add.add(PieceEditor())
        self.stone_editor = add.add(StoneEditor())
        self.end()
        self.preview: QDialog | None = None  # the last document issued here, as shown

        self.piece_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_stones())
        self.document_kind.currentIndexChanged.connect(self._issue_text)
        self.issue.clicked.connect(self.issue_document)
        self.remove_piece.clicked.connect(self.remove_chosen_piece)
        self.piece_editor.sig_submitted.connect(self.add_piece)
        self.stone_editor.sig_submitted.connect(self.add_stone)
        self._issue_text()

    def _lang(self) -> str:
        return self.shown.lang if self.shown else "en"

    def _acquired(self, item) -> str:
        where = self.tr("here") if item.piece.bought_here else self.tr("elsewhere")
        day = when_text(item.piece.acquired_on)
        return f"{day} · {where}" if day else where

    def show_client(self, shown: Shown, *, same_client: bool) -> None:
        chosen = self.piece_view.current_record()
        super().show_client(shown, same_client=same_client)
        self.piece_model.set_rows(shown.profile.jewellery_box)
        row = 0
        if same_client and chosen is not None:
            row = next(
                (n for n, i in enumerate(self.piece_model.rows) if i.piece.id == chosen.piece.id), 0
            )
        if self.piece_model.rowCount():
            self.piece_view.setCurrentIndex(self.piece_model.index(row, 0))
        self._show_stones()
        if not same_client:
            self.piece_editor.clear_text()
            self.stone_editor.clear_text()
            self.issue_error.hide()

    def _show_stones(self) -> None:
        item = self.piece_view.current_record()
        self.stone_model.set_rows(item.stones if item else ())
        for widget in (self.issue, self.remove_piece, self.document_kind, self.stone_editor):
            widget.setEnabled(item is not None)
        service_jobs.show_piece_history(self, item)
        if item is None:
            self.piece_photo.show_photo(None, None)
            self.certificate.setText(self.tr("Choose a piece to see its certificate data."))
            return
        p = item.piece
        self._show_piece_photo(p.id)
        facts = [
            metal_text(p),
            self.tr("hallmark {mark}").format(mark=p.hallmark) if p.hallmark else "",
            f"{p.total_weight_g} g" if p.total_weight_g is not None else "",
            self.tr("serial {serial}").format(serial=p.serial) if p.serial else "",
            p.provenance,
        ]
        self.certificate.setText(f"{p.description}: " + " · ".join(x for x in facts if x))

    def _show_piece_photo(self, piece_id) -> None:
        """The piece's newest photo beside its certificate line, once read."""
        self.piece_photo.show_photo(None, None)
        runner = self.writes.runner
        if runner is None:
            return

        def read(desk):
            photo = desk.photos.of_subjects([piece_id]).get(piece_id)
            return photo, desk.photos.thumbnail_path(photo)

        def show(found) -> None:
            current = self.piece_view.current_record()
            if current is not None and current.piece.id == piece_id:
                self.piece_photo.show_photo(*found)

        runner.read(read, show)

    def _issue_text(self) -> None:
        kind = self.document_kind.currentData()
        self.issue.setText(
            self.tr("Issue {document}…").format(document=labels.document_kind_label(kind).lower())
        )

    # --- documents ---------------------------------------------------------------------

    def issue_document(self) -> None:
        """Issue the chosen document for the chosen piece and open it, to print or save."""
        item = self.piece_view.current_record()
        if item is None:
            return
        kind = self.document_kind.currentData()
        self.issue_error.hide()

        def issued(value) -> None:
            self.preview = show_issued(self, value)

        self.writes.save(
            lambda desk: desk.documents.issue(kind, item.piece.id),
            done=lambda value: self.tr("{document} {number} issued").format(
                document=labels.document_kind_label(kind), number=value.document.number
            ),
            on_saved=issued,
            on_refused=lambda r: (self.issue_error.setText(r.message), self.issue_error.show()),
        )

    # --- pieces and stones --------------------------------------------------------------

    def add_piece(self) -> None:
        values, client_id = self.piece_editor.values(), self.client_id
        self.writes.save(
            lambda desk: desk.jewellery_box.add_piece(
                client_id,
                values["description"],
                metal=values["metal"],
                value=values["value"],
                currency=_store_currency(desk),
                stones=values["stones"],
            ),
            done=self.tr("Piece added"),
            reverse=lambda p: lambda desk: desk.jewellery_box.remove_piece(p.id),
            on_saved=lambda _p: self.piece_editor.clear_text(),
            on_refused=lambda r: self.piece_editor.show_refusal(
                r.message, r.field or ("value" if r.key.startswith("money") else None)
            ),
        )

    def add_stone(self) -> None:
        item, draft = self.piece_view.current_record(), self.stone_editor.stone()
        if item is None:
            return
        if draft is None:
            self.stone_editor.show_refusal(self.tr("Say which stone it is."), "stone_type")
            return
        self.writes.save(
            lambda desk: desk.jewellery_box.add_stone(item.piece.id, draft),
            done=self.tr("Stone added"),
            on_saved=lambda _s: self.stone_editor.clear_text(),
            on_refused=lambda r: self.stone_editor.show_refusal(r.message, r.field),
        )

    def remove_chosen_piece(self) -> None:
        item = self.piece_view.current_record()
        if item is None:
            return
        # Removing tombstones the piece and its stones; there is no service to bring a
        # piece back, so this is the one edit here that cannot be undone: say so first.
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Remove piece"),
            self.tr("Remove “{piece}” from the jewellery box? This cannot be undone.").format(
                piece=item.piece.description
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.writes.save(
            lambda desk: desk.jewellery_box.remove_piece(item.piece.id),
            done=self.tr("Piece removed"),
        )


def _store_currency(desk) -> str:
    store = desk.directory.store(desk.home_store_id) if desk.home_store_id else None
    return getattr(store, "currency", "") or "USD"
