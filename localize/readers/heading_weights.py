"""The one table of weights: how much each piece of evidence counts for a split.

A split's score is the sum of weight x strength over the evidence that fired (strength is
1, or a count for evidence that fires once per word). Positive weights speak for the split,
negative ones against. Tuned on the corpus page only (`bench/headings.py`); the held-out
pages are measured, never tuned on.
"""

from __future__ import annotations

from types import MappingProxyType

WEIGHTS = MappingProxyType({
    # the heading's length
    "one_word_heading": -1.0,
    "two_word_heading": -0.3,
    "long_heading": -0.6,
    "very_long_heading": -1.5,
    "words_past_thirteen": -0.2,
    "long_korean_heading": -1.0,
    "very_long_korean_heading": -2.5,
    "korean_words_past_ten": -0.2,
    # the heading's last word
    "heading_ends_on_function_word": -4.0,
    "heading_ends_on_korean_modifier": -4.0,
    "heading_ends_on_open_punctuation": -4.0,
    "heading_ends_on_question_or_exclamation": 2.5,
    "heading_ends_on_full_stop": -3.5,
    "korean_question_ending": 2.5,
    "korean_connective_ending": -2.0,
    "korean_genitive_ending": -5.0,
    "korean_particle_ending": -5.0,
    "korean_likely_particle_ending": -3.0,
    # inside the heading
    "full_stop_inside_heading": -6.0,
    "question_inside_heading": -3.0,
    "cjk_sentence_end_inside_heading": -6.0,
    "sentence_starter_inside_heading": -2.0,
    "korean_topic_inside_heading": -3.0,
    "capital_inside_sentence_case_heading": -1.5,
    "subject_and_verb_inside_heading": -2.0,
    "lowercase_word_in_title_case_heading": -1.5,
    "spaced_han_inside_heading": -3.0,
    "han_inside_latin_heading": -3.0,
    "title_case_goes_on_after_question": 3.0,
    # the paragraph's first words
    "paragraph_opens_lowercase": -10.0,
    "paragraph_opens_with_lowercase_term": -0.5,
    "paragraph_opens_with_pronoun_or_article": 2.5,
    "paragraph_opens_with_sentence_word": 2.5,
    "paragraph_opens_with_sentence_word_after_title_case": 1.5,
    "paragraph_opens_with_quote_or_number": 0.8,
    "paragraph_opens_with_label": 1.0,
    "paragraph_opens_with_latin_name_and_particle": 3.0,
    "paragraph_opens_with_korean_topic": 1.5,
    "paragraph_opens_with_korean_subject": 0.5,
    "latin_name_after_korean_heading": 1.0,
    "han_paragraph_after_latin_heading": 1.5,
    "space_between_han_characters": 3.0,
    "paragraph_repeats_heading_word": 1.0,
    "paragraph_opens_with_name_and_verb": 1.0,
    "sentence_opens_later": -2.0,
    "latin_run_opens_cjk_paragraph": -1.5,
    "paragraph_opens_on_the_speakers": 2.5,
    "sentence_about_a_person_opens_later": -2.0,
    # the rest of the page
    "paragraph_opens_with_page_name": 2.0,
    "name_then_verb_after_title_run": 1.5,
    "split_breaks_page_word_pair": -2.5,
    "split_breaks_frequent_word_pair": -1.5,
    "paragraph_opens_with_entity": 1.0,
    "paragraph_opens_like_overview": 1.0,
    "length_unlike_other_headings": -1.0,
})
