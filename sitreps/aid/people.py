"""Who a decision is about and who took it: persons named in a sentence with the title written before
them ("Black Sea Fleet Commander Igor Osipov"), the role an appointment gives ("as commander of the
joint grouping"), and the deciding body: the subject of the act when it names an authority ("The Republic
of Buryatia increased ...", "Russian President Vladimir Putin appointed ..." -> Vladimir Putin), else the
nearest authority named before it.

A person is a run of capitalised words that starts with a known given name (the same list the place
finder uses to tell people from towns), so "Black Sea Fleet" or "Kherson Oblast" is never a person.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from sitreps.geo.finder import given_names
from sitreps.ingest.dates import MONTH_ALTERNATION

_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'-]*\.?(?:\s+(?:[A-Z][\w’'-]*\.?|[A-Z]\.))*")
_ROLE_WORDS = re.compile(
    r"\b(?:Commander|Head|Minister|Chief|Governor|Mayor|Director|Deputy|Secretary|Chairman|Prosecutor|"
    r"Ombudsman|Spokesperson|Representative|Envoy|Ambassador|President|Premier|Speaker|General|Admiral|"
    r"Colonel|Lieutenant|Major|Marshal)\b"
)
_OFFICE_NOUN = (r"(?:commander|head|minister|chief|governor|mayor|director|deputy|secretary|chairman|prosecutor|"
                r"ombudsman|spokesperson|representative|envoy|ambassador)")
_ROLE = re.compile(  # "as (the new) WMD commander", "to the new position of First Deputy Chairman of ...", "was
    # appointed commander of the Western Military District", "became head of ..."
    r"\b(?:as\s+(?:the\s+)?|to\s+the\s+(?:new\s+)?(?:position|post)\s+of\s+(?:the\s+)?|(?:was|were|been)\s+appointed\s+"
    r"(?:the\s+)?|became\s+(?:the\s+)?|\bthe\s+(?=new\s))(?:new\s+|acting\s+|interim\s+|first\s+)?"
    r"(?P<role>(?:(?:[\w-]+|\([A-Z]{2,5}\))\s+){0,4}?"
    rf"(?i:{_OFFICE_NOUN})(?:\s+(?:[A-Z][\w-]*\s+){{0,2}}?(?i:{_OFFICE_NOUN}))*(?:\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:(?!on\b|in\b|at\b|after\b|since\b|and\b|to\b|from\b|who\b|which\b|that\b|because\b|responsible\b|"
    r"with\b)[“”\"]?[\w’'()-]+\b\s*){1,5})?)",
)
_NEXT_APPOINTMENT = re.compile(r",?\s+and\s+(?:\w+ly\s+)?(?:appointed|named)\b")
_NO_QUOTES = str.maketrans("", "", "“”\"")
_BODY_NAMES = (
    r"Putin|Zelensky|Lukashenko|Shoigu|Gerasimov|Biden|Kremlin|State\s+Duma|Duma|Verkhovna\s+Rada|"
    r"Rada|Federation\s+Council|[Pp]arliament|Cabinet|Russian\s+Ministry\s+of\s+Defense|Russian\s+MoD|"
    r"Ukrainian\s+General\s+Staff|occupation\s+(?:authorities|officials|administration)|Russian\s+(?:officials|authorities)"
)
_BODY = re.compile(rf"\b(?P<body>{_BODY_NAMES})\b")
_REPLACE_WITH = re.compile(r"\breplace[ds]?\b(?P<old>.{1,160}?)\bwith\b(?P<new>.{1,80})", re.S)
_UNCLOSED = re.compile(r"\s*\([^)]*$")  # "commander of the Southern Military District (SMD": the abbreviation cut off
_SPEAKS = re.compile(r"\s*(?:\w+ly\s+)?(?:stated|said|reported|claimed|noted|added|told)\b")
_LEAVES = re.compile(r"resigned|stepped\s+down|(?:left|leaving|leave)\s+(?:his|her)\s+(?:post|position|office)")
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
    """The persons a decision concerns (who is appointed or dismissed; no one for a law, decree or other
    act, where the persons named are those who make or report it), the role at stake and the deciding body."""
    people = persons(sentence)
    leaves = bool(_LEAVES.match(sentence, trigger[0]))  # "Venediktova resigned": no one decided
    body = None if leaves else _named(_body(sentence, trigger, people), sentence, trigger[0])
    concerned = [p for p in people if p.name != body and not (body and body in p.name)]
    if subtype in ("appointment", "dismissal"):
        concerned = _replacement(sentence, subtype, trigger, concerned) or _passive_subject(sentence, trigger, concerned) \
            or [p for p in concerned if p.start >= trigger[0]] or [p for p in concerned if not _SPEAKS.match(sentence, p.end)]  # "Malyar stated that officials began
        # replacing collaborators" dismisses no Malyar
        passive = _PASSIVE_BEFORE.search(sentence, max(0, trigger[0] - 20), trigger[0])  # "was appointed commander of"
        next_act = _NEXT_APPOINTMENT.search(sentence, trigger[1])  # "appointed A as ... and named B as his deputy"
        role = _ROLE.search(sentence, passive.start() if passive else trigger[0], next_act.start() if next_act else len(sentence))
        title = next((t for p in concerned if (t := _office_of(sentence, p))), None)
        if title is None and _REPLACE_WITH.match(sentence, trigger[0]):  # B takes the office A held
            title = next((t for p in people if (t := _office_of(sentence, p))), None)
        chosen = _coordinated(sentence, concerned[:1], people)
        office = _UNCLOSED.sub("", role["role"]).strip().translate(_NO_QUOTES) if role else title
        return DecisionPeople(tuple(p.name for p in chosen), office, body)
    return DecisionPeople((), None, body)  # a law or decree concerns no one person: those named make or report it


def _office_of(sentence: str, person: Person) -> str | None:
    """The office written with a person's name: before it ("Black Sea Fleet Commander Igor Osipov") or beside it
    ("the Commander of the Russian Airborne Forces, Colonel-General Andrey Serdyukov"); a military rank is no office."""
    title = _RANK_AT_END.sub("", person.title or "").strip() or None
    if title and not _RANK_ONLY.fullmatch(title):
        return title
    beside = _OFFICE_BESIDE.search(sentence, max(0, person.start - 160), person.start)
    return beside["office"] if beside else None


_RANK = (r"(?:(?:Colonel|Lieutenant|Major)[- ]General|Army\s+General|General\s+of\s+the\s+Army|"
         r"(?:Vice|Rear)[- ]Admiral|Admiral|(?:Lieutenant[- ])?Colonel|Major|Captain)")
_RANK_ONLY = re.compile(rf"{_RANK}|General", re.I)  # "Prosecutor General" ends in an office, "General X" is a rank
_RANK_AT_END = re.compile(rf"\s*\b{_RANK}$")
_OFFICE_BESIDE = re.compile(
    rf"(?:\b[Tt]he\s+)?(?P<office>(?:[A-Z][\w’'()-]*\s+){{0,3}}(?i:{_OFFICE_NOUN})(?:\s+(?:of|for)\s+(?:the\s+)?"
    rf"(?:[\w’'()-]+\s+){{0,5}}[\w’'()-]+)?),\s+(?:{_RANK}\s+)?$")


def _coordinated(sentence: str, first: list[Person], people: list[Person]) -> list[Person]:
    """The person a decision concerns and those joined to them ("replace Minister of Defense Sergei Shoigu and
    Chief of the General Staff Valeriy Gerasimov"): one act each."""
    out = list(first)
    for p in people:
        if out and p.start > out[-1].end and _JOINED.fullmatch(sentence, out[-1].end, p.start):
            out.append(p)
    return out


_JOINED = re.compile(  # ", and" or "and", then at most a title: "and Chief of the General Staff Army General"
    r"(?:\s*,)?\s+and\s+(?:(?:[A-Z][\w’'-]*|of|the|for)\s+){0,8}|,\s+(?:(?:[A-Z][\w’'-]*|of|the|for)\s+){0,8}(?=[^,]*\band\b)"
)


def _passive_subject(sentence: str, trigger: tuple[int, int], people: list[Person]) -> list[Person]:
    """"Colonel-General Mizintsev has been appointed Deputy Defense Minister, replacing Bulgakov": a passive act
    concerns its subject, the last person named before it in its clause, not whoever follows."""
    if not (_PASSIVE_BEFORE.search(sentence, 0, trigger[0]) or _PASSIVE.match(sentence, trigger[0])):
        return []
    before = [p for p in people if p.end <= trigger[0] and not re.search(r"[;:]|\bthat\b", sentence[p.end:trigger[0]])]
    return before[-1:]


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
    """The subject of the act when it names an authority ("the Republic of Buryatia increased ..."), else the
    nearest authority before the act, else the person whose act it is."""
    if _undergoes(sentence, trigger, people):  # "Dvornikov was removed", "A replaced B": the subject is who moves
        by = _BY_BODY.search(sentence, trigger[1])
        return by["body"] if by else None
    # a trigger that starts with a name ("Putin ordered", or a learned reader's "Putin") leaves no subject before it
    named = subject_phrase(sentence, trigger[0]) if not sentence[trigger[0]:trigger[0] + 1].isupper() else None
    if named:
        person = next((p for p in people if named[1] <= p.start and p.end <= named[2]), None) or next(
            (p for p in people if p.start >= named[2] and p.end <= trigger[0]
             and _OFFICE_BESIDE_NAME.fullmatch(sentence, named[2], p.start)), None)
        return person.name if person else named[0]
    told = list(TOLD_THAT.finditer(sentence, 0, trigger[0]))  # "The General Staff reported that the Russian
    # military began recruiting": the act is the clause's, and who tells of it is no candidate
    if told and (acting := _told_subject(sentence, told[-1].end(), trigger[0])):
        person = next((p for p in people if acting[1] <= p.start and p.end <= acting[2]), None)
        return person.name if person else acting[0]  # "that Colonel General Sergey Kuzovlev is": the person
    before = list(_BODY.finditer(sentence, 0, trigger[1]))  # "the State Duma passed" may be the trigger itself
    subject = [p for p in people if p.end <= trigger[0] and trigger[0] - p.end < 40]
    if subject and (not before or subject[-1].start > before[-1].start()):
        return subject[-1].name
    if before:
        return before[-1]["body"]
    after = _BODY.search(sentence, trigger[1])
    return after["body"] if after else _plain_subject(sentence, trigger[0])


TOLD_THAT = re.compile(  # "reported that", "told Reuters that": what follows is the act's own clause
    r"\b(?:reported|stated|said|claimed|noted|indicated|warned|confirmed|added|announced|told\s+(?:[\w’'-]+\s+){1,4}?)"
    r"\s+(?:on\s+\w+\s+\d+\s+|previously\s+)?that\s+")
_CLAUSE_VERB = re.compile(r"(?:has|have|had|is|are|was|were|will|would|plans?|intends?|also|now|\w+ly|[a-z]+ed|began|"
                          r"took|made|sent|set|held|gave|began|started|stopped|wants|seeks|continues|requires|allows|bans|"
                          r"orders|forbids)$")


def _told_subject(sentence: str, clause: int, at: int) -> tuple[str, int, int] | None:
    """The noun phrase that opens a reported clause and acts in it ("that the Russian military began", "that the
    Chuvash Republic will increase", "that Russia has formed"), when it is a name, not a pronoun or a common noun."""
    words = list(re.finditer(r"[^\s,;:()]+", sentence[clause:at + 40]))
    det = 1 if words and _DETERMINER.match(words[0].group() + " ") else 0
    taken = list(itertools.takewhile(lambda w: w.group()[0].isupper() or w.group() in _NOUN_PHRASE_WORDS, words[det:]))
    following = words[det + len(taken)].group() if det + len(taken) < len(words) else ""
    while taken and taken[-1].group() in _NOUN_PHRASE_WORDS and taken[-1].group() not in _PLURAL_ACTORS:
        taken.pop()  # "Russian federal subjects (regions)": the phrase ends at its noun
    if not taken or not taken[0].group()[0].isupper() or not _CLAUSE_VERB.fullmatch(following):
        return None
    start, end = clause + taken[0].start(), clause + taken[-1].end()
    phrase = sentence[start:end]
    if len(taken) > _SUBJECT_WORDS or _NOT_A_NAME.match(phrase) or _NOT_A_SUBJECT.match(phrase) \
            or _NOT_A_DECIDER.search(phrase) and not _AUTHORITY.search(phrase):
        return None
    return phrase, start, end


_PLURAL_ACTORS = {"authorities", "officials", "forces", "military", "administration", "administrations", "government",
                  "governments", "leadership", "command", "occupiers", "subjects", "ministry", "council", "committee"}


def _named(body: str | None, sentence: str, at: int) -> str | None:
    """A body written as a bare noun ("the oblast will form") is the one the sentence names before the act
    ("Novosibirsk Oblast Governor Andrey Travnikov announced that the oblast ...")."""
    if not body or not _BARE_NOUN.fullmatch(body):
        return body
    noun = body.split()[-1]
    named = [m.group() for m in re.finditer(rf"\b(?:[A-Z][\w’'-]*\s+){{1,3}}{noun.capitalize()}\b", sentence[:at])]
    return named[-1] if named else body


_BARE_NOUN = re.compile(r"(?:the\s+)?(?:oblast|republic|region|krai|city)")


def _plain_subject(sentence: str, at: int) -> str | None:
    """The noun phrase before the act when nothing names an authority ("Local military recruitment centers in Udmurt
    announced", "Russia has suspended"): whoever acts decides. None when the words before the act are a clause."""
    opens = [m.end() for m in _CLAUSE_OPENS.finditer(sentence, 0, at)]
    phrase = sentence[max(opens, default=0):at]
    trail = _TRAILING.search(phrase)
    phrase = (phrase[:trail.start()] if trail else phrase).strip()
    words = phrase.split()
    if not words or len(words) > _SUBJECT_WORDS or not phrase[0].isupper() or _NOT_A_SUBJECT.match(phrase):
        return None
    if any(_VERB_LIKE.fullmatch(w) for w in words) or _NOT_A_DECIDER.search(phrase):
        return None  # "Russia has been forced to": a clause; "Russian sources reported": who tells, not who decides
    if _NOT_A_NAME.match(words[-1]) or _ADJECTIVE.fullmatch(words[-1]) or words[-1].endswith(("’s", "'s")):
        return None  # "The", "Transnistrian", "Russian regional", "Russia’s": no noun
    return phrase


_NOT_A_DECIDER = re.compile(
    r"\b(?:outlets?|sources?|media|news|wire|TASS|milbloggers?|bloggers?|documents?|legislation|drafts?|bills?|"
    r"men|women|residents|civilians|citizens|troops|mobilization|report|reports)\b", re.I)
_ADJECTIVE = re.compile(r"(?!official)[a-z]+al|[A-Z][a-z]+(?:ian|ish|ese|ern|can)")
_VERB_LIKE = re.compile(r"[a-z][\w’'-]*(?:ed|ing)|has|have|had|is|are|was|were|be|been|to|will|would|that|said|"
                        r"stated|reportedly|also", re.I)


def _undergoes(sentence: str, trigger: tuple[int, int], people: list[Person]) -> bool:
    """The subject of the act is the person appointed or dismissed, not who decided: a passive ("was appointed",
    "has been removed") or "A replaced B" (but "Putin replaced A with B" and "the Kremlin replaced B" name the
    decider)."""
    said = sentence[trigger[0]:trigger[1]]
    verb = said.split()[0] if said.split() else ""
    if not verb.endswith("ing") and (_PASSIVE_BEFORE.search(sentence, 0, trigger[0]) or _PASSIVE.match(said)):
        return True
    if not said.startswith("replaced") or _REPLACE_WITH.match(sentence, trigger[0]):
        return False
    subject = [p for p in people if p.end <= trigger[0] and trigger[0] - p.end < 40]
    return bool(subject) and not _BODY.fullmatch(subject[-1].name.split()[-1])


_OFFICE_BESIDE_NAME = re.compile(  # "the head of the administration, Yevheny Balitsky,", "Chechen leader Ramzan Kadyrov":
    # the person the office names decided
    r"\s*,?\s*(?:[\w’'-]+\s+){0,6}"
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|be|is|are)\s+(?:\w+ly\s+)?$")
_PASSIVE = re.compile(r"(?:was|were|has\s+been|have\s+been|had\s+been)\b")
_BY_BODY = re.compile(rf"\bby\s+(?:the\s+)?(?P<body>{_BODY_NAMES})\b")
_CONJUNCTION = r"\b(?:that|which|since|after|when|while|because)\s+"
_CLAUSE_OPENS = re.compile(  # a conjunction, punctuation, or a reporting verb with no "that" ("reported the Kremlin
    # plans to remove")
    rf"^|{_CONJUNCTION}|\b(?:reported|stated|said|claimed|noted)\s+(?=the\s+[A-Z])|[,;:“\"()]\s*"
)
_AND = re.compile(r"\band\s+")
_PAST_VERB = re.compile(r"has|have|had|also|[a-z]+ed|began|took|made|sent|set|held|gave|met")  # what follows a subject
_CLAUSE_OPENS_UNQUOTED = re.compile(rf"^|{_CONJUNCTION}|[,;:]\s*")  # a quoted word does not end the subject's clause
_AND_VERB_BEFORE = re.compile(r"[a-z]{3,}\s+(?:[\w’'“”-]+\s+){1,20}?and\s+(?:\w+ly\s+)?$")
_ASIDE_BEFORE = re.compile(  # "The Russian Ministry of Defense (MoD) banned", "Zhuravlev (the first mention since ...) is"
    r"\s*\([^()]{1,100}\)\s*(?:(?:is|are|was|were|has|have|had)\s+)?$")
_TRAILING = re.compile(  # what stands between a subject and its verb: "has also reportedly", "on July 5"
    r"(?:\s+(?:has|have|had|will|would|is|are|was|were|been|also|[a-z]+ly|already|then|just|later|now|further|instead|"
    r"(?:on|in|by)\s+(?:[A-Z]\w+|\d+)(?:\s+\d+)?|last\s+\w+|this\s+\w+))+\s*$"
)
AUTHORITY_NOUNS = (  # the bodies and offices that decide; sitreps.aid.decisions builds its state actors on them
    r"[Oo]fficials|[Aa]uthorities|[Aa]dministrations?|[Gg]overnments?|[Mm]inistry|[Mm]inistries|MoD|[Cc]ouncils?|[Cc]ommittee|"
    r"[Cc]ourts?|[Pp]arliament|Duma|Rada|Kremlin|[Gg]overnors?|[Hh]eads?|[Mm]ayors?|President|Cabinet|[Cc]ommission|"
    r"[Oo]ffice|Oblast|Krai|Republics?|DNR|LNR|[Pp]rosecutor\w*|[Ss]ervice|FSB|Rosgvardia"
)
_AUTHORITY = re.compile(  # a deciding body may also be forces, a command, a party or a country
    rf"\b(?:{AUTHORITY_NOUNS}|[Ff]orces|military|[Cc]ommand|[Ss]taff|leadership|deputies|Russia|Ukraine|Belarus|"
    r"occupiers|[Aa]gency|[Pp]arty|United\s+Russia)\b",
    re.I,
)
_DETERMINER = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+")
_SUBJECT_WORDS = 9


def subject_phrase(sentence: str, at: int) -> tuple[str, int, int] | None:
    """The noun phrase that is the subject of the verb at ``at`` when it names an authority ("The Republic
    of Buryatia increased", "DNR officials have reportedly banned", "Mishustin decreed"), as (text, start, end);
    for a pronoun ("announced that it had ratified"), the subject that opens the sentence. None when the words
    before the verb are not such a phrase."""
    aside = _ASIDE_BEFORE.search(sentence, 0, at)  # "The Russian Ministry of Defense (MoD) banned"
    at = aside.start() if aside else at
    opens = [m.end() for m in _CLAUSE_OPENS.finditer(sentence, 0, at)]
    clause = _list_start(sentence, max(opens) if opens else 0)
    # "and" may join two verbs ("signed ... and appointed") or two names ("the governors of A and B"): the
    # longest phrase that still names an authority wins
    starts = [clause] + [m.end() for m in _AND.finditer(sentence, clause, at)]
    for start in starts:
        appositive = start > 0 and sentence[start - 2:start] == ", " and not sentence[start:at].strip()
        if appositive:
            start = max(sentence.rfind(",", 0, start - 2) + 1, 0)  # "The head, Yevheny Balitsky, signed"
            at = start + len(sentence[start:at].rstrip(", "))
        start += len(sentence[start:at]) - len(sentence[start:at].lstrip())
        phrase = sentence[start:at]
        trail = _TRAILING.search(phrase)
        phrase = phrase[:trail.start()] if trail else phrase.rstrip()
        opening = _opening_subject(sentence) if _PRONOUN.fullmatch(phrase) and start > 0 else None
        if opening:  # "Balitsky said that he ordered": who opens the sentence
            phrase, start, _ = opening
        det = _DETERMINER.match(phrase)
        if det:
            start, phrase = start + det.end(), phrase[det.end():]
        if _names_an_authority(phrase):
            return phrase, start, start + len(phrase)
        if appositive and sentence[start - 2:start] == ", ":  # "the Minister of ..., Ukrainian collaborator Oleksii
            # Kovalev, ordered": the office the name stands beside
            head = _phrase_before(sentence, start - 2)
            if head:
                return head
    opened = max((m.end() for m in _CLAUSE_OPENS_UNQUOTED.finditer(sentence, 0, at)
                  if not sentence.startswith("and ", m.end())), default=0)  # ", and appointed" goes on the clause
    if _AND_VERB_BEFORE.search(sentence, opened, at):  # "the Kremlin provided new norms ... and ordered": one subject
        return _clause_subject(sentence, opened)
    return None


def _list_start(sentence: str, clause: int) -> int:
    """Where a list that ends at ``clause`` begins: "Kharkiv, Donetsk, Zaporizhia, and Kherson Oblast occupation
    authorities threatened" is one subject, not its last item."""
    if not _LIST_END.match(sentence, clause):
        return clause
    start = clause
    while (item := _LIST_ITEM.search(sentence, 0, start)) is not None:
        start = item.start()
    return start


_LIST_END = re.compile(r"(?:and|or)\s+", re.I)
_LIST_ITEM = re.compile(  # one item of such a list, with its comma: "Zaporizhia, ", "the Ministry of Internal Affairs, "
    r"(?:(?<=, )|(?<=that )|(?<=^))(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for)){0,4},\s+$")


def _opening_subject(sentence: str) -> tuple[str, int, int] | None:
    """The phrase that opens a sentence ("Head of the Chechen Republic Ramzan Kadyrov"), or its words up to the
    first comma ("The head of the Zaporizhia Occupation Administration, Yevheny Balitsky, said")"""
    acting = _clause_subject(sentence, 0)  # "Occupation authorities began ...; they also promised"
    if acting:
        return acting
    first = _LEADING_PHRASE.match(sentence)
    if first and _names_an_authority(first.group().rstrip()):
        return first.group().rstrip(), 0, len(first.group().rstrip())
    return _phrase_before(sentence, sentence.find(","))


def _phrase_before(sentence: str, comma: int) -> tuple[str, int, int] | None:
    """The authority named between the last clause opening and the comma at ``comma``, if any."""
    if comma <= 0:
        return None
    start = max((m.end() for m in _CLAUSE_OPENS.finditer(sentence, 0, comma) if m.end() < comma), default=0)
    phrase = sentence[start:comma].strip()
    start = sentence.index(phrase, start) if phrase else start
    det = _DETERMINER.match(phrase)
    if det:
        start, phrase = start + det.end(), phrase[det.end():]
    return (phrase, start, start + len(phrase)) if _names_an_authority(phrase) else None


def _clause_subject(sentence: str, clause: int) -> tuple[str, int, int] | None:
    """The noun phrase that opens a clause ("the Kremlin" in "the Kremlin provided norms and ordered"), if it
    names an authority."""
    words = list(re.finditer(r"\S+", sentence[clause:]))
    det = 1 if words and _DETERMINER.match(words[0].group() + " ") else 0
    taken = list(itertools.takewhile(lambda w: w.group()[0].isupper() or w.group() in _NOUN_PHRASE_WORDS, words[det:]))
    following = words[det + len(taken)].group() if det + len(taken) < len(words) else ""
    if not taken or not _PAST_VERB.fullmatch(following):
        return None  # "authorities are giving quotas ... and extended job security": no verbs joined
    start, end = clause + taken[0].start(), clause + taken[-1].end()
    phrase = sentence[start:end].rstrip(",")
    return (phrase, start, start + len(phrase)) if _names_an_authority(phrase) else None


_OPEN_ENDS = {"in", "of", "for", "at", "on", "from", "by", "to", "with", "the", "a", "an", "and"}


def _names_an_authority(phrase: str) -> bool:
    words = phrase.split()
    if not words or len(words) > _SUBJECT_WORDS or _POSSESSIVE_DATE.search(phrase):
        return False
    if any(not w[0].isupper() and w not in _NOUN_PHRASE_WORDS and "-" not in w for w in words):
        return False  # a verb or a clause ("the Kremlin has ordered the MoD to"), not a noun phrase
    if _NOT_A_NAME.match(phrase) or phrase.endswith(("’s", "'s")) or words[-1] in _OPEN_ENDS:
        return False  # "Russian" alone is an adjective; "Putin’s" a possessive; "authorities in" (annexed Luhansk) no phrase
    return bool(_AUTHORITY.search(phrase)) or (len(words) <= _NAME_WORDS and all(w[0].isupper() for w in words)
                                               and not _NOT_A_SUBJECT.match(phrase))


_PRONOUN = re.compile(r"it|he|she|they", re.I)
_NOT_A_NAME = re.compile(r"(?:The|A|An|He|She|It|They|We|Public|[A-Z][a-z]+(?:ian|ish|ese|ern|can))$")
_LEADING_PHRASE = re.compile(r"(?:(?:[A-Z][\w’'.-]*|of|the|and|in|for)\s+)+")
_NOT_A_SUBJECT = re.compile(r"(?:However|Meanwhile|Additionally|Separately|Similarly|Also|ISW|This|These|That)\b")
_POSSESSIVE_DATE = re.compile(r"['’]s\s+" + MONTH_ALTERNATION)  # "Putin’s October 5 decree"
_NOUN_PHRASE_WORDS = {
    "of", "the", "and", "in", "for", "at", "his", "her", "its", "their", "occupation", "authorities", "officials", "administration",
    "administrations", "government", "ministry", "council", "committee", "committees", "court", "forces", "military",
    "command", "staff", "leadership", "parliament", "governor", "governors", "head", "heads", "mayor", "mayors",
    "deputies", "deputy", "commission", "office", "local", "regional", "federal", "oblast", "city", "unspecified",
    "leaders", "parliamentarians", "occupiers", "subjects", "service", "services", "agency", "party", "press",
    "district", "republic", "region", "regions", "border", "draft", "mobilization", "senior", "top", "new", "occupied", "oblasts",
    "governments", "republics", "ministries", "courts", "councils",
}
