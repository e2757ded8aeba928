"""The Gradio chat page: layout and wiring only; every answer comes from ``assistant.answer``.

python app.py [--host 127.0.0.1] [--port 7860] [--data-dir DIR] [--no-mcp]
"""

from __future__ import annotations

import argparse
import base64
import binascii
import contextlib
import hashlib
import hmac
import html
import re
import sys
import tempfile
import threading
import time
from pathlib import Path

import gradio as gr
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict
from starlette.middleware import Middleware

from assistant.api import EmptyIndexError, answer, open_index, stream, warm_up
from assistant.examples import SAMPLE_EXAMPLES
from assistant.examples import examples as index_examples
from assistant.feedback import record_feedback
from assistant.inputs import InputError, check
from assistant.records import Answer, Citation
from assistant.retrieve import Filters
from assistant.settings import Settings
from assistant.tools import run_answer, run_search
from index import cite
from index.build import build
from index.eutils import PubMedError, PubMedUnreachable
from index.facts import DESIGN_NAMES
from index.fetch import fetch_pubmed
from index.settings import IndexSettings
from index.stats import SAMPLE_DIR, stats
from index.uploads import UPLOAD_LOCK, UploadError, index_uploads, save_uploads

CITATION = re.compile(r"\[(\d+)\]")
CITE_FORMATS = {"RIS": "ris", "BibTeX": "bibtex", "CSL-JSON": "csl"}  # the page's choice -> index.cite format
THEME = gr.themes.Default(font=["ui-sans-serif", "system-ui", "sans-serif"], font_mono=["ui-monospace", "monospace"])


# The evidence table (# | Study | Finding | Design | Published) inside a chat bubble: header
# words never break, cells wrap only between words, and on a narrow screen each row becomes a
# labelled block, so no column is squeezed to a few letters and nothing scrolls sideways. Given as
# <head> CSS: Gradio's css= processing drops @media blocks.
EVIDENCE_LABELS = ["#", "Study", "Finding", "Design", "Published"]
CSS = (
    ".source-card{border:1px solid #ccc;border-radius:6px;padding:8px;margin:6px 0}"
    ".source-card .meta{color:#666;font-size:0.9em} mark{background:#fff3a0}"
)
TABLE_CSS = (
    "#chat table{width:100%;table-layout:auto;border-collapse:collapse;word-break:normal;overflow-wrap:normal}"
    "#chat th{white-space:nowrap}"
    "#chat td:first-child,#chat td:nth-child(3){white-space:nowrap}"
    "@media (max-width: 700px){"
    "#chat table,#chat tbody,#chat tr,#chat td{display:block;width:auto}"
    "#chat thead{display:none}"
    "#chat tr{border-top:1px solid #ddd;padding:4px 0}"
    "#chat td{border:none !important;padding:1px 4px !important;white-space:normal !important}"
    + "".join(
        f'#chat td:nth-child({k})::before{{content:"{label}: ";font-weight:600}}'
        for k, label in enumerate(EVIDENCE_LABELS, start=1)
    )
    + "}"
)


def plain(content: object) -> str:
    """Message content as text: Gradio 6 sends a list of typed parts, older versions a string."""
    if isinstance(content, list):
        return " ".join(plain(part) for part in content)
    if isinstance(content, dict):
        return str(content.get("text") or content.get("value") or "")
    return str(content or "")


def linked(text: str) -> str:
    """Turn each [n] into a link to its source card (display only; the Answer keeps plain [n])."""
    return CITATION.sub(lambda m: f"[\\[{m.group(1)}\\]](#source-{m.group(1)})", text)


