"""Places stated by their adjective: "a Maltese corporation", "Canadian citizen", "a British
national", "Swiss" — the ISO 3166 code of the place a demonym names.

A filing answers "Citizenship or Place of Organization" with a place's name most often, but
also with its adjective, alone or before what the party is ("a Cayman Islands exempted company"
names the place itself and is read by :func:`graphkit.jurisdictions.read_jurisdiction`). ISO's
tables (``pycountry``) hold no adjectives, so this module lists those of the places filings
name, one "CODE = adjective; adjective" per line (:data:`_DEMONYMS`). An adjective two places
share is left out ("Georgian": the U.S. state or the country; "Dominican"): the text stays as
stated, never a guess.

Examples
--------
>>> demonym_code("a Maltese corporation"), demonym_code("Canadian citizen")
('MT', 'CA')
>>> demonym_code("DUTCH"), demonym_code("an English private limited company")
('NL', 'GB-ENG')
>>> demonym_code("a Delaware corporation") is None, demonym_code("Georgian citizen") is None
(True, True)
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache

#: Adjectives of places, to the ISO 3166 code of the place, one "CODE = adjective; ..." per
#: line (compared in lower case)
_DEMONYMS = """
    US = American; U.S.; United States
    CA = Canadian
    MX = Mexican
    GB = British; UK; U.K.
    GB-ENG = English
    GB-SCT = Scottish; Scots
    GB-WLS = Welsh
    IE = Irish
    FR = French
    DE = German
    IT = Italian
    ES = Spanish
    PT = Portuguese
    NL = Dutch; Netherlands
    BE = Belgian
    LU = Luxembourg; Luxembourgish; Luxembourgian
    CH = Swiss
    AT = Austrian
    LI = Liechtenstein
    MC = Monegasque; Monacan
    SE = Swedish
    NO = Norwegian
    DK = Danish
    FI = Finnish
    IS = Icelandic
    GR = Greek
    CY = Cypriot; Cyprus
    MT = Maltese
    PL = Polish
    CZ = Czech
    HU = Hungarian
    RU = Russian
    TR = Turkish
    IL = Israeli
    LB = Lebanese
    JO = Jordanian
    EG = Egyptian
    SA = Saudi; Saudi Arabian
    AE = Emirati
    KW = Kuwaiti
    QA = Qatari
    BH = Bahraini
    OM = Omani
    IN = Indian
    PK = Pakistani
    CN = Chinese
    HK = Hong Kong
    TW = Taiwanese
    JP = Japanese
    KR = Korean; South Korean
    SG = Singaporean; Singapore
    MY = Malaysian
    TH = Thai
    ID = Indonesian
    PH = Philippine; Filipino
    VN = Vietnamese
    AU = Australian
    NZ = New Zealand
    ZA = South African
    NG = Nigerian
    KE = Kenyan
    MU = Mauritian; Mauritius
    BR = Brazilian
    AR = Argentine; Argentinian; Argentinean
    CL = Chilean
    CO = Colombian
    PE = Peruvian
    VE = Venezuelan
    UY = Uruguayan
    PA = Panamanian
    BS = Bahamian
    BB = Barbadian
    JM = Jamaican
    BM = Bermudian; Bermudan; Bermuda
    KY = Caymanian; Cayman; Cayman Islands
    VG = BVI; British Virgin Islands
    PR = Puerto Rican
    CW = Curacao; Curacaoan
    GG = Guernsey
    JE = Jersey
    IM = Manx; Isle of Man
    GI = Gibraltar; Gibraltarian
"""

#: Each adjective in lower case, to its ISO code: {"maltese": "MT", ...}
DEMONYM_CODES: dict[str, str] = {
    adjective.strip().lower(): code.strip()
    for code, adjectives in (row.split("=", 1) for row in _DEMONYMS.strip().splitlines())
    for adjective in adjectives.split(";")}

#: What a party is, after its place's name or adjective, in any case, one or several:
#: "corporation", "exempted company", "LLC", "L.P.", "limited liability companies", "Delaware
#: limited partnerships" (shared by every reader of a place before a legal form:
#: :data:`DEMONYM_PHRASE`, :data:`graphkit.parsers.place_of_organization.PLACE_WITH_FORM`,
#: :data:`graphkit.parsers.stated_places.PLACE_PREDICATE`)
LEGAL_FORM_WORDS = r"""(?i:
    (?:(?:exempted|limited|general|statutory|business|private|public|stock|banking
         |non-?profit|not\s+for\s+profit|close|professional)\s+)*
    (?:corporations?|corp\.?|compan(?:y|ies)|partnerships?|limited\s+liability\s+compan(?:y|ies)
      |limited\s+liability\s+partnerships?|LLCs?|L\.L\.C\.|LLPs?|L\.L\.P\.|LPs?|L\.P\.|trusts?))"""

#: A place's adjective as a citizenship or a place of organization is stated, the whole text
#: in lower case: "maltese", "a maltese corporation", "canadian citizen", "a british national",
#: "an english private limited company", "swiss citizens" (group ``adjective``: the words
#: before what the party is; looked up in :data:`DEMONYM_CODES`)
DEMONYM_PHRASE = regex_cache.compile(rf"""
    (?:an?[ ])?
    (?P<adjective>[a-z][a-z.]*(?:[ ][a-z][a-z.]*){{0,2}}?)
    (?:[ ](?:citizens?|nationals?|citizenship|nationality|{LEGAL_FORM_WORDS}))?
    \.?
""", re.VERBOSE)


def stated_adjective(stated: str) -> Optional[str]:
    """The words of ``stated`` before what the party is, in lower case: the place's adjective
    or name of "a Maltese corporation", "Delaware limited partnership"; None when ``stated`` is
    no such phrase.

    >>> stated_adjective("a Maltese corporation"), stated_adjective("New York LLC")
    ('maltese', 'new york')
    """
    m = DEMONYM_PHRASE.fullmatch(" ".join(stated.lower().split()))
    return m["adjective"] if m is not None else None


def demonym_code(stated: str) -> Optional[str]:
    """The ISO 3166 code of the place whose adjective ``stated`` is, alone or before what the
    party is ("a Maltese corporation"); None when it is no adjective known here.

    >>> demonym_code("Swiss"), demonym_code("a Bermuda exempted company")
    ('CH', 'BM')
    """
    adjective = stated_adjective(stated)
    return DEMONYM_CODES.get(adjective) if adjective is not None else None
