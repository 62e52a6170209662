"""Parts of a post that the article keeps as structure rather than body text: FAQ and disclaimers.

FAQ: Yoast's and Rank Math's FAQ blocks, or a heading such as “FAQs” or “Frequently asked
questions” followed by question headings with answers. Disclaimer: a paragraph beginning
“Disclaimer:”, or one whose text is that of a stored disclaimer.
"""

import re
from dataclasses import dataclass

from django.utils.html import strip_tags

FAQ_HEADING = re.compile(r"^\s*(faqs?|frequently asked questions|common questions)\b", re.I)
DISCLAIMER = re.compile(r"^\s*(medical\s+)?disclaimer\s*[:.\-–]", re.IGNORECASE)
HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]
QUESTION_MAX = 300


@dataclass
class Question:
    question: str
    answer: str


def _text(element):
    return " ".join(element.get_text(" ", strip=True).split())


def _answer(elements):
    paragraphs = []
    for element in elements:
        if element.name in ("ul", "ol"):
            paragraphs += [_text(item) for item in element.find_all("li")]
        elif _text(element):
            paragraphs.append(_text(element))
    return "\n\n".join(paragraphs)


def _level(element):
    return int(element.name[1]) if element.name in HEADINGS else 7


def _is_question(element, faq_level):
    if element.name in HEADINGS:
        return _level(element) > faq_level or _text(element).endswith("?")
    strong = element.find(["strong", "b"]) if element.name == "p" else None
    return strong is not None and _text(strong) == _text(element) and _text(element).endswith("?")


def take_faq_blocks(soup):
    """Remove Yoast's and Rank Math's FAQ blocks (before their classes are tidied away)."""
    questions = []
    for block in soup.select(".schema-faq-section, .rank-math-faq-item"):
        question = block.select_one(".schema-faq-question, .rank-math-question")
        answer = block.select_one(".schema-faq-answer, .rank-math-answer")
        if question is not None:
            questions.append(Question(_text(question)[:QUESTION_MAX], _text(answer or question)))
        block.decompose()
    for container in soup.select(".wp-block-yoast-faq-block, .rank-math-block"):
        container.decompose()
    return questions


def take_faq(soup):
    """Remove a FAQ section (a “FAQs” heading, then questions) and return its questions."""
    questions = []
    for heading in soup.find_all(HEADINGS):
        if not FAQ_HEADING.match(_text(heading)):
            continue
        level, current, answer, consumed = _level(heading), None, [], []
        for sibling in heading.find_next_siblings():
            if (
                sibling.name in HEADINGS
                and _level(sibling) <= level
                and not _is_question(sibling, level)
            ):
                break
            consumed.append(sibling)
            if _is_question(sibling, level):
                if current:
                    questions.append(Question(current[:QUESTION_MAX], _answer(answer)))
                current, answer = _text(sibling), []
            elif current:
                answer.append(sibling)
        if current:
            questions.append(Question(current[:QUESTION_MAX], _answer(answer)))
        if current:
            heading.decompose()
            for element in consumed:
                element.decompose()
        break
    return [question for question in questions if question.answer]


def normalised(text):
    return " ".join(re.sub(r"[^\w\s]", " ", strip_tags(text or "")).casefold().split())


def take_disclaimers(soup, stored):
    """Remove disclaimer paragraphs; return (matched stored disclaimers, unmatched texts)."""
    by_text = {normalised(disclaimer.body): disclaimer for disclaimer in stored}
    matched, unmatched = [], []
    for paragraph in soup.find_all("p"):
        text = _text(paragraph)
        key = normalised(DISCLAIMER.sub("", text))
        disclaimer = by_text.get(normalised(text)) or by_text.get(key)
        if disclaimer is not None:
            matched.append(disclaimer)
        elif DISCLAIMER.match(text):
            unmatched.append(text)
        else:
            continue
        paragraph.decompose()
    return matched, unmatched
