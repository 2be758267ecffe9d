"""The trigger lexicon: PLOVER type and mode per verb, noun and phrase (data/triggers.yaml),
validated on load, plus the intensity table (data/intensity.tsv).

The YAML is reviewed like code; its header documents the key syntax. `Lexicon.load()` parses
and validates it once per process (the files never change at run time).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from .models import EVENT_TYPES, MODES
from .syntax import words

SECTORS = words("GOV MIL COP REB OPP JUD LEG SPY CVL MED BUS IGO NGO EDU REL LAB IND UAF INS PTY")
_ENTRY_KEYS = {"mode", "contexts", "sector", "converse", "not_objects"}
_TYPE_KEYS = {"contexts", "recipient", "verb", "noun"}
# Words of readings outside the verb and noun patterns the filter must also see: a reprisal said
# to come ("the attacks would not go unpunished", trigger_extras.reprisals).
_IDIOM_FORMS = frozenset({"unpunished", "liable"})

# Irregular English verb forms the candidate filter must recognise before any lemmatizer ran.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "hold": ("held",), "strike": ("struck", "stricken"), "send": ("sent",), "meet": ("met",),
    "take": ("took", "taken"), "fight": ("fought",), "shoot": ("shot",), "withdraw": ("withdrew",
    "withdrawn"), "give": ("gave", "given"), "keep": ("kept",), "leave": ("left",), "make": ("made",),
    "begin": ("began", "begun"), "go": ("went", "gone"), "seek": ("sought",), "lay": ("laid",),
    "pay": ("paid",), "hit": ("hit",), "cut": ("cut",), "put": ("put",), "beat": ("beaten",),
    "speak": ("spoke", "spoken"), "break": ("broke", "broken"), "get": ("got", "gotten"),
    "build": ("built",), "freeze": ("froze", "frozen"), "undertake": ("undertook", "undertaken"),
    "slay": ("slew", "slain"), "forgive": ("forgave", "forgiven"), "blow": ("blew", "blown"),
    "win": ("won",), "shut": ("shut",), "bring": ("brought",), "run": ("ran",), "set": ("set",),
    "sell": ("sold",), "lead": ("led",), "rise": ("rose", "risen"), "ride": ("rode",),
    "deal": ("dealt",), "mean": ("meant",), "tell": ("told",), "say": ("said",), "stand": ("stood",),
    "come": ("came",), "fly": ("flew", "flown"), "drive": ("drove", "driven"), "flee": ("fled",),
    "quit": ("quit",), "spread": ("spread",), "greenlight": ("greenlit",),
}  # fmt: skip
IRREGULAR_FORMS = _IRREGULAR  # read by nlp.py
# Verb prefixes that keep the stem's irregular forms ("retook", "overran", "withheld").
_PREFIXES = ("re", "over", "out", "under", "with", "up", "fore", "mis")
# Base form of each irregular form, for the lemmatizer's slips ("shot" left as its own lemma).
IRREGULAR_BASE: dict[str, str] = {
    p + form: p + lemma for lemma, forms in _IRREGULAR.items() for form in forms for p in ("", *_PREFIXES)
}


def inflections(lemma: str) -> set[str]:
    """Lower-case surface forms of an English lemma (regular endings plus the irregular table).

    Used by the candidate-sentence filter, which runs before spaCy's lemmatizer; it may
    over-generate (a false candidate only costs a parse), never under-generate common forms."""
    w = lemma.lower()
    forms = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing", w + "er", w + "ers"}
    if w.endswith("e"):
        forms |= {w[:-1] + "ing", w[:-1] + "ed"}
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        forms |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) > 2 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}  # stop → stopped, shell → shelled
    forms.update(_IRREGULAR.get(w, ()))
    for prefix in _PREFIXES:  # "retake" → "retook", "overrun" → "overran"
        if w.startswith(prefix) and w[len(prefix) :] in _IRREGULAR:
            forms.update(prefix + f for f in _IRREGULAR[w[len(prefix) :]])
    return forms


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: a pattern over the parse and the event it codes.

    `lemma` is the head word (the verb, or the noun head of a multiword noun); `particle` a
    child (prt/prep) the verb must have ("call for"); `objects` lemmas one of which must be the
    verb's object ("hold > talk"); `excluded` object lemmas (of a noun: its "of" object) that give
    the word another sense ("released a statement", "the release of the report"); `words` the
    full lemma sequence of a multiword noun."""

    key: str
    pos: str  # "verb" or "noun"
    event_type: str
    mode: str | None
    contexts: tuple[str, ...]
    lemma: str
    particle: str | None = None
    objects: frozenset[str] = frozenset()
    words: tuple[str, ...] = ()
    ambiguous: bool = False
    sectors: frozenset[str] = frozenset()
    converse: bool = False
    excluded: frozenset[str] = frozenset()

    @property
    def specificity(self) -> int:
        """Higher for more constrained patterns: they win over bare lemmas."""
        return 2 * bool(self.objects) + bool(self.particle) + len(self.words) + bool(self.sectors)


