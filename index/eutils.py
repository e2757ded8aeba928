"""A small client for NCBI's E-utilities: ESearch on the history server, then EFetch in batches.

Why not Biopython's ``Bio.Entrez``: its endpoint URLs are hard-coded in each function (no mirror,
no test server without patching), its settings are module globals shared by the whole process,
it retries after a fixed 15 s and ignores ``Retry-After``, and a connection dropped while the body
is read, or a malformed body, reaches the caller unretried. ``httpx`` and ``tenacity`` are already
installed (gradio and langchain-core depend on them), so this costs no new dependency.

Politeness is NCBI's rule: at most 3 requests a second, 10 with an API key, each with ``tool`` and
``email``. Biopython found that spacing requests exactly 1/3 s apart still drew 429s, hence 0.37 s.
"""

from __future__ import annotations

import email.utils
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from xml.etree.ElementTree import Element, ParseError

import httpx
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt

from index.settings import IndexSettings

TOOL = "follicle"
INTERVAL = {False: 0.37, True: 0.11}  # seconds between requests without / with an API key
MAX_RETRY_AFTER = 120.0  # a server asking for longer is treated as down


class PubMedUnreachable(ConnectionError):
    """The E-utilities server could not be contacted at all (no network, DNS, refused)."""


class PubMedError(RuntimeError):
    """PubMed refused the request, or it kept failing after every retry."""


class Transient(Exception):
    """A failure worth retrying: 429, 5xx, a timeout, a dropped connection, a malformed body."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class Search:
    """An ESearch result kept on NCBI's history server: EFetch pages through it by position."""

    count: int
    webenv: str
    query_key: str


class RateLimiter:
    """Spaces request starts at least ``interval`` seconds apart, across threads."""

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = interval
        self._clock = clock
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        """Block until this request may start."""
        with self._lock:
            now = self._clock()
            delay = self._next - now
            self._next = max(now, self._next) + self.interval
            if delay > 0:
                time.sleep(delay)


def retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (seconds or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class EUtils:
    """ESearch and EFetch against ``settings.eutils_url``, rate-limited and retried."""

    def __init__(self, settings: IndexSettings, http: httpx.Client | None = None) -> None:
        self.base = settings.eutils_url.rstrip("/") + "/"
        self.identity = {
            k: v for k, v in {"tool": TOOL, "email": settings.ncbi_email, "api_key": settings.ncbi_api_key}.items() if v
        }
        self.limiter = RateLimiter(INTERVAL[bool(settings.ncbi_api_key)])
        self.attempts = settings.fetch_retries
        self.backoff = settings.fetch_backoff
        self.http = http or httpx.Client(
            timeout=httpx.Timeout(settings.fetch_timeout, connect=10.0), follow_redirects=True
        )
        self.contacted = False  # a refused connection before any answer means "unreachable", not "retry"
        self.retried: list[str] = []  # what went wrong and was retried, for the report

    def close(self) -> None:
        """Close the connection pool."""
        self.http.close()

    def search(self, term: str, since: date | None = None) -> Search:
        """Run ESearch with the history server; ``since`` keeps records added or revised on or after it."""
        params = {"db": "pubmed", "term": term, "usehistory": "y", "retmax": "0", "retmode": "json", "sort": "pub_date"}
        if since is not None:
            params.update(datetype="mdat", mindate=since.strftime("%Y/%m/%d"), maxdate="3000/12/31")
        return self._request("esearch.fcgi", params, post=False, check=_search_result)

    def fetch(self, search: Search, start: int, size: int) -> list[Element]:
        """One EFetch page of the search as parsed records (a truncated or malformed page is retried)."""
        params = {
            "db": "pubmed",
            "WebEnv": search.webenv,
            "query_key": search.query_key,
            "retstart": str(start),
            "retmax": str(size),
            "retmode": "xml",
            "rettype": "abstract",
        }
        return self._request("efetch.fcgi", params, post=True, check=_articles)

    def _request(self, endpoint: str, params: dict[str, str], *, post: bool, check: Callable[[bytes], object]):
        """Send one request until it succeeds and ``check`` accepts the body, or the attempts run out."""
        retrying = Retrying(
            stop=stop_after_attempt(self.attempts),
            wait=self._wait,
            retry=retry_if_exception_type(Transient),
            before_sleep=lambda state: self.retried.append(f"{endpoint}: {state.outcome.exception()}"),
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    return check(self._send(endpoint, {**params, **self.identity}, post))
        except Transient as exc:
            raise PubMedError(f"{endpoint} failed {self.attempts} times; last: {exc}") from None
        raise AssertionError("unreachable")  # pragma: no cover - Retrying either returns or raises

    def _wait(self, state: RetryCallState) -> float:
        """``Retry-After`` when the server gave one, else exponential backoff."""
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, Transient) and exc.retry_after is not None:
            return min(exc.retry_after, MAX_RETRY_AFTER)
        return min(self.backoff * 2 ** (state.attempt_number - 1), 60.0)

    def _send(self, endpoint: str, params: dict[str, str], post: bool) -> bytes:
        """One HTTP exchange; transport failures and 429/5xx become ``Transient``."""
        self.limiter.wait()
        url = self.base + endpoint
        try:
            response = self.http.post(url, data=params) if post else self.http.get(url, params=params)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            if not self.contacted:
                raise PubMedUnreachable(f"PubMed cannot be reached at {self.base} ({exc})") from None
            raise Transient(f"connection failed: {exc}") from None
        except httpx.TimeoutException:
            raise Transient("timed out") from None
        except httpx.TransportError as exc:  # dropped mid-body, reset, protocol errors
            raise Transient(f"connection dropped: {type(exc).__name__}: {exc}") from None
        self.contacted = True
        code = response.status_code
        if code == 429 or code >= 500:
            raise Transient(f"HTTP {code}", retry_after(response.headers.get("Retry-After")))
        if code >= 400:
            raise PubMedError(f"{endpoint} refused the request: HTTP {code}: {response.text[:200].strip()}")
        return response.content


def _search_result(body: bytes) -> Search:
    """ESearch JSON to a Search; a refused query is the user's to fix, a garbled body is retried."""
    try:
        result = json.loads(body)["esearchresult"]
    except (ValueError, KeyError, TypeError):
        raise Transient(f"malformed ESearch response: {body[:80]!r}") from None
    if "ERROR" in result or "error" in result:
        raise PubMedError(f"PubMed refused the query: {result.get('ERROR') or result.get('error')}")
    try:
        return Search(int(result["count"]), str(result.get("webenv", "")), str(result.get("querykey", "")))
    except (KeyError, ValueError):
        raise Transient(f"ESearch response without a count: {body[:80]!r}") from None


def _articles(body: bytes) -> list[Element]:
    """The PubmedArticle elements of an EFetch page; anything but a whole PubmedArticleSet is retried."""
    try:
        root = fromstring(body, forbid_dtd=False)  # NCBI sends a DOCTYPE; entities stay refused
    except ParseError as exc:
        raise Transient(f"truncated or malformed XML ({exc})") from None
    except DefusedXmlException as exc:  # entity tricks are never retried into acceptance
        raise PubMedError(f"EFetch XML refused: {type(exc).__name__}") from None
    if root.tag != "PubmedArticleSet":
        error = root.findtext("ERROR") or root.tag
        raise Transient(f"EFetch answered <{root.tag}>: {error}")
    return list(root)
