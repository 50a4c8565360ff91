"""Fixed: await the loop's own sleep, and the loop serves everyone while we wait."""

import time

# toy_loop.py sits in this folder; importing it does not run its demo.
from toy_loop import ToyLoop, sleep

started = time.monotonic()


async def ticker() -> None:
    due = 0.0
    for n in (1, 2):
        await sleep(0.2)
        due += 0.2
        late = time.monotonic() - started - due
        # A verdict, not a number: a busy computer makes a tick a few milliseconds
        # late, a loop blocked until 1.5 s makes it 1.3 s late. The line between
        # the two sits halfway.
        verdict = "on time" if late < 0.65 else "late"
        print(f"tick {n}, due at {due} s: {verdict}")


async def download() -> None:
    print("download: waiting 1.5 s for the network")
    await sleep(1.5)  # hands control to the loop, which runs the ticker meanwhile
    print("download: done")


loop = ToyLoop()
loop.create_task(ticker(), "ticker")
loop.create_task(download(), "download")
loop.run()
