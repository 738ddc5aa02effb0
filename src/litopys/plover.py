"""PLOVER event types: Ukrainian labels and quad classes (verbal/material × cooperation/conflict).

Quad classes follow the PLOVER manual (Open Event Data Alliance, draft 0.7+; each event type's
section names its class), with DEMAND → REQUEST and DISAPPROVE/INVESTIGATE → ACCUSE as this project
names them.
"""

from __future__ import annotations

from typing import Any

QUADS: dict[str, dict[str, str]] = {
    "verbal_cooperation": {"label": "Вербальна співпраця", "side": "cooperation", "colour": "#2e8540"},
    "material_cooperation": {"label": "Матеріальна співпраця", "side": "cooperation", "colour": "#1f6fb2"},
    "verbal_conflict": {"label": "Вербальний конфлікт", "side": "conflict", "colour": "#c77700"},
    "material_conflict": {"label": "Матеріальний конфлікт", "side": "conflict", "colour": "#c0392b"},
}

# type → (quad class, Ukrainian label, colour: a shade of its quad class's hue)
TYPES: dict[str, tuple[str, str, str]] = {
    "AGREE": ("verbal_cooperation", "Згода, обіцянка", "#2e8540"),
    "CONSULT": ("verbal_cooperation", "Консультації, візити", "#4f9d5d"),
    "SUPPORT": ("verbal_cooperation", "Підтримка", "#1b5e20"),
    "CONCEDE": ("verbal_cooperation", "Поступка", "#7cb342"),
    "COOPERATE": ("material_cooperation", "Співпраця", "#1f6fb2"),
    "AID": ("material_cooperation", "Допомога", "#4a90d9"),
    "RETREAT": ("material_cooperation", "Відступ, звільнення", "#0d47a1"),
    "REQUEST": ("verbal_conflict", "Вимога, прохання", "#e69500"),
    "ACCUSE": ("verbal_conflict", "Звинувачення", "#c77700"),
    "REJECT": ("verbal_conflict", "Відмова", "#a0522d"),
    "THREATEN": ("verbal_conflict", "Погроза", "#d35400"),
    "PROTEST": ("material_conflict", "Протест", "#e74c3c"),
    "SANCTION": ("material_conflict", "Санкції, розрив відносин", "#8e44ad"),
    "MOBILIZE": ("material_conflict", "Мобілізація сил", "#b03a2e"),
    "COERCE": ("material_conflict", "Примус", "#7b241c"),
    "ASSAULT": ("material_conflict", "Напад", "#c0392b"),
}

MODALITIES = {
    "asserted": "стверджено",
    "planned": "заплановано",
    "conditional": "за умови",
    "negated": "заперечено",
    "hypothetical": "гіпотетично",
}


def quad_of(event_type: str | None) -> str | None:
    entry = TYPES.get((event_type or "").upper())
    return entry[0] if entry else None


def type_label(event_type: str | None) -> str:
    entry = TYPES.get((event_type or "").upper())
    return entry[1] if entry else (event_type or "")


def legend() -> dict[str, Any]:
    """The quad classes and types as the page shows them (``GET /api/facets``)."""
    return {
        "quads": [{"id": key, **value} for key, value in QUADS.items()],
        "types": [
            {"id": name, "quad": quad, "label": label, "colour": colour}
            for name, (quad, label, colour) in TYPES.items()
        ],
        "modalities": MODALITIES,
    }
