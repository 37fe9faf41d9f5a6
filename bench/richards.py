# Objects and method dispatch: Richards' simulation of an operating-system scheduler.
# quick: 1
"""Richards: a simulated operating-system kernel scheduling six tasks.

Martin Richards' benchmark models the inner loop of a small OS.  There are
six tasks, each with a priority, a queue of incoming packets and three
state flags (a packet is pending, the task is waiting for one, the task is
held).  The scheduler walks the task list, which is sorted by priority
from highest to lowest, and runs the first task that can run; the task's
step returns the task to consider next, which is the highest-priority one
its action woke, or itself, or (when it held itself) the next in the list.

* The idle task counts down and, on each step, releases one of the two
  device tasks, choosing which from a pseudo-random shift register.
* The worker task takes a work packet, fills its buffer with letters,
  and sends it to one of the two handlers in turn.
* A handler task pairs the work packets it receives with device packets:
  it copies the work buffer one character at a time into a device packet
  and sends that to its device, then returns the emptied work packet.
* A device task holds a packet until it is released, then sends it back
  to its handler.

A packet is sent by appending it to the receiving task's queue, marked
with the sender's id so that the receiver can send it back.  A run ends
when the idle task's count runs out, and is correct when the number of
packets sent and of times a task held itself match the known values for
that count.  The program measures method calls through subclasses,
attribute reads and writes, and linked lists of small objects.

Usage: richards.py [rounds]  (default 30; the quick run uses 1)
"""

import enum
import sys
from dataclasses import dataclass, field

BUFFER_SIZE = 4
ALPHABET = "0ABCDEFGHIJKLMNOPQRSTUVWXYZ"

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(1, 7)

# For an idle count of 10,000, the packets queued and the self-holds.
COUNT = 10000
EXPECTED_QUEUED = 23246
EXPECTED_HOLDS = 9297


class Kind(enum.Enum):
    DEVICE = 0
    WORK = 1


@dataclass(eq=False)
class Packet:
    link: "Packet | None"
    ident: int
    kind: Kind
    datum: int = 0
    data: list = field(default_factory=lambda: [0] * BUFFER_SIZE)

    def append_to(self, queue):
        """Put this packet at the end of queue and return the new head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    """A task control block: its place in the list, its state and its queue."""

    def __init__(self, scheduler, ident, priority, queue, waiting):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = queue is not None
        self.waiting = waiting
        self.held = False
        self.link = scheduler.add(self)

    def runnable(self):
        return not self.held and (not self.waiting or self.packet_pending)

    def take_packet(self):
        """Dequeue the packet a waiting task was woken for."""
        packet = self.queue
        self.queue = packet.link
        self.packet_pending = self.queue is not None
        self.waiting = False
        return packet

    def receive(self, packet, sender):
        """Queue a packet sent by sender; return the task to run next."""
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > sender.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return sender

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, queue, count):
        super().__init__(scheduler, ident, priority, queue, waiting=False)
        self.control = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.scheduler.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue, waiting=True)
        self.destination = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.scheduler.wait()
        self.destination = HANDLER_A + HANDLER_B - self.destination
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = ALPHABET[self.letter]
        return self.scheduler.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue, waiting=True)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind is Kind.WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            position = work.datum
            if position >= BUFFER_SIZE:
                self.work = work.link
                return self.scheduler.send(work)
            device = self.devices
            if device is not None:
                self.devices = device.link
                device.datum = work.data[position]
                work.datum = position + 1
                return self.scheduler.send(device)
        return self.scheduler.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue, waiting=True)
        self.pending = None

    def step(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.scheduler.wait()
            self.pending = None
            return self.scheduler.send(pending)
        self.pending = packet
        return self.scheduler.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.head = None
        self.current = None
        self.queued = 0
        self.holds = 0

    def add(self, task):
        """Register task and put it first in the list; return the old head."""
        self.tasks[task.ident] = task
        head, self.head = self.head, task
        return head

    def run(self):
        task = self.head
        while task is not None:
            if task.runnable():
                packet = task.take_packet() if task.waiting else None
                self.current = task
                task = task.step(packet)
            else:
                task = task.link

    # The actions a task's step ends with; each returns the task to run next.

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.holds += 1
        self.current.held = True
        return self.current.link

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet):
        receiver = self.tasks[packet.ident]
        self.queued += 1
        packet.link = None
        packet.ident = self.current.ident
        return receiver.receive(packet, self.current)


def packets(count, ident, kind):
    """A queue of count fresh packets addressed to ident."""
    queue = None
    for _ in range(count):
        queue = Packet(queue, ident, kind)
    return queue


def simulate(count):
    scheduler = Scheduler()
    IdleTask(scheduler, IDLE, 0, None, count)
    WorkerTask(scheduler, WORKER, 1000, packets(2, 0, Kind.WORK))
    HandlerTask(scheduler, HANDLER_A, 2000, packets(3, DEVICE_A, Kind.DEVICE))
    HandlerTask(scheduler, HANDLER_B, 3000, packets(3, DEVICE_B, Kind.DEVICE))
    DeviceTask(scheduler, DEVICE_A, 4000, None)
    DeviceTask(scheduler, DEVICE_B, 5000, None)
    scheduler.run()
    return scheduler.queued, scheduler.holds


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    for _ in range(rounds):
        queued, holds = simulate(COUNT)
        if (queued, holds) != (EXPECTED_QUEUED, EXPECTED_HOLDS):
            raise SystemExit(f"wrong result: {queued} packets queued, {holds} holds")
    print(f"{rounds} rounds of {COUNT}: {queued} packets queued, {holds} holds")


if __name__ == "__main__":
    main()
