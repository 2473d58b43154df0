"""The day's timetable: each part's start and end, counted from the start time."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from .file import ProgrammeItem


@dataclass(frozen=True)
class Slot:
    item: ProgrammeItem
    start: datetime.time | None
    end: datetime.time | None

    def times(self) -> str:
        """ "09:00–10:00", or "" when the day has no start time."""
        if self.start is None or self.end is None:
            return ""
        return f"{self.start:%H:%M}\u2013{self.end:%H:%M}"


def timetable(items: tuple[ProgrammeItem, ...], start: datetime.time | None) -> list[Slot]:
    """Every item with its times; without a start time (or a part without minutes) the
    times are left open from there on."""
    slots = []
    clock = datetime.datetime.combine(datetime.date(2000, 1, 1), start) if start else None
    for item in items:
        if clock is None or item.minutes is None:
            slots.append(Slot(item, None, None))
            clock = None
            continue
        end = clock + datetime.timedelta(minutes=item.minutes)
        slots.append(Slot(item, clock.time(), end.time()))
        clock = end
    return slots


def total_minutes(items: tuple[ProgrammeItem, ...]) -> int:
    return sum(item.minutes or 0 for item in items)
