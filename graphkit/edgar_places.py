"""EDGAR's codes for the places outside the United States: "D5" is Brazil, "X0" the United
Kingdom, "A6" Ontario, "X1" the United States itself.

EDGAR writes a filer's state of incorporation or a reporting person's citizenship as a code:
the two-letter postal code of a U.S. state ("DE", "NY"), or a code of a letter and a digit (or
a digit and a letter) for a Canadian province, a country or a territory. The XML forms keep the
code (``<citizenshipOrOrganization>D5</citizenshipOrOrganization>``, ``<jurisdictionOfInc>``),
and the SEC publishes the table ("EDGAR State and Country Codes"). :data:`EDGAR_PLACE_NAMES` is
that table for every code but the states', with the names in their common English form
("South Korea" for "Korea, Republic of", "British Virgin Islands" for "Virgin Islands,
British"); :func:`edgar_place` reads one code.

Examples
--------
>>> edgar_place("D5"), edgar_place(" f4 "), edgar_place("A0")
('Brazil', 'China', 'Alberta, Canada')
>>> edgar_place("DE") is None, edgar_place("ZZ") is None
(True, True)
"""

from __future__ import annotations

from typing import Optional

#: The SEC's table, one "CODE Name" per line
_TABLE = """
    1A Anguilla
    1B Armenia
    1C Aruba
    1D Azerbaijan
    1E Bosnia and Herzegovina
    1F Belarus
    1G Djibouti
    1H Estonia
    1J Eritrea
    1K Micronesia
    1L South Georgia and the South Sandwich Islands
    1M Croatia
    1N Kyrgyzstan
    1P Kazakhstan
    1Q Lithuania
    1R Latvia
    1S Moldova
    1T Marshall Islands
    1U North Macedonia
    1V Northern Mariana Islands
    1W New Caledonia
    1X Palestinian Territory
    1Y Palau
    1Z Russia
    2A Slovenia
    2B Slovakia
    2C French Southern Territories
    2D Tajikistan
    2E Turkmenistan
    2G Tuvalu
    2H Ukraine
    2J United States Minor Outlying Islands
    2K Uzbekistan
    2L Vanuatu
    2M Germany
    2N Czech Republic
    2P Mayotte
    2Q Georgia (country)
    A0 Alberta, Canada
    A1 British Columbia, Canada
    A2 Manitoba, Canada
    A3 New Brunswick, Canada
    A4 Newfoundland, Canada
    A5 Nova Scotia, Canada
    A6 Ontario, Canada
    A7 Prince Edward Island, Canada
    A8 Quebec, Canada
    A9 Saskatchewan, Canada
    B0 Yukon, Canada
    B1 Botswana
    B2 Afghanistan
    B3 Albania
    B4 Algeria
    B5 American Samoa
    B6 Andorra
    B7 Angola
    B8 Antarctica
    B9 Antigua and Barbuda
    C0 United Arab Emirates
    C1 Argentina
    C3 Australia
    C4 Austria
    C5 Bahamas
    C6 Bahrain
    C7 Bangladesh
    C8 Barbados
    C9 Belgium
    D0 Bermuda
    D1 Belize
    D2 Bhutan
    D3 Bolivia
    D4 Bouvet Island
    D5 Brazil
    D6 British Indian Ocean Territory
    D7 Solomon Islands
    D8 British Virgin Islands
    D9 Brunei
    E0 Bulgaria
    E1 Myanmar
    E2 Burundi
    E3 Cambodia
    E4 Cameroon
    E8 Cape Verde
    E9 Cayman Islands
    F0 Central African Republic
    F1 Sri Lanka
    F2 Chad
    F3 Chile
    F4 China
    F5 Taiwan
    F6 Christmas Island
    F7 Cocos (Keeling) Islands
    F8 Colombia
    F9 Comoros
    G0 Congo
    G1 Cook Islands
    G2 Costa Rica
    G3 Cuba
    G4 Cyprus
    G6 Benin
    G7 Denmark
    G8 Dominican Republic
    G9 Dominica
    H1 Ecuador
    H2 Egypt
    H3 El Salvador
    H4 Equatorial Guinea
    H5 Ethiopia
    H6 Faroe Islands
    H7 Falkland Islands
    H8 Fiji
    H9 Finland
    I0 France
    I3 French Guiana
    I4 French Polynesia
    I5 Gabon
    I6 Gambia
    J0 Ghana
    J1 Gibraltar
    J2 Kiribati
    J3 Greece
    J4 Greenland
    J5 Grenada
    J6 Guadeloupe
    J8 Guatemala
    J9 Guinea
    K0 Guyana
    K1 Haiti
    K2 Honduras
    K3 Hong Kong
    K4 Heard Island and McDonald Islands
    K5 Hungary
    K6 Iceland
    K7 India
    K8 Indonesia
    K9 Iran
    L0 Iraq
    L2 Ireland
    L3 Israel
    L6 Italy
    L7 Cote d'Ivoire
    L8 Jamaica
    L9 Svalbard and Jan Mayen
    M0 Japan
    M2 Jordan
    M3 Kenya
    M4 North Korea
    M5 South Korea
    M6 Kuwait
    M7 Laos
    M8 Lebanon
    M9 Lesotho
    N0 Liberia
    N1 Libya
    N2 Liechtenstein
    N4 Luxembourg
    N5 Macau
    N6 Madagascar
    N7 Malawi
    N8 Malaysia
    N9 Maldives
    O0 Mali
    O1 Malta
    O2 Martinique
    O3 Mauritania
    O4 Mauritius
    O5 Mexico
    O9 Monaco
    P0 Mongolia
    P1 Montserrat
    P2 Morocco
    P3 Mozambique
    P4 Oman
    P5 Nauru
    P6 Nepal
    P7 Netherlands
    P8 Netherlands Antilles
    Q1 Vietnam
    Q2 New Zealand
    Q3 Nicaragua
    Q4 Niger
    Q5 Nigeria
    Q6 Niue
    Q7 Norfolk Island
    Q8 Norway
    R0 Pakistan
    R1 Panama
    R2 Papua New Guinea
    R4 Paraguay
    R5 Peru
    R6 Philippines
    R8 Pitcairn
    R9 Poland
    S0 Guinea-Bissau
    S1 Portugal
    S3 Qatar
    S4 Reunion
    S5 Romania
    S6 Rwanda
    S8 San Marino
    S9 Sao Tome and Principe
    T0 Saudi Arabia
    T1 Senegal
    T2 Seychelles
    T3 South Africa
    T6 Namibia
    T7 Yemen
    T8 Sierra Leone
    U0 Singapore
    U1 Somalia
    U3 Spain
    U5 Western Sahara
    U7 Saint Kitts and Nevis
    U8 Saint Helena
    U9 Saint Lucia
    V0 Saint Pierre and Miquelon
    V1 Saint Vincent and the Grenadines
    V2 Sudan
    V3 Suriname
    V6 Swaziland
    V7 Sweden
    V8 Switzerland
    V9 Syria
    W0 Tanzania
    W1 Thailand
    W2 Togo
    W3 Tokelau
    W4 Tonga
    W5 Trinidad and Tobago
    W6 Tunisia
    W7 Turks and Caicos Islands
    W8 Turkey
    W9 Uganda
    X0 United Kingdom
    X1 United States
    X2 Burkina Faso
    X3 Uruguay
    X4 Vatican City
    X5 Venezuela
    X8 Wallis and Futuna
    Y0 Samoa
    Y3 Democratic Republic of the Congo
    Y4 Zambia
    Y5 Zimbabwe
    Y6 Aland Islands
    Y7 Guernsey
    Y8 Isle of Man
    Y9 Jersey
    Z0 Saint Barthelemy
    Z1 Saint Martin
    Z2 Serbia
    Z3 Timor-Leste
    Z4 Canada
    Z5 Montenegro
"""

#: Each EDGAR code of a place outside the United States (and "X1", the United States), to the
#: place's name: {"D5": "Brazil", "X0": "United Kingdom", ...}
EDGAR_PLACE_NAMES: dict[str, str] = dict(
    line.split(" ", 1) for line in (row.strip() for row in _TABLE.splitlines()) if line)


def edgar_place(code: str) -> Optional[str]:
    """The name of the place an EDGAR code names (:data:`EDGAR_PLACE_NAMES`), any case and
    spacing; None for another code (a U.S. state's, or one EDGAR does not have).

    >>> edgar_place("L2"), edgar_place("Z4")
    ('Ireland', 'Canada')
    """
    return EDGAR_PLACE_NAMES.get(code.strip().upper())
