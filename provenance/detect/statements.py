"""Statements in one paragraph: what was said, by whom, with which verb.

Each attribution verb opens a region that runs to the next verb or the end of its sentence.
The verb's content is the statement quotations in that region, or else reported speech after
``أن``/``إن``/``that``, or (for ``أعلن``, ``announced``) the direct object; a quotation that no
verb opens takes the verb after it (``"…"، قال الوزير``, ``"…," he said``). Speakers are
parsed before the verb (``وكان رئيس الوزراء … الكاظمي، قال``) or after it (``أكد رئيس … سعد
معن``). A quotation that opens with a name and a verb of its own (``"اللواء جون بريمر أكد …"``)
is a second-hand statement, and so is ``نقلت رويترز عن مصدر قوله إن …`` (the outlet relays; see
:mod:`provenance.detect.relays`).
Resolving names and media across paragraphs is done by the caller.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from provenance.detect import vocab as v
from provenance.detect.quotes import Quote, find_quotes, is_statement, sentence_bounds
from provenance.detect.relays import (
    names_a_relay,
    quoted_second_hand,
    relayed_from,
    relayed_through,
)
from provenance.detect.speakers import Paragraph, Subject
from provenance.detect.statement_record import Statement
from provenance.detect.tokens import strip_span
from provenance.detect.verbs import Verb

#: A reported statement must have at least this many words to count.
MIN_REPORTED_WORDS = 3
#: How many commas back a subject before its verb is looked for ("X, the spokesman …, said").
MAX_COMMAS_BACK = 3
#: The comma tokens, Latin and Arabic.
_COMMAS = frozenset({",", "،"})
#: Pronoun openers (``من جانبه``) as word tuples, by first word, in table order.
_OPENERS: dict[str, list[tuple[str, ...]]] = {}
for _opener in v.AR_PRONOUN_OPENERS:
    _OPENERS.setdefault(_opener.split()[0], []).append(tuple(_opener.split()))


@dataclass(slots=True)
class _Who:
    """A verb's subject, resolved to text."""

    speaker: str | None
    title: str | None
    pronoun: bool


def _who(para: Paragraph, subject: Subject | None) -> _Who:
    """Turn token ranges into written text."""
    if subject is None:
        return _Who(None, None, False)
    return _Who(*para.subject_text(subject), subject.pronoun)


