"""The learned decision reader: features, scoring without a library, training with scikit-learn, and
how its records join the cues' records."""

import json
from datetime import date
from pathlib import Path
from unittest import mock

import pytest

from sitreps.aid import decisions
from sitreps.aid.learn import labelled_sentences, train
from sitreps.aid.learned import (
    CUE_SCALE,
    DecisionModel,
    load_decision_model,
    sentence_features,
)
from sitreps.geo.gazetteer import Gazetteer
from sitreps.model import Document
from sitreps.pipeline import extract_records
from sitreps.scoring import load_gold_rows


def test_features_are_words_word_pairs_and_decision_cues() -> None:
    features = sentence_features("Putin signed a law on 21 May.")
    assert {"w putin", "w signed", "b signed a", "w 0", "b on 0"} <= set(features)
    assert features["cue dec.law"] == CUE_SCALE
    assert not any(f.startswith("cue aid") for f in features)  # only decision cues are features


def test_curly_apostrophes_and_case_do_not_change_the_features() -> None:
    assert sentence_features("The Kremlin’s DECREE") == sentence_features("the kremlin's decree")


def _toy_model(threshold: float = 0.5) -> DecisionModel:
    return DecisionModel.from_json({
        "threshold": threshold,
        "detector": {"bias": -2.0, "weights": {"w governor": 3.0, "w rumours": -4.0}},
        "subtypes": {"classes": ["appointment", "law"], "bias": [0.0, 0.1],
                     "weights": {"w governor": [2.0, -2.0]}},
    })


def test_the_model_scores_a_sentence_by_its_weights() -> None:
    model = _toy_model()
    appointed = sentence_features("Putin made Ivanov the new governor.")
    assert model.probability(appointed) == pytest.approx(1 / (1 + 2.718281828 ** -1.0), rel=1e-6)
    assert model.probability(sentence_features("Rumours spread.")) < 0.01
    assert model.subtype(appointed) == "appointment"
    assert model.subtype(sentence_features("Nothing known.")) == "law"  # the bias alone
    sentence = "Putin made Ivanov the new governor."
    start, end = model.strongest_word(sentence)
    assert sentence[start:end] == "governor"


def test_a_learned_decision_is_added_only_where_no_cue_found_one(gaz: Gazetteer) -> None:
    model = _toy_model(threshold=0.5)
    with mock.patch.object(decisions, "load_decision_model", lambda: model):
        cue = "Putin appointed Sergei Surovikin as commander of the joint grouping of forces."
        records = [r for r in extract_records(Document(cue), gaz, report_date=date(2022, 10, 8))
                   if r.category == "decision"]
        assert [r.rules[0] for r in records] == ["dec.appoint"]
        learned = "Officials made Ivanov the new governor, the press office said."  # no cue reads "made"
        records = [r for r in extract_records(Document(learned), gaz, report_date=date(2022, 10, 8))
                   if r.category == "decision"]
        assert [(r.subtype, r.rules[0]) for r in records] == [("appointment", "dec.learned")]
        assert learned[records[0].trigger.start:records[0].trigger.end] == "governor"
        cues_alone = extract_records(Document(learned), gaz, report_date=date(2022, 10, 8), learned_decisions=False)
        assert not [r for r in cues_alone if r.category == "decision"]


def test_a_learned_decision_told_in_a_that_clause_has_its_trigger_in_that_clause(gaz: Gazetteer) -> None:
    model = _toy_model(threshold=0.5)
    text = "The governor reported that occupation officials made Ivanov the new governor."
    with mock.patch.object(decisions, "load_decision_model", lambda: model):
        [record] = [r for r in extract_records(Document(text), gaz, report_date=date(2022, 10, 8))
                    if r.category == "decision"]
    assert text[record.trigger.start:] == "governor."  # not the governor who tells of it
    assert (record.body, record.modality) == ("occupation officials", "claimed")


def test_the_learned_reader_adds_nothing_to_a_negated_or_cited_act(gaz: Gazetteer) -> None:
    model = _toy_model(threshold=0.5)
    with mock.patch.object(decisions, "load_decision_model", lambda: model):
        for text in ("Officials have not made Ivanov the new governor.",  # the model reads words, not negation
                     "He complained despite officials making Ivanov the new governor.",  # an earlier act, cited
                     "Officials continued to make Ivanov the new governor.",  # ongoing practice
                     "The change will likely make Ivanov the new governor."):  # a forecast
            records = extract_records(Document(text), gaz, report_date=date(2022, 10, 8))
            assert not [r for r in records if r.category == "decision"], text


def test_the_shipped_model_loads_and_is_a_second_reader_not_the_first() -> None:
    model = load_decision_model()
    assert model is not None and 0 < model.threshold < 1
    assert set(model.subtypes) == {"appointment", "dismissal", "law", "decree", "extension", "mobilisation", "other"}
    # words, word pairs and cue names only (sitreps.aid.learn keeps those seen in three or more reports)
    assert all(f.split(" ", 1)[0] in {"w", "b", "cue"} for f in model.weights)


def _write_gold(folder: Path, corpus: Path) -> None:
    reports = {
        "r1.txt": "The governor signed a decree banning fireworks. Shelling continued near the river.",
        "r2.txt": "The council signed a decree closing the border. Troops advanced near the river.",
        "r3.txt": "The mayor signed a decree imposing a curfew. Artillery fired near the river.",
        "r4.txt": "Shelling continued near the river. Troops advanced near the river.",
    }
    for name, text in reports.items():
        (corpus / name).write_text(text, encoding="utf-8")
        end = text.index(".") + 1
        rows = [] if name == "r4.txt" else [{"doc": name, "category": "decision", "subtype": "decree",
                                              "evidence_start": 0, "evidence_end": end}]
        (folder / f"{name[:-4]}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_training_reads_gold_sentences_and_keeps_only_words_seen_in_several_reports(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    gold, corpus = tmp_path / "gold", tmp_path / "corpus"
    gold.mkdir()
    corpus.mkdir()
    _write_gold(gold, corpus)
    examples = labelled_sentences([gold], corpus)
    assert ("r1.txt", "The governor signed a decree banning fireworks.", "decree") in examples
    assert ("r4.txt", "Troops advanced near the river.", None) in examples  # an empty gold file: all negatives
    data = train(examples, min_reports=2, threshold=0.4)
    assert "w fireworks" not in data["detector"]["weights"]  # type: ignore[index]  # one report only
    model = DecisionModel.from_json(data)
    decree = sentence_features("The governor signed a decree.")
    assert model.probability(decree) > model.probability(sentence_features("Shelling continued near the river."))


def test_two_subtypes_give_a_model_that_tells_them_apart(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    examples = [(f"r{i}.txt", f"The governor signed a decree number {i}.", "decree") for i in range(4)]
    examples += [(f"r{i}.txt", f"The parliament passed a law number {i}.", "law") for i in range(4)]
    examples += [(f"r{i}.txt", "Shelling continued near the river.", None) for i in range(4)]
    model = DecisionModel.from_json(train(examples, min_reports=2))
    assert model.subtypes == ("decree", "law")
    assert model.subtype(sentence_features("The governor signed a decree.")) == "decree"
    assert model.subtype(sentence_features("The parliament passed a law.")) == "law"


def test_an_empty_gold_file_is_a_report_with_no_records(tmp_path: Path) -> None:
    (tmp_path / "2022-05-17.jsonl").write_text("", encoding="utf-8")
    assert load_gold_rows(tmp_path) == {"2022-05-17.txt": []}