def card(c: Citation) -> str:
    """One source card: escaped text, the quoted sentences highlighted in its summary."""
    text = html.escape(c.text)
    for quote in c.quotes or (c.snippet,):  # every sentence the answer quotes, highlighted in place
        snippet = html.escape(quote)
        text = text.replace(snippet, f"<mark>{snippet}</mark>", 1)
    when = " ".join(str(x) for x in (c.month and time.strftime("%b", time.strptime(str(c.month), "%m")), c.year) if x)
    facts = [
        c.journal,
        when,
        c.design,
        c.participants and f"n = {c.participants}",
        c.citations is not None and f"{c.citations} citations",
    ]
    meta = " · ".join(html.escape(str(x)) for x in facts if x)
    safe_url = c.url if c.url and re.match(r"https?://", c.url) else None
    link = f' <a href="{html.escape(safe_url)}" target="_blank" rel="noopener">link</a>' if safe_url else ""
    if c.pubmed_url and c.pubmed_url != safe_url:
        pmid = html.escape(c.pmid or "")
        link += f' · <a href="{html.escape(c.pubmed_url)}" target="_blank" rel="noopener">PMID {pmid}</a>'
    return (
        f'<div class="source-card" id="source-{c.n}"><b>[{c.n}]</b> {html.escape(c.title)}'
        f'<div class="meta">{meta}{link}</div><p>{text}</p></div>'
    )


def cards_html(result: Answer) -> str:
    """All source cards of one answer (only cited studies have cards)."""
    if result.abstained:
        return "<p><i>No study cited: the index does not address this question.</i></p>"
    return "".join(card(c) for c in result.citations)


def built_text(built_at: str | None) -> str:
    """When the index was last built, as the status line says it ("built 2026-12-01 13:24 UTC")."""
    if not built_at:
        return "build time not recorded"
    return "built " + built_at.replace("T", " ")[:16] + " UTC"


def status_text(settings: Settings) -> str:
    """Index status line: studies, model, answer mode, when the index was last built."""
    info = stats(settings.index)
    return (
        f"**{info['studies']} studies** · model `{info['model']}` · answers: {settings.answer_mode}"
        f" · {built_text(info['built_at'])}"
    )


def make_filters(year_from, year_to, min_cites, designs, mesh=None) -> Filters:  # values from widgets
    """Widget values to Filters; blank or 0 means no filter.

    Once the filters are opened, the browser sends 0 for every number box left empty: a "to year"
    of 0 would filter out every study, and "at least 0 citations" every study with no count.
    """
    as_int = lambda v: int(v) if v not in (None, "") and int(v) > 0 else None  # noqa: E731
    return Filters(
        as_int(year_from), as_int(year_to), as_int(min_cites), tuple(designs or ()), mesh=(mesh or "").strip() or None
    )


class ToolError(gr.Error):
    """A tool call's mistake, worded for the calling model (gr.Error's own str() adds quotes)."""

    def __str__(self) -> str:
        return str(self.message)


MCP_PATH = re.compile(r"/gradio_api/+mcp(?:/|$)", re.I)


class McpLogin:
    """ASGI middleware: with a login set, every MCP request must carry it as HTTP Basic credentials.

    Gradio's login guards its own routes, not the MCP server it mounts: there, anyone could list
    the tools, and the tools could not run (Gradio's loopback client has no credentials). So the
    page asks MCP clients for the same user and password, in an ``Authorization: Basic`` header.
    """

    def __init__(self, app, user: str, password: str) -> None:  # app: the ASGI app it wraps
        self.app = app
        self.expected = f"{user}:{password}".encode()

    def allowed(self, headers: list[tuple[bytes, bytes]]) -> bool:
        """Whether the request's Authorization header holds the login (compared in constant time)."""
        for key, value in headers:
            if key.lower() == b"authorization" and value[:6].lower() == b"basic ":
                try:
                    given = base64.b64decode(value[6:].strip(), validate=True)
                except (binascii.Error, ValueError):
                    return False
                return hmac.compare_digest(given, self.expected)
        return False

    async def __call__(self, scope, receive, send) -> None:
        """Refuse an MCP request without the login (401); pass everything else through."""
        if scope["type"] == "http" and MCP_PATH.search(scope.get("path", "")) and not self.allowed(scope["headers"]):
            body = b'{"error": "This Follicle page requires a login: send it as HTTP Basic credentials."}'
            await send(
                {
                    "type": "http.response.start",
                    "status": 401,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode()),
                        (b"www-authenticate", b'Basic realm="Follicle MCP"'),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)


MCP_TOOLS = ("answer", "search_studies")  # read-only; the upload, fetch and conversation endpoints are not tools


