"""News templates for the demo intranet, in Dutch.

A template has a title, an intro and a body (the same small markup as the
theme corpus) with placeholders the seeder fills in: {event_date} (a day a
week or two after the news date), {building}, {site}, {person}, {unit},
{year}, {number} and the template's own `fills`. `months` limits a template
to a season; `count` is how many news items it yields over two years.
`targets` is None for everyone, a list of organisation keys, or "one" for
one organisation picked per item.
"""

from __future__ import annotations

MONTHS = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli",
    "augustus", "september", "oktober", "november", "december",
]  # fmt: skip
WEEKDAYS = [
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
    "zondag",
]  # fmt: skip

BUILDINGS = [
    "het Administratief Centrum", "het Sociaal Huis", "het Politiehuis",
    "de Stedelijke Werkplaats", "het stadhuis", "ICT-gebouw De Schakel",
    "woonzorgcentrum De Leiebloem", "woonzorgcentrum Ter Linde",
]  # fmt: skip
SITES = [
    "Leiekaai", "Kouter", "Vismarkt", "Meersenpark", "Brugse Poort",
    "Stationsplein", "Kanaalweg", "Begijnhofdreef",
]  # fmt: skip


def news(title: str, intro: str, body: list[str], **extra) -> dict:
    """Describe one news template; see the module docstring for the fields."""
    return {
        "title": title,
        "intro": intro,
        "body": body,
        "months": extra.get("months"),
        "count": extra.get("count", 4),
        "targets": extra.get("targets"),
        "image": extra.get("image", False),
        "fills": extra.get("fills", {}),
        "date": extra.get("date"),
    }


