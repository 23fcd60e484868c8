"""A client's data in the formats other software reads: vCard (`vcard`). Pure: plain
values in, text out; no Qt, no storage."""
