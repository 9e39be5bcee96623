"""HTML output: one self-contained page with the article annotated.

The page makes no requests: CSS is inline, there are no scripts, fonts or images. Every claim,
embed and citation is highlighted in the article text by score band, shown by colour *and* by
an icon, a word and a border style (never colour alone). Each item has an evidence panel in a
``<details>`` element (works without JavaScript): status, captures with dates, ID time, the
matched span of the original, rules fired and score components. Arabic articles get
``dir="rtl" lang="ar"``; English chrome inside them is marked ``dir="ltr" lang="en"`` and Arabic
values inside English panels sit in ``<bdi>``. All text is escaped.
"""

from __future__ import annotations

from html import escape

from provenance.model import (
    INCOMPLETE_STATUSES,
    ArticleReport,
    Citation,
    Claim,
    Embed,
    PostMention,
    Report,
    Resolution,
    Status,
)
from provenance.report.common import ORIGIN_BANNERS, Band, Index, band, is_rtl, rule_title
from provenance.report.common import Item as AnyItem

#: How a resolution status is shown on an embed or citation.
STATUS_BANDS: dict[str, Band] = {
    "live": Band("strong", "live", "✔", ""),
    "incomplete": Band("unscored", "not verified", "?", ""),
    "dead": Band("weak", "unavailable", "✖", ""),
}


