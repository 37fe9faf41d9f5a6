"""time's clocks beyond time() and monotonic(): clock_gettime on Linux's
clocks, thread_time, get_clock_info and tzset. Passes under python3."""

import os
import threading
import time

assert (time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID,
        time.CLOCK_THREAD_CPUTIME_ID, time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME,
        time.CLOCK_TAI) == (0, 1, 2, 3, 4, 7, 11)

assert abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5
assert abs(time.clock_gettime_ns(time.CLOCK_REALTIME) - time.time_ns()) < 5 * 10**9
a = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
b = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
assert 0 < a <= b and isinstance(a, int)
assert isinstance(time.clock_gettime(time.CLOCK_BOOTTIME), float)
assert time.clock_getres(time.CLOCK_MONOTONIC) == 1e-09
assert 0 < time.clock_getres(time.CLOCK_REALTIME) <= 0.01
try:
    time.clock_gettime(12345)
except OSError as e:
    assert e.errno == 22 and str(e) == '[Errno 22] Invalid argument'
else:
    raise AssertionError('a clock that does not exist')
try:
    time.clock_gettime('x')
except TypeError:
    pass
else:
    raise AssertionError('a str clock id')

p0 = time.process_time_ns()
assert p0 == p0 // 1 and time.clock_gettime_ns(time.CLOCK_PROCESS_CPUTIME_ID) >= p0

for name in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
    info = time.get_clock_info(name)
    assert isinstance(info.implementation, str) and info.implementation
    assert isinstance(info.monotonic, bool) and isinstance(info.adjustable, bool)
    assert 0 < info.resolution <= 0.01
    assert repr(info).startswith('namespace(implementation=')
assert time.get_clock_info('time').adjustable and not time.get_clock_info('time').monotonic
assert time.get_clock_info('monotonic').monotonic and not time.get_clock_info('monotonic').adjustable
assert time.get_clock_info('thread_time').implementation == 'clock_gettime(CLOCK_THREAD_CPUTIME_ID)'
try:
    time.get_clock_info('sundial')
except ValueError as e:
    assert str(e) == 'unknown clock'
else:
    raise AssertionError('an unknown clock')

# thread_time counts the calling thread only: a thread that sleeps uses
# (almost) none, one that computes uses some, whatever the others do.
results = {}


def sleeper():
    t0 = time.thread_time()
    time.sleep(0.3)
    results['sleep'] = time.thread_time() - t0


def spinner():
    t0 = time.thread_time_ns()
    n = 0
    for i in range(300000):
        n += i * i
    results['spin'] = time.thread_time_ns() - t0


threads = [threading.Thread(target=sleeper), threading.Thread(target=spinner),
           threading.Thread(target=spinner)]
for th in threads:
    th.start()
for th in threads:
    th.join()
assert results['spin'] > 0, results
assert results['sleep'] < 0.1, results

# tzset reads TZ again.
saved = os.environ.get('TZ')
try:
    os.environ['TZ'] = 'EST+05EDT,M3.2.0,M11.1.0'
    time.tzset()
    assert (time.timezone, time.altzone, time.daylight) == (18000, 14400, 1)
    assert time.tzname == ('EST', 'EDT')
    assert time.localtime(1700000000)[:6] == (2023, 11, 14, 17, 13, 20)
    assert time.localtime(1690000000).tm_isdst == 1
    assert time.strftime('%Z %z', time.localtime(1690000000)) == 'EDT -0400'
    assert time.mktime((2023, 11, 14, 17, 13, 20, 0, 0, -1)) == 1700000000

    os.environ['TZ'] = 'JST-9'
    time.tzset()
    assert (time.timezone, time.daylight, time.tzname) == (-32400, 0, ('JST', 'JST'))
    assert time.localtime(0).tm_hour == 9

    os.environ['TZ'] = 'UTC'
    time.tzset()
    assert time.timezone == 0 and time.localtime(0).tm_hour == 0

    if os.path.exists('/usr/share/zoneinfo/Asia/Tokyo'):
        os.environ['TZ'] = 'Asia/Tokyo'
        time.tzset()
        assert time.timezone == -32400 and time.localtime(0).tm_hour == 9
finally:
    if saved is None:
        os.environ.pop('TZ', None)
    else:
        os.environ['TZ'] = saved
    time.tzset()
print('ok')
