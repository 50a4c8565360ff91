"""How long should a time slice be? A fixed model, computed, not measured."""

USERS = 10  # programs taking turns on one CPU
SWITCH_MS = 1  # a made-up, round cost for each context switch (save one state, load another)

print(f"{USERS} programs, {SWITCH_MS} ms per switch")
print("slice   longest wait   CPU lost to switching")
for slice_ms in [1, 5, 10, 20, 50, 100]:
    # Between two turns of one program, the other USERS - 1 programs each get a full slice,
    # and the CPU switches USERS times (out of our program, between the others, back to us).
    longest_wait_ms = (USERS - 1) * slice_ms + USERS * SWITCH_MS
    # Every slice of useful work costs one switch, so that share of the CPU does no work.
    lost = SWITCH_MS / (slice_ms + SWITCH_MS)
    print(f"{slice_ms:3} ms   {longest_wait_ms:6} ms      {lost:6.1%}")
