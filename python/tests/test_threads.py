"""Long calls release the GIL: another Python thread runs while they work."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator

import pytest

import mynumber_pia as pia
from conftest import AS_OF


@pytest.fixture
def slow_switching() -> Iterator[None]:
    """The interpreter hands the GIL over at most every 50 ms, longer than each call below takes
    with the GIL (a call that kept it would leave the main thread no step); a call that lets it
    go waits up to that long to take it back."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(0.05)
    yield
    sys.setswitchinterval(interval)


def steps_while(call: Callable[[], object]) -> int:
    """How many loop steps the main thread makes while `call` runs in another thread."""
    started, done = threading.Event(), threading.Event()

    def work() -> None:
        started.set()
        call()
        done.set()

    worker = threading.Thread(target=work)
    worker.start()
    started.wait()
    steps = 0
    while not done.is_set():
        steps += 1
    worker.join()
    return steps


@pytest.mark.usefixtures("slow_switching")
def test_long_calls_let_other_threads_run(full: pia.Report) -> None:
    # Calls of tens of milliseconds, so that the main thread gets a core during them even on a
    # loaded machine. A call that keeps the GIL (full.to_dict, say) leaves it no step at all.
    text = full.render_markdown() * 8
    many = [full] * 5_000
    calls: dict[str, Callable[[], object]] = {
        "import_text": lambda: pia.import_text(text),
        "validate_all": lambda: pia.validate_all(many, as_of=AS_OF),
    }
    for name, call in calls.items():
        assert steps_while(call) > 0, f"{name} held the GIL"
