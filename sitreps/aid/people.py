"""Who a decision is about and who took it: persons named in a sentence with the title written before
them ("Black Sea Fleet Commander Igor Osipov"), the role an appointment gives ("as commander of the
joint grouping"), and the deciding body (the nearest authority before the act: "Russian President
Vladimir Putin appointed ..." -> Putin).

A person is a run of capitalised words that starts with a known given name (the same list the place
finder uses to tell people from towns), so "Black Sea Fleet" or "Kherson Oblast" is never a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitreps.geo.finder import given_names

_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'-]*\.?(?:\s+(?:[A-Z][\w’'-]*\.?|[A-Z]\.))*")
_ROLE_WORDS = re.compile(
    r"\b(?:Commander|Head|Minister|Chief|Governor|Mayor|Director|Deputy|Secretary|Chairman|Prosecutor|"
    r"Ombudsman|Spokesperson|Representative|Envoy|Ambassador|President|Premier|Speaker|General|Admiral|"
    r"Colonel|Lieutenant|Major|Marshal)\b"
)
_ROLE = re.compile(
    r"\bas\s+(?:the\s+)?(?:new\s+|acting\s+|interim\s+|first\s+)?(?P<role>(?:[a-z][\w-]*\s+){0,4}?"
    r"(?:commander|head|minister|chief|governor|mayor|director|deputy|secretary|chairman|prosecutor|ombudsman|"
    r"spokesperson|representative|envoy|ambassador)(?:\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:(?!on\b|in\b|at\b|after\b|since\b|and\b|to\b|from\b)[\w’'-]+\b\s*){1,5})?)",
)
_BODY = re.compile(
    r"\b(?P<body>Putin|Zelensky|Lukashenko|Shoigu|Gerasimov|Biden|Kremlin|State\s+Duma|Duma|Verkhovna\s+Rada|"
    r"Rada|Federation\s+Council|[Pp]arliament|Cabinet|Russian\s+Ministry\s+of\s+Defense|Russian\s+MoD|"
    r"Ukrainian\s+General\s+Staff|occupation\s+(?:authorities|officials|administration)|Russian\s+(?:officials|authorities))\b"
)
_REPLACE_WITH = re.compile(r"\breplace[ds]?\b(?P<old>.{1,80}?)\bwith\b(?P<new>.{1,80})", re.S)
_LEAVES = re.compile(r"resigned|stepped\s+down|left\s+(?:his|her)\s+post")
_NAME_WORDS = 3  # given name, patronymic or initial, surname


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    start: int
    end: int
    title: str | None  # the capitalised words written before the name that name an office


def persons(sentence: str) -> list[Person]:
    """Every person named in the sentence, in order."""
    names = given_names()
    out: list[Person] = []
    for run in _CAPITALISED_RUN.finditer(sentence):
        words = list(re.finditer(r"\S+", run.group()))
        for i, word in enumerate(words):
            if word.group() in names and i + 1 < len(words):
                tail = words[i:i + _NAME_WORDS]
                title = run.group()[:word.start()].strip() or None
                name = " ".join(w.group() for w in tail)
                name = name if len(tail[-1].group()) == 2 else name.rstrip(".")  # "Viktor Sokolov." ends a sentence
                out.append(Person(name, run.start() + word.start(), run.start() + word.start() + len(name),
                                  title if title and _ROLE_WORDS.search(title) else None))
                break
    return out


@dataclass(frozen=True, slots=True)
class DecisionPeople:
    persons: tuple[str, ...]
    role: str | None
    body: str | None


def decision_people(sentence: str, subtype: str | None, trigger: tuple[int, int]) -> DecisionPeople:
    """The persons a decision concerns, the role at stake and the deciding body."""
    people = persons(sentence)
    leaves = bool(_LEAVES.match(sentence, trigger[0]))  # "Venediktova resigned": no one decided
    body = None if leaves else _body(sentence, trigger, people)
    concerned = [p for p in people if p.name != body and not (body and body in p.name)]
    if subtype in ("appointment", "dismissal"):
        concerned = _replacement(sentence, subtype, trigger, concerned) or [p for p in concerned if p.start >= trigger[0]] \
            or concerned
        role = _ROLE.search(sentence, trigger[0])
        title = next((p.title for p in concerned if p.title), None)
        if title is None and _REPLACE_WITH.match(sentence, trigger[0]):  # B takes the office A held
            title = next((p.title for p in people if p.title), None)
        return DecisionPeople(tuple(p.name for p in concerned[:1]), role["role"].strip() if role else title, body)
    return DecisionPeople(tuple(p.name for p in concerned[:3]), None, body)


def _replacement(sentence: str, subtype: str, trigger: tuple[int, int], people: list[Person]) -> list[Person]:
    """"replaced A with B": A leaves, B comes; "A replaced B": A comes, B leaves."""
    m = _REPLACE_WITH.match(sentence, trigger[0])
    if m:
        side = "old" if subtype == "dismissal" else "new"
        return [p for p in people if m.start(side) <= p.start < m.end(side)][:1]
    if re.match(r"(?:will\s+\w*\s*)?replace", sentence[trigger[0]:trigger[1]]):
        before = [p for p in people if p.end <= trigger[0]]
        after = [p for p in people if p.start >= trigger[1]]
        return (before[-1:] if subtype == "appointment" else after[:1])
    return []


def _body(sentence: str, trigger: tuple[int, int], people: list[Person]) -> str | None:
    """The nearest authority before the act, else the person whose act it is."""
    before = list(_BODY.finditer(sentence, 0, trigger[1]))  # "the State Duma passed" may be the trigger itself
    subject = [p for p in people if p.end <= trigger[0] and trigger[0] - p.end < 40]
    if subject and (not before or subject[-1].start > before[-1].start()):
        return subject[-1].name
    if before:
        return before[-1]["body"]
    after = _BODY.search(sentence, trigger[1])
    return after["body"] if after else None