def only_tools(page: gr.Blocks, names: tuple[str, ...] = MCP_TOOLS):
    """A lifespan that, before the server takes its first request, serves only ``names`` over MCP.

    Gradio makes every public API endpoint an MCP tool, and /upload, /fetch_pubmed and the
    scripts' /answer must stay public for gradio_client. Every MCP operation (list, call,
    schema) goes through the server's tool table, so the others are dropped from it; if a
    Gradio version renames the table, the page refuses to start rather than serve them.
    """

    @contextlib.asynccontextmanager
    async def lifespan(_app):
        server = page.mcp_server_obj
        if server is not None:
            server.tool_to_endpoint = {t: e for t, e in server.tool_to_endpoint.items() if t in names}
            if set(server.tool_to_endpoint) != set(names):
                raise RuntimeError(f"MCP tools {sorted(server.tool_to_endpoint)}, expected {sorted(names)}")
        yield

    return lifespan


class AppSettings(BaseSettings):
    """The page's own settings; ``FOLLICLE_*`` environment variables override, flags override those."""

    model_config = SettingsConfigDict(env_prefix="FOLLICLE_", extra="ignore")
    host: str = Field(default="127.0.0.1", description="address to bind; 0.0.0.0 only to serve other machines")
    port: int = Field(default=7860, ge=1, le=65535)
    user: str | None = Field(default=None, description="with password: require a login")
    password: str | None = None
    max_upload_mb: int = Field(default=20, ge=1, description="largest file a visitor may upload")
    max_upload_records: int = Field(default=20_000, ge=1, description="most studies one upload may add")
    max_fetch_records: int = Field(default=2_000, ge=1, description="most PubMed records one 'Add from PubMed' fetches")
    concurrency: int = Field(default=4, ge=1, description="questions answered at once")
    mcp: bool = Field(default=True, description="serve answer and search_studies as MCP tools at /gradio_api/mcp/")


