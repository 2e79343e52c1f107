"""Korean particles after a term must agree with how the term is read.

`Anthropic` is read 앤트로픽, which ends in a consonant, so it takes 이/은/을/과/으로:
`Anthropic이`, never `Anthropic가`. The rule needs only the last syllable's final
consonant (batchim); we implement it here rather than depend on tossi, unmaintained since
2018, for these few lines.
"""

from __future__ import annotations

from dataclasses import dataclass

# (after a consonant, after a vowel); 으로/로 is special: a final ㄹ takes 로.
PARTICLE_PAIRS = (("은", "는"), ("이", "가"), ("을", "를"), ("과", "와"), ("으로", "로"),
                  ("이나", "나"), ("이랑", "랑"), ("아", "야"))
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_RIEUL = 8


def final_consonant(syllable: str) -> int | None:
    """The index of a Hangul syllable's final consonant (0 for none); None if not Hangul."""
    code = ord(syllable)
    if not _HANGUL_FIRST <= code <= _HANGUL_LAST:
        return None
    return (code - _HANGUL_FIRST) % 28


def correct_particle(reading: str, particle: str) -> str | None:
    """The particle a word read as `reading` takes in place of `particle`; None when the
    reading does not end in Hangul or `particle` is not one of the pairs."""
    final = final_consonant(reading[-1]) if reading else None
    if final is None:
        return None
    for after_consonant, after_vowel in PARTICLE_PAIRS:
        if particle in (after_consonant, after_vowel):
            if after_consonant == "으로":
                return "로" if final in (0, _RIEUL) else "으로"
            return after_consonant if final else after_vowel
    return None


@dataclass(frozen=True)
class ParticleError:
    """A particle that disagrees with the term before it."""

    start: int
    end: int
    found: str
    expected: str


def check_particle(text: str, term_end: int, reading: str) -> ParticleError | None:
    """Check the particle written right after a term ending at `term_end`, if any.

    Only a particle followed by a space, punctuation or the end counts, so that `이다`
    (the copula) or a longer word is left alone.
    """
    candidates = sorted({particle for pair in PARTICLE_PAIRS for particle in pair},
                        key=len, reverse=True)
    following = text[term_end:]
    for particle in candidates:
        if not following.startswith(particle):
            continue
        after = following[len(particle):len(particle) + 1]
        if after and final_consonant(after) is not None:
            continue  # the particle is the start of a longer Korean word
        expected = correct_particle(reading, particle)
        if expected is not None and expected != particle:
            return ParticleError(term_end, term_end + len(particle), particle, expected)
        return None
    return None
