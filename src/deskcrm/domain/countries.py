"""Country names and codes → phone regions: a contact in "Schweiz", "CH" or "CHE" has Swiss
numbers. Names in English (ISO 3166 and tz database spellings) and common local ones."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# One region a line: its code, then its names separated by |. A region may take two lines.
_TABLE = """\
AC Ascension Island
AD Andorra|Principality of Andorra|AND
AE United Arab Emirates|ARE|UAE|VAE
AF Afghanistan|Islamic Republic of Afghanistan|AFG
AG Antigua and Barbuda|ATG|Antigua & Barbuda
AI Anguilla|AIA
AL Albania|Republic of Albania|ALB
AM Armenia|Republic of Armenia|ARM
AO Angola|Republic of Angola|AGO
AR Argentina|Argentine Republic|ARG
AS American Samoa|ASM|Samoa (American)
AT Austria|Republic of Austria|AUT|Österreich|Oesterreich
AU Australia|AUS|Australien
AW Aruba|ABW
AX Åland Islands|ALA
AZ Azerbaijan|Republic of Azerbaijan|AZE
BA Bosnia and Herzegovina|Republic of Bosnia and Herzegovina|BIH|Bosnia & Herzegovina
BA Bosna i Hercegovina
BB Barbados|BRB
BD Bangladesh|People's Republic of Bangladesh|BGD
BE Belgium|Kingdom of Belgium|BEL|België|Belgique|Belgien
BF Burkina Faso|BFA
BG Bulgaria|Republic of Bulgaria|BGR|България
BH Bahrain|Kingdom of Bahrain|BHR
BI Burundi|Republic of Burundi|BDI
BJ Benin|Republic of Benin|BEN
BL Saint Barthélemy|BLM|St Barthelemy
BM Bermuda|BMU
BN Brunei Darussalam|BRN|Brunei
BO Bolivia, Plurinational State of|Bolivia|Plurinational State of Bolivia|BOL
BQ Bonaire, Sint Eustatius and Saba|BES|Caribbean NL
BR Brazil|Federative Republic of Brazil|BRA|Brasil
BS Bahamas|Commonwealth of the Bahamas|BHS
BT Bhutan|Kingdom of Bhutan|BTN
BW Botswana|Republic of Botswana|BWA
BY Belarus|Republic of Belarus|BLR
BZ Belize|BLZ
CA Canada|CAN|Kanada
CC Cocos (Keeling) Islands|CCK
CD Congo, The Democratic Republic of the|COD|Congo (Dem. Rep.)
CF Central African Republic|CAF|Central African Rep.
CG Congo|Republic of the Congo|COG|Congo (Rep.)
CH Switzerland|Swiss Confederation|CHE|Schweiz|Suisse|Svizzera|Svizra
CI Côte d'Ivoire|Republic of Côte d'Ivoire|CIV
CK Cook Islands|COK
CL Chile|Republic of Chile|CHL
CM Cameroon|Republic of Cameroon|CMR
CN China|People's Republic of China|CHN|中国|China PRC
CO Colombia|Republic of Colombia|COL
CR Costa Rica|Republic of Costa Rica|CRI
CU Cuba|Republic of Cuba|CUB
CV Cabo Verde|Republic of Cabo Verde|CPV|Cape Verde
CW Curaçao|CUW
CX Christmas Island|CXR
CY Cyprus|Republic of Cyprus|CYP|Κύπρος
CZ Czechia|Czech Republic|CZE|Česko|Česká republika|Tschechien
DE Germany|Federal Republic of Germany|DEU|Deutschland|Allemagne|Germania|Alemania|BRD
DJ Djibouti|Republic of Djibouti|DJI
DK Denmark|Kingdom of Denmark|DNK|Danmark|Dänemark
DM Dominica|Commonwealth of Dominica|DMA
DO Dominican Republic|DOM
DZ Algeria|People's Democratic Republic of Algeria|DZA|Algérie|Algerien
EC Ecuador|Republic of Ecuador|ECU
EE Estonia|Republic of Estonia|EST|Eesti
EG Egypt|Arab Republic of Egypt|EGY|مصر
EH Western Sahara|ESH
ER Eritrea|the State of Eritrea|ERI
ES Spain|Kingdom of Spain|ESP|España|Espana|Spanien|Espagne|Spagna
ET Ethiopia|Federal Democratic Republic of Ethiopia|ETH
FI Finland|Republic of Finland|FIN|Suomi|Finnland
FJ Fiji|Republic of Fiji|FJI
FK Falkland Islands (Malvinas)|FLK|Falkland Islands
FM Micronesia, Federated States of|Federated States of Micronesia|FSM|Micronesia
FO Faroe Islands|FRO
FR France|French Republic|FRA|Frankreich|Francia
GA Gabon|Gabonese Republic|GAB
GB United Kingdom|United Kingdom of Great Britain and Northern Ireland|GBR|Britain (UK)|UK
GB U.K.|Great Britain|Britain|England|Scotland|Wales|Northern Ireland|Großbritannien
GB Grossbritannien|Royaume-Uni|Vereinigtes Königreich
GD Grenada|GRD
GE Georgia|GEO
GF French Guiana|GUF
GG Guernsey|GGY
GH Ghana|Republic of Ghana|GHA
GI Gibraltar|GIB
GL Greenland|GRL
GM Gambia|Republic of the Gambia|GMB
GN Guinea|Republic of Guinea|GIN
GP Guadeloupe|GLP
GQ Equatorial Guinea|Republic of Equatorial Guinea|GNQ
GR Greece|Hellenic Republic|GRC|Ελλάδα|Hellas|Griechenland|Grèce
GT Guatemala|Republic of Guatemala|GTM
GU Guam|GUM
GW Guinea-Bissau|Republic of Guinea-Bissau|GNB
GY Guyana|Republic of Guyana|GUY
HK Hong Kong|Hong Kong Special Administrative Region of China|HKG|香港
HN Honduras|Republic of Honduras|HND
HR Croatia|Republic of Croatia|HRV|Hrvatska|Kroatien
HT Haiti|Republic of Haiti|HTI
HU Hungary|HUN|Magyarország|Ungarn|Hongrie
ID Indonesia|Republic of Indonesia|IDN
IE Ireland|IRL|Éire|Eire|Irland|Irlande
IL Israel|State of Israel|ISR|ישראל
IM Isle of Man|IMN
IN India|Republic of India|IND|Bharat|भारत
IO British Indian Ocean Territory|IOT
IQ Iraq|Republic of Iraq|IRQ
IR Iran, Islamic Republic of|Iran|Islamic Republic of Iran|IRN
IS Iceland|Republic of Iceland|ISL|Ísland
IT Italy|Italian Republic|ITA|Italia|Italien|Italie
JE Jersey|JEY
JM Jamaica|JAM
JO Jordan|Hashemite Kingdom of Jordan|JOR
JP Japan|JPN|日本|Nippon
KE Kenya|Republic of Kenya|KEN
KG Kyrgyzstan|Kyrgyz Republic|KGZ
KH Cambodia|Kingdom of Cambodia|KHM
KI Kiribati|Republic of Kiribati|KIR
KM Comoros|Union of the Comoros|COM
KN Saint Kitts and Nevis|KNA|St Kitts & Nevis|St Kitts and Nevis
KP Korea, Democratic People's Republic of|North Korea|Democratic People's Republic of Korea
KP PRK|Korea (North)
KR Korea, Republic of|South Korea|KOR|Korea (South)|Korea|대한민국
KW Kuwait|State of Kuwait|KWT
KY Cayman Islands|CYM
KZ Kazakhstan|Republic of Kazakhstan|KAZ
LA Lao People's Democratic Republic|Laos|LAO
LB Lebanon|Lebanese Republic|LBN
LC Saint Lucia|LCA|St Lucia
LI Liechtenstein|Principality of Liechtenstein|LIE
LK Sri Lanka|Democratic Socialist Republic of Sri Lanka|LKA
LR Liberia|Republic of Liberia|LBR
LS Lesotho|Kingdom of Lesotho|LSO
LT Lithuania|Republic of Lithuania|LTU|Lietuva
LU Luxembourg|Grand Duchy of Luxembourg|LUX|Luxemburg|Lëtzebuerg
LV Latvia|Republic of Latvia|LVA|Latvija
LY Libya|LBY
MA Morocco|Kingdom of Morocco|MAR|Maroc|Marokko
MC Monaco|Principality of Monaco|MCO
MD Moldova, Republic of|Moldova|Republic of Moldova|MDA
ME Montenegro|MNE
MF Saint Martin (French part)|MAF|St Martin (French)
MG Madagascar|Republic of Madagascar|MDG
MH Marshall Islands|Republic of the Marshall Islands|MHL
MK North Macedonia|Republic of North Macedonia|MKD
ML Mali|Republic of Mali|MLI
MM Myanmar|Republic of Myanmar|MMR|Myanmar (Burma)
MN Mongolia|MNG
MO Macao|Macao Special Administrative Region of China|MAC|Macau
MP Northern Mariana Islands|Commonwealth of the Northern Mariana Islands|MNP
MQ Martinique|MTQ
MR Mauritania|Islamic Republic of Mauritania|MRT
MS Montserrat|MSR
MT Malta|Republic of Malta|MLT
MU Mauritius|Republic of Mauritius|MUS
MV Maldives|Republic of Maldives|MDV
MW Malawi|Republic of Malawi|MWI
MX Mexico|United Mexican States|MEX|México
MY Malaysia|MYS
MZ Mozambique|Republic of Mozambique|MOZ
NA Namibia|Republic of Namibia|NAM
NC New Caledonia|NCL
NE Niger|Republic of the Niger|NER
NF Norfolk Island|NFK
NG Nigeria|Federal Republic of Nigeria|NGA
NI Nicaragua|Republic of Nicaragua|NIC
NL Netherlands|Kingdom of the Netherlands|NLD|Nederland|Holland|The Netherlands|Niederlande
NL Pays-Bas
NO Norway|Kingdom of Norway|NOR|Norge|Noreg|Norwegen|Norvège
NP Nepal|Federal Democratic Republic of Nepal|NPL
NR Nauru|Republic of Nauru|NRU
NU Niue|NIU
NZ New Zealand|NZL|Aotearoa|Neuseeland
OM Oman|Sultanate of Oman|OMN
PA Panama|Republic of Panama|PAN
PE Peru|Republic of Peru|PER|Perú
PF French Polynesia|PYF
PG Papua New Guinea|Independent State of Papua New Guinea|PNG
PH Philippines|Republic of the Philippines|PHL
PK Pakistan|Islamic Republic of Pakistan|PAK
PL Poland|Republic of Poland|POL|Polska|Polen|Pologne
PM Saint Pierre and Miquelon|SPM|St Pierre & Miquelon|St Pierre and Miquelon
PR Puerto Rico|PRI
PS Palestine, State of|the State of Palestine|PSE|Palestine
PT Portugal|Portuguese Republic|PRT
PW Palau|Republic of Palau|PLW
PY Paraguay|Republic of Paraguay|PRY
QA Qatar|State of Qatar|QAT
RE Réunion|REU
RO Romania|ROU|România
RS Serbia|Republic of Serbia|SRB|Srbija|Србија
RU Russian Federation|RUS|Russia|Россия|Russland|Russie
RW Rwanda|Rwandese Republic|RWA
SA Saudi Arabia|Kingdom of Saudi Arabia|SAU|KSA
SB Solomon Islands|SLB
SC Seychelles|Republic of Seychelles|SYC
SD Sudan|Republic of the Sudan|SDN
SE Sweden|Kingdom of Sweden|SWE|Sverige|Schweden|Suède
SG Singapore|Republic of Singapore|SGP
SH Saint Helena, Ascension and Tristan da Cunha|SHN|St Helena
SI Slovenia|Republic of Slovenia|SVN|Slovenija
SJ Svalbard and Jan Mayen|SJM|Svalbard & Jan Mayen
SK Slovakia|Slovak Republic|SVK|Slovensko
SL Sierra Leone|Republic of Sierra Leone|SLE
SM San Marino|Republic of San Marino|SMR
SN Senegal|Republic of Senegal|SEN
SO Somalia|Federal Republic of Somalia|SOM
SR Suriname|Republic of Suriname|SUR
SS South Sudan|Republic of South Sudan|SSD
ST Sao Tome and Principe|Democratic Republic of Sao Tome and Principe|STP|Sao Tome & Principe
SV El Salvador|Republic of El Salvador|SLV
SX Sint Maarten (Dutch part)|SXM|St Maarten (Dutch)
SY Syrian Arab Republic|Syria|SYR
SZ Eswatini|Kingdom of Eswatini|SWZ|Eswatini (Swaziland)
TA Tristan da Cunha
TC Turks and Caicos Islands|TCA|Turks & Caicos Is|Turks and Caicos Is
TD Chad|Republic of Chad|TCD
TG Togo|Togolese Republic|TGO
TH Thailand|Kingdom of Thailand|THA|ประเทศไทย
TJ Tajikistan|Republic of Tajikistan|TJK
TK Tokelau|TKL
TL Timor-Leste|Democratic Republic of Timor-Leste|TLS|East Timor
TM Turkmenistan|TKM
TN Tunisia|Republic of Tunisia|TUN|Tunisie|Tunesien
TO Tonga|Kingdom of Tonga|TON
TR Türkiye|Republic of Türkiye|TUR|Turkey|Turkiye|Türkei|Turquie
TT Trinidad and Tobago|Republic of Trinidad and Tobago|TTO|Trinidad & Tobago
TV Tuvalu|TUV
TW Taiwan, Province of China|Taiwan|TWN|台灣|臺灣
TZ Tanzania, United Republic of|Tanzania|United Republic of Tanzania|TZA
UA Ukraine|UKR|Україна
UG Uganda|Republic of Uganda|UGA
US United States|United States of America|USA|U.S.A.|U.S.|America|Vereinigte Staaten
US États-Unis|Etats-Unis|Estados Unidos
UY Uruguay|Eastern Republic of Uruguay|URY
UZ Uzbekistan|Republic of Uzbekistan|UZB
VA Holy See (Vatican City State)|VAT|Vatican City
VC Saint Vincent and the Grenadines|VCT|St Vincent
VE Venezuela, Bolivarian Republic of|Venezuela|Bolivarian Republic of Venezuela|VEN
VG Virgin Islands, British|British Virgin Islands|VGB|Virgin Islands (UK)
VI Virgin Islands, U.S.|Virgin Islands of the United States|VIR|Virgin Islands (US)
VN Viet Nam|Vietnam|Socialist Republic of Viet Nam|VNM|Việt Nam
VU Vanuatu|Republic of Vanuatu|VUT
WF Wallis and Futuna|WLF|Wallis & Futuna
WS Samoa|Independent State of Samoa|WSM|Samoa (western)
XK Kosovo|Kosova
YE Yemen|Republic of Yemen|YEM
YT Mayotte|MYT
ZA South Africa|Republic of South Africa|ZAF|Südafrika
ZM Zambia|Republic of Zambia|ZMB
ZW Zimbabwe|Republic of Zimbabwe|ZWE
"""


def _key(name: str) -> str:
    """A spelling's lookup key: case, accents, dots, "&" and a leading "the" do not matter."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("&", " and ").replace(".", "").replace(",", " ")
    text = re.sub(r"\s+", " ", text).strip()
    return text.removeprefix("the ")


@cache
def _regions_by_key() -> dict[str, str]:
    regions: dict[str, str] = {}
    for line in _TABLE.splitlines():
        code, _, names = line.partition(" ")
        regions.setdefault(_key(code), code)
        for name in names.split("|"):
            regions.setdefault(_key(name), code)
    return regions


def region_for_country(country: str) -> str:
    """The phone region (ISO 3166 alpha-2) of a country as people write it, or "" if the
    text names no country we know."""
    if not country or len(country) > 80:
        return ""
    return _regions_by_key().get(_key(country), "")
