"""Reading what a person typed into something safe to search for.

Quoted parts become phrases; engine syntax (``AND``, ``*``, ``~``, stray
quotes, backslashes), control characters and anything past 200 characters
are dropped, so no input reaches the engine as syntax.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
OPERATORS = {"and", "or", "not", "&&", "||", "to"}
PHRASE = re.compile(r'"([^"]+)"')
# Keep letters, digits, marks and the few joiners names and addresses use.
NOT_WORD = re.compile(r"[^\w@.+'’-]+", re.UNICODE)


@dataclass(frozen=True)
class ParsedQuery:
    """A query split into plain words and quoted phrases."""

    text: str
    words: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.words or self.phrases)

    @property
    def plain(self) -> str:
        """All words and phrase words, for engines without phrase support."""
        return " ".join([*self.words, *self.phrases])


def clean(raw: str) -> str:
    """Return ``raw`` without control characters, trimmed to the maximum."""
    text = "".join(
        " " if unicodedata.category(char).startswith("C") else char
        for char in raw[: MAX_QUERY_LENGTH * 2]
    )
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def _words(text: str) -> list[str]:
    words = []
    for token in NOT_WORD.sub(" ", text).split():
        token = token.strip(".+'’-")
        if token and token.lower() not in OPERATORS:
            words.append(token)
    return words


def parse(raw: str | None) -> ParsedQuery:
    """Parse what was typed into words and phrases."""
    text = clean(raw or "")
    phrases = []
    for match in PHRASE.findall(text):
        words = _words(match)
        if len(words) > 1:
            phrases.append(" ".join(words))
        elif words:
            phrases.append(words[0])
    rest = PHRASE.sub(" ", text)
    words = _words(rest)
    # A one-word "phrase" is just a word.
    words += [phrase for phrase in phrases if " " not in phrase]
    phrases = [phrase for phrase in phrases if " " in phrase]
    return ParsedQuery(text=text, words=words[:MAX_WORDS], phrases=phrases[:3])