class Handlers:
    """What the page's events call; each hands the work to assistant.api, index.uploads or index.fetch."""

    def __init__(self, settings: Settings, app: AppSettings) -> None:
        self.settings, self.app = settings, app
        self.feedback_file = settings.index.data_dir / "feedback.jsonl"
        self.export_dir: Path | None = None  # made on the first citation export
        # MCP tool calls skip Gradio's queue (its loopback client cannot log in): this keeps them
        # to the same number of questions answered at once
        self.tool_slots = threading.BoundedSemaphore(app.concurrency)

    def respond(self, message: str, chat: list, asked: list, year_from, year_to, min_cites, designs, mesh):
        """Stream the answer into the chat; the source cards appear with the final, checked answer.

        The last output is the final Answer (kept per visitor for "Export citations"); it stays
        unchanged until an answer is complete.
        """
        if not message or not message.strip():
            yield chat, asked, gr.update(), "", gr.update()
            return
        try:
            check(message, asked, self.settings.max_question_chars)
        except InputError as exc:  # refused without echoing an overlong question back in bulk
            shown = message[:200] + ("…" if len(message) > 200 else "")
            chat = chat + [{"role": "user", "content": shown}, {"role": "assistant", "content": str(exc)}]
            yield chat, asked, gr.update(), "", gr.update()
            return
        chat = chat + [{"role": "user", "content": message}, {"role": "assistant", "content": "..."}]
        filters = make_filters(year_from, year_to, min_cites, designs, mesh)
        try:
            for text, result in stream(message, asked, filters, self.settings):
                if result is None:
                    chat[-1] = {"role": "assistant", "content": text}
                    yield chat, asked, gr.update(), "", gr.update()
                    continue
                notices = "".join(f"\n\n> {html.escape(n)}" for n in result.notices)
                shown = linked(text) + notices + f"\n\n<sub>Searched: {html.escape(result.query_used)}</sub>"
                chat[-1] = {"role": "assistant", "content": shown}
                yield chat, asked + [result.query_used], cards_html(result), "", result
        except EmptyIndexError as exc:
            chat[-1] = {"role": "assistant", "content": str(exc)}
            yield chat, asked, "", "", None

    def api_answer(self, question: str, history: list[str] | None = None) -> dict:
        """Same JSON as Answer.to_dict(), for gradio_client and scripts.

        ``history`` is the list of earlier ``query_used`` values of the conversation, so a
        script can hold a conversation the same way the page does.
        """
        try:
            return answer(question, history, settings=self.settings).to_dict()
        except (InputError, EmptyIndexError) as exc:
            raise gr.Error(str(exc)) from None

    def export_citations(self, result: Answer | None, choice: str):
        """Write the answer's cited sources in the chosen format and offer the file for download.

        The file goes in a private temporary folder this process made (Gradio serves files from the
        system temp directory), never a path a visitor chooses; the name is the content's digest, so
        two visitors' exports never overwrite each other.
        """
        if result is None or not result.citations:
            return gr.update(value=None, interactive=False)
        fmt = CITE_FORMATS.get(choice, "ris")
        text = result.citations_as(fmt)
        if self.export_dir is None:
            self.export_dir = Path(tempfile.mkdtemp(prefix="follicle-citations-"))
        digest = hashlib.sha1(text.encode()).hexdigest()[:12]
        path = self.export_dir / f"follicle-citations-{digest}{cite.EXTENSIONS[fmt]}"
        if not path.exists():
            part = path.with_name(path.name + ".part")
            part.write_text(text, encoding="utf-8")
            part.replace(path)
        return gr.update(value=str(path), interactive=True)

    def answer(
        self,
        question: str,
        year_from: int | str | None = None,  # str too: "2015" works, "abc" gets our message, not a schema's
        year_to: int | str | None = None,
        design: str | None = None,
    ) -> str:
        """Cited evidence from indexed hair-loss studies: a short answer whose every claim cites a study.

        Call this for any question about hair loss (treatments, safety, side effects, causes, how
        studies compare). Quote the snippets as they are, keep the [n] markers, and give the reader
        each cited study's link; say so when the answer abstains: the indexed studies then do not
        address the question, and nothing should be made up in their place. Not medical advice.

        Args:
            question: the question in plain words, e.g. "Is oral minoxidil safe for the heart?"
            year_from: only studies published in or after this year, e.g. 2015 (leave out for any year)
            year_to: only studies published in or before this year (leave out for any year)
            design: only one study design: rct, meta, sr, or a design name such as "randomised controlled trial"

        Returns:
            JSON with "answer" (the text, with [n] markers), "bottom_line", "abstained",
            "citations" (n, title, journal, year, design, link, snippet, retracted), "notices", "searched".
        """
        try:
            with self.tool_slots:
                return run_answer(question, year_from, year_to, design, self.settings)
        except (InputError, EmptyIndexError) as exc:
            raise ToolError(str(exc)) from None

    def search_studies(self, query: str, k: int | str = 5) -> str:
        """Find indexed hair-loss studies matching a query, without writing an answer.

        Use this to see what the index holds on a topic, or to look a study up; use answer for a
        cited answer to a question. Results are best first; "support" below about 0.3 means the
        study barely matches.

        Args:
            query: topic or question, e.g. "finasteride sexual side effects"
            k: how many studies, 1 to 20 (default 5)

        Returns:
            JSON with "query" and "studies", best first (id, title, journal, year, month, design,
            participants, citations, doi, pmid, link, pubmed, retracted, text, score, support).
        """
        try:
            with self.tool_slots:
                return run_search(query, k, self.settings)
        except (InputError, EmptyIndexError) as exc:
            raise ToolError(str(exc)) from None

    def upload(self, files: list | None, progress=gr.Progress(track_tqdm=True)):  # noqa: B008
        """Copy uploads into the data directory under safe names, then index them (progress shown)."""
        if not files:
            return "No file chosen.", status_text(self.settings)
        sources = [Path(f if isinstance(f, str) else f.name) for f in files]
        try:
            saved = save_uploads(sources, self.settings.index.data_dir / "uploads", self.app.max_upload_mb)
        except UploadError as exc:
            return str(exc), status_text(self.settings)
        progress(0, desc="Parsing and indexing")
        embedder = open_index(self.settings).embedder
        report = index_uploads(saved, self.settings.index, embedder, self.app.max_upload_records)
        return report, status_text(self.settings)

    def add_from_pubmed(self, query: str, max_records: float | None, progress=gr.Progress(track_tqdm=True)):  # noqa: B008
        """Fetch a PubMed search into the data directory and index it, one indexing job at a time."""
        if not query or not query.strip():
            return "Type a PubMed query first.", status_text(self.settings)
        limit = self.app.max_fetch_records
        wanted = max(1, min(int(max_records or limit), limit))
        progress(0, desc="Searching PubMed")
        with UPLOAD_LOCK:
            try:
                embedder = open_index(self.settings).embedder
                report = fetch_pubmed(query, self.settings.index, max_records=wanted, embedder=embedder)
            except (PubMedUnreachable, PubMedError, ValueError) as exc:
                return f"error: {exc}", status_text(self.settings)
        return report.summary(), status_text(self.settings)

    def examples(self) -> list[str]:
        """Example questions: the sample's own, or about the treatments this index's studies name most."""
        try:
            return index_examples(open_index(self.settings))
        except Exception:  # noqa: BLE001 - an unreadable index still gets a page; the status line says why
            return list(SAMPLE_EXAMPLES)

    def feedback(self, data: gr.LikeData, chat: list) -> None:
        """Record the rated answer, its question and its citation numbers (data/feedback.jsonl)."""
        at = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        question = next((plain(m["content"]) for m in reversed(chat[:at]) if m["role"] == "user"), "")
        record_feedback(self.feedback_file, data.liked, question, plain(data.value))


