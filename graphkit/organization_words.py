"""Words that only organizations carry, apart from :mod:`graphkit.names` (which re-exports
them) so that :mod:`graphkit.name_degrees`, which :mod:`graphkit.names` imports, may use them.

>>> "llc" in ORGANIZATION_WORDS, "roe" in ORGANIZATION_WORDS
(True, False)
"""

from __future__ import annotations

#: Words that only organizations carry (legal forms and business nouns), compared in lower case
#: after dropping dots. A name with any of these is an organization.
ORGANIZATION_WORDS = frozenset("""
    lp llc llp lllp ltd limited inc incorporated corp corporation co company companies plc
    gmbh ag sa nv bv cv kg sarl spa srl ab as oy pte pty sicav spc rsc lc pc pllc ulc
    fund funds partners partnership capital management managers manager advisors advisers
    adviser advisor investments investment investors holdings holding group trust trustee unitrust
    associates ventures venture equity securities bank bancorp financial asset assets
    international global enterprises foundation endowment authority opportunities
    opportunity master offshore onshore portfolio strategies llc. gp mgmt reit
    technologies therapeutics pharmaceuticals industries services systems corporation
    account accounts fsb
""".split())

#: Words that open an institution's name in French, Spanish, Portuguese or Italian, never a
#: person's, compared in lower case without accents: "Banco de Acme", "Caisse de Depot",
#: "Fondo de Pensiones", "Casa de Bolsa", "Cassa di Acme" (the "de"/"di" after them is
#: no surname particle). English ones are :data:`ORGANIZATION_WORDS`.
INSTITUTION_FIRST_WORDS = frozenset("""
    banco banca banque caixa caisse cassa credito credit fondo fondos fonds fundo casa grupo
    gruppo groupe instituto istituto institut corporacion compania companhia compagnie
    sociedad sociedade societa societe fundacion fundacao fondazione fondation empresas
    inversiones inmobiliaria financiera seguros administradora
""".split())


def opens_institution(word: str) -> bool:
    """Whether ``word`` is one of :data:`INSTITUTION_FIRST_WORDS`, in any case, accents and
    dots aside.

    >>> opens_institution("BANCO"), opens_institution("Société"), opens_institution("Jane")
    (True, True, False)
    """
    # (imported here: resolvers.normalize imports graphkit, and this module must stay a leaf)
    from resolvers.normalize import fold_text
    return fold_text(word).casefold().replace(".", "") in INSTITUTION_FIRST_WORDS


def opens_institution_before(first: str, particle: str) -> bool:
    """Whether ``first`` opens an institution's name (:func:`opens_institution`) before the
    ``particle`` after it, printed in the same case style: "BANCO DE", "Banco de"; not "Casa
    De" (a surname's particle in a name in title case), nor "CASA JOHN" (no particle).

    >>> opens_institution_before("BANCO", "DE"), opens_institution_before("Banco", "de")
    (True, True)
    >>> opens_institution_before("Casa", "De"), opens_institution_before("CASA", "de")
    (False, False)
    """
    same_style = particle.isupper() if first.isupper() else particle.islower()
    return same_style and opens_institution(first)
