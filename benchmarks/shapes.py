"""Articles in the shapes real election news has (for benchmarks/corpus.py): every text is invented.

A news archive is not one template: round-ups report several contests, some as printed lists and
some in prose; party changes come with the politician's history and a long quote; council,
police and crime commissioner and mayoral contests read differently from general elections.
Each kind below writes one such article from the contests it is given; the people of general
elections are the official candidates (so the official record and the news name the same
people), the rest are invented names.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from corpus import FILLER, FIRST, LAST, PARTIES, QUOTES, Candidate, Contest  # a sibling script

POLL_DAYS = {2010: "6 May 2010", 2015: "7 May 2015", 2017: "8 June 2017", 2019: "12 December 2019",
             2024: "4 July 2024"}
COUNTIES = [("Derbyshire", "Derbyshire County Council", ["Belper", "Matlock", "Ilkeston", "Glossop"]),
            ("Nottinghamshire", "Nottinghamshire County Council", ["Hucknall", "Retford", "Newark", "Worksop"]),
            ("Leicestershire", "Leicestershire County Council", ["Loughborough", "Melton", "Hinckley", "Coalville"]),
            ("Lincolnshire", "Lincolnshire County Council", ["Boston", "Grantham", "Louth", "Spalding"])]
COUNCIL_YEARS = (2017, 2021, 2025)
PCC_YEARS = {2016: "5 May 2016", 2021: "6 May 2021", 2024: "2 May 2024"}
LONG_QUOTES = [
    "I came into politics to fight for this town. For too long people here have felt ignored, and "
    "tonight they have told every party that they expect more. I will not let them down.",
    "It has not been an easy decision and I have thought about it for many months. The party I joined "
    "is not the party I see today, and I owe it to the people who elected me to say so plainly.",
    "We knocked on more doors than ever before. The message on the doorstep was about the cost of living, "
    "the state of the roads and the waiting lists, and that is what I will take to Westminster.",
    "Policing is about people. I want every neighbourhood to see an officer it knows by name, and I want "
    "victims to be heard the first time they call.",
]
CHANGE_VERBS = ["has defected from the {old} to {new}", "has left the {old} and joined {new}",
                "has quit the {old} to join {new}"]


def invented_name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def invented_contest(rng: random.Random, year: int, seat: str, size: int) -> Contest:
    parties = rng.sample(PARTIES, size)
    votes = sorted((rng.randint(300, 9_000) for _ in parties), reverse=True)
    total = sum(votes)
    return Contest(year, seat, tuple(Candidate(invented_name(rng), party, abbr, v, round(100 * v / total, 1))
                                     for (party, abbr), v in zip(parties, votes)))


def results_list(contest: Contest, rng: random.Random) -> list[str]:
    """A printed results list, in one of the shapes papers use."""
    shape = rng.randrange(3)
    if shape == 0:
        return [f"{c.name} ({c.abbreviation}) {c.votes:,} ({c.share:.1f}%)" for c in contest.candidates]
    if shape == 1:
        return [f"{c.name}, {c.party} {c.votes:,}" for c in contest.candidates]
    return [f"{c.party}: {c.name} - {c.votes:,}" for c in contest.candidates]


def results_prose(contest: Contest) -> str:
    """A contest told in prose: the winner's votes, then the others'."""
    winner, *others = contest.candidates
    rest = ", ".join(f"{c.party}'s {c.name} {c.votes:,}" for c in others[:3])
    return f"{winner.name} won {contest.seat} for {winner.party} with {winner.votes:,} votes, ahead of {rest}."


def lead(contest: Contest, rng: random.Random) -> str:
    winner, runner = contest.candidates[0], contest.candidates[1]
    majority = winner.votes - runner.votes
    if rng.random() < 0.5:
        return f"{winner.party}'s {winner.name} has won the {contest.seat} seat from {runner.party} {runner.name}."
    return f"{winner.name} beat {runner.party}'s {runner.name} into second place with a {majority:,} majority."


def said(name: str, rng: random.Random, long: bool) -> str:
    words = rng.choice(LONG_QUOTES if long else QUOTES)
    return f'{name} said: "{words}"' if rng.random() < 0.5 else f'"{words}" said {name}.'


def filler(rng: random.Random, count: int) -> str:
    return " ".join(rng.sample(FILLER, count))


def roundup(pool: Sequence[Contest], rng: random.Random) -> str:
    """A general election round-up: two to four contests of one year, lists and prose mixed."""
    year = rng.choice(pool).year
    chosen = rng.sample([c for c in pool if c.year == year], min(rng.randint(2, 4), len(pool)))
    body = [f"Voters across the region went to the polls on {POLL_DAYS.get(year, year)} in the general election."]
    for contest in chosen:
        body.append(lead(contest, rng))
        if rng.random() < 0.6:
            body += [f"The result in {contest.seat} was:", *results_list(contest, rng)]
        else:
            body.append(results_prose(contest))
        body.append(said(contest.candidates[0].name, rng, rng.random() < 0.5))
    body.append(filler(rng, 3))
    return _article(f"General election {year}: results across the region", body)


def single(pool: Sequence[Contest], rng: random.Random) -> str:
    """One contest reported at length: the count, a lead, a long quote, the list, filler."""
    contest = rng.choice(pool)
    winner = contest.candidates[0]
    body = [f"The count in {contest.seat} at the general election of {POLL_DAYS.get(contest.year, contest.year)} "
            "finished early on Friday.", lead(contest, rng), said(winner.name, rng, True), filler(rng, 3),
            f"The result in {contest.seat} was:", *results_list(contest, rng),
            said(contest.candidates[1].name, rng, False), filler(rng, 3)]
    return _article(f"{contest.seat}: {winner.name} wins for {winner.party}", body)


def party_change(pool: Sequence[Contest], rng: random.Random) -> str:
    """A politician changes party: who, from what to what, their seat and history, a long quote, reactions."""
    contest = rng.choice(pool)
    person = contest.candidates[0]
    old = person.party
    new = rng.choice([party for party, _ in PARTIES if party != old])
    verb = rng.choice(CHANGE_VERBS).format(old=old, new=new)
    body = [f"{person.name}, the MP for {contest.seat}, {verb}.",
            f"{person.name} was elected for {old} in {contest.year} with a majority of "
            f"{person.votes - contest.candidates[1].votes:,}.",
            said(person.name, rng, True),
            f'A {old} spokesperson said: "We are disappointed, but the seat was won by the party, not the person."',
            filler(rng, 2)]
    if rng.random() < 0.5:  # news of one change often recalls another
        other = rng.choice(pool).candidates[1]
        body.append(f"Earlier this year {other.name} left {other.party} to sit as an independent.")
    body.append(said(contest.candidates[1].name, rng, True))
    return _article(f"{contest.seat} MP {person.name} joins {new}", body)


def council(pool: Sequence[Contest], rng: random.Random) -> str:
    """County council divisions: several small contests, a list each, the council's new make-up."""
    county, authority, towns = rng.choice(COUNTIES)
    year = rng.choice(COUNCIL_YEARS)
    body = [f"Results are in from the {authority} elections held on Thursday."]
    for town in rng.sample(towns, rng.randint(2, 3)):
        contest = invented_contest(rng, year, f"{town} division", rng.randint(3, 5))
        winner = contest.candidates[0]
        body += [f"In the {town} division, {winner.name} ({winner.abbreviation}) won with {winner.votes:,} votes.",
                 *results_list(contest, rng)]
    leader = invented_name(rng)
    body += [f"{leader}, the leader of {authority}, said the {county} result was a vote for stability.",
             said(leader, rng, False)]
    return _article(f"{authority} election results {year}", body)