def build_page(settings: Settings, app: AppSettings | None = None) -> gr.Blocks:
    """Lay out the page and wire its events to the handlers."""
    app = app or AppSettings()
    handlers = Handlers(settings, app)
    with gr.Blocks(title="Follicle — hair-loss evidence") as page:
        gr.Markdown(
            "# Follicle\nAnswers from indexed hair-loss studies. Every claim cites its source; "
            "quotes are verbatim. Not medical advice."
        )
        status = gr.Markdown(status_text(settings), elem_id="status")
        asked = gr.State([])
        last = gr.State(None)  # this visitor's last complete Answer, for the citation export
        with gr.Row():
            with gr.Column(scale=3):
                chatbot, question, ask, filters = _conversation(handlers.examples())
            with gr.Column(scale=2):
                gr.Markdown("### Sources")
                sources = gr.HTML("<p><i>Ask a question to see its sources.</i></p>", elem_id="sources")
                cite_format, download = _export_box()
                files, add, upload_report = _upload_box()
                pubmed_query, pubmed_max, fetch, fetch_report = _pubmed_box(app.max_fetch_records)
        inputs = [question, chatbot, asked, *filters]
        outputs = [chatbot, asked, sources, question, last]
        for event in (question.submit, ask.click):
            event(handlers.respond, inputs, outputs, api_visibility="private").then(
                handlers.export_citations, [last, cite_format], [download], api_visibility="private"
            )
        cite_format.change(handlers.export_citations, [last, cite_format], [download], api_visibility="private")
        add.click(handlers.upload, [files], [upload_report, status], api_name="upload")
        fetch.click(
            handlers.add_from_pubmed, [pubmed_query, pubmed_max], [fetch_report, status], api_name="fetch_pubmed"
        )
        # page only: it needs the click's LikeData
        chatbot.like(handlers.feedback, [chatbot], None, api_visibility="private")
        gr.api(handlers.api_answer, api_name="answer")
        # the MCP tools (named after the methods; only these two are served, see only_tools);
        # off the queue, see Handlers.tool_slots
        gr.api(handlers.answer, api_name="cited_answer", queue=False)
        gr.api(handlers.search_studies, api_name="search_studies", queue=False)
    return page


def _conversation(examples: list[str]) -> tuple:
    """The chat, the question box, its button, and the filters (year from/to, citations, designs, MeSH)."""
    chatbot = gr.Chatbot(label="Conversation", elem_id="chat", height=520, sanitize_html=True)
    question = gr.Textbox(
        label="Question", placeholder="Is stem-cell mesotherapy safe?", elem_id="question", autofocus=True
    )
    ask = gr.Button("Ask", variant="primary")
    gr.Examples(examples, inputs=question)
    with gr.Accordion("Filters (apply to the next question)", open=False):
        filters = [
            # an empty box is no filter: say so, or it reads as a 0 that filters everything out
            gr.Number(label="From year", precision=0, value=None, placeholder="any year"),
            gr.Number(label="To year", precision=0, value=None, placeholder="any year"),
            gr.Number(label="Minimum citations", precision=0, value=None, placeholder="any"),
            gr.Dropdown(DESIGN_NAMES, multiselect=True, label="Study design"),
            gr.Textbox(label="MeSH term (studies fetched from PubMed)", placeholder="Alopecia"),
        ]
    return chatbot, question, ask, filters


