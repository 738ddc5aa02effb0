"""The paste box's analysis: ``litopys.analyze`` in a worker process with a deadline.

The worker is one spawned process that keeps the pipeline loaded between requests. A request
that misses its deadline gets the worker killed (the only way to stop a running analysis) and a
fresh one started for the next request; one analysis runs at a time.
"""

from __future__ import annotations

import multiprocessing
import threading
from typing import Any

from litopys.errors import InputError, LitopysError
from litopys.plover import MODALITIES, quad_of, type_label
from litopys.web.marks import Mark, segment, trigger_mark


class AnalysisTimeout(LitopysError):
    """The analysis took longer than the deadline."""


class AnalyzerBusy(LitopysError):
    """Another analysis is running and did not finish in time for this one to start."""


def paste_result(text: str, published: str | None = None, title: str | None = None) -> dict[str, Any]:
    """What ``POST /api/analyze`` answers: the litopys/1 record plus a view of it for the page."""
    from litopys.pipeline import analyze
    from litopys.timeline import Entry, reports_of, summarize

    analysis = analyze(text, published, title=title)
    entities = {e.id: e for e in analysis.entities}
    marks: list[Mark] = []
    events = []
    for event, report in zip(analysis.events, reports_of(analysis), strict=True):
        quad = quad_of(event.type)
        events.append(
            {
                "id": event.id,
                "type": event.type,
                "type_label": type_label(event.type),
                "quad": quad,
                "mode": event.mode,
                "modality": event.modality,
                "modality_label": MODALITIES.get(event.modality, event.modality),
                "date": event.date,
                "summary": summarize(Entry([report])),
                "source": [_actor(a) for a in report.source],
                "target": [_actor(a) for a in report.target],
                "location": report.location_name,
                "according_to": report.according_to,
                "evidence": report.evidence,
                "trigger": event.trigger,
            }
        )
        marks.append(
            Mark(event.start, event.end, "evidence", {"event": event.id, "type": event.type, "quad": quad})
        )
        trigger = trigger_mark(analysis.text, event.start, event.end, event.trigger, event.id)
        if trigger:
            marks.append(trigger)
    for entity in analysis.entities:
        info = {"entity": entity.id, "type": entity.type, "name": entity.name, "key": entity.key}
        marks += [Mark(m.start, m.end, "entity", info) for m in entity.mentions]
    for timex in analysis.timexes:
        info = {"type": timex.type, "value": timex.value, "mod": timex.mod, "warning": timex.warning}
        marks.append(Mark(timex.start, timex.end, "timex", info))
    for quote in analysis.quotes:
        speaker = entities.get(quote.speaker) if quote.speaker else None
        info = {"quote_kind": quote.kind, "speaker": speaker.name if speaker else None, "cue": quote.cue}
        marks.append(Mark(quote.start, quote.end, "quote", info))
    record = analysis.to_dict()
    return {
        "article": record["article"],
        "pipeline": analysis.pipeline,
        "events": events,
        "entities": [
            {
                "id": e.id,
                "type": e.type,
                "name": e.name,
                "country": e.country,
                "key": e.key,
                "mentions": len(e.mentions),
            }
            for e in analysis.entities
        ],
        "timexes": [
            {"text": t.text, "type": t.type, "value": t.value, "mod": t.mod, "warning": t.warning}
            for t in analysis.timexes
        ],
        "quotes": [
            {
                "text": q.text,
                "kind": q.kind,
                "speaker": entities[q.speaker].name if q.speaker in entities else None,
                "cue": q.cue,
            }
            for q in analysis.quotes
        ],
        "text": segment(analysis.text, marks),
        "record": record,
    }


def _actor(actor: Any) -> dict[str, Any]:
    return {"name": actor.name, "key": actor.key, "country": actor.country}


def _serve(conn: Any) -> None:
    """The worker's loop: a job in, ``(status, payload)`` out, until the server goes away."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the server, which then ends us
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply: tuple[str, Any] = ("ok", paste_result(**job))
        except InputError as exc:
            reply = ("input", str(exc))
        except Exception as exc:  # reported to the client as a 500 with this one line
            reply = ("error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except (EOFError, OSError):
            return


class Analyzer:
    """One worker process, one job at a time, each with a deadline of ``timeout`` seconds."""

    def __init__(self, timeout: float = 20.0, queue_wait: float = 5.0) -> None:
        self.timeout = timeout
        self.queue_wait = queue_wait
        self._lock = threading.Lock()
        self._process: Any = None
        self._conn: Any = None

    def _ensure(self) -> None:
        if self._process is not None and self._process.is_alive():
            return
        self._stop()
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        process = context.Process(target=_serve, args=(child,), daemon=True, name="litopys-analyzer")
        process.start()
        child.close()
        self._process, self._conn = process, parent

    def _stop(self) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            conn.close()
        if process is not None and process.is_alive():
            process.kill()
            process.join(5)

    def start(self) -> None:
        """Start the worker and load the pipeline (a short warm-up text) ahead of the first request."""
        self.run({"text": "Президент України Володимир Зеленський 5 травня 2025 року зустрівся з прем'єром."})

    def run(self, job: dict[str, Any]) -> dict[str, Any]:
        if not self._lock.acquire(timeout=self.queue_wait):
            raise AnalyzerBusy("another analysis is running; try again in a moment")
        try:
            self._ensure()
            try:
                self._conn.send(job)
                ready = self._conn.poll(self.timeout)
                if not ready:
                    self._stop()
                    raise AnalysisTimeout(
                        f"the analysis took longer than {self.timeout:g} s and was stopped;"
                        " try a shorter text"
                    )
                status, payload = self._conn.recv()
            except (EOFError, OSError) as exc:
                self._stop()
                raise LitopysError("the analysis worker stopped unexpectedly; try again") from exc
        finally:
            self._lock.release()
        if status == "input":
            raise InputError(payload)
        if status != "ok":
            raise LitopysError(f"analysis failed: {payload}")
        return payload

    def close(self) -> None:
        """Stop the worker (waiting a moment for a running analysis, then not)."""
        locked = self._lock.acquire(timeout=1.0)
        try:
            self._stop()
        finally:
            if locked:
                self._lock.release()
