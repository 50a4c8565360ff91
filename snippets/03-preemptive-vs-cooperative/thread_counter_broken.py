# Two threads add one to a shared counter, 500,000 times each. Between reading
# the counter and writing it back, each one calls a small function. CPython
# can switch threads at a call, so a thread may write back a stale number.
import sys
import threading

ROUNDS = 500_000
counter = 0


def note_progress() -> None:
    """Stands for any small call: a log line, a lookup, a helper."""


def read_call_write() -> None:
    global counter
    both_ready.wait()  # start counting together, so the threads really overlap
    for _ in range(ROUNDS):
        seen = counter  # read
        note_progress()  # a call: the thread may lose its turn right here
        counter = seen + 1  # write back what it read, plus one


def plus_equals() -> None:
    global counter
    both_ready.wait()
    for _ in range(ROUNDS):
        counter += 1  # read, add, write, with no call in between


def run_two_threads(work) -> None:
    global counter, both_ready
    counter = 0
    both_ready = threading.Barrier(2)
    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # The number lost changes from run to run, so print only whether any were.
    lost = "yes" if counter < 2 * ROUNDS else "no"
    print(f"{work.__name__}: updates were lost in this run: {lost}")


# CPython asks the running thread to hand over after this interval (5 ms by
# default). A tiny one makes switches frequent even in a short run; it changes
# how often threads switch, not where they can.
sys.setswitchinterval(1e-6)
run_two_threads(read_call_write)
run_two_threads(plus_equals)
