"""The records services hand out hold exactly their model's columns, typed as the model
declares them: a column added to a model without its field fails here."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect as pyinspect
import re
import uuid

import pytest
from sqlalchemy import inspect

from jeweldesk.domain.vocab import NameOrder
from jeweldesk.services import records
from jeweldesk.services.row_records import MODELS, RECORDS, freeze, frozen
from jeweldesk.storage import models as m


def _mapped_annotation(model: type, key: str) -> str:
    for klass in model.__mro__:
        annotation = klass.__dict__.get("__annotations__", {}).get(key)
        if annotation is not None:
            match = re.fullmatch(r"Mapped\[(.*)\]", annotation)
            assert match, f"{model.__name__}.{key} is not declared as Mapped[...]"
            # A JSON column declared `Mapped[dict]` holds a dict of str keys.
            return "dict[str, Any]" if match.group(1) == "dict" else match.group(1)
    raise AssertionError(f"{model.__name__}.{key} has no annotation")


@pytest.mark.parametrize("model", list(RECORDS), ids=lambda model: model.__name__)
def test_each_record_has_exactly_its_models_columns_and_types(model):
    record = RECORDS[model]
    columns = [column.key for column in inspect(model).columns]
    fields = {f.name: f.type for f in dataclasses.fields(record)}
    assert list(fields) == columns, f"{record.__name__} does not match {model.__name__}"
    for key in columns:
        assert fields[key] == _mapped_annotation(model, key), f"{record.__name__}.{key}"


@pytest.mark.parametrize("model", list(RECORDS), ids=lambda model: model.__name__)
def test_each_record_is_frozen_with_slots(model):
    record = RECORDS[model]
    assert record.__dataclass_params__.frozen
    assert "__slots__" in record.__dict__


def test_every_declared_record_is_registered_once():
    declared = {
        cls
        for name, cls in vars(records).items()
        if pyinspect.isclass(cls) and dataclasses.is_dataclass(cls) and name.endswith("Record")
    }
    assert declared == set(RECORDS.values())
    assert len(MODELS) == len(RECORDS)
    for model, record in RECORDS.items():
        assert record.__name__ == f"{model.__name__}Record"


def test_freeze_copies_every_column_into_the_declared_record():
    row = m.Client(
        id=uuid.uuid4(),
        home_store_id=uuid.uuid4(),
        family_name="Wang",
        given_name="Meiling",
        name_order=NameOrder.FAMILY_FIRST,
        created_at=dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC),
        deleted=False,
    )
    client = freeze(row)
    assert type(client) is records.ClientRecord
    assert client.family_name == "Wang" and client.name_order is NameOrder.FAMILY_FIRST
    assert client.id == row.id and client.erased_at is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        client.family_name = "Li"  # type: ignore[misc]
    assert frozen(records.ClientRecord, row) == client


def test_frozen_refuses_the_record_of_another_model():
    row = m.Note(id=uuid.uuid4(), client_id=uuid.uuid4(), body="Prefers rose gold")
    with pytest.raises(TypeError):
        frozen(records.ClientRecord, row)
