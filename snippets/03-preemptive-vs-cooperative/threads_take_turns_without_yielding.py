import sys
import threading

# Whose turn it is. Each thread busy-waits for its own name to appear here.
turn = "ping"
ROUNDS = 3


def player(me: str, other: str) -> None:
    global turn
    for round_number in range(1, ROUNDS + 1):
        # A busy-wait: this loop never sleeps, never waits on a lock, never
        # says "you can have the CPU now". If nobody took the CPU away from
        # it, the other thread could never set `turn`, and this would spin
        # forever.
        while turn != me:
            pass
        print(f"{me} {round_number}")
        turn = other


# How long CPython lets one thread keep the GIL while another thread is
# waiting for it, before asking the running thread to hand it over.
print(f"switch interval: {sys.getswitchinterval()} s")

ping = threading.Thread(target=player, args=("ping", "pong"))
pong = threading.Thread(target=player, args=("pong", "ping"))
ping.start()
pong.start()
ping.join()
pong.join()

# Getting here at all is the proof: each spinning thread was interrupted
# so that the other one could run.
print("both threads finished:", not ping.is_alive() and not pong.is_alive())
