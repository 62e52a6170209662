"""Plain-language checks: reading ease and grade by established formulas (textstat), long
sentences, passive voice and medical jargon from the site's glossary.

Reading age is the Flesch–Kincaid US school grade plus 5 (a grade-1 reader is about 6), the usual
conversion behind UK "reading age" targets such as the NHS's 9 to 11.
"""

import re
from dataclasses import dataclass, field

import textstat

from evidence.claims import sentences as body_sentences
from evidence.claims import split_sentences
from evidence.models import GlossaryTerm

LONG_SENTENCE_WORDS = 25
GRADE_TO_AGE = 5
_BE = r"(?:am|is|are|was|were|be|been|being|get|gets|got)"
_IRREGULAR = (
    "known|given|shown|seen|taken|made|done|written|found|thought|held|kept|left|led|told|built|"
    "brought|caught|drawn|driven|eaten|felt|forgotten|gotten|grown|heard|hidden|hurt|laid|lost|"
    "meant|paid|put|run|said|sent|set|shut|sold|spent|spoken|taught|understood|worn|born|"
    "bitten|chosen|frozen|stolen|broken|sprung|swollen|undertaken"
)
PASSIVE = re.compile(rf"\b{_BE}\s+(?:\w+ly\s+)?(?:\w+ed|{_IRREGULAR})\b", re.I)


@dataclass
class Readability:
    words: int = 0
    sentence_count: int = 0
    reading_ease: float | None = None  # Flesch reading ease: higher is easier (60–70 is plain)
    grade: float | None = None  # Flesch–Kincaid grade
    long_sentences: list = field(default_factory=list)  # (words, sentence)
    passive: list = field(default_factory=list)  # (phrase, sentence)
    jargon: list = field(default_factory=list)  # (term, plain alternative, times used)

    @property
    def reading_age(self):
        return None if self.grade is None else round(max(self.grade, 0) + GRADE_TO_AGE)

    def above(self, target_age):
        return self.reading_age is not None and self.reading_age > target_age


def _word_count(text):
    return textstat.lexicon_count(text)


def glossary_pattern(terms):
    """One regular expression matching any glossary term as whole words, longest first."""
    if not terms:
        return None
    alternatives = sorted((re.escape(t.term) for t in terms), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(alternatives) + r")\b", re.I)


def analyse(sentences, glossary):
    """Readability of a list of sentences; ``glossary`` is a list of GlossaryTerm."""
    text = " ".join(sentences)
    result = Readability(words=_word_count(text), sentence_count=len(sentences))
    if not result.words:
        return result
    result.reading_ease = round(textstat.flesch_reading_ease(text), 1)
    result.grade = round(textstat.flesch_kincaid_grade(text), 1)
    for sentence in sentences:
        words = _word_count(sentence)
        if words > LONG_SENTENCE_WORDS:
            result.long_sentences.append((words, sentence))
        if match := PASSIVE.search(sentence):
            result.passive.append((match.group(0), sentence))
    pattern = glossary_pattern(glossary)
    if pattern:
        plain = {term.term.casefold(): term for term in glossary}
        counts = {}
        for match in pattern.finditer(text):
            key = match.group(1).casefold()
            counts[key] = counts.get(key, 0) + 1
        result.jargon = [(plain[key].term, plain[key].plain, n) for key, n in counts.items()]
    return result


def faq_sentences(faqs):
    found = []
    for item in faqs:
        found += split_sentences(item.question)
        for paragraph in item.answer_paragraphs:
            found += split_sentences(" ".join(paragraph.split()))
    return found


def article_readability(article, faqs=None, glossary=None):
    """{"body": Readability, "faq": Readability} for an article (2 queries without arguments)."""
    glossary = list(GlossaryTerm.objects.all()) if glossary is None else glossary
    faqs = list(article.faqs.all()) if faqs is None else faqs
    return {
        "body": analyse([s.text for s in body_sentences(article.body)], glossary),
        "faq": analyse(faq_sentences(faqs), glossary),
    }
