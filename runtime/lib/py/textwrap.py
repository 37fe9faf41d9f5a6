"""Text wrapping and filling: wrap, fill, shorten, dedent, indent and
TextWrapper.

The text is cut into chunks (runs of whitespace and words; with
break_on_hyphens, hyphenated words split after their hyphens and em-dashes
stand alone), then the chunks are packed greedily into lines of the width.
CPython cuts chunks with a regular expression; this module scans them by
hand with the same rules, so that it does not depend on re.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return (c.isalnum() or c == '_') and not c.isdigit()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _dash_run(text, i):
    """The length of an em-dash at text[i:]: two or more hyphens followed
    by a word character, else 0."""
    j = i
    while j < len(text) and text[j] == '-':
        j += 1
    if j - i >= 2 and j < len(text) and _is_word(text[j]):
        return j - i
    return 0


def _hyphen_breaks_after(text, h):
    """Whether a word may break after the hyphen at text[h]: two letters
    (or letter, hyphen, letter) before it, and a letter, an optional
    hyphen and a letter after it."""
    n = len(text)
    before = ((h >= 2 and _is_letter(text[h - 2]) and _is_letter(text[h - 1])) or
              (h >= 3 and _is_letter(text[h - 3]) and text[h - 2] == '-' and
               _is_letter(text[h - 1])))
    if not before or h + 1 >= n or not _is_letter(text[h + 1]):
        return False
    if h + 2 < n and _is_letter(text[h + 2]):
        return True
    return h + 3 < n and text[h + 2] == '-' and _is_letter(text[h + 3])


def _split_hyphenated(text):
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] in _WS:
            j = i + 1
            while j < n and text[j] in _WS:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if i > 0 and _is_word_punct(text[i - 1]):
            d = _dash_run(text, i)
            if d:
                chunks.append(text[i:i + d])
                i += d
                continue
        # The shortest run of non-whitespace that ends a word, ends just
        # after a breakable hyphen, or stops before an em-dash.
        q = i + 1
        while True:
            if q >= n or text[q] in _WS:
                chunks.append(text[i:q])
                i = q
                break
            if text[q] == '-' and _hyphen_breaks_after(text, q):
                chunks.append(text[i:q + 1])
                i = q + 1
                break
            if _is_word_punct(text[q - 1]) and _dash_run(text, q):
                chunks.append(text[i:q])
                i = q
                break
            q += 1
    return chunks


def _split_simple(text):
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        ws = text[i] in _WS
        j = i + 1
        while j < n and (text[j] in _WS) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """A lowercase letter, then '.', '!' or '?', then an optional quote."""
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?' and
            'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wraps paragraphs of text to a width; see the module doc."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        todo = chunks[::-1]
        while todo:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and todo[-1].strip() == '':
                todo.pop()
            line = []
            length = 0
            while todo and length + len(todo[-1]) <= width:
                length += len(todo[-1])
                line.append(todo.pop())
            if todo and len(todo[-1]) > width:
                self._handle_long_word(todo, line, length, width)
                length = sum(len(c) for c in line)
            if self.drop_whitespace and line and line[-1].strip() == '':
                length -= len(line[-1])
                line.pop()
            if not line:
                continue
            last_allowed = (self.max_lines is None or len(lines) + 1 < self.max_lines)
            rest_blank = (not todo or (self.drop_whitespace and len(todo) == 1 and
                                       not todo[0].strip()))
            if last_allowed or (rest_blank and length <= width):
                lines.append(indent + ''.join(line))
                continue
            # The last line allowed: end it with the placeholder.
            while line:
                if line[-1].strip() and length + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    break
                length -= len(line[-1])
                line.pop()
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into a list of lines of at most width columns."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph and join the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate to width, ending with the
    placeholder when words had to be dropped."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the whitespace prefix that every non-blank line shares.
    Lines of only spaces and tabs become empty."""
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and not line.strip(' \t'):
            lines[i] = ''
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None or lead.startswith(margin):
            if margin is None:
                margin = lead
            continue
        if margin.startswith(lead):
            margin = lead
            continue
        k = 0
        while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
            k += 1
        margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines for which predicate is true (by default,
    the lines that are not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
