import unittest


def setUpModule():
    print("setUpModule")


def tearDownModule():
    print("tearDownModule")


class Arithmetic(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass", cls.__name__)

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass", cls.__name__)

    def setUp(self):
        self.values = [1, 2, 3]

    def tearDown(self):
        self.values = None

    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_fail_equal(self):
        self.assertEqual(sum(self.values), 7)

    def test_error(self):
        return 1 / 0

    def test_true(self):
        """Check truth."""
        self.assertTrue(0, "zero is falsy")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertIsInstance(cm.exception, ZeroDivisionError)
        self.assertRaises(KeyError, {}.__getitem__, 'x')

    def test_raises_missing(self):
        with self.assertRaises(ValueError):
            pass


@unittest.skipIf(True, "whole class")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass


class Strings(unittest.TestCase):
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_in(self):
        self.assertIn('a', 'abc')
        self.assertNotIn('z', 'abc')

    def test_cleanup(self):
        self.addCleanup(print, "cleanup ran")
        self.assertIsNone(None)

    def test_unexpected(self):
        pass
    test_unexpected = unittest.expectedFailure(test_unexpected)

    def test_nested_error(self):
        def helper():
            raise KeyError('k')
        try:
            helper()
        except KeyError:
            raise RuntimeError("wrapped")


if __name__ == '__main__':
    unittest.main()
