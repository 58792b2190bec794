"""Who says an aid act or a decision happened, and how sure: the events' attribution (sitreps.events.attribution)
read for acts, where the one who announces an act is often the one who does it."""

from __future__ import annotations

import re


Said = tuple[str, str | None, str | None, str | None]  # (modality, source, source side, rule id)


def act_attribution(sentence: str, trigger: tuple[int, int], category: str, modality: str, source: str | None,
                    side: str | None, source_span: tuple[int, int] | None) -> Said:
    """Who says an aid act or a decision happened, and how sure (tests/eval/gold/aid/GUIDELINES.md): a
    state or authority announcing its own act ("The United States announced a new package", "Prymorsky
    Krai announced the formation of ...") is its actor, not a source, and the act is ``reported``; words
    after the act ("... in a reported effort") attribute nothing; a decision yet to take effect is
    ``planned`` ("will hold", "announced plans to deploy")."""
    rule = None
    if source_span and source_span[1] > trigger[0]:
        source, side = None, None  # the reporting verb comes after the act
        modality = "reported" if modality == "claimed" else modality
    elif source_span and modality == "claimed" and trigger[0] - source_span[1] <= _OWN_ACT_GAP \
            and not _RECEIPT.search(sentence, *trigger) and not _STATEMENT_THAT.match(sentence, trigger[0]) \
            and not _TELLS_ONLY.search(source or ""):  # "Russian sources confirmed the formation of": they tell of it
        # "the General Staff announced receiving" and "officials announced that recruitment has begun": claims
        source, side, modality, rule = None, None, "reported", "mod.own-act"  # the reporting verb is the act
    announced = _ANNOUNCED_FUTURE.finditer(sentence, 0, trigger[1] + 120)
    future = _FUTURE_ACT.search(sentence, _clause_start(sentence, trigger), trigger[1]) or any(
        m.start() <= trigger[0] <= m.end() + _ANNOUNCED_REACH for m in announced)
    proposed = _PROPOSED.search(sentence, 0, trigger[1])
    if category == "decision" and modality in ("expected", "claimed", "reported") and (future or proposed):
        modality, rule = "planned", "mod.planned"  # "announced that the Republic will increase payments", "proposed"
    elif category != "decision" and modality == "expected" and _PLAIN_WILL.search(
            sentence, _clause_start(sentence, trigger), trigger[1]):
        modality, rule = "planned", "mod.planned"  # "Iran will send drones" is a plan; "will likely supply" a forecast
    elif category != "decision" and modality == "reported" and _HEDGED.search(
            sentence, _clause_start(sentence, trigger), trigger[0]):
        modality, rule = "assessment", "mod.assessment"  # "Belarus may be sending equipment": no one's report
    return modality, source, side, rule


_RECEIPT = re.compile(r"receiv|arriv", re.I)
_TELLS_ONLY = re.compile(r"\b(?:sources?|outlets?|media|milbloggers?|bloggers?|journalists?|channels?|correspondents?)\b",
                         re.I)  # who can tell of an act but not do it
_STATEMENT_THAT = re.compile(r"\w+\s+(?:on\s+\w+\s+\d+\s+)?that\b")  # "announced that ...": a statement about an act
_ANNOUNCED_FUTURE = re.compile(  # an announcement of what will be done: the act's word may be the announcing verb
    r"\b(?:announced|stated|said|declared|noted|claimed|added)\s+(?:on\s+\w+\s+\d+\s+)?that\s+"
    r"(?:[\w’'“”()-]+\s+){0,8}?(?:will|would|should|shall)\b", re.I)
_ANNOUNCED_REACH = 60  # characters after "will" where the act's word may still stand
_HEDGED = re.compile(r"\b(?:likely|(?-i:may)|might|possibly|probably|could)\b", re.I)
_PLAIN_WILL = re.compile(r"\bwill\s+(?!(?:likely|probably|possibly|almost|very|unlikely)\b)", re.I)
_PROPOSED = re.compile(r"\bpropos(?:ed|es|e|als?|ing)\b", re.I)  # a proposal is not yet an act
_OWN_ACT_GAP = 2  # characters between the announcer and the act's trigger ("Krai announced the formation of")
_FUTURE_ACT = re.compile(
    r"\b(?:will|would|shall|plans?|planned|planning|intends?|intended|to\s+be|(?:is|are|was|were)\s+to)\b", re.I
)


def _clause_start(sentence: str, trigger: tuple[int, int]) -> int:
    """Where the act's own clause begins: after the last "that", comma or semicolon before it."""
    cuts = [m.end() for m in re.finditer(r"\bthat\b|[,;]", sentence[:trigger[0]])]
    return max(cuts, default=0)
