"""Who the counted studies were about, said beside an answer to a question about one group of people.

"Does stem-cell mesotherapy work for women?" answered from two studies that never mention women
reads as evidence in women unless the answer says otherwise. A study that names only another
group is already flagged as indirect (``assistant.indirect``: "studied men, not women"); this line
adds the ones that name no group at all, and says how many speak of the group asked about, so
the reader can weigh the whole body. The groups are ``assistant.indirect.POPULATIONS``.
"""

from __future__ import annotations

from assistant.bottom_line import markers
from assistant.evidence import Member
from assistant.indirect import POPULATIONS, groups
from assistant.question import Question


def _n(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def who_studied(q: Question, members: list[Member], numbers: dict[str, int]) -> str | None:
    """The line that says how many counted studies mention the group a question asks about.

    "**Women:** 1 of 3 counted studies mentions women [2]; 1 names only men [3]; 1 names no group
    of people [1]." None when the question names no group, or when every counted study mentions
    the group asked about (then the answer already speaks for it). A study "mentions" a group when
    its own text names it; that is no proof that it studied that group alone, so the line says
    "mentions", never "was done in".
    """
    group = q.population if q.population in POPULATIONS else None
    if group is None or not members:
        return None
    named = {m.study.id: groups(f"{m.study.text()} {m.study.title or ''}", POPULATIONS) for m in members}
    said = [m for m in members if group in named[m.study.id]]
    if len(said) == len(members):
        return None
    other = [m for m in members if named[m.study.id] and group not in named[m.study.id]]
    silent = [m for m in members if not named[m.study.id]]
    total = len(members)
    counted = f"{total} counted {_n(total, 'study', 'studies')}"
    if said:
        parts = [f"{len(said)} of {counted} {_n(len(said), 'mentions', 'mention')} {group} {markers(said, numbers)}"]
    else:
        parts = [
            f"none of the {counted} mentions {group}" if total > 1 else f"the counted study does not mention {group}"
        ]
    if other:
        names = " or ".join(sorted(frozenset().union(*(named[m.study.id] for m in other)) - {group}))
        parts.append(f"{len(other)} {_n(len(other), 'names', 'name')} only {names} {markers(other, numbers)}")
    if silent:
        parts.append(f"{len(silent)} {_n(len(silent), 'names', 'name')} no group of people {markers(silent, numbers)}")
    return f"**{group.capitalize()}:** " + "; ".join(parts) + "."
