"""One CPU, three programs, fixed time slices: a round-robin time-slicer."""

from collections import deque

SLICE_MS = 10  # the longest a program may keep the CPU before it is set aside

# Each "program" is only a name and how many milliseconds of CPU work it still needs.
# Nothing really runs: we count, so the schedule below is exactly the same every time.
waiting = deque([
    ["editor", 20],
    ["compiler", 40],
    ["payroll", 30],
])

clock_ms = 0
last_turn_ended: dict[str, int] = {}  # when each program last left the CPU
longest_wait_ms = 0  # the longest any program sat set aside between two of its turns

while waiting:
    program = waiting.popleft()  # the program at the front of the line gets the CPU
    name, needs_ms = program
    if name in last_turn_ended:
        longest_wait_ms = max(longest_wait_ms, clock_ms - last_turn_ended[name])
    ran_ms = min(SLICE_MS, needs_ms)  # a full slice, or less if it finishes early
    program[1] = needs_ms - ran_ms
    print(f"{clock_ms:3} to {clock_ms + ran_ms:3} ms: {name:<8} runs, {program[1]:2} ms of work left")
    clock_ms += ran_ms
    last_turn_ended[name] = clock_ms
    if program[1] > 0:
        waiting.append(program)  # its state is kept; it rejoins the back of the line
    else:
        print(f"{'':16}{name} is finished")

print(f"All three finished after {clock_ms} ms on one CPU.")
print(f"Longest wait between two turns of the same program: {longest_wait_ms} ms")
