"""Each export of Vigie read back by the target's own parser, and compared with the items.

    check.py suite VIGIE_CLI          every format, French and English, from the CLI
    check.py FORMAT FILE ITEMS_JSON [--lang fr|en] [--anki-lang fr|en]
                                      one file (as the browser downloads it) against the items
                                      that `vigie-cli export --format json` gives for it

Anki: Anki's own engine (PyPI `anki`) imports the file into a fresh collection of the
learner's language. Moodle and Pronote: lxml, checked against what Moodle's importer reads
(question/format/xml/format.php). Kahoot: openpyxl. GIFT: npm gift-pegjs (gift.mjs). Ends
with "N passed, N failed".
"""

import csv
import html
import io
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


class Problems:
    def __init__(self, name):
        self.name = name
        self.found = []

    def check(self, condition, message):
        if not condition:
            self.found.append(message)
        return condition


def plain(text):
    """HTML as the words a person reads."""
    return html.unescape(re.sub(r"<[^>]+>", " ", text or "")).replace("\xa0", " ")


def squash(text):
    return " ".join(plain(text).split())


def same_words(text):
    """The words of a quote whatever its typography: Vigie sets the article's straight quotes
    and apostrophes as « », “ ” (‘ ’ in English) and ’ when it shows them, and drops the one
    mark of a pair that a fragment cuts, so quotation marks and apostrophes are left out, with
    the spaces around them."""
    text = squash(text).translate({ord(c): "'" for c in "’‘“”«»\""})
    return re.sub(r"\s*'\s*", "", text)


# ---------------------------------------------------------------- Anki


def check_anki(path, items, anki_lang, p):
    from anki.lang import set_lang

    set_lang({"fr": "fr_FR", "en": "en_US"}[anki_lang])
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportCsvRequest

    basic, cloze = {"fr": ("Basique", "Texte à trous"), "en": ("Basic", "Cloze")}[anki_lang]
    with tempfile.TemporaryDirectory() as tmp:
        col = Collection(os.path.join(tmp, "collection.anki2"))
        try:
            meta = col.get_csv_metadata(path=path, delimiter=None)
            col.import_csv(ImportCsvRequest(path=path, metadata=meta))
            nids = sorted(col.find_notes(""))
            p.check(len(nids) == len(items), f"Anki has {len(nids)} notes for {len(items)} items")
            deck_names = [d.name for d in col.decks.all_names_and_ids()]
            p.check(any(n.startswith("Vigie::") for n in deck_names), f"no Vigie deck in {deck_names}")
            for nid, item in zip(nids, items):
                note = col.get_note(nid)
                kind = note.note_type()["name"]
                fields = list(note.fields)
                p.check(all(f.strip() for f in fields), f"{item['id']}: an empty field in {fields}")
                p.check(note.tags and all(t.startswith("vigie::") for t in note.tags), f"{item['id']}: tags {note.tags}")
                for topic in item["topics"]:
                    p.check(f"vigie::topic::{topic}" in note.tags, f"{item['id']}: no tag vigie::topic::{topic}")
                card_decks = {col.decks.name(c.did) for c in note.cards()}
                p.check(card_decks and all(d.startswith("Vigie::") for d in card_decks),
                        f"{item['id']}: cards in {card_decks}")
                if item["kind"] == "cloze":
                    p.check(kind == cloze, f"{item['id']}: note type {kind}, not {cloze}")
                    p.check(len(note.cards()) == 1, f"{item['id']}: {len(note.cards())} cloze cards")
                    p.check("{{c1::" in fields[0], f"{item['id']}: no deletion in {fields[0]}")
                    shown = squash(re.sub(r"\{\{c1::(.*?)\}\}", r"\1", fields[0]))
                    p.check(shown == squash(item["text"].replace("_____", item["answer"])),
                            f"{item['id']}: cloze reads {shown!r}")
                else:
                    p.check(kind == basic, f"{item['id']}: note type {kind}, not {basic}")
                    p.check(squash(item["prompt"]) in squash(fields[0]), f"{item['id']}: front {fields[0]!r}")
                for quote in item["quotes"]:
                    p.check(same_words(quote) in same_words(fields[-1]), f"{item['id']}: no source in {fields[-1]!r}")
        finally:
            col.close()