def _export_box() -> tuple:
    """The citation format and the "Export citations" download of the answer's sources."""
    with gr.Row(equal_height=True):
        fmt = gr.Radio(list(CITE_FORMATS), value="RIS", label="Citation format", elem_id="cite-format", scale=2)
        download = gr.DownloadButton("Export citations", value=None, interactive=False, elem_id="export", scale=1)
    return fmt, download


def _upload_box() -> tuple:
    """Files to index, the button, the result."""
    with gr.Accordion("Add studies", open=False):
        files = gr.File(
            label="Study files (pages .txt, MEDLINE, PubMed XML, JSONL, CSV)",
            file_count="multiple",
            file_types=[".txt", ".md", ".nbib", ".xml", ".jsonl", ".json", ".csv", ".tsv"],
        )
        add = gr.Button("Index these files")
        report = gr.Textbox(label="Upload result", lines=4, interactive=False)
    return files, add, report


def _pubmed_box(limit: int) -> tuple:
    """A PubMed query, how many records, the button, the result line."""
    with gr.Accordion("Add from PubMed", open=False):
        query = gr.Textbox(
            label="PubMed query", placeholder="androgenetic alopecia AND minoxidil", elem_id="pubmed-query"
        )
        most = gr.Number(label=f"Most records (up to {limit:,})", value=min(200, limit), precision=0, minimum=1)
        fetch = gr.Button("Fetch and index")
        report = gr.Textbox(label="PubMed result", lines=3, interactive=False, elem_id="fetch-report")
    return query, most, fetch, report


def main(argv: list[str] | None = None) -> int:
    """Start the page; build the bundled sample first when the index is empty."""
    defaults = AppSettings()
    ap = argparse.ArgumentParser(
        prog="python app.py",
        description="Follicle chat page. Set FOLLICLE_USER and FOLLICLE_PASSWORD to require a login; "
        "every FOLLICLE_* setting of the README applies.",
    )
    ap.add_argument(
        "--host",
        default=defaults.host,
        help=f"address to bind (default {defaults.host}; use 0.0.0.0 only to serve other machines)",
    )
    ap.add_argument("--port", type=int, default=defaults.port, help=f"port (default {defaults.port})")
    ap.add_argument("--data-dir", type=Path, help="data directory (default: $FOLLICLE_DATA_DIR or ./data)")
    ap.add_argument("--share", action="store_true", help="ask Gradio for a public share link (off by default)")
    ap.add_argument(
        "--concurrency",
        type=int,
        default=defaults.concurrency,
        help=f"questions answered at once ({defaults.concurrency})",
    )
    ap.add_argument(
        "--no-mcp",
        dest="mcp",
        action="store_false",
        default=defaults.mcp,
        help="do not serve the MCP tools at /gradio_api/mcp/ (on by default; FOLLICLE_MCP=0 turns it off too)",
    )
    args = ap.parse_args(argv)
    app = defaults.model_copy(
        update={"host": args.host, "port": args.port, "concurrency": args.concurrency, "mcp": args.mcp}
    )
    index_settings = IndexSettings(**({"data_dir": args.data_dir} if args.data_dir else {}))
    settings = Settings(index=index_settings)
    if stats(index_settings)["studies"] == 0:
        print("Index is empty: building the bundled sample corpus ...", file=sys.stderr)
        print(build([SAMPLE_DIR], index_settings).summary(), file=sys.stderr)
    print("Warming up (question encoder, indexes, one answer) ...", file=sys.stderr, flush=True)
    warm_up(settings)
    page = build_page(settings, app)
    page.queue(default_concurrency_limit=app.concurrency)
    login = (app.user, app.password) if app.user and app.password else None
    guard = [Middleware(McpLogin, user=app.user, password=app.password)] if login and app.mcp else []
    page.launch(
        server_name=app.host,
        server_port=app.port,
        share=args.share,
        auth=login,
        max_file_size=f"{app.max_upload_mb}mb",
        theme=THEME,
        css=CSS,
        head=f"<style>{TABLE_CSS}</style>",
        mcp_server=app.mcp,
        app_kwargs={"middleware": guard, "lifespan": only_tools(page)},
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
