# A plain, ordinary program: three steps that each wait for something.
# time.sleep(1) stands in for a real wait: a disk read, a database query,
# a web request. The program can do nothing else while it waits.
import time


def fetch(what: str) -> None:
    print(f"asking for the {what}...")
    time.sleep(1)  # waiting for an answer: the CPU has nothing to do
    print(f"got the {what}")


wall_start = time.perf_counter()  # time on the clock on the wall
cpu_start = time.process_time()  # time the CPU actually spent on us

for what in ["user", "orders", "weather"]:
    fetch(what)

wall = time.perf_counter() - wall_start
cpu = time.process_time() - cpu_start
# Whole seconds, rounded down (after adding 0.1 s in case a clock ticks a little
# early): a busy machine only makes the waits end late, and it would take 0.9 s
# of lateness to change a digit.
print(f"wall-clock time: {int(wall + 0.1)} s")
print(f"CPU time used:   {int(cpu + 0.1)} s")
