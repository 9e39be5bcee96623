"""Credit cues of the citation detector: what makes a name credit a text or a picture.

Split from :mod:`provenance.detect.citation_cues` (the words that tell a name's role in a
sentence): source labels, syndicators' tags, bylines, credit and label lines, and the captions
and photographers that make a name a photo credit. Written, folded and bounded as those tables
are; read by :mod:`provenance.detect.citation_roles`, :mod:`provenance.detect.citation_lines` and
:mod:`provenance.detect.citations`.
"""

from __future__ import annotations

import re

from provenance.detect.citation_patterns import MONTH_WORDS, cue_alternation, fold

#: A source label opening a credit line (``Source: Xinhua | 2018-09-30``, ``المصدر: واس``,
#: ``Reference: Reuters,CNBC``): the words, then the pattern.
SOURCE_LABEL_WORDS_AR = ("المصدر", "مصدر", "مصدر الخبر", "المرجع", "المراجع", "ناشر", "الناشر")
#: … in Latin letters (Turkish, German and English sites).
SOURCE_LABEL_WORDS_LATIN = ("Sources?", "References?", "Kaynak", "Quelle")
_SOURCE_LABEL = (
    "(?:" + cue_alternation(SOURCE_LABEL_WORDS_AR) + "|" + "|".join(SOURCE_LABEL_WORDS_LATIN)
    + r")\s{0,2}[:/|]\s{0,3}"
    # ... past another source (المصدر: RT + وكالة), or a place before a bracket (المصدر / الكويت
    # (كونا))
    r"(?:[^\n:|()+،,&]{1,30}?\s{0,3}[+،,&(]\s{0,3})?$"
)
SOURCE_LABEL = re.compile(r"\s*/?\s{0,2}" + _SOURCE_LABEL, re.IGNORECASE)  # /مصدر: شينخوا/
#: A syndicated story's disclaimer after the wire (``Thomson Reuters is solely responsible for
#: this content``): the wire wrote it.
RESPONSIBLE_AFTER = re.compile(r"[^\S\n]{1,3}is[^\S\n]{1,3}solely[^\S\n]{1,3}responsible"
                               r"[^\S\n]{1,3}for[^\S\n]{1,3}(?:this|the)[^\S\n]{1,3}content")
#: A translated page's note on its original (``(النص الأصلي باللغة الإنكليزية، جيجي برس)``): the
#: wire after it wrote the story.
ORIGINAL_TEXT_BEFORE = re.compile(r"\(\s{0,2}" + fold("النص الأصلي") + r"[^()\n]{0,40}[،,]\s{0,3}$")
#: A syndicator's tag opening a story with the wire it passes on (``(MENAFN- AFP) Asian …``,
#: ``(MENAFN- Kuwait News Agency (KUNA))``): a credit, as a source label is.
SYNDICATORS = ("MENAFN",)
SYNDICATION_CREDIT = re.compile(
    r"\s*\((?:" + "|".join(SYNDICATORS) + r")\s?[-–—―]\s?$", re.IGNORECASE)
#: The same label after a sentence, with the name closing the line (``… المشترك. المصدر: واس``).
SOURCE_LABEL_AFTER_SENTENCE = re.compile(  # … or after a stamp's bar (``03:03 PM IST | Source:``)
    # (… FDA. (Source: AFP)); a stamp's dash (2020/03/13 | 16:10 - Source: INA; in Arabic a
    # dash before المصدر may close a picture's caption)
    r"(?:[.!?؟|][\"”»']?|[-–—](?=\s{0,3}Sources?\s{0,2}:))\s{0,3}\(?\s{0,2}" + _SOURCE_LABEL,
    re.IGNORECASE)