@dataclass(frozen=True)
class TypeInfo:
    """Per-type defaults: contexts and the prepositions that introduce a recipient."""

    contexts: tuple[str, ...]
    recipient_preps: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    """Trigger entries indexed for the coder, plus intensities and the candidate word forms."""

    verbs: Mapping[str, tuple[Trigger, ...]]
    nouns: Mapping[str, tuple[Trigger, ...]]  # by first lemma of the noun pattern
    types: Mapping[str, TypeInfo]
    instruments: Mapping[str, str]
    light_verbs: frozenset[tuple[str, str | None]]
    intensities: Mapping[tuple[str, str | None], float]
    surface_forms: frozenset[str] = field(default=frozenset())

    @classmethod
    @functools.cache
    def load(cls) -> Lexicon:
        """The packaged lexicon (cached: loaded and validated once per process)."""
        pkg = resources.files("frontwatch") / "data"
        data = yaml.safe_load((pkg / "triggers.yaml").read_text(encoding="utf-8"))
        intensity = parse_intensity((pkg / "intensity.tsv").read_text(encoding="utf-8"))
        return cls.from_data(data, intensity)

    @classmethod
    def from_data(
        cls, data: Mapping[str, Any], intensities: Mapping[tuple[str, str | None], float]
    ) -> Lexicon:
        """Build and validate a lexicon from the parsed YAML mapping; ValueError names the bad entry."""
        verbs: dict[str, list[Trigger]] = {}
        nouns: dict[str, list[Trigger]] = {}
        types: dict[str, TypeInfo] = {}
        classes = _word_classes(data.get("classes") or {})
        for name, block in data.items():
            if name in ("instruments", "light_verbs", "classes"):
                continue
            if name not in EVENT_TYPES:
                raise ValueError(f"triggers.yaml: unknown event type {name!r}")
            unknown = set(block) - _TYPE_KEYS
            if unknown:
                raise ValueError(f"triggers.yaml: {name}: unknown keys {sorted(unknown)}")
            contexts = tuple(block.get("contexts") or ())
            preps = block.get("recipient") or ()
            if not all(isinstance(p, str) for p in preps):  # YAML 1.1 reads a bare `on` as true
                raise ValueError(f"triggers.yaml: {name}: quote the recipient prepositions")
            types[name] = TypeInfo(contexts, frozenset(preps))
            for part, index in (("verb", verbs), ("noun", nouns)):
                for key, value in (block.get(part) or {}).items():
                    trig = _entry(name, part, str(key), value, contexts, classes)
                    first = trig.lemma if part == "verb" else trig.words[0]
                    index.setdefault(first, []).append(trig)
                    piece = first.split("-")[0]
                    if part == "noun" and piece != first:  # the tokenizer splits "cease-fire" at the hyphen
                        index.setdefault(piece, []).append(trig)
        for name in EVENT_TYPES:
            if name not in types:
                raise ValueError(f"triggers.yaml: no entries for {name}")
        instruments = {str(k): str(v) for k, v in (data.get("instruments") or {}).items()}
        for word, mode in instruments.items():
            if mode not in MODES["ASSAULT"]:
                raise ValueError(f"triggers.yaml: instrument {word!r}: {mode!r} is not an ASSAULT mode")
        light: set[tuple[str, str | None]] = set()
        for item in data.get("light_verbs") or ():
            parts = str(item).split()
            light.add((parts[0], parts[1] if len(parts) > 1 else None))
        for etype, imode in intensities:
            if etype not in EVENT_TYPES or (imode is not None and imode not in MODES.get(etype, ())):
                raise ValueError(f"intensity.tsv: unknown type/mode {etype}/{imode}")
        missing = [t for t in EVENT_TYPES if (t, None) not in intensities]
        if missing:
            raise ValueError(f"intensity.tsv: no default intensity for {missing}")

        def freeze(index: dict[str, list[Trigger]]) -> dict[str, tuple[Trigger, ...]]:
            return {k: tuple(sorted(v, key=lambda t: -t.specificity)) for k, v in index.items()}

        forms: set[str] = set()
        # Word forms the candidate filter looks for. A pattern needs all its words, so one
        # suffices: the object of a "verb > object" pattern (rarer than "take", "get"), the first
        # word of a multiword noun. Light verbs alone are no trigger: their noun object is one.
        for triggers in verbs.values():
            for trig in triggers:
                for word in trig.objects or {trig.lemma}:
                    forms |= inflections(word.split()[0])
        for triggers in nouns.values():
            for trig in triggers:
                forms |= inflections(trig.words[0].split("-")[0])
        forms |= _IDIOM_FORMS
        return cls(freeze(verbs), freeze(nouns), types, instruments, frozenset(light),
                   dict(intensities), frozenset(forms))  # fmt: skip

    def intensity(self, event_type: str, mode: str | None) -> float:
        """PLOVER conflict–cooperation score of a type and mode (−10 … +10)."""
        return self.intensities.get((event_type, mode), self.intensities[(event_type, None)])

    def is_light_verb(self, lemma: str, particles: Iterable[str]) -> bool:
        """True when the verb (with one of its particle children) is a light verb."""
        if (lemma, None) in self.light_verbs:
            return True
        return any((lemma, p) in self.light_verbs for p in particles)


