"""Record when each asyncio Task ran, from a real run of an unmodified program.

    python3 src/trace/asynctrace.py path/to/snippet.py --out trace.json [-- args for the snippet]

The program runs as __main__ and prints exactly what it prints without the tracer; the tracer
writes only the JSON file (format in README.md beside this file). Standard library only,
CPython 3.10-3.13.

How it sees the tasks, with public hooks only:

- Loops: the event-loop policy's new_event_loop is wrapped, so every loop made by asyncio.run,
  asyncio.Runner, asyncio.new_event_loop or get_event_loop gets the hooks below.
- Steps: a Task never runs its coroutine by itself; it asks the loop to, with
  loop.call_soon(<the task's step>) (when it is created, after a bare yield) or, when a future
  it awaits finishes, with the future's done callback, which the future also hands to
  loop.call_soon. So call_soon is wrapped on each loop, and a callback whose __self__ is a Task
  is swapped for a _TimedStep that times the call: one call = one step.
- Why not a task factory that wraps each coroutine (the obvious design)? A wrapper's
  send()/throw() are Python frames between the Task and the coroutine, so every traceback of an
  exception raised in a task would show them (3.11+ keeps that traceback in the Task), and on
  3.13.0 any task factory makes create_task() name unnamed tasks "None". Timing from the
  loop's side leaves the Task driving the real coroutine, exactly as without the tracer.

No asyncio internals are patched and no task is kept alive by the tracer.
"""
from __future__ import annotations

import argparse
import asyncio
import io
import itertools
import json
import os
import platform
import runpy
import sys
import threading
import weakref

# asyncio.sleep is an `async def` on 3.10-3.13: a coroutine running this code is a sleep.
SLEEP_CODE = asyncio.sleep.__code__
# Frames of Handle._run are the loop running one callback; used to tell I/O callbacks apart.
HANDLE_RUN_CODE = asyncio.Handle._run.__code__
ASYNCIO_DIR = os.path.dirname(asyncio.__file__) + os.sep
# A callback bound to a Task that is one of these (e.g. loop.call_soon(task.cancel)) is not a step.
PUBLIC_TASK_METHODS = frozenset(name for name in dir(asyncio.Task) if not name.startswith('_'))

YIELD = {'kind': 'yield'}
FUTURE = {'kind': 'future'}
IO = {'kind': 'io'}


class Step:
    """One run of a task's coroutine, from resume to suspend, in seconds on the loop's clock."""

    __slots__ = ('seq', 'start', 'end', 'waits', 'refined')

    def __init__(self, seq: int, start: float) -> None:
        self.seq = seq  # steps of all tasks are numbered in the order they ran
        self.start = start
        self.end: float | None = None
        self.waits: dict | None = None  # what it suspended on; None for its last step
        self.refined = False  # a "future" wait already made more precise (task, io)


class TaskRecord:
    """What the tracer knows about one Task. Holds no reference to the Task itself."""

    def __init__(self, name: str, created: float) -> None:
        self.name = name
        self.created = created
        self.steps: list[Step] = []
        self.end: float | None = None
        self.outcome = 'pending'  # until it finishes: done, failed or cancelled
        self.error: str | None = None
        self.yielded = False  # set when the task reschedules its own step during a step
        self.woken_by: object = None  # a wakeup that came while its step still ran

    def as_json(self, origin: float) -> dict:
        def ms(t: float | None) -> float | None:  # loop seconds -> ms since the first loop, 0.01 ms
            return None if t is None else round((t - origin) * 1000, 2)

        out = {
            'name': self.name,
            'created': ms(self.created),
            'steps': [{'seq': s.seq, 'start': ms(s.start), 'end': ms(s.end), 'waits': _waits_json(s.waits)}
                      for s in self.steps],
            'end': ms(self.end),
            'outcome': self.outcome,
        }
        if self.error is not None:
            out['error'] = self.error
        return out


def _waits_json(waits: dict | None) -> dict | None:
    if waits is not None and 'record' in waits:  # a task: its name as last seen
        return {'kind': 'task', 'name': waits['record'].name}
    return waits


