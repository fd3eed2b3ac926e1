"""Read: bytes -> value + source spans (the first stage of the pipeline)."""

from .document import Document, parse_document
from .source import InputError, RawInput, read_path, read_stdin

__all__ = ["Document", "InputError", "RawInput", "parse_document", "read_path", "read_stdin"]