def _word_classes(data: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    """The `classes` block: a name → the object lemmas an "@name" in a pattern stands for."""
    classes: dict[str, frozenset[str]] = {}
    for name, members in data.items():
        if not isinstance(members, str) or not members.strip():
            raise ValueError(f"triggers.yaml: class {name!r} must be a '|'-separated list of lemmas")
        classes[str(name)] = frozenset(m.strip() for m in members.split("|") if m.strip())
    return classes


def _objects(where: str, objs: str, classes: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The object lemmas of a pattern: its '|'-separated words, each "@class" replaced by the class."""
    out: set[str] = set()
    for item in (o.strip() for o in objs.split("|")):
        if item.startswith("@"):
            if item[1:] not in classes:
                raise ValueError(f"{where}: unknown word class {item!r}")
            out |= classes[item[1:]]
        elif item:
            out.add(item)
    return frozenset(out)


def _entry(
    etype: str, pos: str, key: str, value: Any, contexts: tuple[str, ...],
    classes: Mapping[str, frozenset[str]] | None = None,
) -> Trigger:  # fmt: skip
    where = f"triggers.yaml: {etype}/{pos}/{key!r}"
    ambiguous = key.endswith("?")
    key_body = key.rstrip("?").strip()
    head, _, objs = key_body.partition(">")
    objects = _objects(where, objs, classes or {}) if objs else frozenset()
    words = tuple(head.split())
    if not words:
        raise ValueError(f"{where}: empty pattern")
    if value is None or isinstance(value, str):
        spec: dict[str, Any] = {"mode": value}
    elif isinstance(value, dict):
        spec = dict(value)
        unknown = set(spec) - _ENTRY_KEYS
        if unknown:
            raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    else:
        raise ValueError(f"{where}: value must be null, a mode or a mapping")
    mode = spec.get("mode")
    if mode is not None and mode not in MODES.get(etype, ()):
        raise ValueError(f"{where}: {mode!r} is not a mode of {etype}")
    sectors = frozenset(spec.get("sector") or ())
    if not sectors <= SECTORS:
        raise ValueError(f"{where}: unknown sectors {sorted(sectors - SECTORS)}")
    ctx = tuple(spec.get("contexts") or contexts)
    excluded = spec.get("not_objects") or []
    if not isinstance(excluded, list) or not all(isinstance(w, str) for w in excluded):
        raise ValueError(f"{where}: not_objects must be a list of lemmas")
    if pos == "verb":
        if len(words) > 2:
            raise ValueError(f"{where}: a verb pattern is a lemma and at most one particle")
        return Trigger(key, pos, etype, mode, ctx, words[0], words[1] if len(words) > 1 else None,
                       objects, (), ambiguous, sectors, bool(spec.get("converse")),
                       frozenset(excluded))  # fmt: skip
    if objects:
        raise ValueError(f"{where}: noun patterns take no object")
    return Trigger(key, pos, etype, mode, ctx, words[-1], None, objects, words, ambiguous, sectors,
                   bool(spec.get("converse")), frozenset(excluded))  # fmt: skip


def parse_intensity(text: str) -> dict[tuple[str, str | None], float]:
    """Parse intensity.tsv: `TYPE<TAB>mode or -<TAB>score` lines, `#` comments."""
    out: dict[tuple[str, str | None], float] = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise ValueError(f"intensity.tsv line {n}: expected 3 tab-separated fields")
        etype, mode, score = parts
        value = float(score)
        if not -10.0 <= value <= 10.0:
            raise ValueError(f"intensity.tsv line {n}: {value} outside −10 … +10")
        out[(etype.strip(), None if mode.strip() == "-" else mode.strip())] = value
    return out
