# Method calls and attribute access: a small bank simulated with classes,
# inheritance, super(), properties and instance attributes. Pseudo-random
# choices come from a linear congruential generator, so runs are equal.


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 16) % bound


class Account:
    def __init__(self, number, balance):
        self.number = number
        self.balance = balance
        self.operations = 0

    def deposit(self, amount):
        self.balance += amount
        self.operations += 1

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.operations += 1
        return True

    @property
    def is_rich(self):
        return self.balance > 50_000

    def month_end(self):
        pass


class Savings(Account):
    def __init__(self, number, balance, rate):
        super().__init__(number, balance)
        self.rate = rate

    def month_end(self):
        self.deposit(self.balance * self.rate // 1000)


class Checking(Account):
    fee = 1

    def withdraw(self, amount):
        return super().withdraw(amount + self.fee)


class Bank:
    def __init__(self, size, rng):
        self.rng = rng
        self.accounts = []
        for i in range(size):
            if i % 3 == 0:
                self.accounts.append(Savings(i, 1000 + rng.next(1000), 1 + rng.next(5)))
            else:
                self.accounts.append(Checking(i, 1000 + rng.next(1000)))
        self.failed = 0

    def transfer(self, src, dst, amount):
        if src.withdraw(amount):
            dst.deposit(amount)
        else:
            self.failed += 1

    def day(self, transfers):
        rng = self.rng
        accounts = self.accounts
        n = len(accounts)
        for _ in range(transfers):
            self.transfer(accounts[rng.next(n)], accounts[rng.next(n)], 1 + rng.next(300))

    def month_end(self):
        for account in self.accounts:
            account.month_end()

    def total(self):
        return sum(a.balance for a in self.accounts)


bank = Bank(500, Rng(42))
for month in range(12):
    for _ in range(30):
        bank.day(2_800)
    bank.month_end()
rich = sum(1 for a in bank.accounts if a.is_rich)
ops = sum(a.operations for a in bank.accounts)
print("total:", bank.total(), "failed:", bank.failed, "operations:", ops, "rich:", rich)
top = max(bank.accounts, key=lambda a: a.balance)
print("richest:", type(top).__name__, top.number, top.balance)
