"""A learned second reader for decisions. The cues in data/cues.tsv are precise but miss the long tail
of acts ("the DNR added Lomakyne to the zone", "Putin completed the final formality"); a logistic
model over the words of a sentence, its word pairs and which decision cues it bears, trained on the
annotated reports (sitreps.aid.learn), adds a decision where no cue found one and the model is sure
enough. Scoring needs no library: the model is a table of weights (data/decision_model.json).

Every learned record names the rule ``dec.learned`` in its provenance, so a user can keep or drop them.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitreps.aid.cues import load_cues

MODEL_FILE = "decision_model.json"
CUE_SCALE = 3.0  # a cue bearing out is stronger evidence than any one word: its feature counts this much
_NUMBER = re.compile(r"\d[\d,.]*")
_WORD = re.compile(r"\b\w[\w']*\b")


def sentence_features(sentence: str, cues_matched: Collection[str] | None = None) -> dict[str, float]:
    """Words ("w appointed"), word pairs ("b was appointed") and decision cues ("cue dec.law") of a
    sentence; numbers read as 0, curly apostrophes as straight ones, case ignored. ``cues_matched``:
    the ids of the cues that match the sentence, if the caller has already run them."""
    words = _WORD.findall(_normal(sentence, " 0 "))
    features = {f"w {w}": 1.0 for w in words}
    features.update({f"b {a} {b}": 1.0 for a, b in zip(words, words[1:])})
    for cue in load_cues():
        if cue.category == "decision" and (
                cue.id in cues_matched if cues_matched is not None else cue.pattern.search(sentence)):
            features[f"cue {cue.id}"] = CUE_SCALE
    return features


def _normal(text: str, number: str) -> str:
    return _NUMBER.sub(number, text.replace("’", "'")).lower()


@dataclass(frozen=True, slots=True)
class DecisionModel:
    """P(the sentence reports a decision) and, given one, its most likely subtype."""

    bias: float
    weights: dict[str, float]
    subtypes: tuple[str, ...]
    subtype_bias: tuple[float, ...]
    subtype_weights: dict[str, tuple[float, ...]]
    threshold: float  # a learned decision is added when the probability is above this

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) * v for f, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def subtype(self, features: dict[str, float]) -> str:
        scores = list(self.subtype_bias)
        for f, v in features.items():
            for k, w in enumerate(self.subtype_weights.get(f, ())):
                scores[k] += w * v
        return self.subtypes[max(range(len(scores)), key=scores.__getitem__)]

    def strongest_word(self, sentence: str, start: int = 0) -> tuple[int, int]:
        """The span of the word from ``start`` on that speaks most for a decision ("appointed"): the record's
        trigger."""
        best, span = -math.inf, (0, len(sentence))
        for m in _WORD.finditer(sentence, start):
            w = self.weights.get(f"w {_normal(m.group(), '0')}", -math.inf)
            if w > best:
                best, span = w, m.span()
        return span

    @classmethod
    def from_json(cls, data: dict[str, object]) -> DecisionModel:
        detector, subtypes = data["detector"], data["subtypes"]
        return cls(
            bias=float(detector["bias"]),  # type: ignore[index]
            weights={k: float(v) for k, v in detector["weights"].items()},  # type: ignore[index]
            subtypes=tuple(subtypes["classes"]),  # type: ignore[index]
            subtype_bias=tuple(float(b) for b in subtypes["bias"]),  # type: ignore[index]
            subtype_weights={k: tuple(v) for k, v in subtypes["weights"].items()},  # type: ignore[index]
            threshold=float(data["threshold"]),  # type: ignore[arg-type]
        )


@lru_cache(maxsize=1)
def load_decision_model() -> DecisionModel | None:
    """The shipped model, or None when the package has none (the cues still work alone)."""
    path = resources.files("sitreps.aid").joinpath("data", MODEL_FILE)
    if not path.is_file():
        return None
    return DecisionModel.from_json(json.loads(path.read_text(encoding="utf-8")))