#: The page's whole stylesheet: system fonts only, fluid width, bands told apart by border style
#: and icon as well as colour (readable in greyscale and by colour-blind readers).
CSS = """
:root{color-scheme:light dark;--strong:#1a7f37;--fair:#9a6700;--weak:#cf222e;--none:#6e7781}
*{box-sizing:border-box}
body{margin:0;font:1rem/1.7 system-ui,-apple-system,"Segoe UI","Noto Sans Arabic",
"Noto Naskh Arabic",Tahoma,sans-serif;background:Canvas;color:CanvasText}
header.banner{padding:.6rem 1rem;background:#fff8c5;color:#3b2300;border-bottom:2px solid #9a6700}
header.origin-live{background:#dafbe1;color:#0f3d1d;border-color:#1a7f37}
main{max-width:60rem;margin:0 auto;padding:1rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1.05rem;line-height:2.1}
mark{background:transparent;color:inherit;padding:0 .1em;border-bottom:.2em solid var(--none)}
mark mark{border-bottom-width:.12em}
.band-strong{--c:var(--strong)}.band-fair{--c:var(--fair)}
.band-weak{--c:var(--weak)}.band-unscored{--c:var(--none)}
mark.band-strong{border-bottom:.2em solid var(--strong);background:rgba(26,127,55,.08)}
mark.band-fair{border-bottom:.2em dashed var(--fair);background:rgba(154,103,0,.10)}
mark.band-weak{border-bottom:.2em double var(--weak);background:rgba(207,34,46,.10)}
mark.band-unscored{border-bottom:.2em dotted var(--none)}
a.badge,span.badge{display:inline-block;font-size:.75rem;line-height:1.3;padding:0 .35em;
margin:0 .25em;border-radius:.3em;border:1px solid var(--c,var(--none));color:var(--c,inherit);
text-decoration:none;white-space:nowrap;unicode-bidi:isolate}
mark.band-strong>a.badge{--c:var(--strong)}mark.band-fair>a.badge{--c:var(--fair)}
mark.band-weak>a.badge{--c:var(--weak)}
.legend span{margin-inline-end:1em;color:var(--c)}
.grade{font-size:1.2rem}
details.evidence{border-inline-start:.3em solid var(--c,var(--none));margin:.5rem 0;
padding:.3rem .6rem;background:rgba(127,127,127,.06)}
details.evidence summary{cursor:pointer}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem;margin:.5rem 0}
dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
blockquote{margin:.3rem 0;padding:.2rem .6rem;border-inline-start:.2em solid var(--none)}
table.components td{padding:0 .5em;vertical-align:top}
@media (max-width:40rem){main{padding:.5rem}dl{grid-template-columns:1fr}
.text{font-size:1rem;line-height:2}}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _bdi(text: str | None) -> str:
    """A value inside English chrome: isolated, and marked Arabic when it is."""
    if not text:
        return "—"
    lang = ' lang="ar" dir="rtl"' if is_rtl(text) else ""
    return f"<bdi{lang}>{_e(text)}</bdi>"


def _link(url: str | None) -> str:
    # Only web links become anchors; anything else (javascript:, data:) stays text.
    if not url:
        return "—"
    if url.startswith(("https://", "http://")):
        return f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(url)}</a>'
    return _e(url)


def item_band(index: Index, item: AnyItem) -> tuple[Band, str]:
    """The band and badge text of an item: claims by score, sources by resolution status."""
    rules = " ".join(sorted({f.rule_id for f in index.findings_for(item.id)}))
    if isinstance(item, Claim):
        score = index.scores.get(item.id)
        shown = band(score.score if score else None)
        value = str(score.score) if score else shown.label
        return shown, f"{shown.icon} {value} {shown.label} {rules}".strip()
    res = index.resolutions.get(item.id)
    if res is None:
        shown = band(None)
        return shown, f"{shown.icon} {shown.label} {rules}".strip()
    key = (
        "live"
        if res.status is Status.LIVE
        else ("incomplete" if res.status in INCOMPLETE_STATUSES else "dead")
    )
    shown = STATUS_BANDS[key]
    return shown, f"{shown.icon} {res.status.value} {rules}".strip()


def _items(article: ArticleReport) -> list[AnyItem]:
    det = article.detections
    found: list[AnyItem] = [*det.embeds, *det.post_mentions, *det.citations, *det.claims]
    # Outer spans first so nested ones open inside them.
    return sorted(found, key=lambda i: (i.span.start, -i.span.end))


def annotate(article: ArticleReport, index: Index) -> str:
    """The article text as escaped HTML with every item wrapped in a ``<mark>``.

    Overlapping spans are clipped to their enclosing mark so the markup stays well nested.
    """
    text = article.detections.article.text
    out: list[str] = []
    pos = 0
    stack: list[tuple[int, str]] = []
    for item in _items(article):
        start, end = max(0, item.span.start), min(len(text), item.span.end)
        while stack and stack[-1][0] <= start:
            close_at, closing = stack.pop()
            out.append(_e(text[pos:close_at]) + closing)
            pos = close_at
        if stack:
            end = min(end, stack[-1][0])
        start = max(start, pos)
        if end <= start:
            continue
        shown, badge = item_band(index, item)
        rules = " ".join(f"rule-{f.rule_id}" for f in index.findings_for(item.id))
        kind = type(item).__name__.lower()
        out.append(_e(text[pos:start]))
        out.append(
            f'<mark id="{_e(item.id)}" class="item {kind} band-{shown.name} {rules}" '
            f'title="{_e(badge)}">'
        )
        closing = (
            f'<a class="badge" href="#ev-{_e(item.id)}" dir="ltr" lang="en">{_e(badge)}</a></mark>'
        )
        stack.append((end, closing))
        pos = start
    while stack:
        close_at, closing = stack.pop()
        out.append(_e(text[pos:close_at]) + closing)
        pos = close_at
    out.append(_e(text[pos:]))
    return "".join(out)


def _resolution_rows(res: Resolution) -> list[str]:
    rows = [
        f"<dt>Status</dt><dd><code>{_e(res.status.value)}</code>: {_bdi(res.reason)}</dd>",
        f"<dt>Evidence from</dt><dd>{_e(res.origin or 'nothing fetched')}</dd>",
    ]
    if res.id_time:
        rows.append(f"<dt>ID time</dt><dd><time>{_e(res.id_time.isoformat())}</time></dd>")
    if res.post:
        rows.append(
            f"<dt>Original</dt><dd>{_link(res.post.url)}"
            f'<blockquote dir="auto">{_e(res.post.text)}</blockquote></dd>'
        )
    if res.captures:
        caps = "".join(
            f"<li>{_e(c.archive)} <time>{_e(c.memento_datetime.isoformat())}</time> "
            f"HTTP {_e(c.archived_status or '?')}"
            f"{' · before the article' if c.predates_article else ''} {_link(c.uri_m)}</li>"
            for c in res.captures
        )
        rows.append(f"<dt>Captures</dt><dd><ul>{caps}</ul></dd>")
    if res.requests:
        reqs = "".join(f"<li><code>{_e(r)}</code></li>" for r in res.requests)
        rows.append(f"<dt>Not requested</dt><dd><ul>{reqs}</ul></dd>")
    return rows


def _claim_rows(index: Index, claim: Claim) -> list[str]:
    rows = [
        f"<dt>Speaker</dt><dd>{_bdi(claim.speaker)}</dd>",
        f"<dt>Medium</dt><dd>{_e(claim.medium.value)}</dd>",
    ]
    if claim.sources:
        links = ", ".join(f'<a href="#ev-{_e(s)}">{_e(s)}</a>' for s in claim.sources)
        rows.append(f"<dt>Rests on</dt><dd>{links}</dd>")
    if claim.reported_by:
        rows.append(f"<dt>Reported by</dt><dd>{_bdi(claim.reported_by)}</dd>")
    score = index.scores.get(claim.id)
    if score and score.quote_match:
        qm = score.quote_match
        rows.append(
            f"<dt>Quote match</dt><dd><code>{_e(qm.verdict)}</code> partial {qm.partial:.0f}, "
            f"token set {qm.token_set:.0f} against {_e(qm.source_id)}"
            f'<blockquote class="matched" dir="auto">{_e(qm.matched)}</blockquote></dd>'
        )
    if score:
        comps = "".join(
            f"<tr><td>{_e(c.name)}</td><td>{c.points:+g}</td><td>{_bdi(c.why)}</td></tr>"
            for c in score.components
        )
        rows.append(
            f'<dt>Score {score.score}</dt><dd><table class="components">{comps}</table></dd>'
        )
    return rows


def panel(index: Index, item: AnyItem) -> str:
    """The evidence panel of one item."""
    shown, badge = item_band(index, item)
    rows: list[str] = [f"<dt>Line</dt><dd>{item.span.line}:{item.span.column}</dd>"]
    if isinstance(item, Claim):
        rows += _claim_rows(index, item)
    elif isinstance(item, Embed):
        rows.append(
            f"<dt>Post</dt><dd>{_e(item.platform)} · {_e(item.form.value)} · "
            f"{_bdi(item.author)} @{_e(item.handle or '—')} · "
            f"claimed {_e(item.claimed_date or '—')}</dd>"
        )
    elif isinstance(item, Citation):
        rows.append(
            f"<dt>Agency</dt><dd>{_e(item.name)} ({_e(item.agency)}), {_e(item.role.value)}</dd>"
        )
    res = index.resolutions.get(item.id)
    if res is not None:
        rows += _resolution_rows(res)
    findings = index.findings_for(item.id)
    if findings:
        lis = "".join(
            f'<li class="finding severity-{_e(f.severity.value)}"><code>{_e(f.rule_id)}</code> '
            f"{_e(rule_title(f.rule_id))} [{_e(f.severity.value)}]: {_bdi(f.message)}</li>"
            for f in findings
        )
        rows.append(f"<dt>Rules fired</dt><dd><ul>{lis}</ul></dd>")
    label = (
        item.text
        if isinstance(item, Claim)
        else (item.surface if isinstance(item, Citation | PostMention) else item.text or item.id)
    )
    return (
        f'<details id="ev-{_e(item.id)}" class="evidence band-{shown.name}" dir="ltr" '
        f'lang="en"><summary><span class="badge">{_e(badge)}</span> <code>{_e(item.id)}</code> '
        f"{_bdi((label or '')[:120])}</summary><dl>{''.join(rows)}</dl></details>"
    )


def _section(article: ArticleReport, rubric: str) -> str:
    index = Index(article)
    art = article.detections.article
    rtl = is_rtl(art.text)
    direction = ' dir="rtl" lang="ar"' if rtl else ' dir="ltr"'
    grade = ""
    if article.score:
        shown = band(article.score.score)
        grade = (
            f'<p class="grade band-{shown.name}" dir="ltr" lang="en">Grade '
            f"<strong>{_e(article.score.grade)}</strong> {shown.icon} {article.score.score}/100 "
            f"({_e(shown.label)}) · rubric {_e(rubric)}</p>"
        )
    panels = "".join(panel(index, item) for item in _items(article))
    return (
        f'<section class="article"{direction}>'
        f'<h2 dir="ltr" lang="en"><code>{_e(art.source)}</code></h2>{grade}'
        f'<div class="text">{annotate(article, index)}</div>'
        f'<h3 dir="ltr" lang="en">Evidence</h3><div class="panels">{panels}</div></section>'
    )


LEGEND = (
    '<p class="legend" dir="ltr" lang="en">'
    '<span class="band-strong">✔ well sourced / live</span> '
    '<span class="band-fair">◐ partly sourced</span> '
    '<span class="band-weak">✖ weakly sourced / unavailable</span> '
    '<span class="band-unscored">? not verified</span></p>'
)


def render_html(report: Report) -> str:
    """The whole page."""
    texts = [a.detections.article.text for a in report.articles]
    rtl = bool(texts) and all(is_rtl(t) for t in texts)
    root = ' lang="ar" dir="rtl"' if rtl else ' lang="en" dir="ltr"'
    origin = report.origin.value if report.origin else "none"
    title = ", ".join(a.detections.article.source for a in report.articles) or "report"
    body = "".join(_section(a, report.rubric_version) for a in report.articles)
    return (
        f'<!DOCTYPE html>\n<html{root}><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>provenance: {_e(title)}</title><style>{CSS}</style></head><body>"
        f'<header class="banner origin-{_e(origin)}" dir="ltr" lang="en">'
        f"<p><strong>{_e(ORIGIN_BANNERS[report.origin])}</strong> · rubric "
        f"{_e(report.rubric_version)}</p>{LEGEND}</header>"
        f"<main>{body}</main></body></html>\n"
    )
