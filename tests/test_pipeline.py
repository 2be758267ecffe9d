"""The orchestrator end to end: idempotence, near-duplicates, bad inputs, a killed run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from frontwatch.config import Settings
from frontwatch.pipeline import Resources, ingest
from frontwatch.store import ArticleFilter, open_store

REPORT = (
    "{city}, Jan {day} (Eastern Wire) - Russian troops arrived in Belarus on Friday, the "
    "Belarusian defence ministry said. Report {n} of a synthetic test corpus; the troops came "
    "by train with armoured vehicles and will take part in joint drills, officials said.\n"
)


def _settings(tmp_path: Path) -> Settings:
    return Settings(db_url=f"sqlite:///{tmp_path / 'fw.db'}", cache_dir=tmp_path, allow_network=False)


def _all_articles(db_url: str) -> list:
    store = open_store(db_url)
    try:
        return store.list_articles(ArticleFilter(), None, 10_000).items
    finally:
        store.close()


def test_same_inputs_twice_add_nothing(tmp_path: Path, resources: Resources) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for n in range(6):
        (src / f"r{n}.txt").write_text(REPORT.format(city="MINSK", day=n + 1, n=n) * (n + 1))
    settings = _settings(tmp_path)
    store = open_store(settings.db_url)
    first = ingest([str(src)], settings, store, resources)
    second = ingest([str(src)], settings, store, resources)
    store.close()
    assert first.new + first.duplicates == 6 and first.failed == 0 and first.events > 0
    assert second.new == 0 and second.duplicates == 0 and second.unchanged == 6
    assert len(_all_articles(settings.db_url)) == 6


def test_repost_is_linked_to_the_first_copy(tmp_path: Path, resources: Resources) -> None:
    body = " ".join(REPORT.format(city="MINSK", day=6, n=k) for k in range(8))
    repost = "Posted by admin\n\n" + body + " Our readers sent us this report.\nRead More\nPost a Comment\n"
    (tmp_path / "a.txt").write_text(body)
    (tmp_path / "b.txt").write_text(repost)
    (tmp_path / "c.txt").write_text(REPORT.format(city="KYIV", day=2, n=99) + "A different story entirely.")
    settings = _settings(tmp_path)
    store = open_store(settings.db_url)
    sources = [str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")]
    summary = ingest(sources, settings, store, resources)
    store.close()
    assert (summary.new, summary.duplicates) == (2, 1)
    articles = {a.id: a for a in _all_articles(settings.db_url)}
    (dup,) = [a for a in articles.values() if a.duplicate_of]
    assert "Our readers" in dup.text and "Read More" not in dup.text
    assert "Our readers" not in articles[dup.duplicate_of].text


def test_bad_inputs_are_reported_and_the_rest_processed(tmp_path: Path, resources: Resources) -> None:
    good = tmp_path / "good.txt"
    good.write_text(REPORT.format(city="MINSK", day=3, n=1))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 40)
    failures: list[str] = []
    settings = _settings(tmp_path)
    store = open_store(settings.db_url)
    sources = [
        str(tmp_path / "empty.txt"),
        str(tmp_path / "missing.txt"),
        str(good),
        str(tmp_path / "binary.bin"),
    ]
    summary = ingest(sources, settings, store, resources, on_failure=lambda e: failures.append(str(e)))
    store.close()
    assert summary.new == 1 and summary.failed == 3
    assert len(failures) == 3 and all("\n" not in f for f in failures)
    assert any("missing.txt" in f for f in failures) and any("empty.txt" in f for f in failures)


@pytest.mark.slow
def test_killed_ingest_leaves_a_consistent_db_and_resumes(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for n in range(300):
        (src / f"r{n:03d}.txt").write_text(REPORT.format(city="GOMEL", day=n % 28 + 1, n=n) + f"Serial {n}.")
    db = tmp_path / "fw.db"
    env = {**os.environ, "FRONTWATCH_DB": f"sqlite:///{db}", "FRONTWATCH_CACHE": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "frontwatch", "ingest", "--offline", str(src)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 400  # model and gazetteer load first; slow on a busy machine
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as con:
                    stored = con.execute("select count(*) from articles").fetchone()[0]
            except sqlite3.Error:
                continue
            if stored >= 16:  # the first batch (one transaction) is in
                break
    assert proc.poll() is None, "ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as con:
        assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
        partial = con.execute("select count(*) from articles").fetchone()[0]
    assert 16 <= partial < 300
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"{partial} unchanged" in done.stderr and "0 failed" in done.stderr
    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from articles").fetchone()[0] == 300


NER_REPORT = (
    "Police in Washington said nothing happened overnight. The weather in Paris was fine, and the "
    "Louvre stayed open. Russian troops arrived in Gomel on Friday, the Belarusian defence ministry "
    "said. Tourists from Japan visited the Tower of London. Kyiv accused Moscow of shelling Kharkiv."
)

INFORMAL = (
    "I ain't gonna say it, y'all. Let's go!  C'mon, we gotta  run.\n\nThere is nothing there; "
    "there's no way. Nothin' left. He did it and I do too. You saw it; it saw you. But what? "
    "That is what it is, and those were the days.\n \n  Which one did she choose?\tSpaces\t\there."
)


def _annotations(doc: object) -> list[tuple[object, ...]]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in doc]  # type: ignore[attr-defined]


def test_the_attribute_ruler_stand_in_gives_what_spacy_gives(resources: Resources) -> None:
    from frontwatch.nlp import _fast_ruler, _pipe

    nlp = resources.nlp
    assert _fast_ruler(nlp) is not None  # the model's patterns are all handled
    texts = [INFORMAL, NER_REPORT, REPORT.format(city="MINSK", day=3, n=1)]
    ours = [_annotations(d) for d in _pipe(nlp, texts, 4)]
    spacy_s = [_annotations(d) for d in nlp.pipe(texts)]
    assert ours == spacy_s
    assert any(a[1] == "AUX" for a in ours[0]) and any(a[3] == "be" for a in ours[0])  # rules did fire


def test_ner_scope_events_gives_entities_to_event_sentences_only(resources: Resources) -> None:
    from frontwatch.code import candidate_filter, code_events
    from frontwatch.models import Article, sha256_hex
    from frontwatch.nlp import add_entities, parse_many
    from frontwatch.pipeline import code_articles

    nlp, lexicon, actors = resources.nlp, resources.lexicon, resources.actors
    select = candidate_filter(lexicon, actors)
    (bare,) = parse_many([NER_REPORT], nlp, select=select, ner=False)
    (full,) = parse_many([NER_REPORT], nlp, select=select, ner=True)
    assert not any(s.ents for s in bare.sentences)
    article = Article(sha256_hex(NER_REPORT), None, None, None, None, NER_REPORT, "en", datetime.now(UTC))
    wanted = {c.sentence_index for c in code_events(bare, article, lexicon, actors)}
    assert wanted and len(wanted) < len(bare.sentences)
    (tagged,) = add_entities([bare], [wanted], nlp)
    for before, after, reference in zip(bare.sentences, tagged.sentences, full.sentences, strict=True):
        if before.index in wanted:
            assert after.ents == reference.ents and after.ents  # what the full pipeline gives
            assert after.tokens == reference.tokens
        else:
            assert after == before
    settings = Settings(allow_network=False)
    by_scope = {
        scope: [e.to_dict() for e in code_articles([article], resources, settings.with_(ner_scope=scope))[0]]
        for scope in ("candidates", "events", "off")
    }
    assert by_scope["events"] == by_scope["candidates"] and by_scope["events"]
    with pytest.raises(ValueError, match="ner_scope"):
        Settings(ner_scope="some")


def test_a_trigger_without_a_known_party_gets_entities_and_keeps_political_ones(resources: Resources) -> None:
    """A trigger dropped for want of a known party sends its sentence to NER too: a people the
    dictionary does not hold ("Ethnic Serbs") becomes the party, as when every sentence is
    processed; a bare person's name with no country or sector does not make an event."""
    from frontwatch.models import Article, sha256_hex
    from frontwatch.pipeline import code_articles

    settings = Settings(allow_network=False)

    def coded(text: str, **changes: object) -> list[tuple[str, list[str | None]]]:
        article = Article(sha256_hex(text), None, None, None, None, text, "en", datetime.now(UTC))
        events = code_articles([article], resources, settings.with_(**changes))[0]
        return [(e.event_type, [a.country for a in e.actors]) for e in events]

    sworn = "Ethnic Serbs have vowed to fight until the army leaves the valley, Kosovar officials said."
    assert coded(sworn) == coded(sworn, parse_all_sentences=True) == [("THREATEN", ["XKX"])]
    player = "Okafor and Lindqvist rallied to win the deciding doubles match on Sunday."
    assert coded(player, parse_all_sentences=True) and coded(player) == []


