"""The language of a page's text, identified by py3langid (its model ships in the wheel)."""

from __future__ import annotations

import functools

from py3langid.langid import MODEL_FILE, LanguageIdentifier

IDENTIFY_CHARS = 240  # enough prose for a sure answer; the cost grows with it (about 0.1 ms here)
MIN_CHARS = 40  # less text than this says too little
MIN_PROBABILITY = 0.5


@functools.cache
def _identifier() -> LanguageIdentifier:
    """The model, loaded once per process on first use (0.8 s; the fork server's warm-up loads it)."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when the text is too short or the model unsure."""
    sample = " ".join(text[: IDENTIFY_CHARS * 2].split())[:IDENTIFY_CHARS]
    if len(sample) < MIN_CHARS:
        return None
    language, probability = _identifier().classify(sample)
    return str(language) if probability >= MIN_PROBABILITY else None