#: Before a name, these words mark the rest of the line as a photo or video credit.
PHOTO_CUES = re.compile(
    # not inside مصور (a photographer) or تصور (a notion); a caption may be glued to the cue
    # ("في مؤتمر صحفيصورة من: …"), so no word boundary
    r"(?<![مت])(?:" + cue_alternation((
        "تصوير", "الصورة", "صورة", "الصور", "صور", "فيديو", "الفيديو", "صورة أرشيفية",
        "أرشيفية", "أرشيف", "لقطة", "بعدسة", "عدسة"))
    + r")\s{0,2}[:/(-]?\s{0,3}(?:" + fold("من") + r"\s{1,3}|ل\s?)?$"
    # التقطها مصور لوكالة فرانس برس: the picture was taken by its photographer
    r"|(?:" + cue_alternation(("التقطها", "التقطه", "التقطتها", "التقطته")) + r")\s{1,3}(?:"
    + cue_alternation(("مصور", "مصورة", "مصورو")) + r")\s{0,3}(?:ل\s?)?$"
    # تصوير: أحمد علي / أ ف ب — the photographer, then the agency after a slash or dash
    r"|(?<![مت])(?:" + cue_alternation(("تصوير", "الصورة", "صورة", "بعدسة", "عدسة"))
    + r")(?:\s{1,3}" + fold("من") + r")?\s{0,2}[:/-]\s{0,3}(?:\S{1,30}\s{1,3}){0,2}\S{1,30}\s{0,3}"
    r"[/|-]\s{0,3}$"  # صورة من: picture-alliance/dpa
    r"|\b(?:photo(?:graph)?s?|foto|images?|picture|credit|video|footage)"
    r"(?:\s{1,3}(?:source|credit)s?)?\s{0,2}"
    # Photo: Concetta Rizzo / Archive / ANSA, Photo: Juan Medina/REUTERS
    r"(?:by\s{1,3}|:\s{0,3}|/\s{0,2}|courtesy\s{1,3}(?:of\s{1,3})?)(?:\S{1,30}\s{1,3}){0,6}"
    r"(?:[^\s/]{1,30}[/-]\s{0,2})?$"  # PHOTO: EPA-EFE
    r"|\((?:photo|file|picture)[^()\n]{0,30}$"
    # Reuters' credit for a picture others handed out: "Courtesy of …/Handout via REUTERS"
    r"|(?:\b|/)(?:handout|pool)\s{1,3}via\s{1,3}$"
    # AP's credit for a picture others handed out: "(Pakistan Foreign Office via AP)"
    r"|\((?:(?-i:[A-Z])[\w.'’-]{1,20}\s{1,3}){1,5}via\s{1,3}$"
    # AFP's picture credit: the photographer after the copyright sign (© Khaled DESOUKI / AFP)
    r"|©[^\S\n]{0,2}(?:[^\W\d][\w.'’-]{1,20}[^\S\n]{1,2}){0,3}[^\W\d][\w.'’-]{1,20}[^\S\n]{0,2}"
    r"/[^\S\n]{0,2}$"
    # ... or a Latin name and a comma (© STR, AFP; not a list "© وكالة …, وكالة مهر")
    r"|©[^\S\n]{0,2}(?:[A-Z][\w.'’-]{1,20}[^\S\n]{1,2}){0,2}[A-Z][\w.'’-]{1,20}[^\S\n]{0,2},"
    r"[^\S\n]{0,2}$",
    re.IGNORECASE,
)
#: A line that opens by naming a picture (``صورة أرشيفية لمبنى …``, ``Photo: …``, ``A handout
#: picture released by …``): the wire closing it credits the picture.
PICTURE_LINE_START = re.compile(
    r"[^\S\n]{0,3}\(?[^\S\n]{0,2}(?:" + cue_alternation(("صورة", "صور", "لقطة", "لقطات", "الصورة"))
    + r"|(?:an?\s{1,3}|the\s{1,3})?(?:handout\s{1,3}|file\s{1,3})?(?:photo(?:graph)?|picture"
    r"|image)s?)\b",
    re.IGNORECASE,
)
#: A picture the agency handed out (``صورة وزعتها سانا``, ``a handout picture released by``).
PICTURE_RELEASED_BEFORE = re.compile(
    # (a caption may be glued to the title above it: "… إلى الأردنصورة نشرتها "سانا"")
    r"(?:" + cue_alternation(("صورة", "صور", "لقطة", "الصورة"))
    + r")(?:\s{1,3}\S{1,20}){0,2}\s{1,3}(?:" + cue_alternation((
        "وزعتها", "نشرتها", "بثتها", "التقطتها", "وزعها", "نشرها", "وفرتها"))
    + r")\s{1,3}$"
    r"|\b(?:photo(?:graph)?|picture|image)s?\s{1,3}(?:\S{1,20}\s{1,3}){0,1}?(?:released|distributed"
    r"|provided|supplied|handed\s{1,3}out)"
    # ... past its day: "photo released on June 21, 2019 by"
    r"(?:\s{1,3}on\s{1,3}[A-Z][a-z]{2,8}\.?\s{1,3}\d{1,2},?\s{1,3}\d{4})?\s{1,3}by\s{1,3}(?:the\s{1,3})?"
    # ... past a possessive and a kind: "released by the North's official KCNA", "by North
    # Korea's Korean Central News Agency"
    r"(?:(?:[A-Z][\w-]{1,20}\s{1,3})?[A-Z][\w-]{1,20}['’]s\s{1,3})?"
    r"(?:(?:official|state|state-run|state-owned|national)\s{1,3})?$",
    re.IGNORECASE,
)
#: Words only a photo caption holds (``ليس في الصورة``, ``not pictured``): a name closing its
#: line credits the photo.
CAPTION_MARKERS = re.compile(
    "(?:" + cue_alternation(("ليس في الصورة", "ليسوا في الصورة", "ليست في الصورة", "يسار الصورة",
                          "يمين الصورة", "وسط الصورة"))
    + r"|\bnot\s{1,3}pictured\b|\(\s{0,2}(?:L|R|C|centre|center|left|right)\s{0,2}\)"
    r"|\bphoto\s{1,3}not\s{1,3}for\s{1,3}sale\b|\(\s{0,2}file\s{1,3}photo\b"
    r"|\b(?:picture|photo)\s{1,3}taken\b)",  # Reuters: "… Picture taken June 22, 2018."
    re.IGNORECASE,
)
#: After a name, these mark a photo credit (``AFP/Getty Images``, ``AP Photo/Jane Doe``).
PHOTO_AFTER = re.compile(
    # (not "Shafaq News / On Thursday, …": a story's first words)
    r"\s{0,2}(?:/\s{0,2}(?:Getty|(?!(?:On|In|At|The|After|As|A|An)\s)[A-Z][a-z]{1,20}\s{1,3}[A-Z])|\s(?:Photo|Images|Video)\b"
    r"|\s{1,3}via\s{1,3}Getty"
    r"|\s{0,2}/\s{0,2}(?:" + fold("صور|الصورة") + ")"
    # AP's "(… via AP, File)"; AFP's photographer with the surname in capitals closing the line
    # ("Copyright AFP Alessandro RAMPAZZO")
    r"|[^\S\n]{0,2},[^\S\n]{0,2}File[^\S\n]{0,2}\)"
    r"|[^\S\n]{1,3}[A-Z][a-z]{1,20}(?:[^\S\n][A-Z][a-z]{1,20})?[^\S\n]{1,3}[A-Z]{3,20}[^\S\n]*$)",
    re.MULTILINE,
)
#: A line that holds tags, categories or copyright: names on it are labels, not sources.
LABEL_LINE = re.compile(
    "^\\s{0,3}(?:" + cue_alternation((
        "الوسوم", "وسوم", "كلمات مفتاحية", "كلمات دلالية", "الكلمات المفتاحية", "تصنيفات",
        "التصنيف", "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "اقرأ المزيد", "الكلمات الدالة",
        "مواضيع ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة", "اقرأ أيضًا", "شاهد أيضا",
        "طالع أيضا",
        "جميع الحقوق محفوظة",
    ))
    + r"|Tags|Topics|Categor(?:y|ies)|Filed\s{1,3}under|Read\s{1,3}more|Related|More\s{1,3}from"
    r"|Also\s{1,3}read|See\s{1,3}also)\b",
    re.IGNORECASE | re.MULTILINE,
)
#: Anywhere on a line, these make its names the story's credit (``© 2024 Reuters``).
_CREDIT_LINE_WORDS = ("جميع الحقوق محفوظة", "حقوق النشر", "ساهم في إعداد", "شارك في إعداد",
                      "ساهمت في إعداد")
