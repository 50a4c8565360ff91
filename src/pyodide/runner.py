"""Runs a snippet in Pyodide the way `python3 snippet.py` runs it on CPython.

Loaded once into each Pyodide (the browser's worker and the tests' Node processes alike); the
page's JavaScript then calls `run_program(source, filename)` for each run. What differs from
Pyodide's defaults, and why:

- asyncio's own event loop (BaseEventLoop), not Pyodide's WebLoop: WebLoop leaves tasks running
  after asyncio.run returns (they go on printing into the next run) and does not cancel them
  as CPython does. Between timers the loop waits on a JavaScript promise where WebAssembly
  stack switching (JSPI) lets it (a Stop resolves that promise early), and in time.sleep
  otherwise (a busy wait: slower, but the output is the same).
- A fresh `__main__` for every run, task names counted from Task-1 again, and the interrupt
  (Stop) delivered as SIGINT, so that asyncio.run's own handler cancels the main task, lets
  `finally` blocks run and raises KeyboardInterrupt, as on CPython.
"""
import asyncio
import builtins
import gc
import itertools
import json
import linecache
import logging
import os
import shutil
import sys
import threading
import time
import traceback
import tracemalloc
import types
import warnings

try:
    from pyodide.ffi import can_run_sync, run_sync
except ImportError:  # an older Pyodide: no JSPI helpers
    can_run_sync = None
    run_sync = None

# Set by the host: a JavaScript function (seconds) -> Promise that resolves after that long, or
# early when the reader presses Stop.
js_sleep = None
# The loop that was running when the host called run_program (Pyodide's own).
_host_loop = None


def _can_suspend():
    return js_sleep is not None and run_sync is not None and can_run_sync is not None and can_run_sync()


_cpython_sleep = getattr(time.sleep, "__wrapped__", time.sleep)


def _sleep(seconds):
    """time.sleep as the program sees it: nothing else in Python runs meanwhile. With JSPI it
    waits on a JavaScript promise (the page stays responsive, and Stop ends it early); without,
    it waits in CPython's own sleep."""
    if seconds <= 0:
        return
    if not _can_suspend():
        _cpython_sleep(seconds)
        return
    # Pyodide settles the promise on its own loop, the one that was running when the host called
    # run_program: that loop must be the running one meanwhile, or the wake-up would wait on the
    # program's loop, which is the one sleeping. (Pyodide's own time.sleep does not know that.)
    mine = asyncio.events._get_running_loop()
    asyncio.events._set_running_loop(_host_loop)
    try:
        run_sync(js_sleep(seconds))
    finally:
        asyncio.events._set_running_loop(mine)


class _Waiter:
    """Stands in for the selector asyncio's loop waits on between events: this loop has no
    sockets or pipes to watch, only timers, so waiting is sleeping until the next one is due."""

    def select(self, timeout=None):
        # timeout None means "nothing scheduled": the program waits on something that no timer
        # will finish (an Event nobody sets). Sleep in slices, so that a Stop can end it.
        _sleep(0.05 if timeout is None else timeout)
        return []

    def close(self):
        pass


# Default task names, counted from 1 again in every run. (Pyodide's C tasks count in a counter
# of their own that nothing can reset, and would go on from the last run's number.)
_task_names = itertools.count(1)


class BrowserEventLoop(asyncio.BaseEventLoop):
    """CPython's event loop, with timers and callbacks only (no sockets: a browser has none)."""

    def __init__(self):
        super().__init__()
        self._selector = _Waiter()

    def create_task(self, coro, *, name=None, **kwargs):
        # An unnamed task takes the next number, as on CPython 3.13 (a named one takes none).
        return super().create_task(coro, name=f"Task-{next(_task_names)}" if name is None else name, **kwargs)

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass

    def close(self):
        super().close()


class _Policy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = BrowserEventLoop


try:
    # Pyodide replaces asyncio.run with one that reuses its WebLoop; this is CPython's own.
    from pyodide.webloop import _orig_run as _cpython_run
except ImportError:
    _cpython_run = asyncio.run


def _fresh_asyncio():
    global _task_names
    asyncio.run = _cpython_run
    time.sleep = _sleep
    asyncio.set_event_loop_policy(_Policy())
    _task_names = itertools.count(1)


