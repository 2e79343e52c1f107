"""Which language a run of Latin-script text is in: English, or which other one.

Function words decide: every language writes its own few dozen of them in almost every
sentence, names and technical terms never are one. Text with none of them (a heading, a
list of terms) is English here, the one Latin-script language of the editions; langdetect
(seeded, so deterministic) names a language only for longer text our lists do not cover.
"""

from __future__ import annotations

import threading

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    language: frozenset(words.split())
    for language, words in {
        "en": "the a an and or but of to in on at by for with from into about as is are was per "
              "via over under between through after before against without within up out "
              "off down only even still now how "
              "were be been being has have had do does did not no this that these those it its "
              "he she they we you i his her their our your my there here which who what when "
              "where why how than then so if because while would could should can will may "
              "just also very more most some any all each every one",
        "fr": "le la les un une des du de et ou mais est sont était été avec pour par dans sur "
              "au aux ce cette ces qui que quoi dont il elle ils elles nous vous je tu ne pas "
              "plus très son sa ses leur leurs notre votre mon ma mes",
        "de": "der die das den dem des ein eine einen einem einer und oder aber ist sind war "
              "waren mit für von zu im auf aus bei nach über dass nicht kein keine ich du er "
              "sie es wir ihr auch noch sehr wie wenn weil",
        "es": "el la los las un una unos unas y o pero es son era fue con para por en sobre "
              "del al que qué quien cual este esta estos estas ese esa yo tú él ella nosotros "
              "ellos no muy más también como cuando porque",
        "it": "il lo la gli le un una uno e o ma è sono era con per da di del della dei delle "
              "nel nella che chi questo questa quello io tu lui lei noi voi loro non molto più "
              "anche come quando perché",
        "pt": "o a os as um uma uns umas e ou mas é são era foi com para por em no na nos nas "
              "do da dos das que este esta esse essa eu tu ele ela nós eles não muito mais "
              "também como quando porque",
        "nl": "de het een en of maar is zijn was waren met voor van naar op in aan bij uit dat "
              "die dit niet geen ik jij hij zij wij ook nog zeer hoe als omdat",
        "id": "yang dan di ke dari dengan untuk pada ini itu adalah tidak akan sudah juga "
              "karena atau tetapi saya kami kita mereka dia",
        "vi": "và của là có không được cho trong với những một các này đã người khi như để "
              "về từ thì nhưng",
    }.items()
}
DIACRITIC_LANGUAGES = {
    "ç": "fr", "œ": "fr", "è": "fr", "ê": "fr", "à": "fr", "ù": "fr", "â": "fr", "î": "fr",
    "ß": "de", "ä": "de", "ö": "de", "ü": "de",
    "ñ": "es", "¿": "es", "¡": "es",
    "ã": "pt", "õ": "pt",
    "ơ": "vi", "ư": "vi", "đ": "vi", "ạ": "vi", "ả": "vi", "ệ": "vi", "ộ": "vi",
}
LANGDETECT_MIN_WORDS = 6
"""Below this many words langdetect guesses more than it knows."""


_INIT_LOCK = threading.Lock()
_ready: list[bool] = []


def _langdetect_ready() -> bool:
    """Load langdetect's profiles once. It publishes its factory before loading them, so
    loading happens under a lock: no thread ever sees the factory half-built."""
    with _INIT_LOCK:
        if not _ready:
            try:
                from langdetect import DetectorFactory
                from langdetect.detector_factory import init_factory
            except ImportError:  # pragma: no cover - langdetect is a declared dependency
                _ready.append(False)
            else:
                DetectorFactory.seed = 0
                init_factory()
                _ready.append(True)
        return _ready[0]


def langdetect_language(text: str) -> tuple[str, float] | None:
    """langdetect's best language and probability, deterministic; None when it has no answer."""
    if not _langdetect_ready():
        return None
    from langdetect import detector_factory
    from langdetect.lang_detect_exception import LangDetectException

    detector = detector_factory._factory.create()  # a fresh detector: same text, same answer
    detector.append(text)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return None
    language = str(best.lang).split("-")[0]
    return language, float(best.prob)


def identify_latin(words: list[str]) -> tuple[str, float]:
    """(ISO 639-1 code, confidence) for Latin-script words; `en` when nothing says otherwise."""
    lowered = [word.lower() for word in words]
    hits = {language: sum(1 for word in lowered if word in vocabulary)
            for language, vocabulary in FUNCTION_WORDS.items()}
    for word in lowered:
        for character in word:
            language = DIACRITIC_LANGUAGES.get(character)
            if language is not None:
                hits[language] += 1
    best = max(hits, key=lambda language: (hits[language], language == "en"))
    total = sum(hits.values())
    if hits[best] == 0:
        if len(words) >= LANGDETECT_MIN_WORDS:
            guessed = langdetect_language(" ".join(words))
            if guessed is not None and guessed[0] != "en" and guessed[1] > 0.9:
                return guessed[0], round(guessed[1] * 0.8, 3)
        return "en", 0.6
    if best != "en" and hits["en"] >= hits[best]:
        best = "en"
    confidence = hits[best] / total if total else 0.6
    return best, round(min(0.99, 0.5 + confidence / 2), 3)
