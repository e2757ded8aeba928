"""One study, however many pages mention it: merge records that share an identity key.

A study read as the lead of one page and as a related entry of others shares its
(journal, month, TLDR) hash, its normalised TLDR, its DOI or its PMID with them. Records
sharing any key are one study, and so are records whose title or TLDR is near-identical
(a word changed, a clause cut) when their journal and year do not disagree. The fuller record
wins field by field, and every occurrence's provenance is kept.
"""

from __future__ import annotations

from dataclasses import fields, replace

from index.records import Study, normalise_text

NEAR = 0.85  # word-set overlap (Jaccard) of two titles or TLDRs that name one study
NEAR_MIN_WORDS = 6
BLOCK_MAX = 50  # a prefix shared by more records than this is a common phrase, not an identity


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
    for i, j in near_duplicates(studies):
        union(i, j, "near")
    groups: dict[int, list[Study]] = {}
    for i, study in enumerate(studies):
        groups.setdefault(find(i), []).append(study)
    return [_combine(group) for group in groups.values()]


def _words(text: str | None) -> list[str]:
    return normalise_text(text).split() if text else []


def _compatible(a: Study, b: Study) -> bool:
    """Journal and year do not disagree (a missing one, or a journal cut short, is no disagreement)."""
    if a.year and b.year and a.year != b.year:
        return False
    ja, jb = normalise_text(a.journal or ""), normalise_text(b.journal or "")
    return not (ja and jb) or ja.startswith(jb) or jb.startswith(ja)


def _similar(a: Study, b: Study) -> bool:
    for x in (a.title, a.tldr):
        for y in (b.title, b.tldr):
            wx, wy = set(_words(x)), set(_words(y))
            if len(wx) >= NEAR_MIN_WORDS and len(wy) >= NEAR_MIN_WORDS and len(wx & wy) / len(wx | wy) >= NEAR:
                return True
    return False


def near_duplicates(studies: list[Study]) -> list[tuple[int, int]]:
    """Pairs of records whose title or TLDR is near-identical, journal and year compatible.

    Candidates are blocked by the first and by the last four words of each title and TLDR, so
    the comparison stays linear in practice (a near-copy keeps one end of the sentence).
    """
    blocks: dict[str, list[int]] = {}
    for i, study in enumerate(studies):
        for text in (study.title, study.tldr):
            words = _words(text)
            if len(words) >= NEAR_MIN_WORDS:
                for key in ("p:" + " ".join(words[:4]), "s:" + " ".join(words[-4:])):
                    members = blocks.setdefault(key, [])
                    if not members or members[-1] != i:
                        members.append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2 or len(members) > BLOCK_MAX:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if (i, j) not in pairs and _compatible(studies[i], studies[j]) and _similar(studies[i], studies[j]):
                    pairs.add((i, j))
    return sorted(pairs)
