import asyncio


async def handle_request(name: str, config_loaded: asyncio.Event) -> None:
    print(f"{name}: waiting for the config")
    # Suspends until some task calls set(); returns at once if it already has.
    await config_loaded.wait()
    print(f"{name}: config is here, handling the request")


async def load_config(config_loaded: asyncio.Event) -> None:
    await asyncio.sleep(0.3)  # pretend to read a slow file
    print("loader: config loaded, setting the event")
    config_loaded.set()  # wakes every task waiting on it, not just one


async def main() -> None:
    config_loaded = asyncio.Event()
    print("is_set() at the start:", config_loaded.is_set())

    early = [
        asyncio.create_task(handle_request(f"request {n}", config_loaded))
        for n in (1, 2, 3)
    ]
    await load_config(config_loaded)
    await asyncio.gather(*early)

    # A task that arrives after set() does not wait at all.
    print("is_set() after set():", config_loaded.is_set())
    await handle_request("request 4", config_loaded)

    # clear() puts the flag down again: later wait() calls block once more.
    config_loaded.clear()
    print("is_set() after clear():", config_loaded.is_set())


asyncio.run(main())