class Tracer:
    """All records of one program run, over every loop it makes."""

    def __init__(self) -> None:
        self.origin: float | None = None  # loop clock when the first traced loop was made
        self.records: list[TaskRecord] = []
        self.step_numbers = itertools.count()  # steps shorter than 0.01 ms still have an order
        self.lock = threading.Lock()
        self.failure: str | None = None  # a bug in the tracer: tracing stops, the program goes on

    def hook_policy(self) -> None:
        """Give every loop the policy makes (asyncio.run, Runner, new_event_loop) the hooks."""
        policy = asyncio.get_event_loop_policy()
        make_loop = policy.new_event_loop

        def new_event_loop():
            loop = make_loop()
            self.install(loop)
            return loop

        policy.new_event_loop = new_event_loop  # an instance attribute: the policy's type is unchanged

    def install(self, loop: asyncio.AbstractEventLoop) -> None:
        with self.lock:
            if self.origin is None:
                self.origin = loop.time()
        hooks = _LoopHooks(self, loop)
        # Instance attributes shadow the methods; the C Task and Future look call_soon up by name.
        loop.call_soon = hooks.call_soon
        loop.call_soon_threadsafe = hooks.call_soon_threadsafe

    def add(self, record: TaskRecord) -> None:
        with self.lock:
            self.records.append(record)

    def broke(self, error: BaseException) -> None:
        if self.failure is None:
            self.failure = f'{type(error).__name__}: {error}'

    def as_json(self) -> dict:
        origin = self.origin or 0.0
        out = {
            'version': 1,
            'python': platform.python_version(),
            'clock': 'ms',
            'tasks': [r.as_json(origin) for r in list(self.records)],
        }
        if self.failure:
            out['tracer_error'] = self.failure
        return out