CREDIT_LINE_CUES = re.compile(
    # It is searched over whole lines (a page without line breaks is one): a test of the first
    # letter turns most positions away before the alternatives are tried.
    "(?=[" + re.escape("".join(sorted({fold(w)[0] for w in _CREDIT_LINE_WORDS}))) + "©(CATIE])"
    "(?:" + cue_alternation(_CREDIT_LINE_WORDS)
    # "(c) Agencia EFE" written out; not a caption's "(C)" (centre) before a name or a comma
    + r"|©|\(c\)(?=\s{1,2}[\dA-Z])|\bCopyright\b|\bAll\s{1,3}rights\s{1,3}reserved"
    r"|\bcontributed\s{1,3}(?:to\s{1,3}this"
    r"|reporting)|\binformation\s{1,3}for\s{1,3}this\s{1,3}(?:report|story|article)\b"
    r"|\bThis\s{1,3}(?:story|article|post)\s{1,3}(?:was|has\s{1,3}been)\s{1,3}(?:originally\s{1,3})?"
    r"(?:produced|written|published|provided|republished|posted)"
    # AP's own note over an updated story: "THIS IS A BREAKING NEWS UPDATE. AP's earlier story
    # follows below."
    r"|\bearlier\s{1,3}(?:story|version)\s{1,3}(?:is|follows)\s{1,3}below"
    # "AP writers Jane Roe and John Doe contributed."
    r"|\bcontributed\s{0,2}(?:\.|$))",
    re.IGNORECASE,
)
#: A line that opens as a byline (``By AP News``, ``Author: AP``): its names are the credit.
BYLINE = re.compile(
    r"[^\S\n]{0,3}(?:By|Written\s{1,3}by|Author\s{0,2}:|Originally\s{1,3}published\s{1,3}(?:by|in)"
    # a contribution note opening its line: (Additional reporting by AFP), With input from
    # RFE/RL closes every story with "Based on reporting by Reuters and AFP"
    r"|\(?(?:(?:Additional\s{1,3}|Based\s{1,3}on\s{1,3})?[Rr]eporting\s{1,3}by"
    # ... "– Additional reporting: Reuters, Bloomberg", "(Compiled by the Reuters … bureau"
    r"|[–—-]?\s{0,2}Additional\s{1,3}(?:reporting|sources)\s{0,2}[:•]|Compiled\s{1,3}by(?:\s{1,3}the)?"
    r"|[–—-]?\s{0,2}With\s{1,3}inputs?\s{1,3}from"
    # BBC Monitoring's "Text of report by Russian state news agency RIA Novosti"
    r"|Text\s{1,3}of\s{1,3}(?:a\s{1,3})?report\s{1,3}by"
    # Russian outlets' "Based on materials from TASS"; AllAfrica's "Read the original article on"
    r"|Based\s{1,3}on\s{1,3}materials\s{1,3}(?:from|of)|Read\s{1,3}the\s{1,3}original\s{1,3}article"
    r"\s{1,3}(?:on|at))"
    "|" + cue_alternation(("كتب", "كتبت", "بقلم", "إعداد")) + r"\s{0,2}:)\s",
    re.IGNORECASE,
)
#: A byline's "wrote:" right before the name, anywhere on the line (``23:22 | كتب: أ.ش.أ |``).
WROTE_BEFORE = re.compile(
    r"(?:^|[\s|])(?:" + cue_alternation(("كتب", "كتبت", "بقلم", "إعداد")) + r")\s{0,2}:\s{0,3}$"
    # a capital "By" is a byline even glued to a headline ("… down from previous poll By
    # Reuters"); "reported by" is written small
    r"|(?:^|\s)By\s{1,3}$"
)
#: The same in Arabic, for a wire that opens its line (``وام/أحمد النعيمي/مصطفى بدر الدين``; at
#: the line's end the slashes are a dateline's: ``أنقرة/ محمد علي/ الأناضول``).
EDITORS_TRAILER_AR = re.compile(
    r"(?:[^\S\n]{0,2}/[^\S\n]{0,2}[ء-ي]{2,20}(?:[^\S\n][ء-ي]{2,20}){0,3}){2,6}[^\S\n]*")
