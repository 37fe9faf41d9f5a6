"""pwd and grp: entries by id and name, the struct sequences, and the
errors of missing entries and wrong types."""

import grp
import os
import pwd

root = pwd.getpwuid(0)
assert root.pw_name == "root" and root.pw_uid == 0 and root[2] == 0 and len(root) == 7
assert pwd.getpwnam("root") == root
assert isinstance(root.pw_dir, str) and isinstance(root.pw_shell, str)
assert repr(root).startswith("pwd.struct_passwd(pw_name='root', pw_passwd=")
assert any(e.pw_name == "root" for e in pwd.getpwall())
try:
    me = pwd.getpwuid(os.getuid())
except KeyError:  # a container may run as a uid with no passwd entry
    pass
else:
    assert me.pw_uid == os.getuid()
g0 = grp.getgrgid(0)
assert g0.gr_gid == 0 and g0[2] == 0 and isinstance(g0.gr_mem, list) and len(g0) == 4
assert grp.getgrnam(g0.gr_name) == g0
assert repr(g0).startswith("grp.struct_group(gr_name=%r" % g0.gr_name)
assert any(e.gr_gid == 0 for e in grp.getgrall())


def raises(exc, f, *args):
    try:
        f(*args)
    except exc as e:
        return str(e)
    raise AssertionError(f)


assert raises(KeyError, pwd.getpwuid, 987654) == "'getpwuid(): uid not found: 987654'"
assert raises(KeyError, pwd.getpwnam, "no-such-user-zz") == "\"getpwnam(): name not found: 'no-such-user-zz'\""
assert raises(KeyError, grp.getgrgid, 987654) == "'getgrgid(): gid not found: 987654'"
assert raises(KeyError, grp.getgrnam, "no-such-group-zz") == "\"getgrnam(): name not found: 'no-such-group-zz'\""
raises(TypeError, pwd.getpwuid, "0")
raises(TypeError, pwd.getpwnam, 0)
raises(TypeError, grp.getgrgid, 1.5)
print("pwd grp ok")
