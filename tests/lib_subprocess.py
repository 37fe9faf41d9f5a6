# subprocess: run with captured output, input, text mode, check, cwd,
# env, shell commands and timeouts; the helpers (call, check_call,
# check_output, getoutput); Popen with pipes; the exceptions' messages.

import os
import subprocess as sp
import sys
import tempfile


def raises(exc, fn, *args, **kw):
    """Call fn(*args), check it raises exc, and return the exception."""
    try:
        fn(*args, **kw)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


assert sp.PIPE == -1 and sp.STDOUT == -2 and sp.DEVNULL == -3
assert issubclass(sp.CalledProcessError, sp.SubprocessError)
assert issubclass(sp.TimeoutExpired, sp.SubprocessError) and issubclass(sp.SubprocessError, Exception)

# run and CompletedProcess.
r = sp.run(['echo', 'hi', 'there'], capture_output=True)
assert r.returncode == 0 and r.stdout == b'hi there\n' and r.stderr == b''
assert r.args == ['echo', 'hi', 'there']
assert repr(r) == "CompletedProcess(args=['echo', 'hi', 'there'], returncode=0, stdout=b'hi there\\n', stderr=b'')"
r.check_returncode()
r = sp.run(['true'])
assert repr(r) == "CompletedProcess(args=['true'], returncode=0)" and r.stdout is None
r = sp.run('echo $((6*7)); echo oops >&2; exit 3', shell=True, capture_output=True, text=True)
assert (r.returncode, r.stdout, r.stderr) == (3, '42\n', 'oops\n')
e = raises(sp.CalledProcessError, r.check_returncode)
assert str(e) == "Command 'echo $((6*7)); echo oops >&2; exit 3' returned non-zero exit status 3."
assert e.stdout == '42\n' and e.output == '42\n' and e.stderr == 'oops\n'
r = sp.run(['cat'], input=b'fed in', capture_output=True)
assert r.stdout == b'fed in'
r = sp.run(['cat'], input='text in\n', stdout=sp.PIPE, text=True)
assert r.stdout == 'text in\n' and r.stderr is None
r = sp.run(['printf', 'a\\r\\nb\\rc'], stdout=sp.PIPE, universal_newlines=True)
assert r.stdout == 'a\nb\nc'
r = sp.run(['printf', 'a\\r\\nb'], stdout=sp.PIPE)
assert r.stdout == b'a\r\nb'
r = sp.run(['sh', '-c', 'echo out; echo err >&2'], stdout=sp.PIPE, stderr=sp.STDOUT)
assert r.stdout == b'out\nerr\n' and r.stderr is None
r = sp.run(['sh', '-c', 'echo out; echo err >&2'], stdout=sp.DEVNULL, stderr=sp.PIPE)
assert r.stdout is None and r.stderr == b'err\n'
r = sp.run(['pwd'], cwd='/', stdout=sp.PIPE, text=True)
assert r.stdout == '/\n'
r = sp.run(['sh', '-c', 'echo "$GF_X|${HOME-nohome}"'], env={'GF_X': 'only', 'PATH': os.environ['PATH']},
           capture_output=True, text=True)
assert r.stdout == 'only|nohome\n'
r = sp.run('echo "$0"', shell=True, capture_output=True, text=True)
assert r.stdout == '/bin/sh\n'
r = sp.run(['sh', '-c', 'kill -9 $$'])
assert r.returncode == -9
e = raises(sp.CalledProcessError, sp.run, ['sh', '-c', 'kill -15 $$'], check=True)
assert str(e) == "Command '['sh', '-c', 'kill -15 $$']' died with <Signals.SIGTERM: 15>."
e = raises(sp.CalledProcessError, sp.run, ['false'], check=True)
assert e.returncode == 1 and e.cmd == ['false'] and e.output is None
assert str(e) == "Command '['false']' returned non-zero exit status 1."
e = raises(ValueError, sp.run, ['true'], capture_output=True, stdout=sp.PIPE)
assert str(e) == 'stdout and stderr arguments may not be used with capture_output.'
e = raises(ValueError, sp.run, ['true'], input=b'', stdin=sp.PIPE)
assert str(e) == 'stdin and input arguments may not both be used.'

# Timeouts.
e = raises(sp.TimeoutExpired, sp.run, ['sleep', '5'], timeout=0.1)
assert e.cmd == ['sleep', '5'] and e.timeout <= 0.1
assert str(e).startswith("Command '['sleep', '5']' timed out after ")
e = raises(sp.TimeoutExpired, sp.run, ['sh', '-c', 'echo early; exec sleep 5'], capture_output=True, timeout=0.5)
assert e.timeout == 0.5 and e.stdout == b'early\n' and e.output == b'early\n'
assert str(e) == "Command '['sh', '-c', 'echo early; exec sleep 5']' timed out after 0.5 seconds"

