"""Given names that are one name (nicknames, short forms, spellings), as data.

Each line of :data:`GIVEN_NAME_GROUPS` is one name: its usual formal spelling first, then its
nicknames and variants ("William Bill Will Billy Liam"). A nickname is accepted for its formal
name (never for another nickname) only when the surnames agree (see :mod:`resolvers.persons`), and two *different* names that are
both listed and more than one letter apart ("Jason" / "John") are two people. Names not listed
are left to spelling similarity. Edit the table, not the code.

Examples
--------
>>> same_given_name("bill", "william"), same_given_name("bob", "robert")
(True, True)
>>> same_given_name("jason", "john"), known_given_name("jason"), known_given_name("zork")
(False, True, False)
"""

from __future__ import annotations

from functools import lru_cache

GIVEN_NAME_GROUPS = """
william bill billy will willy liam wm
robert bob bobby rob robbie bert
richard rick ricky rich dick
james jim jimmy jamie
john jack johnny jon
jonathan jon jonny
joseph joe joey jos
thomas tom tommy
charles charlie chuck chas
edward ed eddie ted ned
edwin ed
michael mike mick mikey
christopher chris kit
daniel dan danny
david dave davey
anthony tony
andrew andy drew
matthew matt
nicholas nick nicky
stephen steve steven stevie
benjamin ben benji bibi
samuel sam sammy
alexander alex sasha
alexandra alex sandra sasha
gregory greg
jeffrey jeff geoffrey
kenneth ken kenny
lawrence larry laurence
ronald ron ronnie
donald don donnie
timothy tim timmy
patrick pat paddy
peter pete
philip phil phillip
raymond ray
gerald gerry jerry
jerome jerry
frederick fred freddie fredric frederic
francis frank
franklin frank
henry hank harry
harold harry hal
walter walt
theodore ted teddy theo
douglas doug
eugene gene
leonard leo len lenny
vincent vince
zachary zach zack
nathaniel nate nathan
jacob jake
joshua josh
elizabeth liz beth betty eliza lisa libby
margaret maggie meg peggy marge
katherine kate katie kathy catherine kathryn
patricia pat patty trish
jennifer jen jenny
jane janie
susan sue susie suzanne
deborah debbie deb debra
rebecca becky becca
victoria vicky tori
christine chris christina chrissy
cynthia cindy
dorothy dot dottie
abigail abby
barbara barb babs
kimberly kim
pamela pam
jessica jess jessie
samantha sam
judith judy
mohammed muhammad mohammad mohamed mohamad muhammed
yevgeny evgeny evgeniy yevgeniy
sergey sergei serguei
dmitry dmitri dmitriy
aleksandr aleksander
vladimir volodymyr volodimir
jason
mary
linda
sarah
nancy
karen
helen
laura
emily
amanda
ashley
michelle
melissa
george
brian
kevin
mark
paul
scott
eric
ryan
gary
justin
jacob
jack
""".strip().splitlines()


def _build() -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]]]:
    groups: dict[str, set[int]] = {}
    formal: dict[str, set[int]] = {}
    for i, line in enumerate(GIVEN_NAME_GROUPS):
        names = line.split()
        formal.setdefault(names[0], set()).add(i)
        for name in names:
            groups.setdefault(name, set()).add(i)
    return ({k: frozenset(v) for k, v in groups.items()},
            {k: frozenset(v) for k, v in formal.items()})


_GROUPS, _FORMAL = _build()


def known_given_name(name: str) -> bool:
    """Whether a (lower-case) given name is in the table."""
    return name in _GROUPS


@lru_cache(maxsize=20_000)
def same_given_name(a: str, b: str) -> bool:
    """Whether two lower-case given names are one name by the table: a formal name and one of
    its nicknames or variants. Two nicknames of one formal name ("Betty", "Lisa") are not: a
    person who goes by one is not written with the other.

    >>> same_given_name("betty", "elizabeth"), same_given_name("betty", "lisa")
    (True, False)
    """
    if a == b:
        return True
    ga, gb = _GROUPS.get(a, frozenset()), _GROUPS.get(b, frozenset())
    shared = ga & gb
    return bool(shared & (_FORMAL.get(a, frozenset()) | _FORMAL.get(b, frozenset())))
