# Thumbnails and previews of four photos, all made by one image service that
# allows 3 requests at a time: one semaphore, shared by both kinds of job.
import asyncio
import time


class ImageService:
    def __init__(self) -> None:
        self.working = 0  # requests in progress right now
        self.peak = 0  # the most it ever had at once

    async def request(self, job: str) -> str:
        self.working += 1
        self.peak = max(self.peak, self.working)
        try:
            await asyncio.sleep(0.1)  # the time one request takes
            return job
        finally:
            self.working -= 1


async def thumbnail(service: ImageService, limit: asyncio.Semaphore, photo: str) -> str:
    async with limit:  # wait here while 3 jobs hold the slots
        return await service.request(f"thumbnail of {photo}")


async def preview(service: ImageService, limit: asyncio.Semaphore, photo: str) -> str:
    async with limit:  # the same 3 slots: the limit is the service's, not per kind
        return await service.request(f"preview of {photo}")


async def main() -> None:
    service = ImageService()
    limit = asyncio.Semaphore(3)  # made once, in main, and passed to every job
    photos = ["cat.jpg", "dog.jpg", "owl.jpg", "fox.jpg"]
    started = time.perf_counter()
    done = await asyncio.gather(
        *(thumbnail(service, limit, photo) for photo in photos),
        *(preview(service, limit, photo) for photo in photos),
    )
    elapsed = time.perf_counter() - started
    print(f"{len(done)} jobs done, at most {service.peak} at once")
    # 8 jobs of 0.1 s: 0.1 s all at once, 0.3 s three at a time.
    print("took about", "0.1 s" if elapsed < 0.2 else "0.3 s")


asyncio.run(main())