def test_a_bare_token_equals_the_dataclass_built_one() -> None:
    import dataclasses

    from frontwatch.nlp import Token, _bare_token

    built = Token(i=3, text="Kyiv", lemma="", pos="", tag="", dep="", head=3, idx=17, whitespace="")
    bare = _bare_token(3, "Kyiv", 17, "")
    assert bare == built and hash(bare) == hash(built) and repr(bare) == repr(built)
    assert dataclasses.replace(bare, pos="PROPN") == dataclasses.replace(built, pos="PROPN")
    with pytest.raises(dataclasses.FrozenInstanceError):
        bare.text = "Kiev"  # type: ignore[misc]


def test_loaded_resources_are_kept_out_of_the_garbage_collectors_scans(resources: Resources) -> None:
    import gc

    assert gc.get_freeze_count() > 50_000  # the model's, lexicon's and dictionaries' objects
    assert not any(obj is resources.actors for obj in gc.get_objects(generation=2))


def test_the_garbage_collector_is_paused_for_a_batch_and_left_as_it_was() -> None:
    import gc

    from frontwatch.pipeline import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested: still paused, and the outer pause ends it
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("a failing batch")
    assert gc.isenabled()
    gc.disable()  # switched off by the caller: left off
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_actor_memo_keeps_no_sentence_alive_and_never_answers_for_another() -> None:
    import weakref

    from frontwatch.nlp import Sentence, Token
    from frontwatch.resolve.actors import ActorDictionary, ActorEntry

    def sentence(subject: str) -> Sentence:
        words = (Token(0, subject, subject, "PROPN", "NNP", "nsubj", 1, 0),
                 Token(1, "protested", "protest", "VERB", "VBD", "ROOT", 1, len(subject) + 1))  # fmt: skip
        return Sentence(0, f"{subject} protested", 0, len(subject) + 10, words, ())

    actors = ActorDictionary([ActorEntry("Ukraine", "Ukraine", "UKR", None, "country")])
    first = sentence("Ukraine")
    assert [m.text for m in actors.match(first)] == ["Ukraine"]
    assert actors.match(first) == actors.match(first)  # answered again from the memo
    gone = weakref.ref(first)
    del first
    assert gone() is None  # the memo held no reference to it
    for _ in range(50):  # new sentences, some at the address of one that is gone
        other = sentence("Moscow")
        assert actors.match(other) == []
        del other


