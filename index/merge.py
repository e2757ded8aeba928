"""One study, however many pages mention it: merge records that share an identity key.

A study read as the lead of one page and as a related entry of others shares its
(journal, month, TLDR) hash, its DOI or its PMID with them. Records sharing any key are one
study: the fuller record wins field by field, and every occurrence's provenance is kept.
"""

from __future__ import annotations

from dataclasses import fields, replace

from index.records import Study


def _fullness(study: Study) -> tuple[int, int]:
    filled = sum(1 for f in fields(study) if getattr(study, f.name) not in (None, "", ()))
    return len(study.summary or ""), filled


def _combine(group: list[Study]) -> Study:
    group = sorted(group, key=_fullness, reverse=True)
    best = group[0]
    values = {}
    for f in fields(Study):
        if f.name in ("provenance", "id", "aliases"):
            continue
        value = getattr(best, f.name)
        if value in (None, "", ()):
            value = next((getattr(s, f.name) for s in group if getattr(s, f.name) not in (None, "", ())), value)
        values[f.name] = value
    cited = [s.citations for s in group if s.citations is not None]
    values["citations"] = max(cited) if cited else None
    provenance = tuple(dict.fromkeys(p for s in group for p in s.provenance))
    merged = replace(best, **values, provenance=provenance)
    keys = list(dict.fromkeys(k for s in [merged, *group] for k in s.keys()))
    return replace(merged, id=keys[0], aliases=tuple(keys[1:]))


STRONG = ("doi:", "pmid:", "url:", "slug:")


def merge_studies(studies: list[Study]) -> list[Study]:
    """Union records that share any identity key; keep first-seen order.

    A shared weak key (a hash of journal, date and title) never joins two records whose strong
    ids (DOI, PMID, URL, id column) are both known and all different: two papers can share a title.
    """
    parent = list(range(len(studies)))
    strong = [{k for k in s.keys() if k.startswith(STRONG)} for s in studies]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int, key: str) -> None:
        a, b = find(i), find(j)
        if a == b or (not key.startswith(STRONG) and strong[a] and strong[b] and strong[a].isdisjoint(strong[b])):
            return
        parent[a] = b
        strong[b] |= strong[a]

    owner: dict[str, int] = {}
    for i, study in enumerate(studies):
        for key in study.keys():
            if key in owner:
                union(i, owner[key], key)
            else:
                owner[key] = i
    groups: dict[int, list[Study]] = {}
    for i, study in enumerate(studies):
        groups.setdefault(find(i), []).append(study)
    return [_combine(group) for group in groups.values()]