class _Parser:
    """Parse one paragraph; ``known`` holds folded words of names seen in the article."""

    def __init__(self, text: str, known: frozenset[str], para: Paragraph | None = None) -> None:
        self.text = text
        self.para = para if para is not None else Paragraph(text)
        self.known = known
        if self.para.quotes is None:
            # Once per paragraph: the article parses a paragraph again with more known names.
            found = find_quotes(text)
            self.para.quotes = (found, [q for q in found if is_statement(text, q)])
        self.quotes, self.claim_quotes = self.para.quotes
        self._opens = [q.open_mark for q in self.claim_quotes]
        self._first_words: dict[int, int] = {}
        """Sentence start → index of its first word token (see :meth:`_sentence_subject`)."""
        self._relay_words: bool | None = None
        """Whether any word opens a relay phrase (see :func:`relays.names_a_relay`)."""
        self._complementizers: dict[bool, list[int]] = {}
        """English or not → token indexes of the complementizers (``أن``, ``that``)."""

    def _inside_quote(self, offset: int) -> bool:
        index = bisect.bisect_right(self._opens, offset) - 1
        return index >= 0 and offset <= self.claim_quotes[index].close_mark

    def _quote_opens_in(self, lo: int, hi: int) -> bool:
        """Whether a statement quotation opens in [lo, hi)."""
        at = bisect.bisect_left(self._opens, lo)
        return at < len(self._opens) and self._opens[at] < hi

    def _quotes_between(self, lo: int, hi: int) -> list[Quote]:
        """Statement quotations whose opening mark is in [lo, hi)."""
        a, b = bisect.bisect_left(self._opens, lo), bisect.bisect_left(self._opens, hi)
        return self.claim_quotes[a:b]

    def _subject(self, i: int, limit: int, english: bool) -> Subject | None:
        # Paragraph.subject without its frame: this is the most frequent call of a parse.
        if english:
            return self.para.english_subject(i, limit)
        return self.para.arabic_subject(i, limit, self.known)

    def _preverbal(self, floor: int, verb: Verb) -> tuple[Subject | None, bool, bool]:
        """Subject written before the verb; also (pronoun opener seen, leading complementizer)."""
        para, i, end = self.para, self.para.token_at(floor), verb.token
        texts, is_word = para.token_text, para.is_word
        pronoun = relayed = False
        # "ذكرت رويترز أن مسؤولين أكدوا": the subject starts after the last complementizer.
        for k in range(end - 1, i - 1, -1):
            if texts[k] in v.AR_COMPLEMENTIZERS_SET or texts[k].lower() == "that":
                i, relayed = k + 1, True
                break
        while i < end:
            word = texts[i]
            openers = _OPENERS.get(word)
            match = next((o for o in openers if tuple(texts[i:i + len(o)]) == o),
                         None) if openers else None
            if match:
                pronoun, i = True, i + len(match)
            elif not is_word[i] or word.lower() in v.CLAUSE_OPENERS:
                i += 1
            elif word in v.AR_COMPLEMENTIZERS_SET or word.lower() == "that":
                relayed, i = True, i + 1
            else:
                break
        if i >= end:
            return None, pronoun, relayed
        # Try the whole clause, then from each comma back ("…after the protests, police said").
        commas: list[int] = []
        for k in range(end - 1, i, -1):  # the last few commas only: keeps this linear
            if texts[k] in _COMMAS:
                commas.append(k + 1)
                if len(commas) == MAX_COMMAS_BACK:
                    break
        for start in (i, *commas):
            subject = self._subject(start, end, verb.english)
            if subject is None:
                continue
            # The subject must reach the verb, or be followed by a relative clause first.
            following = None
            for k in range(subject.end, end):
                if is_word[k] and texts[k] not in v.AR_VERB_PARTICLES:
                    following = texts[k]
                    break
            if following is None or following.lower() in v.RELATIVE_PRONOUNS:
                return subject, pronoun, relayed
        if verb.english:
            # A short common noun phrase right before the verb ("police", "Russian officials").
            k = end
            while k > i and end - k < 4 and para.is_word[k - 1]:
                k -= 1
            if k < end:
                return Subject((k, end), None, end), pronoun, relayed
        return None, pronoun, relayed

    def _after_subject(self, i: int, limit: int, english: bool) -> int:
        """Skip punctuation and time words after a subject."""
        fillers = v.EN_FILLERS_SET if english else v.AR_FILLERS_SET
        while i < limit and (not self.para.is_word[i]
                             or self.para.token_text[i].lower() in fillers):
            i += 1
        return i

    def _reported(self, verb: Verb, i: int, limit: int, direct: bool) -> tuple[int, int] | None:
        """Reported content after token ``i``: after a complementizer, a colon, or directly."""
        para = self.para
        complementizers = v.EN_COMPLEMENTIZERS_SET if verb.english else v.AR_COMPLEMENTIZERS_SET
        start_token = None
        if verb.english not in self._complementizers:
            texts = para.token_text
            # Arabic has no case: its words are looked up as they are, without lower().
            self._complementizers[verb.english] = [
                k for k, word in enumerate(texts) if word.lower() in complementizers
            ] if verb.english else [k for k, word in enumerate(texts) if word in complementizers]
        # The first complementizer at or after i, by bisection: many verbs may share one i.
        found = self._complementizers[verb.english]
        at = bisect.bisect_left(found, i)
        if at < len(found) and found[at] < limit:
            start_token = found[at] + 1
        if start_token is None:
            j = self._after_subject(i, limit, verb.english)
            if j < limit and (direct or (j > i and para.token_text[j - 1] == ":")):
                start_token = j
        if start_token is None or start_token >= limit:
            return None
        start, _ = para.token_orig(start_token, start_token + 1)
        _, end = para.token_orig(limit - 1, limit)
        start, end = strip_span(self.text, start, end)
        if len(self.text[start:end].split()) < MIN_REPORTED_WORDS:
            return None
        return start, end

    def parse(self) -> list[Statement]:
        """All statements of the paragraph, in text order."""
        verbs = [vb for vb in self.para.verbs() if not self._inside_quote(vb.start)]
        if not verbs and not self.claim_quotes:
            return []  # nothing opens a statement: most paragraphs of a story say none
        out: list[Statement] = []
        starts = [vb.start for vb in verbs]
        if self.para.sentences is None:
            self.para.sentences = sentence_bounds(self.text, self.quotes)
        for s0, s1 in self.para.sentences:
            a, b = bisect.bisect_left(starts, s0), bisect.bisect_left(starts, s1)
            out.extend(self._sentence(s0, s1, verbs[a:b]))
        for statement in out:
            if statement.quoted:
                quoted_second_hand(self.para, statement, self.known)
        return sorted(out, key=lambda s: s.start)

    def _sentence(self, s0: int, s1: int, verbs: list[Verb]) -> list[Statement]:
        para = self.para
        quotes = self._quotes_between(s0, s1)
        used: set[int] = set()
        found: list[Statement] = []
        subjects: dict[int, _Who] = {}
        floor = s0
        relay: _Who | None = None

        opens, claim_quotes = self._opens, self.claim_quotes

        for k, verb in enumerate(verbs):
            region_end = verbs[k + 1].start if k + 1 < len(verbs) else s1
            # The last statement quotation opened in [floor, verb) ends the subject's reach.
            last = bisect.bisect_left(opens, verb.start) - 1
            before = claim_quotes[last] if last >= 0 and opens[last] >= floor else None
            floor = max(floor, verbs[k - 1].end if k else s0)
            pre_floor = max(floor, before.close_mark + 1) if before else floor
            is_participle = verb.continuation and verb.stem in v.AR_PARTICIPLES_SET
            subject, pronoun, relayed = (None, False, False) if is_participle else \
                self._preverbal(pre_floor, verb)
            preverbal = subject is not None
            limit = para.token_at(region_end)
            after = verb.token + 1
            if verb.stem == "according to":
                after += 1
            if subject is None and not is_participle and not (verb.english and verb.stem == "told"):
                subject = self._subject(after, limit, verb.english)
                if subject is not None and subject.name is None and subject.title is None \
                        and not subject.pronoun:
                    subject = None
            if subject is None and not verb.continuation and not verb.english \
                    and not pronoun and not relayed:
                subject = self._sentence_subject(s0, verb.token)
            who = _who(para, subject)
            who.pronoun = who.pronoun or pronoun or subject is None
            subjects[verb.start] = who
            verb_text = self.text[verb.start:verb.end]
            base = Statement(0, 0, False, (s0, s1), verb_text, who.speaker, who.title,
                             verb.continuation or who.pronoun)
            if relayed and relay is not None:
                base.second_hand = True
                base.relay_speaker, base.relay_title = relay.speaker, relay.title
            mine = [q for q in self._quotes_between(verb.end, region_end)
                    if q.open_mark not in used]
            made = self._content(verb, None if preverbal else subject, after, limit, mine, base,
                                 floor, s1)
            if k + 1 < len(verbs) and made and not made[0].quoted \
                    and self._only_subject(made[0], verbs[k + 1].english):
                made = []  # "أكد أن الرئيس علي كريم قال …": the next verb's subject
            if not made and not is_participle and not self._quote_opens_in(verb.end, s1):
                made = self._backward(pre_floor, verb, subject if preverbal else None, base)
            if made and verb.stem in v.AR_RELAY_VERBS:
                relayed_from(self.para, verb, limit, made, self.known)
            elif made and not made[0].second_hand and self._names_a_relay():
                relayed_through(self.para, verb, made)
            if made:
                used.update(q.open_mark for q in mine)
                found.extend(made)
            relay = who if not made else None
            floor = max(s.end for s in made) if made else verb.end
        starts = [vb.start for vb in verbs]
        for quote in quotes:
            if quote.open_mark in used:
                continue
            # A quotation no verb opened takes the verb after it ("…"، قال الوزير).
            index = bisect.bisect_right(starts, quote.close_mark)
            later = verbs[index:index + 1]
            owner = subjects.get(later[0].start) if later else None
            start, end = strip_span(self.text, quote.start, quote.end)
            statement = Statement(start, end, True, (s0, s1))
            if owner is not None:
                statement.verb = self.text[later[0].start:later[0].end]
                statement.speaker, statement.title = owner.speaker, owner.title
                statement.continuation = owner.pronoun
            found.append(statement)
        return found

    def _sentence_subject(self, s0: int, before: int) -> Subject | None:
        """``ورحبت الحكومة العراقية … أكدت فيه أن``: the subject of the sentence's first verb.

        Only institutions and titled people count, so a subjectless verb later in the sentence
        is not handed to whoever spoke in the previous paragraph.
        """
        para = self.para
        if s0 not in self._first_words:
            # Once per sentence, not once per verb: a sentence may open with a long run of
            # punctuation and hold thousands of verbs.
            i = para.token_at(s0)
            while i < len(para.token_text) and (not para.is_word[i]
                                            or para.token_text[i] == "و"):
                i += 1
            self._first_words[s0] = i
        i = self._first_words[s0]
        if i + 1 >= before:
            return None
        subject = self._subject(i + 1, before, False)
        if subject is None or not (subject.title or self._word_is_institution(i + 1)):
            return None
        return subject

    def _word_is_institution(self, i: int) -> bool:
        return self.para.token_text[i] in v.AR_INSTITUTIONS_SET

    def _backward(self, floor: int, verb: Verb, subject: Subject | None,
                  base: Statement) -> list[Statement]:
        """``…, police said`` / ``…، قال مصدر``: the content is the clause before the comma."""
        para = self.para
        first = subject.name[0] if subject and subject.name else (
            subject.title[0] if subject and subject.title else verb.token)
        if first == 0 or para.token_text[first - 1] not in (",", "،"):
            return []
        comma, _ = para.token_orig(first - 1, first)
        start, end = strip_span(self.text, floor, comma)
        if len(self.text[start:end].split()) < MIN_REPORTED_WORDS:
            return []
        return [base.moved(start, end, False)]

    def _names_a_relay(self) -> bool:
        if self._relay_words is None:
            # Once per paragraph: most hold no relay phrase, and then no verb needs the walk.
            self._relay_words = names_a_relay(self.para)
        return self._relay_words

    def _only_subject(self, statement: Statement, english: bool) -> bool:
        """True when a statement's words are nothing but a speaker (the next verb's subject)."""
        i, j = self.para.token_at(statement.start), self.para.token_at(statement.end)
        subject = self._subject(i, j, english)
        return subject is not None and not any(self.para.is_word[subject.end:j])

    def _content(self, verb: Verb, subject: Subject | None, after: int, limit: int,
                 quotes: list[Quote], base: Statement, floor: int, s1: int) -> list[Statement]:
        """The statements a verb introduces."""
        made: list[Statement] = []
        for quote in quotes:
            start, end = strip_span(self.text, quote.start, quote.end)
            made.append(base.moved(start, end, True))
        if made:
            return made
        if verb.stem == "according to":
            return self._according_to(verb, subject, base, floor, s1)
        i = subject.end if subject is not None else after
        span = self._reported(verb, i, limit, verb.direct or (verb.english and subject is None
                                                             and verb.stem in ("said", "says")))
        return [base.moved(span[0], span[1], False)] if span else []

    def _according_to(self, verb: Verb, subject: Subject | None, base: Statement,
                      floor: int, s1: int) -> list[Statement]:
        """``According to X, …`` takes what follows; ``…, according to X`` what precedes."""
        if floor > base.sentence[0]:
            return []  # "X said …, according to state media": the source of X's claim
        start, end = strip_span(self.text, floor, verb.start)
        if len(self.text[start:end].split()) >= MIN_REPORTED_WORDS:
            return [base.moved(start, end, False)]
        if subject is None:
            return []
        _, subject_end = self.para.token_orig(subject.end - 1, subject.end)
        start, end = strip_span(self.text, subject_end, s1)
        if len(self.text[start:end].split()) >= MIN_REPORTED_WORDS:
            return [base.moved(start, end, False)]
        return []


def paragraph_statements(text: str, known: frozenset[str] = frozenset(),
                         para: Paragraph | None = None) -> list[Statement]:
    """Find the statements in one paragraph (``known``: folded words of names seen elsewhere).

    ``para`` is ``Paragraph(text)`` when the caller already built it: a paragraph is read more
    than once per article, and folding and tokenising it once is enough.
    """
    return _Parser(text, known, para).parse()
