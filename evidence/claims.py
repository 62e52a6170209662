"""Sentences, citations and claims in an article's body, for the medical reviewer.

The body is read as the editor stores it: citations are ``<span class="citation" data-refs>``
elements, so each sentence knows which sources it cites. Sentences stating numbers, doses or
causes that cite nothing are flagged; a reviewer either cites them or accepts them.
"""

import hashlib
import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup
from django.db import transaction
from django.utils import timezone

from articles.citations import CITATION_SELECTOR, parse_refs
from evidence.models import AcceptedSentence, Claim, ClaimCheck

# Blocks whose text is read as prose; headings, captions and tables of figures are not claims.
PROSE_BLOCKS = ["p", "li", "blockquote", "td"]
_MARK = "\u2063{}\u2063"  # invisible separator around a citation placeholder
_MARK_RE = re.compile("\u2063([0-9 ]*)\u2063")
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = re.compile(r"\b(e\.g|i\.e|etc|vs|approx|Dr|Prof|Mr|Mrs|Ms|St|al|Fig|No)\.", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^\sa-z])")

# What makes a sentence need a source: figures, doses and cause-and-effect wording.
DOSE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|micrograms?|milligrams?|g|grams?|ml|mL|millilitres?|"
    r"units?|IU|mmol|tablets?|puffs?|drops?)\b",
    re.I,
)
PERCENTAGE = re.compile(r"\d\s?%|\b(?:per ?cent|percent)\b", re.I)
NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\b|\b(?:half|a third|a quarter|twice|double|treble)\b", re.I)
CAUSAL = re.compile(
    r"\b(?:reduc|increas|caus|cur(?:e|es|ed|ing)\b|prevent|lower|rais|halv|doubl|protect|"
    r"trigger|worsen|improv)\w*",
    re.I,
)


@dataclass
class Sentence:
    text: str
    source_ids: list = field(default_factory=list)
    reasons: list = field(default_factory=list)  # why it needs a source, in plain words
    accepted: AcceptedSentence | None = None

    @property
    def key(self):
        return sentence_key(self.text)

    @property
    def is_flagged(self):
        """States figures, doses or causes, and cites nothing."""
        return bool(self.reasons) and not self.source_ids

    @property
    def needs_attention(self):
        return self.is_flagged and self.accepted is None


def normalise(text):
    return " ".join((text or "").split())


def sentence_key(text):
    return hashlib.sha256(normalise(text).casefold().encode()).hexdigest()


def reasons_for(text):
    reasons = []
    if DOSE.search(text):
        reasons.append("a dose")
    if PERCENTAGE.search(text):
        reasons.append("a percentage")
    elif NUMBER.search(DOSE.sub("", text)):
        reasons.append("a number")
    if match := CAUSAL.search(text):
        reasons.append(f"cause and effect (“{match.group(0)}”)")
    return reasons


def _block_text(block):
    """The block's text with each citation replaced by a placeholder holding its source ids."""
    block = BeautifulSoup(str(block), "html.parser")
    for span in block.select(CITATION_SELECTOR):
        ids = " ".join(str(pk) for pk in parse_refs(span.get("data-refs")))
        span.replace_with(_MARK.format(ids))
    return normalise(block.get_text(" "))


def split_sentences(text):
    """Split prose into sentences; a citation just after a full stop belongs to that sentence."""
    # "… eczema.[12] Next" → "… eczema[12]. Next": the marker moves before the punctuation.
    text = re.sub(r"([.!?])((?:\s*\u2063[0-9 ]*\u2063)+)", r"\2\1", text)
    text = text.replace("\u2063 ", "\u2063").replace(" \u2063", "\u2063")
    protected = _ABBREVIATIONS.sub(lambda m: m.group(0).replace(".", "\u2024"), text)
    parts = _SENTENCE_END.split(protected)
    return [part.replace("\u2024", ".").strip() for part in parts if part.strip()]


def sentences(body):
    """Every prose sentence of ``body`` (the editor's HTML), with the sources each cites."""
    soup = BeautifulSoup(body or "", "html.parser")
    found = []
    for block in soup.find_all(PROSE_BLOCKS):
        if block.find(PROSE_BLOCKS):  # a list item holding a paragraph: read the inner block
            continue
        for raw in split_sentences(_block_text(block)):
            ids = []
            for group in _MARK_RE.findall(raw):
                ids += [int(pk) for pk in group.split() if int(pk) not in ids]
            text = normalise(_MARK_RE.sub(" ", raw)).replace(" .", ".").replace(" ,", ",")
            if text:
                found.append(Sentence(text=text, source_ids=ids, reasons=reasons_for(text)))
    return found


def body_text(body):
    """The body as plain prose, without citation placeholders (for matching claims)."""
    return normalise(" ".join(s.text for s in sentences(body)))


def review_sentences(article):
    """The article's sentences with the reviewer's acceptances attached. One query."""
    accepted = {a.key: a for a in article.accepted_sentences.all()}
    found = sentences(article.body)
    for sentence in found:
        sentence.accepted = accepted.get(sentence.key)
    return found


def unaccepted_flags(article):
    """Flagged sentences no reviewer has accepted: what the gate refuses when the site asks."""
    return [s for s in review_sentences(article) if s.needs_attention]


def passage_in_body(passage, body):
    return normalise(passage).casefold() in body_text(body).casefold()


def accept_sentences(*, article, keys, user, reason=""):
    """Accept flagged sentences (by ``Sentence.key``) as needing no citation."""
    flagged = {s.key: s for s in sentences(article.body) if s.is_flagged}
    created = 0
    for key in keys:
        if key in flagged:
            _, new = AcceptedSentence.objects.get_or_create(
                article=article,
                key=key,
                defaults={"sentence": flagged[key].text, "accepted_by": user, "reason": reason},
            )
            created += new
    return created


def record_checks(*, review, claims):
    """Record ``claims`` as checked in ``review`` (the medical review that approves)."""
    rows = []
    for claim in claims:
        rows.append(
            ClaimCheck(
                review=review,
                claim=claim,
                passage=claim.passage,
                strength=claim.strength,
                sources=[
                    {
                        "id": link.source_id,
                        "label": str(link.source),
                        "kind": link.source.get_kind_display(),
                        "year": link.source.year,
                        "doi": link.source.doi,
                        "pmid": link.source.pmid,
                    }
                    for link in claim.references.all()
                ],
            )
        )
    return ClaimCheck.objects.bulk_create(rows)


def checked_claims(article):
    """The claims a reviewer has ticked as checked since they were last changed."""
    return list(
        Claim.objects.filter(article=article, checked_at__isnull=False).prefetch_related(
            "references__source"
        )
    )


@transaction.atomic
def mark_checked(*, article, claim_ids, user):
    """Tick exactly ``claim_ids`` of the article's claims as checked by ``user``."""
    claims = Claim.objects.filter(article=article)
    now = timezone.now()
    claims.filter(pk__in=claim_ids, checked_at__isnull=True).update(checked_by=user, checked_at=now)
    claims.exclude(pk__in=claim_ids).update(checked_by=None, checked_at=None)