# ---------------------------------------------------------------- Moodle and Pronote


def self_graded(item):
    """A flashcard one grades oneself: a reverse card, or one of several facts."""
    return item["kind"] == "flashcard" and (item["id"].startswith("flashcard-reverse:") or len(item["fact_ids"]) != 1)


TRUE_OR_FALSE = {"fr": "Vrai ou faux\xa0? ", "en": "True or false? "}


def check_moodle(path, items, pronote, p):
    from lxml import etree

    with open(path, "rb") as f:
        root = etree.parse(f, etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    p.check(root.tag == "quiz", f"root is <{root.tag}>")
    questions = root.findall("question")
    p.check(questions and questions[0].get("type") == "category", "no category question first")
    if pronote:
        infos = questions[0].find("infos")
        p.check(infos is not None and (infos.findtext("name") or "").strip(), "no <infos><name> in the first question")
    questions = [q for q in questions if q.get("type") != "category"]
    p.check(len(questions) == len(items), f"{len(questions)} questions for {len(items)} items")
    expected_type = {
        "multiple_choice": "multichoice", "true_false": "truefalse", "flashcard": "shortanswer",
        "typed_answer": "shortanswer", "cloze": "cloze", "matching": "matching",
        "categorize": "matching", "ordering": "ordering",
    }
    for q, item in zip(questions, items):
        iid = item["id"]
        qtype = q.get("type")
        want_type = "description" if self_graded(item) else expected_type[item["kind"]]
        p.check(qtype == want_type, f"{iid}: type {qtype}, not {want_type}")
        p.check((q.findtext("name/text") or "").strip(), f"{iid}: no name")
        p.check(q.findtext("idnumber") == iid, f"{iid}: idnumber {q.findtext('idnumber')}")
        qtext = q.find("questiontext")
        p.check(qtext is not None and qtext.get("format") == "html", f"{iid}: questiontext format")
        text = q.findtext("questiontext/text") or ""
        feedback = q.findtext("generalfeedback/text") or ""
        for quote in item["quotes"]:
            p.check(same_words(quote) in same_words(feedback), f"{iid}: source missing from the feedback")
        answers = q.findall("answer")
        fractions = [float(a.get("fraction", "nan")) for a in answers]
        texts = [a.findtext("text") or "" for a in answers]
        if qtype == "description":
            p.check(squash(text).startswith(squash(item["prompt"])) and not answers,
                    f"{iid}: description {squash(text)!r}")
            for back in item["back"]:
                p.check(squash(back) in squash(text), f"{iid}: the card's answer is not shown")
        elif qtype != "cloze":
            p.check(squash(item["prompt"]) == squash(text), f"{iid}: question {squash(text)!r}")
        if qtype == "multichoice":
            p.check(q.findtext("single") == "true", f"{iid}: not single")
            p.check(fractions.count(100) == 1 and fractions.count(0) == len(fractions) - 1,
                    f"{iid}: fractions {fractions}")
            p.check([squash(t) for t in texts] == [squash(o) for o in item["options"]], f"{iid}: options")
            p.check(fractions.index(100) == item["answer"], f"{iid}: wrong option marked right")
        elif qtype == "truefalse":
            right = "true" if item["answer"] else "false"
            p.check(sorted(texts) == ["false", "true"], f"{iid}: answers {texts}")
            p.check(dict(zip(texts, fractions)).get(right) == 100 and sum(fractions) == 100,
                    f"{iid}: fractions {fractions}")
        elif qtype == "shortanswer":
            p.check(answers and all(f == 100 for f in fractions), f"{iid}: fractions {fractions}")
            p.check(q.findtext("usecase") == "0", f"{iid}: case-sensitive")
            forms = item["back"] if item["kind"] == "flashcard" else [item["answer"]]
            for form in forms:
                p.check(form.strip().replace("*", "\\*") in texts, f"{iid}: {form!r} not accepted")
            p.check(len(set(t.lower() for t in texts)) == len(texts), f"{iid}: a form twice")
        elif qtype == "cloze":
            fields = re.findall(r"\{(\d+):(SHORTANSWER|SA|MW):((?:\\.|[^}])*)\}", text)
            p.check(len(fields) == 1, f"{iid}: {len(fields)} embedded answers in {text!r}")
            if fields:
                parts = re.split(r"(?<!\\)~", fields[0][2])
                p.check(all(x.startswith("=") for x in parts), f"{iid}: a form not at 100 %: {parts}")
                forms = [html.unescape(re.sub(r"\\(.)", r"\1", x[1:])) for x in parts]
                p.check(item["answer"].strip() in forms, f"{iid}: {item['answer']!r} not in {forms}")
                shown = squash(re.sub(r"\{1:SHORTANSWER:.*\}", "_____", text))
                p.check(shown == squash(item["prompt"]), f"{iid}: cloze reads {shown!r}")
        elif qtype == "matching":
            subs = q.findall("subquestion")
            asked = [(squash(s.findtext("text")), (s.findtext("answer/text") or "").strip()) for s in subs]
            with_text = [a for a in asked if a[0]]
            if item["kind"] == "matching":
                want = [(squash(item["left"][i]), squash(item["right"][j])) for i, j in enumerate(item["answer"])]
            else:
                want = [(squash(s), item["bins"][a]) for s, a in zip(item["statements"], item["answer"])]
            p.check(with_text == want, f"{iid}: pairs {with_text} != {want}")
            # Moodle's rule: at least 2 questions and 3 answers.
            p.check(len(with_text) >= 2 and len({a for _, a in asked}) >= 3,
                    f"{iid}: {len(with_text)} questions, {len({a for _, a in asked})} answers")
        elif qtype == "ordering":
            want = [squash(item["events"][i]) for i in item["answer"]]
            p.check([squash(t) for t in texts] == want, f"{iid}: order {texts}")
            p.check(fractions == list(range(1, len(want) + 1)), f"{iid}: fractions {fractions}")
            for tag in ("layouttype", "selecttype", "gradingtype"):
                p.check(q.findtext(tag), f"{iid}: no <{tag}>")


# ---------------------------------------------------------------- Kahoot

KAHOOT_HEADERS = [
    "Question - max 120 characters", "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters", "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
]


def check_kahoot(path, items, lang, p):
    import openpyxl

    sheet = openpyxl.load_workbook(path).active
    max_row = sheet.max_row  # before reading: reading an empty cell makes it
    p.check([sheet.cell(8, c).value for c in range(2, 9)] == KAHOOT_HEADERS, "row 8 is not Kahoot's header")
    rows = []
    r = 9
    while sheet.cell(r, 2).value is not None:
        rows.append([sheet.cell(r, c).value for c in range(1, 9)])
        r += 1
    p.check(max_row == max(r - 1, 8), f"rows after a gap: max_row {max_row}")
    choice = [i for i in items if i["kind"] in ("multiple_choice", "true_false")]
    prefix = TRUE_OR_FALSE[lang]

    def shown(item):
        return item["prompt"].removeprefix(prefix) if item["kind"] == "true_false" else item["prompt"]

    fitting = [i for i in choice if len(shown(i)) <= 120
               and all(len(o) <= 75 for o in i.get("options", []))]
    p.check(len(rows) == len(fitting), f"{len(rows)} rows for {len(fitting)} fitting choice items")
    truth = {"fr": ("Vrai", "Faux"), "en": ("True", "False")}[lang]
    for n, (row, item) in enumerate(zip(rows, fitting), start=1):
        number, question, *answers, limit, correct = row
        answers = [a for a in answers if a is not None]
        p.check(number == n, f"row {n}: number {number}")
        p.check(question == shown(item) and len(question) <= 120, f"row {n}: question {question!r}")
        p.check(2 <= len(answers) <= 4 and all(len(a) <= 75 for a in answers), f"row {n}: answers {answers}")
        p.check(limit in (5, 10, 20, 30, 60, 90, 120, 240), f"row {n}: time limit {limit}")
        p.check(isinstance(correct, int) and 1 <= correct <= len(answers), f"row {n}: correct {correct}")
        if item["kind"] == "multiple_choice":
            p.check(answers == item["options"] and correct == item["answer"] + 1, f"row {n}: {item['id']}")
        else:
            p.check(tuple(answers) == truth and correct == (1 if item["answer"] else 2), f"row {n}: {item['id']}")


# ---------------------------------------------------------------- Quizlet, CSV, JSON


def check_quizlet(path, items, p):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    p.check(lines[-1] == "", "no final line break")
    lines = lines[:-1]
    p.check(len(lines) == len(items), f"{len(lines)} lines for {len(items)} items")
    for line, item in zip(lines, items):
        parts = line.split("\t")
        p.check(len(parts) == 2 and all(x.strip() for x in parts), f"{item['id']}: {line!r}")
        p.check(parts[0].startswith(item["prompt"]), f"{item['id']}: term {parts[0]!r}")


def check_csv(path, items, lang, p):
    with open(path, "rb") as f:
        raw = f.read()
    p.check(raw.startswith(b"\xef\xbb\xbf"), "no UTF-8 byte-order mark")
    delimiter = ";" if lang == "fr" else ","
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=delimiter))
    p.check(len(rows) == len(items) + 1, f"{len(rows)} rows for {len(items)} items and a header")
    p.check(all(len(r) == len(rows[0]) for r in rows), "rows of different lengths")
    for row, item in zip(rows[1:], items):
        p.check(row[0] == item["id"] and row[1] == item["kind"], f"{item['id']}: row {row[:2]}")
        p.check(row[7].strip(), f"{item['id']}: no answer")
        p.check(not row[2].startswith(("=", "+", "-", "@")), f"{item['id']}: a formula")


