"""SIGPIPE starts ignored, as in CPython: a write to a closed pipe raises
BrokenPipeError, and SIG_DFL gives the signal back its default action."""

import signal, subprocess, sys

assert signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN

# A child writing to a pipe its reader closed gets BrokenPipeError.
p = subprocess.Popen([sys.executable, "-c", "import sys\nfor i in range(10**6):\n    sys.stdout.write('%d\\n' % i)\n"],
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
assert p.stdout.readline() == b"0\n"
p.stdout.close()
err = p.stderr.read()
assert p.wait() == 1, (p.returncode, err)
assert b"BrokenPipeError: [Errno 32] Broken pipe" in err, err

# With SIGPIPE's default action back, the child dies of the signal.
p = subprocess.Popen([sys.executable, "-c", "import signal\nsignal.signal(signal.SIGPIPE, signal.SIG_DFL)\nfor i in range(10**6):\n    print(i)\n"],
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
assert p.stdout.readline() == b"0\n"
p.stdout.close()
assert p.wait() == -signal.SIGPIPE, p.returncode
p.stderr.close()
print("ok")