#: Words of a photo credit's trailer (``REUTERS/Dado Ruvic/Illustration/File Photo``).
PHOTO_TRAILER_WORDS = re.compile(
    r"\b(?:Photo|Illustration|Pool|Handout|Getty|Images|File|Stringer|STR)\b")
#: A headline line closed by a short bracketed name (``… (BNA)``, ``… (سونا)``), matched from the
#: line's start: a listing's item beside a line makes that line one too.
#: (a headline of four words or more; not a photo's "(AP Photo/…)" nor "عواصم (وكالات)")
BRACKET_CLOSES_LINE = re.compile(
    r"[^\S\n]{0,3}(?:[^\s()]{1,30}[^\S\n]{1,3}){4}[^\n()]{0,300}?\((?!" + fold("وكالات") + r"\))"
    r"[^\W\d_][^()\n/]{1,25}\)[^\S\n]*$")
#: A listing's time stamp on its own line (``منذ 3 ساعات``, ``2 hours ago``): the headline beside
#: it is an item of the listing, and the wire closing that headline its credit, not a caption's.
LISTING_STAMP_LINE = re.compile(
    r"[^\S\n]{0,3}(?:" + fold("منذ") + r"[^\S\n]{1,3}(?:\d{1,3}[^\S\n]{1,3})?(?:"
    + cue_alternation((
        "دقيقة", "دقيقتين", "دقائق", "ساعة", "ساعتين", "ساعات", "يوم", "يومين", "أيام", "أسبوع",
        "أسابيع")) + r")|\d{1,3}[^\S\n]{1,3}(?:minutes?|mins?|hours?|hrs?|days?|weeks?)"
    r"[^\S\n]{1,3}ago)[^\S\n]*",
    re.IGNORECASE,
)
#: Words that set a scene, as captions do (``محمد صلاح خلال مباراة``, ``… during a rally``).
SCENE_WORDS = re.compile(
    r"(?:^|\s)(?:" + cue_alternation(("خلال", "أثناء", "لدى وصوله", "لدى وصولها", "يتفقدون",
                                      "يتفقد"))
    + r")(?=\s|$)|\b(?:during|pictured|seen\s{1,3}(?:here|in|at))\b",
    re.IGNORECASE,
)
#: A wire photo credit in capitals, its source after a slash (``REUTERS/KCNA``, ``AFP/STR``).
CAPS_PHOTO_CREDIT = re.compile(
    r"[A-Z]{2,60}(?:\s[A-Z]{2,60})?(?:/\s?|\s{1,3}via\s{1,3})[A-Z]")