def check_json(path, items, p):
    with open(path, encoding="utf-8") as f:
        got = json.load(f)
    p.check(got == items, "the JSON export differs from the items")


def check_gift(path, items, p):
    out = subprocess.run(["node", os.path.join(HERE, "gift.mjs"), path],
                         capture_output=True, text=True)
    if not p.check(out.returncode == 0, f"gift-pegjs: {out.stderr.strip()[:500]}"):
        return
    questions = json.loads(out.stdout)
    kept = [i for i in items if i["kind"] != "ordering" and not self_graded(i)
            and not (i["kind"] in ("matching", "categorize") and len(i["answer"]) < 3)]
    p.check(len(questions) == len(kept), f"{len(questions)} questions for {len(kept)} items")
    for q, item in zip(questions, kept):
        iid = item["id"]
        p.check(q["title"].endswith(iid), f"{iid}: title {q['title']!r}")
        stem = squash(q["stem"]["text"])
        feedback = squash((q.get("globalFeedback") or {}).get("text", ""))
        for quote in item["quotes"]:
            p.check(same_words(quote) in same_words(feedback), f"{iid}: no source in the feedback")
        kind = item["kind"]
        if kind == "multiple_choice":
            p.check(q["type"] == "MC" and stem == squash(item["prompt"]), f"{iid}: {q['type']} {stem!r}")
            p.check([c["text"]["text"] for c in q["choices"]] == item["options"], f"{iid}: options")
            p.check([c["isCorrect"] for c in q["choices"]].index(True) == item["answer"]
                    and sum(c["isCorrect"] for c in q["choices"]) == 1, f"{iid}: right option")
        elif kind == "true_false":
            p.check(q["type"] == "TF" and q["isTrue"] == item["answer"], f"{iid}: {q['type']} {q.get('isTrue')}")
            p.check(stem == squash(item["prompt"]), f"{iid}: stem {stem!r}")
        elif kind in ("flashcard", "typed_answer", "cloze"):
            p.check(q["type"] == "Short", f"{iid}: type {q['type']}")
            forms = [c["text"]["text"] for c in q["choices"]]
            p.check(all(c["isCorrect"] for c in q["choices"]), f"{iid}: a form marked wrong")
            want = item["back"] if kind == "flashcard" else [item["answer"]]
            p.check(all(w.strip() in forms for w in want), f"{iid}: {want} not in {forms}")
            if kind == "cloze":
                # The answer block stands where the blank was; at the very end, GIFT reads
                # it as a short answer after the question (no blank shown).
                blanked = re.sub(r"\s*_____\s*", "_____", stem)
                prompt = re.sub(r"\s*_____\s*", "_____", squash(item["prompt"]))
                p.check(blanked == prompt or (prompt.endswith("_____") and blanked == prompt[:-5].strip()),
                        f"{iid}: stem {stem!r}")
            else:
                p.check(stem == squash(item["prompt"]), f"{iid}: stem {stem!r}")
        elif kind in ("matching", "categorize"):
            pairs = [(squash(m["subquestion"]["text"]), m["subanswer"]) for m in q["matchPairs"]]
            if kind == "matching":
                want = [(squash(item["left"][i]), item["right"][j]) for i, j in enumerate(item["answer"])]
            else:
                want = [(squash(s), item["bins"][a]) for s, a in zip(item["statements"], item["answer"])]
            p.check(q["type"] == "Matching" and pairs == want, f"{iid}: pairs {pairs}")


