"""Training: who trains whom. Ukrainians trained abroad ("the UK will train 10,000 Ukrainian
soldiers"), Russian forces trained in Belarus, foreign trainees or trainers in Russia ("Iranian
pilots who will train on the Su-35", "Iranian personnel ... to assist Russian forces in operating
drones"), personnel sent to train; capacity, adjectives ("poorly trained") and citations are not acts."""

from __future__ import annotations

import re

from sitreps.aid.catalogue import Catalogue
from sitreps.aid.cues import RUSSIA_NAMED, AidFrame, Cue, donor_pattern
from sitreps.aid.items import items_in


def training_frames(
    cue: Cue, match: re.Match[str], sentence: str, donors: tuple[str, ...], due: str | None, catalogue: Catalogue,
) -> list[AidFrame]:
    """Who trains whom, how many, on what: [] when the sentence states no act of training."""
    if _NOT_TRAINING.search(sentence):
        return []
    hosted = donors and (_HOSTED_TRAINING.search(sentence) or _RUSSIANS_TRAINED.search(sentence)
                         or cue.id == "train.host" and _HOSTS_RUSSIANS.search(sentence)
                         or _TRAINING_IN_BELARUS.search(sentence) and RUSSIA_NAMED.search(sentence))
    foreign = _FOREIGN_TRAINEES.search(sentence)  # "Iranian pilots who will train on Su-35s" in Russia
    trainers = _FOREIGN_TRAINERS.search(sentence)  # "Iranian personnel ... to assist Russian forces in operating"
    sent = _SENT_TO_TRAIN.search(sentence)  # "Iran sent pilots ... to train on the Russian Su-35"
    ukrainians = _UKRAINIANS_TRAINED.search(sentence) or (donors and _TRAINERS_TO_UKRAINE.search(sentence))
    if not (ukrainians or hosted or foreign or trainers or (sent and donors)):
        return []
    nations = donor_pattern()[1]
    if ukrainians:
        recipient = "UA"
    elif trainers:
        recipient, donors = "RU", (nations.get(trainers["nation"], "RU"),)
    elif sent and not (hosted or foreign):
        recipient, donors = donors[0], ()  # the sender's own people are trained; the trainer is not named
    elif hosted or foreign is None:
        recipient = "RU"
    else:
        recipient = nations.get(foreign["nation"], "RU")
        donors = tuple(d for d in donors if d != recipient)
    trainees = _TRAINEES.search(sentence)
    quantity = (int(trainees["n"].replace(",", "")), "exact") if trainees else None
    on_what = [(name, cls) for name, cls, _ in items_in(sentence, catalogue, match.span()) if name]
    item, item_class = on_what[0] if on_what else ("training", "training")  # "train crews on Leopard 2s"
    return [AidFrame("training", None, match.span(), donors, recipient, item, item_class, quantity,
                     cue.status or "in_training", due, (), None, None, cue.id)]


_TRAINERS_TO_UKRAINE = re.compile(r"\btrainers\b[^.;]{0,60}?\bto\s+Ukraine\b")  # "Patriot systems and trainers to Ukraine"
_UKRAINIANS_TRAINED = re.compile(
    r"\btrain\w*\s+(?:[\w,]+\s+){0,4}Ukrainian|\bUkrainian\s+(?:\w+\s+){0,2}(?:soldiers|troops|servicemen|personnel|"
    r"pilots|forces|crews|recruits|military)\s+(?:\w+\s+){0,4}(?:trained|training)|\btraining\s+(?:of|for)\s+Ukrain",
    re.I,
)
_TRAINEES = re.compile(
    r"\b(?P<n>\d[\d,]*)\s+(?:Ukrainian\s+)?(?:soldiers|troops|servicemen|service\s+members|personnel|pilots|"
    r"recruits|specialists|crews)\b",
    re.I,
)
_HOSTED_TRAINING = re.compile(
    r"\b(?:train(?:ing|ed|s)?|exercises?)\s+(?:\w+\s+){0,2}(?:in|at|on)\s+(?:\w+\s+){0,2}(?:Belarus|Belarusian)\b|"
    r"\b(?:in|at|to)\s+(?:\w+\s+){0,2}Belarus(?:ian)?\s+(?:\w+\s+){0,3}(?:to\s+)?train(?!s\b)",  # not railway "trains"
)
_HOSTS_RUSSIANS = re.compile(  # "Belarus is preparing to accommodate up to 20,000 mobilized Russian men"
    r"\bBelarus\b[^.;]{0,40}?\b(?:accommodate|host|house|receive)\s+(?:[\w,-]+\s+){0,4}?(?:mobili[sz]ed|Russian)\b"
)
_RUSSIANS_TRAINED = re.compile(
    r"\btrain(?:s|ed|ing)?\s+(?:of\s+)?(?:\w+\s+){0,2}(?:Russian|mobili[sz]ed)\s+(?:\w+\s+){0,2}(?:soldiers|troops|"
    r"servicemen|servicemembers|service\s+members|personnel|forces|crews|recruits|men|conscripts|reservists)\b"
)
_TRAINING_IN_BELARUS = re.compile(  # Belarus hosts Russian training: "deployments to Belarus ... training capacity"
    r"\b(?:training|trainers?)\b(?:\s+(?:centers?|centres?|grounds?|ranges?|capacity|efforts?|facilities))?.*\bBelarus|"
    r"\bBelarus\w*\b.*\b(?:training|trainers)\b"
)
_FOREIGN_TRAINEES = re.compile(
    r"\b(?P<nation>Iranian|Belarusian|North\s+Korean|Syrian)\s+(?:[\w-]+\s+){0,3}?(?:pilots|technicians|crews|"
    r"personnel|servicemen|servicemembers|soldiers|troops|specialists|instructors|officers|operators)\s+"
    r"(?:\w+\s+){0,3}?(?:train(?:ed|ing|s)?|(?:for|in|undergoing)\s+training)\b"
)
_FOREIGN_TRAINERS = re.compile(
    r"\b(?P<nation>Iranian|Belarusian|North\s+Korean)\s+(?:[\w-]+\s+){0,2}?(?:instructors|trainers|advisors|advisers|"
    r"specialists|personnel)\s+(?:[\w-]+\s+){0,14}?(?:to\s+|who\s+)?(?:train|instruct|assist|help|teach|aid)\w*\s+Russian"
)
_SENT_TO_TRAIN = re.compile(
    r"\b(?:sent|deployed|dispatched)\s+(?:[\w-]+\s+){0,4}?(?:pilots|personnel|technicians|crews|specialists|soldiers|"
    r"troops|servicemen)\s+(?:[\w-]+\s+){0,3}?to\s+(?:train|be\s+trained|undergo\s+training)\b"
)
_NOT_TRAINING = re.compile(  # capacity, adjectives and citation lines are not an act of training
    r"\b(?:capacity|ability|able|constrain\w*)\s+(?:\w+\s+){0,2}(?:to\s+)?train\b|"
    r"\b(?:poorly|well|newly|badly|hastily|un)[\s-]trained\b|understandingwar\.org|\|",
    re.I,
)