def pcc(pool: Sequence[Contest], rng: random.Random) -> str:
    """A police and crime commissioner election: first preferences, the winner's plans."""
    county = rng.choice(COUNTIES)[0]
    year = rng.choice(sorted(PCC_YEARS))
    contest = invented_contest(rng, year, county, rng.randint(3, 4))
    winner = contest.candidates[0]
    body = [f"{winner.name} has been elected {county} police and crime commissioner, with {winner.votes * 10:,} "
            f"first-preference votes at the election on {PCC_YEARS[year]}.",
            f"The {winner.party} candidate beat {contest.candidates[1].name} of {contest.candidates[1].party}.",
            said(winner.name, rng, True), filler(rng, 2)]
    return _article(f"{winner.name} elected {county} police and crime commissioner", body)


KINDS: list[tuple[Callable[[Sequence[Contest], random.Random], str], float]] = [
    (roundup, 0.25), (single, 0.20), (party_change, 0.30), (council, 0.15), (pcc, 0.10)]


def realistic_text(pool: Sequence[Contest], rng: random.Random) -> str:
    kinds, weights = zip(*KINDS)
    return rng.choices(kinds, weights)[0](pool, rng)


def _article(title: str, body: list[str]) -> str:
    return title + "\n\n" + "\n\n".join(body) + "\n"
