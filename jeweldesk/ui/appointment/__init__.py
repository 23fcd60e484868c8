"""The appointment editor (`editor.py`) and its sections: who, what, when and where
(`details.py`); the status flow and outcome (`flow.py`); pieces pulled from stock and
reserved for the slot (`stock.py`); the preparation checklist (`preparation.py`).
What it reads of an appointment is in `loading.py`, the small shared pieces in
`common.py`.

Every string keeps the translation context `AppointmentEditor` (the sections say
`translate("AppointmentEditor", …)`), whichever section shows it."""