#: How far around a name a capitalised credit is looked for (``ASSOCIATED PRESS/``).
CAPS_CREDIT_REACH = 20
#: Editors' initials after a wire closing a story (``--(بترا) م ح/ب ط``, ``/العُمانية/ ع خ``).
INITIALS_TRAILER = re.compile(
    r"[)\]/]{0,2}(?:(?:[^\S\n]{1,2}|[^\S\n]{0,2}/[^\S\n]{0,2})[^\W\d_]{1,2}(?![^\W\d_])){1,8}[^\S\n]*")
#: Editors' names after a wire and slashes (``WAM/Khalid Saeed/Mona Adel``), unless
#: :data:`PHOTO_TRAILER_WORDS` make them a photo credit's.
EDITORS_TRAILER = re.compile(
    r"(?:[^\S\n]{0,2}/[^\S\n]{0,2}[A-Z][\w.'’-]{1,20}(?:[^\S\n][A-Za-z][\w.'’-]{1,20}){0,2}){2,6}"
    r"[^\S\n]*")
#: Words of an outlet's name: "Mideast Daily / Bernama" is a syndication credit, not a photographer.
OUTLET_NAME_WORDS = re.compile(
    r"\b(?:Daily|News|Times|Post|Gazette|Tribune|Herald|Journal|Press|Online|Today|Observer"
    r"|Express|Star|Mail|Monitor|Report|Review|Weekly|Chronicle|Telegraph|Agency|Media|TV)\b")
