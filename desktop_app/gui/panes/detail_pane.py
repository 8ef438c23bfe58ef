"""The detail pane: one resource as safe rich text with facet links.

A click on a topic, country, region, organisation or type shows everything with that
value (``facetOpened``: a new search); with Ctrl or Shift held it is added to the
current search instead (``facetClicked``)."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.library.files import display_name
from desktop_app.core.library.records import ResourceView
from desktop_app.core.search.results import Snippet
from desktop_app.gui.accessibility import quiet_colour
from desktop_app.gui.models.results_model import type_label
from desktop_app.gui.strings import date_text

LOCAL_COPY_URL = "localcopy:open"
LOCAL_COPY_PAGE_URL = "localcopy:page/"  # + the page number: open it, saying the page
ADD_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
FOCUS_STYLE = (
    "QTextBrowser#detailText { border: 1px solid palette(mid); padding: 1px; }"
    "QTextBrowser#detailText:focus { border: 2px solid palette(highlight); padding: 0px; }"
)


def citation(view: ResourceView) -> str:
    """A plain-text citation: who (year). Title. Type. Link."""
    who = ", ".join(view.authors) or ", ".join(view.organisations) or "Anonymous"
    when = view.date or (str(view.year) if view.year else "n.d.")
    parts = [f"{who} ({when}). {view.title}.", f"{type_label(view.type)}."]
    if view.url:
        parts.append(view.url)
    return " ".join(parts)


def bold_spans(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """``text`` escaped, its ``spans`` in bold."""
    out, pos = [], 0
    for start, end in spans:
        out += [html.escape(text[pos:start]), f"<b>{html.escape(text[start:end])}</b>"]
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def facet_url(facet: str, value: str) -> str:
    """The link a facet value has in the detail pane (``facet:topic/Child%20Protection``)."""
    return "facet:" + facet + "/" + QUrl.toPercentEncoding(value).toStdString()


def parse_facet_url(url: QUrl) -> tuple[str, str] | None:
    """The facet and value of a :func:`facet_url` link; None for any other link."""
    if url.scheme() != "facet":
        return None
    facet, _, value = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)[
        len("facet:") :
    ].partition("/")
    return facet, QUrl.fromPercentEncoding(value.encode("ascii"))


class DetailPane(QWidget):
    """One resource in full; its facet values are links that filter the search."""

    facetClicked = Signal(str, str)  # Ctrl/Shift-click: add the value to the search
    facetOpened = Signal(str, str)  # click: a new search for everything with the value
    linkClicked = Signal(QUrl)
    localCopyClicked = Signal(str)  # the resource's local_file
    localCopyPageClicked = Signal(str, int)  # the resource's local_file, the page to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName(self.tr("Resource details"))
        self.view: ResourceView | None = None
        self.curator = False
        self.topic_labels: dict[str, str] = {}  # {topic name: label in the UI language}
        self.hit: Snippet | None = None  # where the search found the resource shown
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("detailText")
        self.browser.setAccessibleName(self.tr("Resource details text"))
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._anchor)
        self.browser.setStyleSheet(FOCUS_STYLE)
        self._modifiers = Qt.KeyboardModifier.NoModifier  # of the click or key on a link
        self.browser.installEventFilter(self)
        self.browser.viewport().installEventFilter(self)
        self.copy_button = QPushButton(self.tr("Copy citation"), self)
        self.copy_button.setAccessibleName(self.tr("Copy citation"))
        self.copy_button.clicked.connect(self.copy_citation)
        self.copied = QLabel("", self)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.copied, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        self.show_resource(None)

    def set_curator(self, curator: bool) -> None:
        """Curator mode shows review flags and curator notes (from the next resource shown)."""
        self.curator = curator

    def set_topic_labels(self, labels: dict[str, str]) -> None:
        """Show topics by these labels ({name: label in the interface's language})."""
        self.topic_labels = dict(labels)
        if self.view is not None:
            self.browser.setHtml(self.render_html(self.view))

    def set_text_font(self, font: QFont) -> None:
        """The font of the details (the text size setting)."""
        self.browser.setFont(font)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, (QMouseEvent, QKeyEvent)) and event.type() in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.KeyPress,
        ):
            self._modifiers = event.modifiers()  # remembered for the link it activates
        return super().eventFilter(watched, event)

    def set_hit(self, snippet: Snippet | None) -> None:
        """Where the current search found the resource shown (its snippet): found in its
        document, the pane says so, with the page and a link that opens it there."""
        if snippet == self.hit:
            return
        self.hit = snippet
        if self.view is not None:
            self.browser.setHtml(self.render_html(self.view))

    def show_resource(self, view: ResourceView | None) -> None:
        """Show ``view`` (None: a hint to select a resource)."""
        if view is None or self.view is None or view.id != self.view.id:
            self.hit = None  # the search's word on the one shown before
        self.view = view
        self.copy_button.setEnabled(view is not None)
        self.copied.setText("")
        if view is None:
            hint = html.escape(self.tr("Select a resource to see its details."))
            self.browser.setHtml(f"<p style='color:{quiet_colour(self)}'>{hint}</p>")
            return
        self.browser.setHtml(self.render_html(view))

    def render_html(self, v: ResourceView) -> str:
        """The resource as HTML with every value escaped (nothing from it is markup)."""
        e = html.escape
        rows = []

        def links(facet: str, values: list[str], labels: list[str] | None = None) -> str:
            return ", ".join(
                f"<a href='{e(facet_url(facet, val))}'>{e(lab)}</a>"
                for val, lab in zip(values, labels or values, strict=True)
            )

        if self.curator and v.needs_review:
            rows.append(
                f"<p style='background:#fff3cd;color:#664d03;padding:4px'>"
                f"<b>{e(self.tr('Needs review'))}</b>: {e(v.review_reason)}</p>"
            )
        rows.append(f"<h2>{e(v.title)}</h2>")
        rows.append(self.document_hit_html(v))  # where the search found it, first
        meta = [(self.tr("Type"), links("type", [v.type], [type_label(v.type)]))]
        if v.organisations:
            labels = [
                f"{o} ({a})" if a and a != o else o
                for o, a in zip(v.organisations, v.organisation_acronyms, strict=True)
            ]
            meta.append((self.tr("Organisations"), links("organisation", v.organisations, labels)))
        if v.authors:
            meta.append((self.tr("Authors"), e(", ".join(v.authors))))
        if v.date:
            meta.append((self.tr("Date"), e(date_text(v.date))))
        if v.topics:
            shown = [self.topic_labels.get(t, t) for t in v.topics]
            meta.append((self.tr("Topics"), links("topic", v.topics, shown)))
        if v.countries:
            meta.append((self.tr("Countries"), links("country", v.countries)))
        if v.regions:
            meta.append((self.tr("Regions"), links("region", v.regions)))
        rows.append(
            "<table cellspacing='2'>"
            + "".join(
                f"<tr><td valign='top'><b>{e(k)}</b>&nbsp;</td><td>{val}</td></tr>"
                for k, val in meta
            )
            + "</table>"
        )
        if v.summary:
            rows.append(f"<p>{e(v.summary)}</p>")
        if v.excerpt:
            rows.append(f"<p><i>{e(v.excerpt)}</i></p>")
        if v.url:
            rows.append(
                f"<p><b>{e(self.tr('Source'))}</b>: <a href='{e(v.url)}'>{e(v.url)}</a></p>"
            )
        if v.local_file:
            name = display_name(v.local_file)
            rows.append(
                f"<p><b>{e(self.tr('Local copy'))}</b>: "
                f"<a href='{LOCAL_COPY_URL}'>{e(name)}</a></p>"
            )
        if self.curator and v.curator_notes:
            rows.append(f"<p><b>{e(self.tr('Curator notes'))}</b>: {e(v.curator_notes)}</p>")
        return "".join(rows)

    def document_hit_html(self, v: ResourceView) -> str:
        """ "Found in the document · p. 34", what the page says with the search's words in
        bold, and "Open at page 34" ("" when the search did not find it in its document)."""
        hit = self.hit
        if hit is None or not hit.in_document or not v.local_file:
            return ""
        e = html.escape
        if hit.page is None:
            found = self.tr("Found in the document")
            return f"<p><b>{e(found)}</b></p>"
        where = self.tr("Found in the document · p. %1").replace("%1", str(hit.page))
        quote = ""
        if hit.from_document and hit.text:
            quote = f"<br><i>{bold_spans(hit.text, hit.spans)}</i>"
        action = self.tr("Open at page %1").replace("%1", str(hit.page))
        return (
            f"<p><b>{e(where)}</b> — <a href='{LOCAL_COPY_PAGE_URL}{hit.page}'>"
            f"{e(action)}</a>{quote}</p>"
        )

    def _anchor(self, url: QUrl) -> None:
        if url.toString() == LOCAL_COPY_URL:
            if self.view is not None:
                self.localCopyClicked.emit(self.view.local_file)
            return
        if url.toString().startswith(LOCAL_COPY_PAGE_URL):
            page = url.toString()[len(LOCAL_COPY_PAGE_URL) :]
            if self.view is not None and page.isdigit():
                self.localCopyPageClicked.emit(self.view.local_file, int(page))
            return
        facet = parse_facet_url(url)
        if facet is not None:
            adding = bool(self._modifiers & ADD_MODIFIERS)
            self._modifiers = Qt.KeyboardModifier.NoModifier
            (self.facetClicked if adding else self.facetOpened).emit(*facet)
        else:
            self.linkClicked.emit(url)

    def copy_citation(self) -> None:
        """The shown resource's citation to the clipboard."""
        if self.view is not None:
            QGuiApplication.clipboard().setText(citation(self.view))
            self.copied.setText(self.tr("Citation copied"))