# Programs that cannot run.
e = raises(FileNotFoundError, sp.run, ['no_such_program_gf'])
assert e.errno == 2 and e.filename == 'no_such_program_gf'
assert str(e) == "[Errno 2] No such file or directory: 'no_such_program_gf'"
e = raises(FileNotFoundError, sp.run, ['ls'], cwd='/no/such/dir')
assert str(e) == "[Errno 2] No such file or directory: '/no/such/dir'"
d = tempfile.mkdtemp()
try:
    script = os.path.join(d, 'noexec.sh')
    with open(script, 'w') as f:
        f.write('echo hi\n')
    e = raises(PermissionError, sp.run, [script])
    assert e.errno == 13 and e.filename == script
    os.chmod(script, 0o755)
    with open(script, 'w') as f:
        f.write('#!/bin/sh\necho "args: $*"\n')
    assert sp.check_output([script, 'a', 'b']) == b'args: a b\n'
    # Output into a file of ours.
    out_path = os.path.join(d, 'out.txt')
    with open(out_path, 'w') as f:
        assert sp.call(['echo', 'to file'], stdout=f) == 0
    with open(out_path) as f:
        assert f.read() == 'to file\n'
    fd = os.open(out_path, os.O_WRONLY | os.O_APPEND)
    sp.run(['echo', 'appended'], stdout=fd)
    os.close(fd)
    with open(out_path) as f:
        assert f.read() == 'to file\nappended\n'
finally:
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)

# The helpers.
assert sp.call(['true']) == 0 and sp.call('exit 7', shell=True) == 7
assert sp.check_call(['true']) == 0
e = raises(sp.CalledProcessError, sp.check_call, 'exit 2', shell=True)
assert str(e) == "Command 'exit 2' returned non-zero exit status 2." and e.returncode == 2
assert sp.check_output(['echo', 'x']) == b'x\n'
assert sp.check_output(['cat'], input=b'in') == b'in'
assert sp.check_output('echo $((1+1))', shell=True, text=True) == '2\n'
assert sp.check_output(['sh', '-c', 'echo e >&2'], stderr=sp.STDOUT) == b'e\n'
e = raises(sp.CalledProcessError, sp.check_output, ['sh', '-c', 'echo partial; exit 4'])
assert e.output == b'partial\n' and e.returncode == 4
e = raises(ValueError, sp.check_output, ['true'], stdout=sp.PIPE)
assert str(e) == 'stdout argument not allowed, it will be overridden.'
assert sp.getoutput('echo x; echo y') == 'x\ny'
assert sp.getstatusoutput('echo out; exit 4') == (4, 'out')
assert sp.getstatusoutput('echo err >&2') == (0, 'err')

# Popen.
p = sp.Popen(['cat'], stdin=sp.PIPE, stdout=sp.PIPE, text=True)
assert isinstance(p.pid, int) and p.pid > 0 and p.returncode is None
out, err = p.communicate('hello\n')
assert (out, err, p.returncode, p.poll()) == ('hello\n', None, 0, 0)
p = sp.Popen(['sh', '-c', 'echo 1; echo 2; echo 3'], stdout=sp.PIPE)
assert p.stdout.readline() == b'1\n' and list(p.stdout) == [b'2\n', b'3\n']
assert p.wait() == 0 and p.returncode == 0
p.stdout.close()
p = sp.Popen(['sh', '-c', 'read x; echo "got $x"'], stdin=sp.PIPE, stdout=sp.PIPE, text=True)
p.stdin.write('line\n')
p.stdin.close()
assert p.stdout.read() == 'got line\n' and p.wait() == 0
p = sp.Popen(['sleep', '10'])
assert p.poll() is None
e = raises(sp.TimeoutExpired, p.wait, 0.05)
assert str(e) == "Command '['sleep', '10']' timed out after 0.05 seconds"
p.kill()
assert p.wait() == -9 and p.poll() == -9
p.kill()
p = sp.Popen(['sleep', '10'])
p.terminate()
assert p.wait() == -15
with sp.Popen(['sh', '-c', 'exit 5'], stdout=sp.PIPE) as p:
    assert p.stdout.read() == b''
assert p.returncode == 5
assert repr(p) == "<Popen: returncode: 5 args: ['sh', '-c', 'exit 5']>"
p = sp.Popen(['sh', '-c', 'echo out; echo err >&2; exit 1'], stdout=sp.PIPE, stderr=sp.PIPE)
assert p.communicate() == (b'out\n', b'err\n') and p.returncode == 1
p = sp.Popen('echo $PWD', shell=True, cwd='/tmp', stdout=sp.PIPE)
assert p.communicate()[0] == b'/tmp\n'
# A big exchange through both pipes at once must not deadlock.
data = b'x' * 300000
p = sp.Popen(['sh', '-c', 'cat; cat /dev/null >&2'], stdin=sp.PIPE, stdout=sp.PIPE, stderr=sp.PIPE)
out, err = p.communicate(data)
assert len(out) == 300000 and out == data and err == b''

# The environment the parent changed is the child's.
os.environ['GF_SUBPROC'] = 'inherited'
assert sp.check_output(['sh', '-c', 'echo $GF_SUBPROC'], text=True) == 'inherited\n'
del os.environ['GF_SUBPROC']
assert sp.check_output(['sh', '-c', 'echo ${GF_SUBPROC-gone}'], text=True) == 'gone\n'
assert os.system('exit 3') == 3 << 8

# Children waited for from several threads at once.
import threading
results = []


def child(i):
    results.append(sp.run(['sh', '-c', 'sleep 0.1; echo %d' % i], capture_output=True, text=True).stdout)


threads = [threading.Thread(target=child, args=(i,)) for i in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
assert sorted(results) == ['0\n', '1\n', '2\n', '3\n']

print(sp.run(['echo', 'done'], capture_output=True, text=True).stdout, end='')
print("ok")
