def shopping_list():
    yield "eggs"
    yield "milk"
    yield "bread"


# Fix: call the generator function once per pass. Each call builds a fresh
# generator that starts from the top of the body.
print("first pass:")
for item in shopping_list():
    print("  buy", item)

print("second pass, to check everything is in the basket:")
for item in shopping_list():
    print("  check", item)

# If producing the values is costly, keep them instead: list() runs the
# generator once, and a list can be looped over as often as you like.
basket = list(shopping_list())
print("kept in a list:", basket, "and again:", basket)

print("done")
