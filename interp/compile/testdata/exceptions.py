def try_except():
    try:
        a()
    except ValueError:
        b()
    except (TypeError, KeyError) as e:
        c(e)
    except:
        d()
    else:
        other()


def try_finally():
    try:
        a()
    finally:
        b()


def try_all():
    try:
        a()
    except E as err:
        b(err)
    else:
        c()
    finally:
        d()


def return_in_finally_try(x):
    try:
        return x.value
    finally:
        cleanup()


def return_constant_through_finally():
    try:
        return 1
    finally:
        cleanup()


def loop_control(items):
    for item in items:
        try:
            if item:
                continue
            if item is None:
                break
        finally:
            log(item)


def return_in_handler():
    try:
        a()
    except E as e:
        return e.value


def finally_returns():
    try:
        return a()
    finally:
        return 2


def with_statements(p, q):
    with open(p) as f:
        data = f.read()
    with open(p) as f, open(q) as g:
        g.write(f.read())
    with lock:
        with other:
            pass
    with ctx() as (x, y):
        pass
    for item in data:
        with lock:
            if item:
                break
            return item


def except_star():
    try:
        a()
    except* ValueError as eg:
        b(eg)
    except* TypeError:
        c()
    else:
        d()
    finally:
        other()


def raising(exc):
    try:
        raise exc
    except KeyError as e:
        raise RuntimeError("wrapped") from e
    except IndexError:
        raise


def nested_try():
    try:
        try:
            a()
        except E:
            b()
    except F:
        c()