#: A photographer's name in title case and the slash before the wire (``Steve Helber /``).
_PHOTOGRAPHER_SLASH = (r"(?:[A-Z][\w.'’-]{1,20}[^\S\n]{1,2}){1,3}[A-Z][\w.'’-]{1,20}[^\S\n]{0,2}"
                       r"/[^\S\n]{0,2}")
#: ... filling the line before the wire (``Steve Helber / AP``).
PHOTOGRAPHER_SLASH_LINE = re.compile(r"[^\S\n]{0,3}(?:[—–-][^\S\n]{0,2})?" + _PHOTOGRAPHER_SLASH)
#: ... or closing a caption after its last full stop, maybe in brackets (``… in Beirut. Hussein
#: Malla/AP``, ``… on Thursday. (Bela Szandelszky / Associated Press)``): a byline is written
#: ``By Name, AP``, never a bare name and a slash after a sentence.
PHOTOGRAPHER_SLASH_CLOSING = re.compile(
    r"[.!?”\"][^\S\n]{1,3}\(?[^\S\n]{0,2}" + _PHOTOGRAPHER_SLASH + "$")
#: An Arabic caption closed by the photographer and the wire in brackets (``سليم رباحي مدير عام
#: للتلفزيون (رياض كرامدي/فرانس برس)``): two or three words that are no place (a place with
#: a slash opens a dateline: ``(رام الله/وفا)``, ``(الدار البيضاء/و م ع)``).
PHOTOGRAPHER_BRACKET_AR = re.compile(
    r"[^.!?؟\s]\s{1,3}\((?!" + fold("ال") + r")(?!(?:" + cue_alternation((
        "أبو", "رام", "شرم", "سيدي", "بني", "عين", "بيت", "دير", "خان", "كفر", "تل", "جبل",
        "وادي", "مدينة", "محافظة", "ولاية", "بندر", "قصر", "حي", "مخيم", "جسر", "بئر", "مرسى",
        "رأس", "سوق", "نهر", "باب", "برج")) + r")\s)[ء-ي]{2,15}(?:[^\S\n][ء-ي]{2,15}){1,2}"
    r"[^\S\n]{0,2}/[^\S\n]{0,2}$")
#: A bracketed credit closed by a date that ends the line (``(ST/KUNA) 12 Mar 2006.``): the
#: story's source and day, not a picture's.
BRACKET_THEN_DATE_END = re.compile(
    r"[^\S\n]{0,2}\)[^\S\n]{0,3}(?:\d{1,2}[^\S\n]{1,3}(?:" + MONTH_WORDS
    + r")\.?,?[^\S\n]{1,3}\d{4}|(?:" + MONTH_WORDS
    + r")\.?[^\S\n]{1,3}\d{1,2},?[^\S\n]{1,3}\d{4})\.?[^\S\n]*$",
    re.IGNORECASE | re.MULTILINE)
#: What may follow the wire of :data:`PHOTOGRAPHER_SLASH_CLOSING` to the line's end.
PHOTOGRAPHER_SLASH_END = re.compile(r"[^\S\n]{0,2}\)?[^\S\n]{0,2}")
#: A listing's stamp after a byline's name (``Reuters Published May 8, 2023``, ``Reuters |
#: Updated: 04-01-2024``, ``Agence France-Presse . London | Updated at 11:27pm``): capitals, so
#: "Reuters published a report" stays a sentence.
BYLINE_STAMP_AFTER = re.compile(
    # (the place in any case past its first word: "Rio de Janeiro, Brazil")
    r"[^\S\n]{0,3}(?:[|.·][^\S\n]{0,3}(?:[A-Z][\w'’-]{1,20}(?:,?[^\S\n][\w'’-]{1,20}){0,3}"
    r"[^\S\n]{0,3}\|[^\S\n]{0,3})?)?(?:Last[^\S\n]{1,3})?(?:Published|Updated|Created|Posted)\b")
