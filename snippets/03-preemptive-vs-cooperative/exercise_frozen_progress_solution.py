# A task hashes four files while another task shows how far it has got.
import asyncio
import hashlib

FILES = {"a.txt": b"apples", "b.txt": b"bananas", "c.txt": b"cherries", "d.txt": b"dates"}
hashed = 0  # how many files are done; read by show_progress


async def hash_files() -> None:
    global hashed
    for name, content in FILES.items():
        # Pure CPU work, no waiting: it stands in for hashing a big file.
        digest = hashlib.sha256(content * 100_000).hexdigest()
        hashed += 1
        print(f"hashed {name}: {digest[:8]}")
        # Step aside after each file: the loop runs show_progress, which
        # sees the new count, and then comes back here for the next file.
        await asyncio.sleep(0)


async def show_progress() -> None:
    while True:
        print(f"progress: {hashed} of {len(FILES)} files")
        if hashed == len(FILES):
            return
        await asyncio.sleep(0)  # step aside, then look again


async def main() -> None:
    await asyncio.gather(show_progress(), hash_files())


asyncio.run(main())
