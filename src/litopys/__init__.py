"""litopys: Ukrainian news articles to sourced, dated, structured events and story timelines."""

from litopys.model import Analysis

__version__ = "0.1.0"
__all__ = ["Analysis", "__version__", "analyze"]


def analyze(
    text: str,
    published: object = None,
    *,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
) -> Analysis:
    """Analyze one article; ``published`` is a ``datetime.date`` or an ISO ``YYYY-MM-DD`` string."""
    from litopys.pipeline import analyze as run

    return run(text, published, url=url, outlet=outlet, title=title)
