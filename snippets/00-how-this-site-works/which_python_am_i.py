import sys

# Each Python version prints a different line here, so this page shows one output per version.
print(f"Hello from Python {sys.version_info.major}.{sys.version_info.minor}")

# Memory addresses change on every run; the site shows them as 0x...
print(object())
