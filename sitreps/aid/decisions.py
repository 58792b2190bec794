"""Decisions: one discrete act by an authority (appointments, dismissals, laws, decrees, extensions,
mobilisation orders, institutional changes), told apart from ongoing practice, speculation, results of
earlier acts and talk about acts; with the persons concerned, the role and the deciding body. Three readers, each
where the one before found nothing: the cues (data/cues.tsv), the subject reader (a state actor as the subject of
an act verb: "The Belgorod Oblast government canceled ..."), and the learned model (sitreps.aid.learned)."""

from __future__ import annotations

import re
from dataclasses import replace

from sitreps.aid.cues import AidFrame, Cue
from sitreps.aid.learned import load_decision_model, sentence_features
from sitreps.aid.people import AUTHORITY_NOUNS, TOLD_THAT, decision_people, persons, subject_phrase


def decision_frames(cue: Cue, match: re.Match[str], sentence: str) -> list[AidFrame]:
    """The decision a cue names, or [] when the sentence does not report an act. "X replaced Y" is an
    appointment and a dismissal; with no successor named, a dismissal only."""
    if not _is_act(cue, match, sentence):
        return []
    frames = _decision(sentence, cue, match)
    if cue.subtype == "appointment" and _REPLACES.search(match.group()):  # "X replaced Y": Y leaves office
        left = decision_people(sentence, "dismissal", match.span())
        dismissal = one_per_act(replace(frames[0], subtype="dismissal", persons=left.persons, role=left.role))
        if _MANY_REPLACED.match(sentence, match.end()) or not _successor_named(sentence, match):
            frames = dismissal  # "has replaced eight generals", "replaced the VDV commander": no one named comes
        elif not match.group().lower().startswith("will"):  # "X will replace Y" appoints; Y is still in office
            frames += dismissal
    elif cue.subtype == "appointment" and frames[0].subtype == "appointment":
        frames += _replaced_in_passing(sentence, frames[0], match)
    return frames


def _replaced_in_passing(sentence: str, appointment: AidFrame, match: re.Match[str]) -> list[AidFrame]:
    """"A has been appointed Deputy Defense Minister ..., replacing Army General B": B leaves the office A takes."""
    replacing = _REPLACING.search(sentence, match.end())
    if replacing is None or _CLAUSE_BREAK.search(sentence, match.end(), replacing.start()):
        return []
    left = next((p for p in persons(sentence) if replacing.end() <= p.start <= replacing.end() + 40
                 and not sentence[replacing.end():p.start].strip(" ").count(",")), None)
    if left is None or left.name in appointment.persons:
        return []
    return [replace(appointment, subtype="dismissal", persons=(left.name,))]


_REPLACING = re.compile(r",\s+(?:thereby\s+|effectively\s+)?replacing\s+")
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:that|who|which)\b")