def test_the_raw_hits_kept_for_a_sentence_serve_it_on_any_date_and_no_other() -> None:
    from datetime import date

    from frontwatch.nlp import Sentence, Token
    from frontwatch.resolve.actors import ActorDictionary, ActorEntry

    def sentence(subject: str) -> Sentence:
        words = (Token(0, subject, "", "", "", "", 0, 0, whitespace=" "),
                 Token(1, "troops", "", "", "", "", 1, len(subject) + 1, whitespace=" "),
                 Token(2, "protested", "", "", "", "", 2, len(subject) + 8))  # fmt: skip
        return Sentence(0, f"{subject} troops protested", 0, len(subject) + 17, words, (), parsed=False)

    entries = [ActorEntry("Ukraine", "Ukraine", "UKR", None, "country"),
               ActorEntry("Belarus", "Belarus", "BLR", None, "country"),
               ActorEntry("troops", "troops", None, "MIL", "sector")]  # fmt: skip
    actors, fresh = ActorDictionary(entries), ActorDictionary(entries)
    day = date(2023, 1, 13)
    for k in range(50):  # new sentences, some at the address of one that is gone
        first = sentence("Ukraine" if k % 2 else "Belarus")
        undated = actors.match(first)  # as the candidate filter asks
        dated = actors.match(first, day)  # as the coder asks: the raw hits come from the memo
        assert undated == fresh._match_tokens(first.tokens, None)
        assert dated == fresh._match_tokens(first.tokens, day)
        assert [(m.entity.country, m.entity.sector) for m in dated] == [("UKR" if k % 2 else "BLR", "MIL")]
        del first


