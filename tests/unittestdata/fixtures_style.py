# Fixture failures, cleanups, nested subtests, chained exceptions, skips,
# a runTest-only TestCase, unittest.main(verbosity=2).
import unittest
import warnings


class Broken(unittest.TestCase):
    def setUp(self):
        if self._testMethodName == 'test_setup_fails':
            raise OSError(2, 'nope')

    def tearDown(self):
        if self._testMethodName == 'test_teardown_fails':
            self.fail('teardown')

    def test_setup_fails(self):
        pass

    def test_teardown_fails(self):
        pass

    def test_cleanup_fails(self):
        self.addCleanup(lambda: 1 / 0)

    def test_nested_subtests(self):
        with self.subTest('outer', a=1):
            with self.subTest(b=2):
                self.assertEqual([1, 2], [1, 3])

    def test_dict(self):
        self.assertDictEqual({'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3]})

    def test_multiline(self):
        self.assertEqual('one\ntwo\nthree\n', 'one\nTWO\nthree\n')

    def test_warns(self):
        with self.assertWarns(DeprecationWarning):
            warnings.warn('x', UserWarning)

    def test_raises_cause(self):
        try:
            {}['k']
        except KeyError as e:
            raise ValueError('bad') from e

    def test_msg(self):
        self.assertIn(3, [1, 2], msg='where is it')

    @unittest.skipUnless(False, 'requires nothing')
    def test_skip(self):
        pass

    def test_skip_inside(self):
        self.skipTest('later')


class WithRunTest(unittest.TestCase):
    def runTest(self):
        self.assertAlmostEqual(1.0, 1.1, places=2)


if __name__ == '__main__':
    unittest.main(verbosity=2)