_OFFICE = re.compile(  # appointments and dismissals are to and from offices
    r"\b(?:commander|head|minister|chief|governor|mayor|director|deputy|secretary|chairman|prosecutor|ombudsman|"
    r"spokesperson|ambassador|representative|envoy|post|position|office|duties|command|leader|president|premier|"
    r"general|admiral|officer|commissar|rank)s?\b",
    re.I,
)
_NOT_A_DECISION = re.compile(  # section headings, criticism, denials and requests are about decisions, not acts
    r"\bobjective:|\bset(?:ting|s)?\s+(?:the\s+)?conditions|\bpolicies\b|\befforts\s+to\s+downplay|\bfears?\s+that\b|"
    r"\bdoes\s+not\s+recognize|\basked\s+(?:\w+\s+)?to\b|\bcritic(?:s|ism|ized|izing)?\b|\bden(?:ied|ies|y)\b|"
    r"\bdenounc\w*|\bcall(?:ed|s|ing)?\s+(?:for|on)\b|\bavoid\w*\s+(?:ordering|declaring|announcing)\b|"
    r"\brumou?rs?\b|\bindicators?\b|\bsanctions?\b|understandingwar\.org|\||\bfake\b",
    re.I,
)
_NOT_AN_ACT_BEFORE = re.compile(  # ongoing practice, speculation and ISW's explanations of an earlier act
    r"\b(?:continu\w*|preparing|prepares?|likely|(?-i:may)|might|could|would|should|potential(?:ly)?|possib\w*|whoever|"
    r"reportedly\s+preparing|if|whether|not|no|never|sought\s+to|attempt\w*\s+to|wants?\s+to|previously|by|newly|"
    r"regionally|having|"
    r"after|before|since|when|following|until|day|refus\w*\s+to|demanding)"  # "the same day Putin announced ..." is background
    r"\s+(?:\w+\s+){0,3}$|"
    r"\b(?:the|a|an|its|their|his|her|through|under|with|of)\s+recently\s+$",  # "through recently signed agreements": a modifier
    re.I,
)
_MILITARY_ORDER = re.compile(
    r"\b(?:readiness\s+checks?|(?:military\s+|combat\s+|joint\s+)?exercises|"
    r"withdraw\w*\s+(?:of\s+(?:\w+\s+){0,2})?(?:from|troops|forces|units)|assaults?\s+on|attacks?\s+on|offensives?|counteroffensives?|"
    r"re-?deploy\w*|deploy\s+to|strikes\s+on|no[-\s]retreat|hold\s+(?:their|its)\s+positions|strateg(?:y|ies)|tactics|"
    r"field\s+camps?|(?:military|new)\s+bases?|(?:system|lines?)\s+of\s+defen[cs]e|defensive\s+(?:lines?|positions?)|(?:forces|troops|units)\s+to\s+(?:capture|seize|take|reach|advance)|"
    r"(?:replaced|relieved)\s+(?:with|by)\s+(?:[\w’'-]+\s+){0,2}(?:forces|troops|units)|"
    r"(?:ordered|transfer\s+of)\s+(?:[\w’'-]+\s+){0,2}(?:forces|troops|units)|blockade|prioriti[sz]e\s+(?:the\s+)?destruction)\b",
    re.I,
)
_CITED_BEFORE = re.compile(  # "despite Sobyanin's announcement that", "citing Sobyanin's statement that" (not "citing a source")
    r"\b(?:despite|contrary\s+to|(?:by|at)\s+the\s+time)\b[^,;]*$|"
    r"\bcit(?:ed|ing)\s+[^,;]{0,60}?\b(?:statement|announcement|decree|order|declaration|claim)s?\s+that\b[^,;]*$",
    re.I,
)
_HEARSAY_BEFORE = re.compile(  # an inference ("the shift suggests that"), not a report ("Russian reports continue to
    # suggest that", "Shoigu suggested that" proposes)
    r"\b(?:implied|implies|(?<!reports\s)(?<!\bto\s)suggests?|hinted|speculated)\s+that\b", re.I)
