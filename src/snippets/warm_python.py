"""A warm interpreter for the snippet runs: `python3 warm_python.py`, started once per interpreter.

Starting CPython and importing asyncio costs about 0.1-0.15 CPU-seconds, more than most snippets
spend running; the suite runs some 700 of them. This process pays that once: it imports asyncio,
then for each request on stdin it forks, and the child becomes `python3 <script>` as closely as
Python allows: a fresh __main__ module, sys.argv and sys.path[0] as `python3 <script>` sets them,
stdin from /dev/null, stdout and stderr into one file, the script's own frames only in an uncaught
exception's traceback, and the interpreter's normal exit (threads joined, atexit, the messages of
objects collected at shutdown, sys.exit's and KeyboardInterrupt's exit statuses).

Protocol (one JSON object per line):
  in:  {"id": 1, "script": "snippets/x/y.py", "out": "/tmp/.../output"}
  out: {"id": 1, "pid": 1234}                            the run started
       {"id": 1, "code": 0, "signal": null}              it ended (code or signal)
Closing stdin ends the server once its runs have ended.

src/snippets/python.ts starts it; test/runner.test.ts checks that runs through it print, byte for
byte, what `python3 <script>` prints, exit codes and tracebacks included.
"""

import json
import os
import select
import signal
import sys

import asyncio  # noqa: F401  (the point: imported once, before any fork)
import gc

# What the server holds is never garbage to a child: kept out of the children's collections.
gc.freeze()

SERVER_FILE = os.path.abspath(__file__)


def send(message):
    os.write(1, (json.dumps(message) + "\n").encode())


def serve():
    """Answers requests until stdin closes; returns a job only in a forked child."""
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    children = {}
    pending = b""
    open_input = True
    while open_input or children:
        readable, _, _ = select.select([0, wake_r] if open_input else [wake_r], [], [])
        if wake_r in readable:
            os.read(wake_r, 4096)
        while children:
            pid, status = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                break
            job_id = children.pop(pid)
            if os.WIFSIGNALED(status):
                send({"id": job_id, "code": None, "signal": os.WTERMSIG(status)})
            else:
                send({"id": job_id, "code": os.waitstatus_to_exitcode(status), "signal": None})
        if open_input and 0 in readable:
            data = os.read(0, 65536)
            if not data:
                open_input = False
            pending += data
            *lines, pending = pending.split(b"\n")
            for line in lines:
                if not line.strip():
                    continue
                job = json.loads(line)
                pid = os.fork()
                if pid == 0:
                    signal.set_wakeup_fd(-1)
                    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                    os.close(wake_r)
                    os.close(wake_w)
                    return job
                children[pid] = job["id"]
                send({"id": job["id"], "pid": pid})
    return None


def trimmed_excepthook(kind, value, tb):
    """Prints an uncaught exception as `python3 <script>` would: without this file's frames."""
    while tb is not None and os.path.abspath(tb.tb_frame.f_code.co_filename) == SERVER_FILE:
        tb = tb.tb_next
    if value is not None:
        value = value.with_traceback(tb)
    sys.__excepthook__(kind, value, tb)


def become(job):
    """Turns this forked child into `python3 <script>`, and runs the script."""
    import builtins
    import types
    from importlib.machinery import SourceFileLoader

    out = os.open(job["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(out, 1)
    os.dup2(out, 2)
    os.close(out)
    os.close(null)

    script = job["script"]
    path = os.path.abspath(script)
    sys.argv[:] = [script]
    sys.orig_argv[:] = [sys.orig_argv[0], script]
    sys.path[0] = os.path.dirname(path)
    main = types.ModuleType("__main__")
    main.__dict__.update(
        __file__=path,
        __builtins__=builtins,
        __cached__=None,
        __loader__=SourceFileLoader("__main__", path),
        __spec__=None,
        __package__=None,
        __annotations__={},
    )
    sys.modules["__main__"] = main
    sys.excepthook = trimmed_excepthook
    with open(path, "rb") as source:
        code = compile(source.read(), path, "exec")
    try:
        exec(code, main.__dict__)
    finally:
        del code
    return main


def finish(main):
    """Ends the child as the interpreter's own exit would, as far as a script can tell.

    Python's own exit would also tear down every module the server imported, which in a forked
    child costs more than the fork saves (each object it frees is a page copied). So the child
    does the steps a script can see, in Python's order, then leaves at once: non-daemon threads are
    joined, atexit handlers run, the script's module is dropped (its objects freed in the order of
    its names, as when Python drops __main__), an event loop left in asyncio's policy is dropped
    too, garbage is collected (pending tasks and unawaited coroutines report themselves here), and
    the output is flushed.
    """
    import atexit
    import gc
    import threading

    threading._shutdown()
    atexit._run_exitfuncs()
    if sys.modules.get("__main__") is main:
        del sys.modules["__main__"]
    namespace = main.__dict__
    del main
    namespace.clear()
    del namespace
    gc.collect()
    asyncio.events._event_loop_policy = None
    gc.collect()


def exit_status(error):
    """The status `python3 <script>` ends with for an uncaught exception (printing what it prints)."""
    if isinstance(error, SystemExit):
        code = error.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code & 0xFF
        print(code, file=sys.stderr)
        return 1
    sys.excepthook(type(error), error, error.__traceback__)
    return 1


job = serve()
if job is not None:
    # In a forked child: run the script, then end as `python3 <script>` would.
    del serve
    main = None
    status = 0
    try:
        main = become(job)
    except BaseException as error:  # noqa: BLE001  (everything the script let out)
        main = sys.modules.get("__main__")
        interrupted = isinstance(error, KeyboardInterrupt)
        status = exit_status(error)
        del error
    else:
        interrupted = False
    try:
        finish(main)
    except BaseException as error:  # noqa: BLE001
        status = exit_status(error) or status
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # noqa: BLE001
            pass
    if interrupted:
        # As Python does: end by the signal, so the caller sees that Ctrl-C stopped it.
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
    os._exit(status)