#: The time stamp SPA signs its English wire with, after its name (``--SPA 20:19 LOCAL TIME
#: 17:19 GMT``).
WIRE_TIME_AFTER = re.compile(r"[^\S\n]{1,3}\d{1,2}:\d{2}[^\S\n]{1,3}LOCAL[^\S\n]{1,3}TIME\b")
#: An Arabic letter (a caption written in Arabic).
ARABIC_LETTER = re.compile("[\u0621-\u064a]")
#: A live blog's time opening the line (``09:30 - …``, ``10:42 |``).
TIME_LEAD = re.compile(r"[^\S\n]{0,3}\d{1,2}[:.]\d{2}[^\S\n]{0,3}[-–—―|:][^\S\n]{0,3}")
#: A wire's series opening a headline after its name (``Xinhua Commentary: …``, ``Reuters
#: Exclusive:``): the piece is the wire's own, its credit.
WIRE_SERIES_AFTER = re.compile(
    r"[^\S\n]{1,3}(?:Commentary|Headlines|Insight|Analysis|Exclusive|Explainer|Factbox|Feature"
    r"|Interview|Focus|Roundup|Profile|Spotlight|Special)[^\S\n]{0,2}[:|]")
#: A list item's bullet opening the line (``- US pledges …``, ``• …``): a digest of headlines.
LIST_ITEM = re.compile(r"[^\S\n]{0,3}[-–•·▪*][^\S\n]")
#: A caption's closing date (``… speaks at a hospital on Jan 26, 2021.``): wire captions end on
#: the day the photo was taken, news paragraphs almost never on a full date.
CAPTION_DATE_END = re.compile(
    # (or a comma and a weekday: AP's "…, Tuesday, Aug. 6, 2024, in Saint-Denis, France."; or
    # Reuters' place right before the date: "… in Gaza City August 11, 2025.")
    r"(?:\b(?:on|في)\s{1,3}(?:[^\W\d_]{1,12},?\s{1,3})?|,\s{1,3}(?:[^\W\d_]{1,12},\s{1,3})?"
    r"|\bin(?:\s{1,3}(?-i:[A-Z])[\w'’-]{1,20}){1,3}\s{1,3})(?:(?:"
    + MONTH_WORDS + r")\.?\s{1,3}\d{1,2},?"
    r"\s{1,3}\d{4}|\d{1,2}\s{1,3}(?:" + MONTH_WORDS + r")\.?,?\s{1,3}\d{4})"
    # AP's captions go on with the place: "…, Aug. 6, 2024, in Saint-Denis, France."
    r"(?:,\s{1,3}in(?:\s{1,3}[A-Z][\w'’.-]{1,20},?){1,4})?\s{0,2}\.?\s{0,2}$",
    re.IGNORECASE,
)
#: ... or on a place and a day without the year (``… at a news conference in Doha, on May 25.``),
#: when no auxiliary makes it a sentence (``The summit will be held in Riyadh on May 25.``).
CAPTION_PLACE_DAY_END = re.compile(
    r"\bin\s{1,3}[A-Z][\w'’-]{1,20}(?:\s{1,2}[A-Z][\w'’-]{1,20}){0,2},?\s{1,3}on"
    r"\s{1,3}(?i:" + MONTH_WORDS + r")\.?\s{1,3}\d{1,2}\s{0,2}\.?\s{0,2}$"
)
#: An auxiliary verb: its text is a sentence, not a caption.
SENTENCE_AUXILIARY = re.compile(
    # lower case: "May 25" is a month
    r"\b(?:will|would|shall|is|are|was|were|has|have|had|did|does|do|can|could|may|might)\s"
)
#: A portrait's caption: a name and title alone, ending with a full stop (``Saudi Crown Prince
#: Mohammed bin Salman. (SPA)``); a title-case headline has no full stop, a sentence a verb.
PORTRAIT_CAPTION = re.compile(
    r"(?:(?:[A-Z][\w'’.-]{0,20}|bin|bint|ibn|al|el|de|van|von|abu|of|the)[^\S\n]{1,2}){2,10}"
    r"[A-Z][\w'’-]{1,20}\."
)
#: A name between pipes with a listing's time stamp after them: a field of the listing
#: (``Gold hits record | Reuters | 2 hours ago``), not a dateline (``Harare | AFP | Forty …``).
PIPE_BEFORE = re.compile(r"\|[^\S\n]{0,3}$")
PIPE_AFTER = re.compile(r"[^\S\n]{0,3}\|")
