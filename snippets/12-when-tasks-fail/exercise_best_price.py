# Ask four shops for the price of a kettle and pick the cheapest. One shop is
# down today, and that one failure throws away the other three answers.
import asyncio

# Each shop: how long it takes to answer, and its price (None: it is down).
SHOPS = {"Acme": (0.2, 24.0), "Bolt": (0.1, None), "Crux": (0.3, 19.5), "Dyna": (0.4, 21.0)}


async def ask(shop: str) -> float:
    seconds, price = SHOPS[shop]
    await asyncio.sleep(seconds)  # stands in for a request to the shop
    if price is None:
        raise ConnectionError(f"{shop} did not answer")
    return price


def show(shop: str, outcome: object) -> None:
    if isinstance(outcome, BaseException):
        print(f"{shop}: no price ({outcome})")
    else:
        print(f"{shop}: {outcome:.2f}")


async def main() -> None:
    try:
        prices = await asyncio.gather(*(ask(shop) for shop in SHOPS))
    except ConnectionError as error:
        print(f"search failed: {error}")
        return
    for shop, price in zip(SHOPS, prices):
        show(shop, price)
    offers = dict(zip(SHOPS, prices))
    best = min(offers, key=offers.get)
    print(f"cheapest: {best} at {offers[best]:.2f}")


asyncio.run(main())