# ---------------------------------------------------------------- driver

CHECKS = {
    "anki": lambda f, items, o, p: check_anki(f, items, o["anki_lang"], p),
    "moodle": lambda f, items, o, p: check_moodle(f, items, False, p),
    "pronote": lambda f, items, o, p: check_moodle(f, items, True, p),
    "gift": lambda f, items, o, p: check_gift(f, items, p),
    "kahoot": lambda f, items, o, p: check_kahoot(f, items, o["lang"], p),
    "quizlet": lambda f, items, o, p: check_quizlet(f, items, p),
    "csv": lambda f, items, o, p: check_csv(f, items, o["lang"], p),
    "json": lambda f, items, o, p: check_json(f, items, p),
}


def check_one(fmt, path, items_path, lang, anki_lang):
    with open(items_path, encoding="utf-8") as f:
        items = json.load(f)
    p = Problems(f"{fmt} {os.path.basename(path)}")
    try:
        CHECKS[fmt](path, items, {"lang": lang, "anki_lang": anki_lang}, p)
    except Exception as e:  # a parser's refusal is a failed check, with its words
        p.found.append(f"{type(e).__name__}: {e}")
    for message in p.found[:20]:
        print(f"    {message}")
    print(f"{'ok' if not p.found else 'FAILED'}: {p.name} ({len(items)} items)")
    return not p.found