_PLANS_AS_A_NOUN = re.compile(r"\b(?:the|their|its|his|her|these|those|Russian|Ukrainian|announced|[\w-]+[’']s)\s+$", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no\s+longer|(?:has|have)\s+yet\s+to)\b|n[’']t\b", re.I)
_ONGOING_OR_HEDGED = re.compile(r"\bcontinu\w+\s+to\b|\b(?:will|would|may|might|could)\s+likely\b|\bpromoted\b", re.I)
_HEDGE_INSIDE = re.compile(r"\b(?:likely|probably|may\s+have|might\s+have|informal(?:ly)?)\b", re.I)
_RELATIVE_CLAUSE_BEFORE = re.compile(r"\bwhom?\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:[\w’'-]+\s+){0,5}$")
_NON_STATE_SUBJECT = re.compile(  # Wagner is not an authority: "The Wagner Private Military Company announced ...";
    # nor are the writers who relay acts: "milblogger and military correspondent Sasha Kots announced recruitment"
    r"\b(?:Wagner(?:\s+Group|\s+Private\s+Military\s+Company|\s+PMC)?|Prigozhin)\s+(?:\w+\s+){0,2}$|"
    r"\b(?:milbloggers?|bloggers?|correspondents?|journalists?)\s+(?:[A-Z][\w’'-]+\s+){0,3}(?:\w+ly\s+)?$"
)
_NON_STATE_SENTENCE = re.compile(r"\W*(?:[\w’'-]+\s+){0,4}?(?:Prigozhin|Wagner)\b")  # "Wagner financier Prigozhin ..."
_DECIDED = re.compile(r"decided\s+to", re.I)
_OPERATION_NEXT = re.compile(
    r"\s+(?:\w+ly\s+)?(?:seize|capture|attack|assault|storm|launch|advance|withdraw|retreat|deploy|redeploy|shell|ignore|"
    r"strike|spoil|put|encircle|push|abandon|commit|focus|prioriti[sz]e|use|fight|defend|hold|continue)\b"
)
_FORCES_BEFORE = re.compile(r"\b(?:forces|troops|units|Ukrainians|Russians|command|commanders?)\s+(?:\w+\s+){0,2}$")
_RESULT_FIGURE = re.compile(r"^\s*(?:approximately\s+|about\s+|over\s+|some\s+|more\s+than\s+)?\d")


def _is_act(cue: Cue, match: re.Match[str], sentence: str) -> bool:
    """One discrete act by an authority, not ongoing practice ("continues to mobilize"), speculation
    ("is preparing for a second wave"), a result ("mobilized 300,000 men") or talk about an act."""
    if _NOT_A_DECISION.search(sentence, 0, match.end()) or _NOT_AN_ACT_BEFORE.search(sentence, 0, match.start()):
        return False  # what comes after the act ("... to set conditions to fill her post") does not undo it
    if _MILITARY_ORDER.search(sentence, match.start(), match.end() + 60):
        return False  # "ordered a snap readiness check", "forbade a subordinate from withdrawing": command, not policy
    if sentence[max(0, match.start() - 1):match.start()] == "-":
        return False  # "a Russian-imposed curfew" names a decree already in force
    if _CITED_BEFORE.search(sentence, 0, match.start()) or _HEARSAY_BEFORE.search(sentence, 0, match.start()):
        return False  # "despite Sobyanin's announcement that mobilization ended": an earlier act, cited; "implied that"
    if match.group()[:4].lower() == "plan" and _PLANS_AS_A_NOUN.search(sentence, 0, match.start()):
        return False  # "disrupting Russian plans to introduce ruble salaries": a plan named, not one made
    if _HEDGE_INSIDE.search(match.group()) or _RELATIVE_CLAUSE_BEFORE.search(sentence, 0, match.start()):
        return False  # "The Kremlin likely directed ...", "a milblogger whom Putin recently appointed ..."
    if _DECIDED.fullmatch(match.group()) and (_OPERATION_NEXT.match(sentence, match.end()) or _FORCES_BEFORE.search(
            sentence, max(0, match.start() - 60), match.start())):
        return False  # "Russian forces decided to seize the plant": a military choice, not an institutional act
    non_state = _NON_STATE_SUBJECT.search(sentence, max(0, match.start() - 60), match.start())
    if non_state or _NON_STATE_SENTENCE.match(sentence):
        return False  # "The Wagner Private Military Company announced the creation of its own channel"
    if cue.subtype in ("appointment", "dismissal") and not (_OFFICE.search(sentence) or persons(sentence)):
        return False  # to or from an office, or a named person ("the Kremlin fired Serdyukov")
    return not _RESULT_FIGURE.match(sentence, match.end())


def _successor_named(sentence: str, match: re.Match[str]) -> bool:
    """"replaced A with B" or "Muradov replaced Chaiko": someone named takes the office."""
    if _WITH_SOMEONE.search(sentence, match.start(), match.end() + 160):
        return True
    subject = _SURNAME_BEFORE.search(sentence, 0, match.start())
    return bool(subject) and subject["name"] not in _INSTITUTIONS


_WITH_SOMEONE = re.compile(r"\b(?:with|by)\s+(?:[A-Z]|a\s|an\s|the\s+(?:[\w’'()-]+\s+){0,8}?[A-Z])")
_SURNAME_BEFORE = re.compile(
    r"\b(?P<name>[A-Z][\w’'-]+),?\s+(?:\w+ly\s+)?(?:has\s+|had\s+|have\s+|will\s+)?(?:\w+ly\s+)?$"
)
_INSTITUTIONS = {"Kremlin", "Putin", "Ministry", "MoD", "Defense", "Russia", "Ukraine", "Staff", "Shoigu", "Command",
                 "Government", "Council", "Duma", "President", "Officials", "Authorities"}
_MANY_REPLACED = re.compile(
    r"\s+(?:at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|some|dozens\s+of|multiple)\s",
    re.I,
)
_REPLACES = re.compile(r"\breplace[ds]?\b", re.I)


def _decision(sentence: str, cue: Cue, match: re.Match[str]) -> list[AidFrame]:
    return one_per_act(_decision_frame(sentence, by_object(sentence, cue.subtype, match), match.span(), cue.id))


def _decision_frame(sentence: str, subtype: str, trigger: tuple[int, int], rule: str) -> AidFrame:
    """A decision with the persons, role and deciding body the sentence gives it."""
    who = decision_people(sentence, subtype, trigger)
    return AidFrame("decision", subtype, trigger, (), None, None, None, None, None, None,
                    who.persons, who.role, who.body, rule)


def one_per_act(frame: AidFrame) -> list[AidFrame]:
    """One record per act, as the guidelines count them: "replace Shoigu and Gerasimov" is two dismissals.
    ("signed two laws" stays one record: the annotated reports count it once as often as twice.)"""
    if len(frame.persons) > 1:
        return [replace(frame, persons=(name,)) for name in frame.persons]
    return [frame]


def by_object(sentence: str, subtype: str, act: re.Match[str]) -> str:
    """A generic act takes its subtype from what it acts on, as the guidelines sort them: "ordered the conscription
    of 120,000 men" is a mobilisation, "signed a supplement to the Criminal Code" a law, "ordered the evacuation"
    an institutional act (other), "instituted restrictions" a decree; extending benefits to people extends no term."""
    if subtype == "extension" and _EXTENDED_TO_PEOPLE.match(sentence, act.end()):
        return "other"  # "would extend housing certificates to all Russian citizens relocating": no term is extended
    if subtype == "law" and _AMENDED_AGREEMENT.search(sentence, act.start(), act.end() + 60):
        return "other"  # "signed amendments to the Agreement on Joint Provision of Regional Security": no legislation
    if subtype not in ("decree", "other"):
        return subtype
    if subtype == "decree" and (office := _DECREE_ON_OFFICE.match(sentence, act.end())):
        return "appointment" if office["appointment"] else "dismissal"  # "signed a decree appointing Goremykin"
    thing = _ACTED_ON.match(sentence, act.end(), act.end() + 80)
    if thing is None:
        return "decree" if subtype == "other" and _BANNING.search(act.group()) else subtype
    return next(name for name, value in thing.groupdict().items() if value)


_DECREE_ON_OFFICE = re.compile(  # the decree's own gerund, next to it: "a decree appointing", "an order on March 3 relieving"
    r"\s+(?:on\s+\w+\s+\d+\s+)?(?:(?P<appointment>appointing|naming)|(?P<dismissal>dismissing|relieving|removing))\s+(?!the\s+[a-z])")
_ACTED_ON = re.compile(  # the thing itself, not a modifier: "refining mobilization protocols" is a decree
    r"\s+(?:(?:the|a|an|its|his|their)\s+)?(?:(?!to\s+(?!the\b)|that\b|and\b)[\w’'“”\"-]+\s+){0,4}?(?:to\s+)?[“”\"]?"
    r"(?:(?P<mobilisation>(?:conscription|mobili[sz]ation|call-?up)(?=\s+(?:of|cycle|on|in|from)\b|\s*[,.;)]))|"
    r"(?P<law>(?:Criminal|Civil|Administrative|Tax|Labou?r)\s+Code)|(?P<other>evacuat(?:ions?|e|ing))|"
    r"(?P<decree>restrictions|bans?|prohibitions?|(?:threat\s+)?level\s+of\s+(?:\w+\s+)?threat|threat\s+level))\b"
)
_AMENDED_AGREEMENT = re.compile(r"\b(?:amendments?|changes?)\s+to\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
                                r"(?:[Aa]greements?|[Mm]emorandum|[Cc]ontracts?)\b")
_EXTENDED_TO_PEOPLE = re.compile(
    r"\s+(?:[\w’'“”$,.-]+\s+){0,8}?to\s+(?:all\s+|the\s+)?(?:[\w’'-]+\s+){0,3}?(?:citizens|residents|families|people|"
    r"veterans|evacuees|servicemen|soldiers|men|women|children|pensioners|personnel|volunteers|employees)\b"
)
_BANNING = re.compile(r"\b(?:restrict|ban|prohibit|forb)", re.I)


def learned_decision(sentence: str, cues_matched: set[str] | None = None) -> list[AidFrame]:
    """The decision the learned model reads in a sentence no cue bore out, if it is sure enough
    (``cues_matched``: the ids of the cues that match the sentence, when the caller has them)."""
    model = load_decision_model()
    if model is None:
        return []
    features = sentence_features(sentence, cues_matched)
    if model.probability(features) <= model.threshold or _not_for_the_model(sentence):
        return []
    told = list(TOLD_THAT.finditer(sentence))  # "The General Staff reported that Russian forces converted ...": the
    # act is in the reported clause, and so is its trigger
    trigger = model.strongest_word(sentence, told[-1].end() if told else 0)
    return [_decision_frame(sentence, model.subtype(features), trigger, "dec.learned")]



_ACT_VERB = re.compile(  # acts the cues name only with their usual objects are left to the cues ("issued", "created")
    r"(?<![-\w])(?:(?P<appointment>appointed|named(?=\s+(?:the\s+)?[A-Z]))|(?P<dismissal>dismissed|fired)|(?P<law>adopted|passed(?!\s+(?:from|to|into|through|over)\b)|ratified|enacted)|"
    r"(?P<decree>decreed|ordered|banned|blocked|prohibited|outlawed|criminali[sz]ed|tasked|instructed|directed)|"
    r"(?P<extension>extended)|"
    r"(?P<other>signed|approved|closed|introduced|imposed|abolished|lifted|suspended|allocated|simplified|restricted|"
    r"mandated|authori[sz]ed|permitted|required|eliminated(?=\s+(?:the\s+)?(?:positions?|posts?|offices?|departments?))|"
    r"distributed(?!\s+(?:[\w-]+\s+){0,3}(?:ads|advertisements|leaflets|flyers|propaganda|messages|materials))|"
    r"opened(?!\s+(?:fire|an?\s+(?:criminal\s+)?(?:case|investigation)|criminal))|recogni[sz]ed|annexed|nationali[sz]ed|dissolved|"
    r"cancell?ed|postponed|scheduled|legali[sz]ed|revoked|merged|reorgani[sz]ed|renamed|altered|amended|revised)|"
    r"(?:will|would)\s+(?:\w+ly\s+)?"
    r"(?:(?P<extension_will>extend)|(?P<other_will>introduce|impose|ban|allocate|create|establish|close|suspend|"
    r"cancel|postpone|abolish|nationali[sz]e|annex|simplify|restrict|lift|open|grant|transport|appoint|form|rename|"
    r"(?:start|begin)\s+\w+ing)))\b(?!\s+that\b)"
)
_OWN_OBJECT = re.compile(r"\s+(?:his|her|its|their|narratives?)\b")
_REPORTED_PLUPERFECT = re.compile(  # backshift in reported speech: the act is the news, not background
    r"\b(?:reported|stated|said|announced|claimed)\s+(?:on\s+\w+\s+\d+\s+)?that\s+(?:[\w’'-]+\s+){1,6}?had\s+(?:\w+ly\s+)?$"
)
_BACKGROUND_OR_PASSIVE = re.compile(r"\b(?:had|is|are|was|were|been|be)\s+(?:\w+ly\s+|also\s+)?$")
_HEDGED_BEFORE = re.compile(  # "may" in lower case: "reported on May 7 that" is a date
    r"\b(?:likely|(?-i:may)|might|could|possibly|probably|whether|if|assess\w*|forecast\w*)\b", re.I)
_NOT_A_STATE = re.compile(  # "DNR forces have blocked the road": an army, not an authority
    r"\b(?:IAEA|UN|United\s+Nations|OSCE|ICRC|NATO|EU|European|Board\s+of\s+Governors|ISW|(?<!occupation\s)forces|troops|"
    r"units|militia)\b"
)
_STATE_ACTOR = re.compile(  # narrower than a deciding body: "forces" or "Russia" alone make no decision here
    rf"\b(?:{AUTHORITY_NOUNS}|leadership|occupation\s+forces|Putin|Zelensky|Lukashenko|Mishustin|Shoigu|Pushilin|Pasechnik|Saldo|Balitsk\w+)\b"
)


_PLANNED_ACT = re.compile(  # "occupation officials plan to nationalize", "the Kremlin is planning to replace Shoigu"
    r"(?<![-\w])(?:plans?|planned|planning|intends?|intended|intending|threaten(?:s|ed)?|promis(?:es|ed))\s+to\s+"
    r"(?:\w+ly\s+)?"
    r"(?:(?P<dismissal>replace|dismiss|remove)|(?P<mobilisation>mobili[sz]e|conscript|recruit)|(?P<extension>extend)|"
    r"(?P<decree>ban|impose|require|prohibit|restrict|forbid|prevent)|"
    r"(?P<other>form|create|establish|hold|introduce|close|open|nationali[sz]e|restaff|allocate|annex|deport|"
    r"confiscate|offer|pay|issue|relocate|evacuate|withdraw|abolish|cancel|postpone|suspend|register|merge|"
    r"rename|carry\s+out|take|give|provide|grant))\b"
)


_ANNOUNCED_RULE = re.compile(  # "Volodin announced that men with a military registration cannot leave ..."
    r"(?<![-\w])(?P<decree>announced|declared|decreed)\s+(?:on\s+\w+\s+\d+\s+)?that\s+[“\"]?"
    r"(?:[\w’'“”,-]+\s+){1,10}?(?:must|cannot|can\s+no\s+longer|(?:are|is|will\s+be)\s+(?:now\s+)?"
    r"(?:required|obliged|not\s+allowed|prohibited|forbidden|banned)\s+(?:to|from))\b"
)


_BEGAN_ACT = re.compile(  # "Belarusian authorities began preventing Russian men from leaving", "began issuing
    # residence permits", "began recruiting volunteers"
    r"(?<![-\w])(?:(?:has|have)\s+begun|began|started|(?:has|have)\s+started)\s+(?:\w+ly\s+)?(?:to\s+)?"
    r"(?:(?P<decree>ban(?:ning)?|prohibit(?:ing)?|prevent(?:ing)?|restrict(?:ing)?|forbid(?:ding)?)|"
    r"(?P<mobilisation>recruit(?:ing)?|conscript(?:ing)?|mobili[sz](?:e|ing))|(?P<dismissal>replac(?:e|ing))|"
    r"(?P<other>issu(?:e|ing)|distribut(?:e|ing)|accept(?:ing)?|register(?:ing)?|transition(?:ing)?|introduc(?:e|ing)|"
    r"mak(?:e|ing)\s+(?:[\w-]+\s+){0,2}payments|pay(?:ing)?\s+(?:[\w-]+\s+){0,2}(?:pensions|salaries|benefits)))\b"
)


_NOT_FOR_THE_MODEL = re.compile(  # an act not known, demanded, sought or assessed ("unable to determine if Russia has
    # appointed", "demanded that the Kremlin mobilize", "is looking for a replacement", "briefed an assessment"), or one
    # told as background ("responsible for having issued the mobilization orders")
    r"\b(?:unable|unclear|demanded|looking\s+for|briefed|surrendered|having\s+(?:\w+ly\s+)?\w+ed)\b|"
    r"\b(?:milbloggers?|bloggers?|correspondents?|journalists?)\s+(?:[A-Z][\w’'-]+\s+){1,3}announced\s+(?!that\b)"
)  # a writer's own announcement ("correspondent Sasha Kots announced recruitment for a battalion") is no act of state


def _not_for_the_model(sentence: str) -> bool:
    """What the model cannot see in words: negation ("The Kremlin has not yet formed a battalion"), an act cited
    as background, criticism or denial, ongoing practice, a forecast, a command to the forces."""
    guards = (_NEGATED, _CITED_BEFORE, _NOT_A_DECISION, _ONGOING_OR_HEDGED, _MILITARY_ORDER, _HEARSAY_BEFORE,
              _NOT_FOR_THE_MODEL)
    return any(guard.search(sentence) for guard in guards)


def subject_act_decision(sentence: str, start: int = 0, *, joined_to: int | None = None) -> list[AidFrame]:
    """A decision no cue names, read from the clause: a state actor as the subject of an act verb in the
    past ("The Kursk Oblast administration suspended classes"), of a plan to act ("occupation authorities plan
    to nationalize") or announcing a rule ("Volodin announced that men ... cannot leave"), not hedged, assessed,
    denied or ongoing. ``joined_to``: where an earlier act's verb starts, whose subject a verb joined to it at
    ``start`` shares ("the Kremlin appointed A ... and named B")."""
    for m in sorted((m for verbs in (_ACT_VERB, _PLANNED_ACT, _ANNOUNCED_RULE, _BEGAN_ACT)
                     for m in verbs.finditer(sentence, start)), key=lambda m: m.start()):  # the first act told first
        shared = joined_to is not None and m.start() == start and not subject_phrase(sentence, m.start())
        named = subject_phrase(sentence, joined_to if shared else m.start())  # type: ignore[arg-type]
        if not named or not _STATE_ACTOR.search(named[0]) or _NOT_A_STATE.search(named[0]):
            continue
        if _HEDGE_INSIDE.search(m.group()):
            continue  # "will likely begin levying taxes": a forecast
        progressive = m.group().startswith(("planning", "intending")) or m.re is _BEGAN_ACT  # "the Kremlin was planning to replace"
        reported = _REPORTED_PLUPERFECT.search(sentence, 0, m.start())  # "reported that officials had extended"
        if (_BACKGROUND_OR_PASSIVE.search(sentence, 0, m.start()) and not progressive and not reported) \
                or _HEDGED_BEFORE.search(sentence, 0, m.start()):
            continue  # "Putin had introduced ...", "officials are allowed to", "It is likely that officials approved"
        if _NOT_A_DECISION.search(sentence, 0, m.end()) or _NOT_AN_ACT_BEFORE.search(sentence, 0, m.start()) \
                or _HEARSAY_BEFORE.search(sentence, 0, m.start()):
            continue
        if _RELATIVE_CLAUSE_BEFORE.search(sentence, 0, m.start()) or _NON_STATE_SENTENCE.match(sentence):
            continue
        if _MILITARY_ORDER.search(sentence, m.start(), m.end() + 60) or (
                m.group() in ("closed", "recognized", "recognised", "adopted") and _OWN_OBJECT.match(sentence, m.end())):
            continue  # "Putin closed his remarks", "The Kremlin has recognized its defeat"
        subtype = next(name for name, value in m.groupdict().items() if value).removesuffix("_will")  # "would extend" is planned: act_attribution says so
        if subtype in ("appointment", "dismissal") and not (_OFFICE.search(sentence) or persons(sentence)) \
                and m.re is not _BEGAN_ACT:  # "began replacing collaborators" names no office
            continue
        frame = _decision_frame(sentence, by_object(sentence, subtype, m), m.span(), "dec.subject")
        if shared:  # the deciding body is the first act's
            frame = replace(frame, body=decision_people(sentence, frame.subtype, (joined_to, m.start())).body)  # type: ignore[arg-type]
        return one_per_act(frame)
    return []
