import asyncio
import gc

# Turn off automatic garbage collection, so that the one collection below happens
# exactly where we ask for it and the output is the same on every run.
gc.disable()


async def send_email(to: str) -> None:
    print(f"  email sent to {to}")


async def main() -> None:
    print("1. a call whose result is thrown away at once")
    send_email("ada")
    print("   (the warning above came from that line)")

    print("2. a coroutine kept in a variable for a while")
    pending = send_email("bob")
    print("   still referenced: no warning yet")
    del pending
    print("   (dropped by `del`: the warning names the del line)")

    print("3. a coroutine trapped in a reference cycle")
    box: dict[str, object] = {"coro": send_email("cy")}
    box["self"] = box  # the dict refers to itself, so only the garbage collector can free it
    del box
    print("   unreachable, but nothing is reported yet")
    gc.collect()
    print("   (freed by gc.collect(): the warning names that line)")

    print("4. the same mistake three times in a loop")
    for name in ["dee", "eve", "fay"]:
        send_email(name)
    print("   (one warning: Python shows each warning once per line of code)")


asyncio.run(main())
