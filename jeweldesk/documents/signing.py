"""The device's Ed25519 document-signing key.

The private key lives in the device's data folder (`document_signing_key.pem`, mode
0600, never synced); its public half goes to head office at enrolment, which publishes
it to verifiers. A key is named by its id: the first 16 hex digits of the SHA-256 of
the raw public key, so a verifier finds the right key without trusting the document."""

from __future__ import annotations

import base64
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

KEY_FILENAME = "document_signing_key.pem"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def key_id(public_key: str) -> str:
    """The id of a public key given as base64url of its 32 raw bytes."""
    return hashlib.sha256(unb64(public_key)).hexdigest()[:16]


@dataclass(frozen=True)
class DeviceKey:
    private: Ed25519PrivateKey
    public_key: str  # base64url, 32 raw bytes
    key_id: str

    def sign(self, data: bytes) -> str:
        return b64(self.private.sign(data))


def _public_text(private: Ed25519PrivateKey) -> str:
    raw = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return b64(raw)


def device_key(data_dir: str | os.PathLike[str]) -> DeviceKey:
    """The device's key, made on first use. Two processes racing to make it agree on
    one: the file is linked into place only if none exists yet."""
    path = Path(data_dir) / KEY_FILENAME
    if not path.exists():
        private = Ed25519PrivateKey.generate()
        pem = private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".key-")  # created 0600
        try:
            os.write(fd, pem)
            os.fsync(fd)
            os.close(fd)
            try:
                os.link(tmp, path)
            except FileExistsError:
                pass
        finally:
            os.unlink(tmp)
    private = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(private, Ed25519PrivateKey):
        raise ValueError(f"{path} does not hold an Ed25519 key")
    public = _public_text(private)
    return DeviceKey(private, public, key_id(public))


def verify_signature(public_key: str, data: bytes, signature: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(unb64(public_key)).verify(unb64(signature), data)
        return True
    except (InvalidSignature, ValueError):
        return False
