"""Cross-check Vigie's scheduler against the reference FSRS implementation (py-fsrs 6.x).

The same review logs go to py-fsrs (learning steps off, fuzz off) and to `vigie-cli replay`;
stability and difficulty after every review must agree to 3 decimals. Stability above 100 days
is compared to 1e-5 relative instead: the Rust crate computes in 32-bit floats, which carry
about 7 significant digits, so 3 decimals of a 600-day stability are below its precision.

Usage: python fsrs_cross_check.py PATH-TO-vigie-cli
"""
import json
import random
import subprocess
import sys
from datetime import datetime, timedelta, timezone

from fsrs import Card, Rating, Scheduler

DAY = 86_400_000


def logs():
    """24 logs: hand-made ones (lapses, same-day reviews, a gap of 23:59:59) and random ones."""
    t0 = 1_631_170_080_000
    fixed = [
        [(0, 3), (3, 3), (10, 1), (10.01, 3), (20, 4)],
        [(0, 1), (0.001, 1), (0.01, 3), (1, 3), (4, 3), (12, 3), (40, 3)],
        [(0, 4), (8, 4), (30, 4), (100, 2), (200, 1), (200.01, 1), (201, 3)],
        [(0, 2), (1, 2), (2, 2), (3, 2), (5, 2), (8, 2)],
        [(0, 3), (0.99999, 3), (1.99998, 1), (2.5, 3), (6, 4)],
        [(0, 3), (1, 1), (1.001, 1), (1.002, 1), (1.003, 3), (2, 3), (5, 3), (15, 3)],
    ]
    out = [[(t0 + int(d * DAY), r) for d, r in log] for log in fixed]
    rng = random.Random(20210909)
    while len(out) < 24:
        t = t0
        log = []
        for _ in range(rng.randint(4, 20)):
            log.append((t, rng.choices([1, 2, 3, 4], weights=[20, 15, 50, 15])[0]))
            t += rng.choice([rng.randint(1, 3_600_000), rng.randint(DAY, 40 * DAY)])
        out.append(log)
    return out


def reference(log):
    scheduler = Scheduler(desired_retention=0.9, learning_steps=(), relearning_steps=(), enable_fuzzing=False)
    card = Card()
    states = []
    for at, rating in log:
        when = datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(milliseconds=at)
        card, _ = scheduler.review_card(card, Rating(rating), when)
        states.append((card.stability, card.difficulty))
    return states


def agree(ours, theirs):
    (s1, d1), (s2, d2) = ours, theirs
    stability_ok = abs(s1 - s2) < 5e-4 if s2 < 100 else abs(s1 - s2) / s2 < 1e-5
    return stability_ok and abs(d1 - d2) < 5e-4


def main():
    cli = sys.argv[1]
    all_logs = logs()
    result = subprocess.run([cli, "replay"], input=json.dumps(all_logs), capture_output=True, text=True, check=True)
    ours = json.loads(result.stdout)
    passed = failed = reviews = lapses = 0
    for n, (log, mine) in enumerate(zip(all_logs, ours)):
        theirs = reference(log)
        reviews += len(log)
        lapses += sum(1 for _, r in log if r == 1)
        bad = [(i, m, t) for i, (m, t) in enumerate(zip(mine, theirs)) if not agree(m, t)]
        if len(mine) != len(theirs) or bad:
            failed += 1
            print(f"log {n}: differs at {bad[:3]}")
        else:
            passed += 1
    print(f"FSRS cross-check: {len(all_logs)} logs, {reviews} reviews, {lapses} lapses compared with py-fsrs")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
