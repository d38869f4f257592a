"""``onrecord`` with one more parser component, which breaks on marked words: the tests of
extraction failures run it as a script in a real process.

Extraction workers are spawned processes, and a spawned worker runs its parent's main script
(as ``__mp_main__``) before it takes any work, so the component is in every worker's parser
too: the same pool, the same parser, a real crash, and nothing added to onrecord's own code.
"""

from __future__ import annotations

import os
import resource
import signal

from spacy.language import Language
from spacy.tokens import Doc

from onrecord import extract
from onrecord.cli import main

CRASH = "Quellcrash"  # the process dies of SIGSEGV, as a crash in the parser's C code would
BREAK = "Quellbreak"  # the component raises inside nlp.pipe, as a component's bug would
HOG = "Quellhog"  # the component runs out of memory
COMPONENT = "onrecord_test_poison"


@Language.component(COMPONENT)
def poison(doc: Doc) -> Doc:
    """The Doc unchanged, unless its text holds a marked word."""
    if CRASH in doc.text:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core file left behind
        os.kill(os.getpid(), signal.SIGSEGV)
    if BREAK in doc.text:
        raise ValueError(f"the parser broke on {BREAK}")
    if HOG in doc.text:
        raise MemoryError
    return doc


_real_load_nlp = extract.load_nlp


def load_nlp(name: str) -> Language:
    """The real parser, the poison first in its pipeline."""
    nlp = _real_load_nlp(name)
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, first=True)
    return nlp


extract.load_nlp = load_nlp  # type: ignore[assignment]  # the one name extraction loads by

if __name__ == "__main__":
    main()