NEWS = [
    news(
        "Nieuwe fietsenstalling aan {site}",
        "Wie met de fiets komt, kan vanaf {event_date} terecht in een "
        "overdekte stalling voor {number} fietsen.",
        [
            "De nieuwe stalling heeft laadpunten voor elektrische fietsen, "
            "een pomp en een herstelzuil met gereedschap. Je opent de deur met "
            "je personeelsbadge.",
            "Het team Gebouwenbeheer bouwde de stalling in een voormalige "
            "garage. De kleedkamers met douches op het gelijkvloers blijven "
            "beschikbaar.",
        ],
        count=6,
        image=True,
        fills={"number": ["80", "120", "150", "200", "240"]},
    ),
    news(
        "Gepland onderhoud: {system} niet beschikbaar op {event_date}",
        "Digitaal Leiemonde voert onderhoud uit aan de servers. {system} is "
        "die dag van 18 tot 23 uur niet bereikbaar.",
        [
            "Tijdens het onderhoud installeren we beveiligingsupdates en "
            "vervangen we verouderde opslag. Bewaar je werk tijdig en meld je "
            "af voor 18 uur.",
            "Ploegdiensten met een dringende vraag kunnen de permanentie van "
            "de servicedesk bellen.",
        ],
        count=12,
        fills={
            "system": [
                "De tijdsregistratie",
                "Mijn Loon",
                "Het financiële pakket",
                "Het dossierbeheersysteem",
                "De zaalreservatie",
                "Werkplek",
                "Het omgevingsloket",
                "Het selfserviceportaal",
            ],
        },
    ),
    news(
        "{person} wordt nieuw {role}",
        "Vanaf {event_date} leidt {person} de {unit}. Een kennismaking.",
        [
            "{person} werkt al vijftien jaar in de lokale besturen, onder meer "
            "als diensthoofd in een andere centrumstad. 'Ik wil vooral "
            "luisteren naar de mensen die het werk doen,' zegt {person}.",
            "De eerste weken staan in het teken van kennismaken. Wie een "
            "gesprek wil, kan een afspraak maken via het secretariaat.",
        ],
        count=8,
        image=True,
        fills={"role": ["departementshoofd", "diensthoofd", "directeur"]},
    ),
    news(
        "Ecocheques {year} staan op je kaart",
        "Dit jaar krijgen alle collega's ecocheques. Ze staan vanaf vandaag op "
        "je kaart.",
        [
            "Voltijdse medewerkers krijgen het volledige bedrag; wie deeltijds "
            "werkt of in de loop van het jaar begon, krijgt een evenredig deel.",
            "Je gebruikt ecocheques voor ecologische producten en diensten, "
            "zoals een fiets, energiezuinige toestellen of "
            "tweedehandsspullen. Ze blijven twaalf maanden geldig.",
        ],
        months=[6],
        count=2,
    ),
    news(
        "Akkoord over sectorale onderhandelingen",
        "Vakbonden en werkgevers bereikten een akkoord over de koopkracht "
        "van het personeel van de lokale besturen.",
        [
            "Het akkoord bevat een verhoging van de maaltijdcheques en extra "
            "inzet op de tweede pensioenpijler voor contractuele "
            "medewerkers.",
            "De gemeenteraad en de raad voor maatschappelijk welzijn moeten de "
            "maatregelen nog goedkeuren. We houden je op de hoogte.",
        ],
        count=2,
    ),
    news(
        "Hitteplan: zo werk je veilig bij {temperature} graden",
        "Het KMI voorspelt een hittegolf. Voor ploegen die buiten werken "
        "gelden vanaf morgen aangepaste uren.",
        [
            "De ploegen van Wegen en Groen starten om 6 uur en stoppen om 14 "
            "uur. Drink voldoende water en zoek de schaduw op.",
            "In de woonzorgcentra en de thuiszorg volgen we extra de "
            "bewoners en cliënten op die kwetsbaar zijn voor de hitte.",
        ],
        months=[6, 7, 8],
        count=3,
        fills={"temperature": ["30", "32", "35"]},
    ),
    news(
        "Nieuwe gemeenteraad geïnstalleerd",
        "De nieuwe gemeenteraad en raad voor maatschappelijk welzijn legden "
        "de eed af. De nieuwe bestuursploeg gaat aan de slag.",
        [
            "Na de lokale verkiezingen van oktober begint een nieuwe "
            "bestuursperiode. Het college stelt de komende maanden een "
            "beleidsplan op met de prioriteiten voor zes jaar.",
            "Voor de administratie verandert er op korte termijn weinig. De "
            "algemeen directeur licht de plannen toe op een personeelsforum.",
        ],
        date="2025-01-06",
        count=1,
        image=True,
    ),
    news(
        "Meerjarenplan goedgekeurd",
        "De gemeenteraad keurde het meerjarenplan tot 2031 goed. Wat betekent "
        "het voor onze diensten?",
        [
            "Het plan zet in op wijkwerking, betaalbaar wonen, veilige "
            "fietsroutes en een digitale dienstverlening die voor iedereen "
            "werkt.",
            "Voor het personeel voorziet het plan in extra opleiding en de "
            "renovatie van het stadhuis.",
        ],
        date="2025-12-18",
        count=1,
    ),
    news(
        "Renovatie stadhuis: fase {phase} start",
        "Vanaf {event_date} zijn de werken aan het stadhuis in een nieuwe "
        "fase. Dit verandert er voor wie er werkt.",
        [
            "In deze fase worden de ramen vervangen en krijgt de zuidvleugel "
            "een nieuwe verwarming. De trouwzaal blijft gewoon in gebruik.",
            "De diensten op de tweede verdieping verhuizen tijdelijk naar het "
            "Administratief Centrum. Het team Facility helpt met de verhuis.",
        ],
        count=4,
        image=True,
        fills={"phase": ["1", "2", "3", "4"]},
    ),
    news(
        "Bloedinzameling in {building}",
        "Op {event_date} kun je bloed geven tijdens je werkuren. Een "
        "donatie duurt een halfuur.",
        [
            "Het Rode Kruis komt langs van 10 tot 15 uur. Schrijf je in via "
            "de link in de agenda van je dienst; zonder inschrijving kan ook.",
            "Eet en drink goed vooraf. Na je donatie wachten een drankje en "
            "een broodje.",
        ],
        count=8,
        targets="one",
        fills={},
    ),
    news(
        "Personeelsfeest {year} op {event_date}",
        "Iedereen is welkom op het personeelsfeest in het Meersenpark, met "
        "muziek, eten en een programma voor kinderen.",
        [
            "Dit jaar is het thema 'Leiemonde aan zee'. Er is een foodtruckplein, "
            "een optreden van de personeelsband en een springkasteel.",
            "Schrijf je in voor het einde van de maand, zodat we genoeg eten "
            "voorzien. Partners en kinderen zijn welkom.",
        ],
        months=[5, 6],
        count=2,
        image=True,
    ),
    news(
        "Nieuwjaarsreceptie {year} voor het personeel",
        "Op {event_date} klinken we samen op het nieuwe jaar in het "
        "personeelsrestaurant.",
        [
            "De burgemeester en de algemeen directeur blikken terug en vooruit. "
            "Daarna is er een drankje en een hapje.",
            "Voor ploegen die niet vrij kunnen, brengt de personeelsvereniging "
            "een traktatie langs op de werkplek.",
        ],
        months=[1],
        count=2,
    ),
    news(
        "Griepvaccinatie {year} op het werk",
        "Vanaf {event_date} kun je je gratis laten vaccineren tegen griep, "
        "tijdens je werkuren.",
        [
            "De bedrijfsarts vaccineert in het Administratief Centrum, het "
            "Politiehuis en de woonzorgcentra. Maak een afspraak in de "
            "agenda.",
            "Vooral wie met kwetsbare mensen werkt, raden we de vaccinatie aan.",
        ],
        months=[10, 11],
        count=2,
    ),
    news(
        "{unit} verhuist naar {building}",
        "Vanaf {event_date} werkt {unit} in {building}. Telefoonnummers en "
        "mailadressen blijven dezelfde.",
        [
            "Door de verhuis zitten de collega's dichter bij de diensten "
            "waarmee ze het meest samenwerken.",
            "Tijdens de verhuisdag is de dienst beperkt bereikbaar. "
            "Dringende vragen kun je via Teams stellen.",
        ],
        count=8,
    ),
    news(
        "Opleidingscatalogus najaar {year} staat online",
        "De opleidingscatalogus voor het najaar staat online, met {number} "
        "opleidingen.",
        [
            "Nieuw zijn een opleiding over artificiële intelligentie in je "
            "werk, een reeks over schrijven in klare taal en verdiepende "
            "sessies Excel.",
            "Schrijf je in via de catalogus. Je leidinggevende keurt je "
            "inschrijving goed.",
        ],
        months=[8, 9],
        count=2,
        fills={"number": ["120", "145", "160"]},
    ),
    news(
        "Inspecteurs van de politiezone halen brevet fietspatrouille",
        "{number} inspecteurs rondden de opleiding fietspatrouille af. Ze "
        "versterken de wijkteams.",
        [
            "Met de fiets zijn de agenten sneller ter plaatse in het centrum "
            "en beter aanspreekbaar voor de buurt.",
            "De fietspatrouilles zijn dagelijks op pad, ook in het weekend.",
        ],
        count=4,
        targets=["politie"],
        image=True,
        fills={"number": ["Acht", "Twaalf", "Vijftien"]},
    ),
    news(
        "Nieuwe interventievoertuigen voor de politie",
        "De politiezone neemt {number} nieuwe voertuigen in gebruik, "
        "waarvan de helft elektrisch.",
        [
            "De nieuwe wagens zijn uitgerust met een mobiele werkplek, zodat "
            "agenten hun vaststellingen ter plaatse kunnen registreren.",
            "De oude voertuigen gaan naar een opleidingscentrum.",
        ],
        count=2,
        targets=["politie"],
        fills={"number": ["zes", "tien"]},
    ),
    news(
        "Woonzorgcentrum {wzc} viert {number} jaar",
        "Met een week vol activiteiten viert {wzc} zijn verjaardag. Ook "
        "collega's en familie zijn welkom.",
        [
            "Op het programma staan een optreden van de muziekschool, een "
            "petanquetornooi en een fototentoonstelling over de geschiedenis "
            "van het huis.",
            "Vrijwilligers die willen helpen, kunnen zich melden bij de animatie.",
        ],
        count=2,
        targets=["ocmw"],
        image=True,
        fills={
            "wzc": ["De Leiebloem", "Ter Linde"],
            "number": ["25", "40"],
        },
    ),
    news(
        "Thuiszorg zoekt extra verzorgenden",
        "De vraag naar gezinszorg blijft stijgen. Ken je iemand voor onze "
        "ploegen? Laat het weten.",
        [
            "We zoeken verzorgenden en poetshulpen voor de regio's noord en "
            "zuid. Wie een kandidaat aanbrengt die aangeworven wordt, krijgt "
            "een attentie.",
            "Interne kandidaten kunnen een opleiding tot verzorgende volgen "
            "met behoud van loon.",
        ],
        count=4,
        targets=["ocmw"],
    ),
    news(
        "Digitaal Leiemonde rolt nieuwe laptops uit",
        "Tegen het einde van het jaar krijgen {number} collega's een nieuwe "
        "laptop. Zo verloopt de wissel.",
        [
            "Je krijgt een uitnodiging voor een afspraak van een halfuur. "
            "Bewaar je bestanden vooraf in OneDrive; lokale bestanden worden "
            "niet overgezet.",
            "Je oude laptop lever je op hetzelfde moment in.",
        ],
        count=4,
        fills={"number": ["1.200", "2.500", "3.000"]},
    ),
    news(
        "Nieuwe versie van Werkplek",
        "Werkplek krijgt een vernieuwde startpagina en een betere zoekfunctie "
        "in de personeelsgids.",
        [
            "Je vindt collega's nu ook op hun expertise en de talen die ze "
            "spreken. Vul je profiel aan, zodat collega's je vinden.",
            "Heb je opmerkingen? Laat het de redactie weten.",
        ],
        count=2,
    ),
    news(
        "Opgelet voor phishingmails over {topic}",
        "Er circuleren valse mails die lijken te komen van {topic}. Klik niet "
        "op de links.",
        [
            "De mails vragen je om je aan te melden op een valse pagina. Wie "
            "dat doet, geeft zijn wachtwoord aan criminelen.",
            "Meld de mail met de knop Phishing melden. Heb je toch geklikt? "
            "Wijzig je wachtwoord en bel de servicedesk.",
        ],
        count=7,
        fills={
            "topic": [
                "je loonbrief",
                "een pakketlevering",
                "Microsoft 365",
                "de belastingen",
                "de hospitalisatieverzekering",
            ],
        },
    ),
    news(
        "Werken aan {site}: omleiding voor dienstvoertuigen",
        "Vanaf {event_date} is {site} afgesloten voor verkeer. "
        "Dienstvoertuigen volgen de omleiding.",
        [
            "De dienst Wegen en Groen vernieuwt de rijweg en legt een "
            "vrijliggend fietspad aan. De werken duren ongeveer zes weken.",
            "Fietsers en voetgangers kunnen altijd door.",
        ],
        count=8,
        targets=["stad"],
    ),
    news(
        "Stadsloop {year}: loop mee met je collega's",
        "Op {event_date} loopt Leiemonde. De personeelsvereniging betaalt je "
        "inschrijving.",
        [
            "Je kiest uit 5, 10 of 15 kilometer. Na de loop is er een drankje "
            "aan de tent van de personeelsvereniging.",
            "Schrijf je in met je werkmailadres om de korting te krijgen.",
        ],
        months=[4, 5, 9],
        count=2,
        image=True,
    ),
    news(
        "Collega's van {unit} in de bloemetjes gezet",
        "{unit} kreeg een prijs voor {reason}. Proficiat!",
        [
            "De jury prees vooral de manier waarop het team samenwerkte met "
            "andere diensten en met de buurt.",
            "Het prijzengeld gaat naar een teamuitstap en een nieuwe koffiemachine.",
        ],
        count=6,
        fills={
            "reason": [
                "klantvriendelijke dienstverlening",
                "het beste verbeterproject van het jaar",
                "duurzaam werken",
                "een toegankelijke website",
            ],
        },
    ),
    news(
        "Personeelsenquête {year}: geef je mening",
        "Hoe tevreden ben je over je werk? Vul de personeelsenquête in voor "
        "{event_date}.",
        [
            "De enquête is anoniem en duurt een kwartier. De resultaten worden "
            "per dienst besproken, als er genoeg antwoorden zijn.",
            "Vorige keer leidde de enquête tot meer telewerk en betere "
            "opleidingen voor leidinggevenden.",
        ],
        months=[3, 10],
        count=2,
    ),
    news(
        "Afscheid van {person}",
        "Na {number} jaar gaat {person} van {unit} met pensioen. Een terugblik.",
        [
            "{person} begon als jonge medewerker en zag de organisatie "
            "grondig veranderen: van typemachine tot Teams.",
            "Collega's die {person} willen bedanken, zijn welkom op de "
            "afscheidsreceptie op {event_date}.",
        ],
        count=10,
        targets="one",
        fills={"number": ["35", "38", "40", "42"]},
    ),
    news(
        "Nieuwe collega's verwelkomd op de onthaaldag",
        "{number} nieuwe collega's maakten kennis met de vier organisaties "
        "tijdens de onthaaldag.",
        [
            "Ze kregen een rondleiding in het Administratief Centrum, een "
            "inleiding over informatieveiligheid en een fietstocht langs "
            "projecten in de stad.",
            "De volgende onthaaldag is op {event_date}.",
        ],
        count=7,
        fills={"number": ["32", "41", "56", "63"]},
    ),
    news(
        "Zonnepanelen op het dak van {building}",
        "{building} wekt voortaan een deel van zijn eigen stroom op.",
        [
            "De {number} panelen leveren genoeg stroom voor een kwart van het "
            "verbruik. Het is een actie uit het klimaatplan voor de eigen "
            "organisatie.",
            "Op het scherm in de inkomhal zie je hoeveel stroom de panelen "
            "vandaag opwekten.",
        ],
        count=5,
        image=True,
        fills={"number": ["240", "360", "520"]},
    ),
    news(
        "Nieuwe dienstfietsen voor {unit}",
        "{unit} krijgt elektrische dienstfietsen voor korte verplaatsingen in de stad.",
        [
            "De fietsen zijn te reserveren in de zaalreservatie en staan in "
            "de stalling met laadpunten.",
            "Een helm en regenkledij liggen klaar in de kast ernaast.",
        ],
        count=6,
    ),
    news(
        "Burgerzaken werkt enkel op afspraak tijdens de verkiezingsvoorbereiding",
        "Burgerzaken bereidt de verkiezing van de personeelsvertegenwoordiging "
        "voor en werkt tijdelijk enkel op afspraak.",
        [
            "Collega's die burgers doorverwijzen, wijzen hen op de online "
            "afspraakmodule.",
            "Vrijwilligers voor het stembureau kunnen zich nog melden.",
        ],
        count=1,
        targets=["stad"],
    ),
    news(
        "Sinterklaas {year} bezoekt de kinderen van het personeel",
        "Op {event_date} komt de Sint langs in het personeelsrestaurant. "
        "Kinderen tot tien jaar zijn welkom.",
        [
            "Schrijf je kinderen in via de personeelsvereniging. Elk kind "
            "krijgt een geschenk.",
            "Er is ook een knutselhoek en een voorstelling.",
        ],
        months=[11],
        count=2,
    ),
    news(
        "Winterdienst paraat",
        "Vanaf deze week staat de winterdienst klaar om wegen en fietspaden "
        "ijsvrij te houden.",
        [
            "De strooiploegen werken in een beurtrol van één week. Wie van "
            "wacht is, krijgt een toelage.",
            "Collega's kunnen gladde plekken aan onze gebouwen melden via het "
            "meldingsportaal.",
        ],
        months=[11],
        count=2,
        targets=["stad"],
    ),
    news(
        "Sociaal Huis opent nieuw zitdagenloket in {site}",
        "Burgers kunnen nu ook in {site} terecht voor vragen over leefloon, "
        "schulden en huren.",
        [
            "Het loket is open op dinsdag- en donderdagvoormiddag. "
            "Maatschappelijk werkers van het OCMW en wijkwerkers van de stad "
            "werken er samen.",
            "Doorverwijzen kan via het contactcenter.",
        ],
        count=4,
        targets=["ocmw", "stad"],
    ),
    news(
        "Cyberoefening bij Digitaal Leiemonde",
        "Hoe reageren we als een cyberaanval onze systemen platlegt? Een "
        "oefening moest het uitwijzen.",
        [
            "Het crisisteam oefende een volledige dag met een fictieve aanval. "
            "Het herstelplan werkte, maar de communicatie naar de diensten kan "
            "sneller.",
            "Elke dienst krijgt een noodprocedure om zonder ICT verder te werken.",
        ],
        count=2,
        targets=["digitaal", "stad"],
    ),
    news(
        "Politiezone start campagne tegen fietsdiefstal",
        "Samen met de stad graveert de politiezone gratis fietsen in de wijken.",
        [
            "De wijkteams staan op de markten met een graveertoestel. Ook "
            "collega's kunnen hun fiets laten graveren op {event_date} aan "
            "het Politiehuis.",
            "Wie zijn fiets registreert, vindt hem sneller terug.",
        ],
        count=2,
        targets=["politie", "stad"],
    ),
    news(
        "Stand van zaken ICT-storing van {event_date}",
        "Door een storing in het netwerk waren verschillende toepassingen "
        "urenlang onbereikbaar. Wat liep er mis?",
        [
            "Een defecte switch in het datacenter legde een deel van het "
            "netwerk plat. De reserveverbinding nam het niet automatisch over.",
            "Digitaal Leiemonde past de configuratie aan en test de "
            "reserveverbindingen voortaan elk kwartaal.",
        ],
        count=2,
    ),
    news(
        "Week van de vrijwilliger {year} in {wzc}",
        "Zonder vrijwilligers geen uitstap, geen cafetaria en geen "
        "bibliotheek. {wzc} zegt dank je.",
        [
            "Meer dan tachtig vrijwilligers helpen in onze woonzorgcentra. Ze "
            "worden uitgenodigd op een etentje, bereid door de keukenploeg.",
            "Wil je zelf vrijwilliger worden? Neem contact op met de animatie.",
        ],
        months=[3],
        count=2,
        targets=["ocmw"],
        fills={"wzc": ["De Leiebloem", "Ter Linde"]},
    ),
    news(
        "Nieuwe koffieautomaten met fairtradekoffie",
        "In {building} staan nieuwe koffieautomaten. De koffie is fairtrade en "
        "biologisch.",
        [
            "Je betaalt met je badge of gewoon met je eigen tas. Wie zijn "
            "eigen tas gebruikt, krijgt tien cent korting.",
            "De oude automaten krijgen een tweede leven in een sociale werkplaats.",
        ],
        count=4,
    ),
    news(
        "Warme oproep: word EHBO-hulpverlener",
        "In {building} zoeken we extra EHBO-hulpverleners. De opleiding is "
        "tijdens de werkuren.",
        [
            "Als hulpverlener ben je het eerste aanspreekpunt bij een ongeval "
            "of onwel worden. Je volgt een opleiding van vier dagen en jaarlijks "
            "een opfrissing.",
            "Geïnteresseerd? Laat het weten aan de preventieadviseur.",
        ],
        count=5,
        targets="one",
    ),
]