class _Process:
    """What a program can change in the interpreter that the next run must not inherit: a new
    `python3` process would start without it. Taken before a run, put back after it."""

    def __init__(self):
        root = logging.getLogger()
        self.loggers = {name: (lg.level, list(lg.handlers)) for name, lg in [("", root), ("asyncio", logging.getLogger("asyncio"))]}
        self.warning_filters = list(warnings.filters)
        self.showwarning = warnings.showwarning
        self.hooks = (sys.excepthook, sys.unraisablehook, threading.excepthook)
        self.origin_depth = sys.get_coroutine_origin_tracking_depth()
        self.switch_interval = sys.getswitchinterval()
        self.path = list(sys.path)
        self.argv = list(sys.argv)
        self.cwd = os.getcwd()
        self.modules = set(sys.modules)
        self.main = sys.modules.get("__main__")
        self.gc_enabled = gc.isenabled()

    def restore(self):
        for name, (level, handlers) in self.loggers.items():
            logger = logging.getLogger(name or None)
            logger.setLevel(level)
            logger.handlers[:] = handlers
        warnings.filters[:] = self.warning_filters
        warnings._filters_mutated() if hasattr(warnings, "_filters_mutated") else None
        warnings.showwarning = self.showwarning
        sys.excepthook, sys.unraisablehook, threading.excepthook = self.hooks
        sys.set_coroutine_origin_tracking_depth(self.origin_depth)
        sys.setswitchinterval(self.switch_interval)
        if tracemalloc.is_tracing():
            tracemalloc.stop()
        sys.path[:] = self.path
        sys.argv[:] = self.argv
        os.chdir(self.cwd)
        # Modules the program imported (its own, and library ones loaded for it) are imported
        # afresh by the next run, with fresh state.
        for name in set(sys.modules) - self.modules:
            del sys.modules[name]
        if self.main is not None:
            sys.modules["__main__"] = self.main
        (gc.enable if self.gc_enabled else gc.disable)()


# Where a run's program and the modules beside it are written, as on disk: snippets/X/name.py.
_RUN_DIR = "/home/pyodide/run"

# The trace of the last run, as JSON text (src/trace/asynctrace.py), when it was asked for.
last_trace = None


def run_program(source, filename, modules=None, trace=False):
    """Runs `source` as `python3 filename` run from the site folder would, and returns its exit
    status; what it prints goes to sys.stdout and sys.stderr. `modules` maps the paths of the
    files beside it that it imports (snippets/X/toy_loop.py) to their source. With `trace`, the
    site's tracer records its asyncio tasks into `last_trace`, as it does for the pages' timelines."""
    global _host_loop, last_trace
    last_trace = None
    before = _Process()
    _fresh_asyncio()
    tracer = None
    if trace:
        import asynctrace

        tracer = asynctrace.Tracer()
        tracer.hook_policy()
    # Pyodide calls this from inside its own running WebLoop; the program must see none, as a
    # program started by `python3` does (asyncio.run refuses to start inside a running loop).
    _host_loop = asyncio.events._get_running_loop()
    asyncio.events._set_running_loop(None)
    shutil.rmtree(_RUN_DIR, ignore_errors=True)
    for path, text in {**(modules or {}), filename: source}.items():
        os.makedirs(os.path.join(_RUN_DIR, os.path.dirname(path)), exist_ok=True)
        with open(os.path.join(_RUN_DIR, path), "w") as file:
            file.write(text)
    os.chdir(_RUN_DIR)
    # As `python3 path` does: the script's folder first on the import path.
    sys.path.insert(0, os.path.join(_RUN_DIR, os.path.dirname(filename)))
    sys.argv = [filename]
    linecache.checkcache()
    main = types.ModuleType("__main__")
    main.__file__ = filename
    main.__builtins__ = builtins
    sys.modules["__main__"] = main
    status = 0
    try:
        code = compile(source, filename, "exec")
        exec(code, main.__dict__)
    except SystemExit as exit:
        status = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
        if exit.code is not None and not isinstance(exit.code, int):
            print(exit.code, file=sys.stderr)
    except BaseException as error:
        status = 130 if isinstance(error, KeyboardInterrupt) else 1
        # The traceback as CPython prints it, without this runner's own frame.
        tb = error.__traceback__.tb_next if error.__traceback__ else None
        traceback.print_exception(type(error), error, tb, file=sys.stderr)
    finally:
        # The program's garbage is collected now, while what it prints is still the program's,
        # as a `python3` process collects it at exit. Left for later, it was collected during a
        # later run (at its own gc.collect(), say) and a finalizer's complaint, such as
        # "Exception ignored while calling deallocator", appeared in that program's output.
        gc.collect()
        sys.stdout.flush()
        sys.stderr.flush()
        if tracer is not None:
            last_trace = json.dumps(tracer.as_json(), separators=(",", ":"))
        asyncio.events._set_running_loop(_host_loop)
        before.restore()
    return status