def test_local_parties_take_the_country_of_the_events_place(resources: Resources) -> None:
    """A party or claimant written as the place's own people ("a local resistance group",
    "district officials", "residents") and left without a country takes the country of the
    event's resolved place; a party with a country and the "local" of "local time" are left
    alone, and with no place nothing is guessed."""
    from frontwatch.models import Article, sha256_hex
    from frontwatch.pipeline import code_articles

    settings = Settings(allow_network=False)

    def coded(text: str) -> list[tuple[str, list[str | None], list[str | None], str | None]]:
        article = Article(sha256_hex(text), None, None, None, None, text, "en", datetime.now(UTC))
        return [
            (e.event_type, [a.country for a in e.actors], [r.country for r in e.recipients],
             e.attribution.country if e.attribution else None)
            for e in code_articles([article], resources, settings)[0]
        ]  # fmt: skip

    said = ("BANGKOK, Jan 9 (AFP) - An air strike by Myanmar's military killed 17 civilians in a village "
            "in the Sagaing region on Sunday, a local resistance group said.")  # fmt: skip
    assert coded(said) == [("ASSAULT", ["MMR"], [None], "MMR")]
    assert coded("Local militias attacked a police post in Sagaing region on Sunday.")[0][1] == ["MMR"]
    assert coded("District officials said gunmen attacked a school in Helmand province.")[0][3] == "AFG"
    assert coded("Residents said soldiers burned houses in a village in Sagaing region.")[0][3] == "MMR"
    # a party with a country of its own keeps it: the strike is Israel's, only the claimant is local
    gaza = coded("Israeli air strikes killed 12 people in the Gaza Strip, local health officials said.")
    assert gaza[0][1] == ["ISR"] and gaza[0][3] == "PSE"
    # nobody is marked by "local time"
    assert coded("Gunmen attacked a police post in Sagaing region at 3 a.m. local time.")[0][1] == [None]
    # no resolved place, no country
    assert coded("Gunmen attacked a police post on Sunday, local officials said.")[0][3] is None


def test_the_local_mark_is_the_phrases_own_modifier_or_a_word_for_inhabitants(resources: Resources) -> None:
    from frontwatch.nlp import parse_many
    from frontwatch.scene import local_mark

    (doc,) = parse_many(["Gunmen stormed the village at noon local time, village elders and residents said."],
                        resources.nlp)  # fmt: skip
    (sentence,) = doc.sentences
    assert local_mark(sentence, "village elders") and local_mark(sentence, "residents")
    assert not local_mark(sentence, "village")  # the place itself, and a modifier alone, are no people
    assert not local_mark(sentence, "Gunmen") and not local_mark(sentence, "noon")
    assert not local_mark(sentence, "soldiers") and not local_mark(sentence, " ")  # not in the sentence


def test_an_event_dated_after_publication_has_not_happened(resources: Resources) -> None:
    """An event the text dates wholly after the publication day is not `actual`, whatever its
    verb's tense ("leaders meet in Paris next week"); a promise of such an act has been made
    (AGREE stays actual) on a day the sentence does not give (the date is the promised act's);
    an event dated before publication, or undated, is left alone."""
    from frontwatch.models import Article, sha256_hex
    from frontwatch.pipeline import code_articles

    settings = Settings(allow_network=False)
    published = datetime(2025, 10, 23, 9, tzinfo=UTC)  # a Thursday

    def coded(text: str) -> list[tuple[str, str, str | None]]:
        article = Article(sha256_hex(text), None, None, None, published, text, "en", datetime.now(UTC))
        events = code_articles([article], resources, settings)[0]
        return [(e.event_type, e.factuality, e.date.isoformat() if e.date else None) for e in events]

    assert coded("Leaders of the two countries meet in Paris next week.") == [
        ("CONSULT", "future", "2025-10-27")
    ]
    promised = coded("The United States will send more weapons to Ukraine in January, the Pentagon said.")
    assert sorted(promised, key=str) == [("AGREE", "actual", None), ("AID", "future", "2026-01-01")]
    released = coded("Hamas said it would release four hostages on Saturday if Israel reopened the crossing.")
    assert ("RETREAT", "hypothetical", "2025-10-25") in released  # the coming Saturday
    assert ("AGREE", "actual", None) in released
    assert coded("Russian troops shelled Kharkiv on Monday.") == [("ASSAULT", "actual", "2025-10-20")]
    assert coded("Russian troops shelled Kharkiv.") == [("ASSAULT", "actual", None)]