def suite(cli):
    """Every format in both languages, for the deck and for every item of the deck; Anki in
    both Anki languages. Anki checks run in their own process: Anki's language is global."""
    passed = failed = 0
    # The built-in article gives no fair matching set and no events to order: the sets
    # fixture does, so that those questions are proved too.
    sets = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "crates", "core",
                        "tests", "fixtures", "sets.deck.json")
    with tempfile.TemporaryDirectory() as tmp:
        for scope in (["--all"], [], ["--all", "--deck", sets]):
            for lang in ("fr", "en"):
                name = f"{'sets' if '--deck' in scope else 'all' if scope else 'deck'}-{lang}"
                items_path = os.path.join(tmp, f"{name}.items.json")
                subprocess.run([cli, "export", "--format", "json", "--lang", lang, "--output", items_path, *scope], check=True)
                for fmt in CHECKS:
                    for anki_lang in (("fr", "en") if fmt == "anki" else (lang,)):
                        ext = "xlsx" if fmt == "kahoot" else "txt"
                        path = os.path.join(tmp, f"{name}-{fmt}-{anki_lang}.{ext}")
                        subprocess.run([cli, "export", "--format", fmt, "--lang", lang, "--anki-lang", anki_lang,
                                        "--output", path, *scope], check=True, stderr=subprocess.DEVNULL)
                        ok = subprocess.run([sys.executable, __file__, fmt, path, items_path, "--lang", lang,
                                             "--anki-lang", anki_lang]).returncode == 0
                        passed, failed = passed + ok, failed + (not ok)
    print(f"{passed} passed, {failed} failed")
    return failed == 0


def main(args):
    if args[:1] == ["suite"] and len(args) == 2:
        return 0 if suite(args[1]) else 1
    if len(args) < 3 or args[0] not in CHECKS:
        print(__doc__)
        return 2
    options = {"--lang": "fr", "--anki-lang": None}
    rest = args[3:]
    for flag, value in zip(rest[::2], rest[1::2]):
        options[flag] = value
    lang = options["--lang"]
    return 0 if check_one(args[0], args[1], args[2], lang, options["--anki-lang"] or lang) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