class _LoopHooks:
    """The call_soon and call_soon_threadsafe that one loop uses while traced."""

    def __init__(self, tracer: Tracer, loop: asyncio.AbstractEventLoop) -> None:
        self.tracer = tracer
        self.loop = weakref.ref(loop)  # the loop holds us: no cycle
        cls = type(loop)
        self.original_call_soon = cls.call_soon
        self.original_call_soon_threadsafe = cls.call_soon_threadsafe
        self.records = weakref.WeakKeyDictionary()  # Task -> TaskRecord, or None for asyncio's own
        self.scheduled = weakref.WeakSet()  # handles made by call_soon(_threadsafe): not I/O
        # Held while another thread's call_soon_threadsafe makes its handle and we note it, so
        # the loop cannot run that handle and ask whether it is I/O before we know it.
        self.threadsafe_lock = threading.Lock()
        self.current: TaskRecord | None = None  # the task whose step runs now on this loop

    # -- the hooks ---------------------------------------------------------------------------

    def call_soon(self, callback, *args, context=None):
        loop = self.loop()
        if self.tracer.failure is None:
            try:
                callback = self._step_or_same(loop, callback, args)
            except Exception as error:  # never let a tracer bug break the program
                self.tracer.broke(error)
        try:
            handle = self.original_call_soon(loop, callback, *args, context=context)
        except BaseException as error:  # e.g. "Event loop is closed": raised as if we were not here
            _drop_own_frame(error)
            raise
        self.scheduled.add(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        with self.threadsafe_lock:
            try:
                handle = self.original_call_soon_threadsafe(self.loop(), callback, *args, context=context)
            except BaseException as error:
                _drop_own_frame(error)
                raise
            self.scheduled.add(handle)
        return handle

    # -- bookkeeping -------------------------------------------------------------------------

    def _step_or_same(self, loop, callback, args):
        """A task's step comes back wrapped in a _TimedStep; any other callback unchanged."""
        task = getattr(callback, '__self__', None)
        if not isinstance(task, asyncio.Task) or getattr(callback, '__name__', None) in PUBLIC_TASK_METHODS:
            return callback
        record = self._record_for(loop, task)
        if record is None:
            return callback
        woken_by = args[0] if args and asyncio.isfuture(args[0]) else None
        if woken_by is not None:
            self._woken(record, woken_by)
        elif record is self.current:
            record.yielded = True  # it asked for its next step itself: a bare `yield` (sleep(0))
        return _TimedStep(callback, self, record)

    def _record_for(self, loop, task) -> TaskRecord | None:
        """The task's record; the first time a task is seen (its creation), a new one."""
        try:
            return self.records[task]
        except KeyError:
            pass
        record = None
        if not _runs_asyncio_code(task.get_coro()):
            record = TaskRecord(task.get_name(), loop.time())
            self.tracer.add(record)
        self.records[task] = record
        return record

    def _woken(self, record: TaskRecord, future) -> None:
        """The future a task waited on has finished: now we know what it waited on."""
        if record is self.current:  # finished during the task's own step (a cancel): note it
            record.woken_by = future
            return
        if not record.steps:
            return
        step = record.steps[-1]
        if step.waits is not FUTURE or step.refined:
            return
        step.refined = True
        if isinstance(future, asyncio.Task):
            other = self.records.get(future)
            step.waits = ({'kind': 'task', 'record': other} if other is not None
                          else {'kind': 'task', 'name': future.get_name()})
        elif self.current is None and self._in_io_callback():
            step.waits = IO

    def _in_io_callback(self) -> bool:
        """Is the loop running a callback that nobody scheduled with call_soon or a timer?

        The loop runs three kinds of callbacks: those queued by call_soon(_threadsafe) (we saw
        each handle), timers (TimerHandle) and those the selector reports ready (sockets, pipes,
        signals). A future finished inside the third kind was finished by I/O.
        """
        frame = sys._getframe(2)
        while frame is not None:
            if frame.f_code is HANDLE_RUN_CODE:
                handle = frame.f_locals.get('self')
                if isinstance(handle, asyncio.TimerHandle):
                    return False
                with self.threadsafe_lock:
                    return handle not in self.scheduled
            frame = frame.f_back
        return False

    def begin_step(self, record: TaskRecord, task) -> None:
        record.steps.append(Step(next(self.tracer.step_numbers), self.loop().time()))
        record.name = task.get_name()
        self.current = record

    def end_step(self, record: TaskRecord, task) -> None:
        step = record.steps[-1]
        step.end = self.loop().time()
        self.current = None
        record.name = task.get_name()
        if task.done():
            record.end = step.end
            record.outcome, record.error = _outcome(task)
        elif record.yielded:
            step.waits = YIELD
        else:
            seconds = _sleep_seconds(task.get_coro())
            step.waits = FUTURE if seconds is None else {'kind': 'sleep', 'seconds': seconds}
        record.yielded = False
        if record.woken_by is not None:
            future, record.woken_by = record.woken_by, None
            self._woken(record, future)


class _TimedStep:
    """Stands in the loop's queue for a task's step callback: runs it and times it.

    Everything else (its __self__, __qualname__, repr) is the callback's, so asyncio's debug
    messages ("Executing <Task ...> took 0.3 seconds") and handle reprs read the same.
    """

    __slots__ = ('_callback', '_hooks', '_record')

    def __init__(self, callback, hooks: _LoopHooks, record: TaskRecord) -> None:
        self._callback = callback
        self._hooks = hooks
        self._record = record

    def __call__(self, *args):
        hooks, task = self._hooks, self._callback.__self__
        if hooks.tracer.failure is not None:
            return self._callback(*args)
        try:
            hooks.begin_step(self._record, task)
        except Exception as error:
            hooks.tracer.broke(error)
        try:
            return self._callback(*args)  # the step: only KeyboardInterrupt/SystemExit come out
        except BaseException as error:
            _drop_own_frame(error)
            raise
        finally:
            try:
                hooks.end_step(self._record, task)
            except Exception as error:
                hooks.tracer.broke(error)

    def __getattr__(self, name):
        return getattr(self._callback, name)

    def __repr__(self) -> str:
        return repr(self._callback)


# -- reading a task, with public methods only ------------------------------------------------

def _runs_asyncio_code(coro) -> bool:
    """Tasks asyncio makes for itself (asyncio.run's shutdown_asyncgens, ...) are left out."""
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    return code is not None and code.co_filename.startswith(ASYNCIO_DIR)


def _sleep_seconds(coro) -> float | None:
    """If the suspended coroutine is inside asyncio.sleep(), its delay; else None.

    Follows the chain of awaits (cr_await, gi_yieldfrom, ag_await) from the task's coroutine
    down to the innermost one; asyncio.sleep is a coroutine whose frame holds `delay`.
    """
    for _ in range(200):  # deep enough for any real chain; never loops forever
        if coro is None:
            return None
        if getattr(coro, 'cr_code', None) is SLEEP_CODE:
            frame = coro.cr_frame
            delay = frame.f_locals.get('delay') if frame is not None else None
            try:
                return float(delay)
            except (TypeError, ValueError):
                return None
        nxt = None
        for attr in ('cr_await', 'gi_yieldfrom', 'ag_await'):
            nxt = getattr(coro, attr, None)
            if nxt is not None:
                break
        coro = nxt
    return None


def _outcome(task) -> tuple[str, str | None]:
    """done / failed (with the exception's type name) / cancelled, for a finished task.

    task.exception() would mark the exception as retrieved and silence asyncio's "Task exception
    was never retrieved", so this asks get_stack() (a finished task has frames only if it
    failed) and reads the type name from print_stack(), which ends like a traceback does.
    """
    if task.cancelled():
        return 'cancelled', None
    if not task.get_stack(limit=1):
        return 'done', None
    text = io.StringIO()
    task.print_stack(file=text)
    lines = text.getvalue().splitlines()
    for line in lines[1:]:  # after the header, the frames are indented; then "ValueError: ..."
        if line and not line[0].isspace():
            return 'failed', line.split(':', 1)[0].rsplit('.', 1)[-1]
    return 'failed', None


def _drop_own_frame(error: BaseException) -> None:
    """Take the tracer's frame off the front of a traceback before re-raising.

    Works on 3.11+; 3.10's bare `raise` re-raises the traceback as it was caught.
    """
    tb = error.__traceback__
    if tb is not None and tb.tb_frame.f_code in OWN_CODES:
        error.__traceback__ = tb.tb_next


OWN_CODES = frozenset({_LoopHooks.call_soon.__code__, _LoopHooks.call_soon_threadsafe.__code__,
                       _TimedStep.__call__.__code__})


# -- running a program -----------------------------------------------------------------------

def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description='Run a Python program and record its asyncio tasks as JSON.')
    parser.add_argument('script', help='the program to run, as __main__')
    parser.add_argument('--out', required=True, help='where to write the JSON')
    parser.add_argument('args', nargs='*', help='arguments for the program (after --)')
    options = parser.parse_args(argv)
    out = open(options.out, 'w', encoding='utf-8')  # fail here, before the program runs

    script = os.path.abspath(options.script)
    sys.argv = [script, *options.args]
    sys.path[0] = os.path.dirname(script)  # as `python3 script.py` would have it

    tracer = Tracer()
    tracer.hook_policy()
    try:
        # Kept until exit, so the program's globals die at shutdown as they would in __main__.
        globals()['_program_globals'] = runpy.run_path(script, run_name='__main__')
    except SystemExit:
        raise
    except BaseException:
        # Python reports it as usual (traceback, exit status 1, or SIGINT for Ctrl-C), through a
        # hook that starts the traceback at the program's first frame, as without the tracer.
        _start_tracebacks_at(script)
        raise
    finally:
        json.dump(tracer.as_json(), out, separators=(',', ':'))
        out.write('\n')
        out.close()


def _start_tracebacks_at(script: str) -> None:
    hook = sys.excepthook  # the program may have set its own

    def excepthook(kind, error, tb):
        while tb is not None and tb.tb_frame.f_code.co_filename != script:
            tb = tb.tb_next  # the tracer's and runpy's frames
        error.__traceback__ = tb  # None for a SyntaxError in the program: no "Traceback" header
        hook(kind, error, tb)

    sys.excepthook = excepthook


if __name__ == '__main__':
    main(sys.argv[1:])
