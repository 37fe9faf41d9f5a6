# A SIGINT that the program sends itself from its first statement is a
# KeyboardInterrupt: gilfree installs its handler while the interpreter
# starts, on another goroutine, and must have it in place before any of
# the program's code runs.
import os
import time

caught = False
try:
    os.kill(os.getpid(), 2)
    for _ in range(500):
        time.sleep(0.01)
except KeyboardInterrupt:
    caught = True
assert caught
print("ok")
