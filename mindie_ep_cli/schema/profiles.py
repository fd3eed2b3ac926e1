"""Version profiles: which MindIE release the config is checked against.

``3.0`` (the open-source MindIE-LLM 3.0.x) and ``2.x`` (the closed 2.0-2.3 releases) differ in the
keys the server requires (reference 1.3: 3.0 reads ``distDPServerEnabled`` and others unguarded)
and in the values it accepts (``dp: -1`` was the documented "off" value before 3.0, reference 3.3
item 9). The schema marks version-only requirements with ``x-required-by``. When the version is
not known for sure (``--mindie-version auto`` on a file that is not the live config), the 3.0
requirements are reported as warnings that name the version.
"""

from __future__ import annotations

from typing import NamedTuple


VERSIONS = ("2.x", "3.0")


class Profile(NamedTuple):
    version: str  # one of VERSIONS
    certain: bool  # False: assumed, so version-only requirements are warnings

    @property
    def label(self) -> str:
        return self.version if self.certain else f"{self.version} (assumed)"

    def at_least(self, version: str) -> bool:
        return _rank(self.version) >= _rank(version)

    def required_extra(self, schema: dict) -> list[str]:
        """Keys this version requires beyond the schema's ``required``."""
        extra = schema.get("x-required-by")
        if not extra:
            return []
        return [key for version, keys in extra.items() if self.at_least(version)
                and _rank(version) >= 0 for key in keys]

    def version_requiring(self, schema: dict, key: str) -> str | None:
        for version, keys in schema.get("x-required-by", {}).items():
            if key in keys:
                return version
        return None


def _rank(version: str) -> int:
    try:
        return VERSIONS.index(version)
    except ValueError:
        return -1


def parse_version_text(text: str) -> str | None:
    """Map a MindIE version string ("3.0.0", "2.1.RC1") onto a profile name."""
    major = text.strip().split(".", 1)[0]
    if major.isdigit():
        return "3.0" if int(major) >= 3 else "2.x"
    return None
