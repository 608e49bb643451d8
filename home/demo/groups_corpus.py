"""The words the demo's groups are made of: names, descriptions, page texts.

Group names are combined from the lists here by `home.demo.groups`: a kind
of group ("Projectteam", "Werkgroep", "Netwerk" ...) with a subject (a
project, a topic, a role, an application, a unit), or taken whole (clubs of
the staff association, confidential groups). Texts hold `{placeholders}`
that the seeder fills per group: `{topic}` (the group's subject, short),
`{what}` (the subject as a phrase), `{room}`, `{year}`, `{date}`, `{name}`.
"""

from __future__ import annotations

# Projects: (name, area of the people in it, what the project does).
PROJECTS = [
    ("Nieuwe Markt", "urban", "de heraanleg van de Nieuwe Markt"),
    ("Heraanleg Leiekaai", "roads", "de heraanleg van de Leiekaai tot autoluwe kade"),
    ("Nieuw Administratief Centrum", "facility", "de verhuis naar het nieuwe "
     "Administratief Centrum"),
    ("Digitaal Loket 2.0", "digital", "het nieuwe digitale loket voor burgers"),
    ("Renovatie Stadsschouwburg", "culture", "de renovatie van de stadsschouwburg"),
    ("Fietsstraten Centrum", "mobility", "de fietsstraten in het centrum"),
    ("Zwembad De Golf", "sport", "de bouw van het nieuwe zwembad De Golf"),
    ("Stationsomgeving", "urban", "de vernieuwing van de stationsomgeving"),
    ("Lage-emissiezone", "mobility", "de invoering van de lage-emissiezone"),
    ("Kinderopvang Rietveld", "welfare", "de nieuwe kinderopvang in de wijk Rietveld"),
    ("Verhuis Stadsarchief", "legal", "de verhuis van het stadsarchief"),
    ("Begroting 2027", "finance", "de opmaak van de begroting 2027"),
    ("Meerjarenplan 2026-2031", "finance", "het meerjarenplan 2026-2031"),
    ("E-facturatie", "finance", "de overstap op elektronische facturen"),
    ("Energierenovatie stadsgebouwen", "buildings", "de energierenovatie van de "
     "stadsgebouwen"),
    ("Klimaatplan 2030", "climate", "het lokale klimaatplan 2030"),
    ("Wijkcontract Brugse Poort", "community", "het wijkcontract Brugse Poort"),
    ("Nieuw Politiehuis", "police_support", "de bouw van het nieuwe politiehuis"),
    ("Bodycams", "police_int", "de invoering van bodycams bij de interventieploegen"),
    ("Camerabeleid", "police_staff", "het nieuwe camerabeleid van de politiezone"),
    ("Migratie Microsoft 365", "ict", "de migratie naar Microsoft 365"),
    ("Nieuwe telefonie", "ict_infra", "de overstap op de nieuwe telefonie"),
    ("Open data", "gis", "het openstellen van stedelijke data"),
    ("Zorgpad dementie", "care", "het zorgpad voor bewoners met dementie"),
    ("Buurtgerichte zorg Oost", "homecare", "buurtgerichte zorg in Leiemonde-Oost"),
    ("Slimme parkeersensoren", "mobility", "de proef met slimme parkeersensoren"),
    ("Vergroening schoolomgevingen", "green", "de vergroening van de "
     "schoolomgevingen"),
    ("Leiefeesten 2027", "culture", "de organisatie van de Leiefeesten 2027"),
    ("Digitale afsprakenplanner", "civil", "de digitale afsprakenplanner voor de "
     "loketten"),
    ("Personeelsplan 2027", "hr", "het nieuwe personeelsplan"),
    ("Welzijnsbevraging", "prevention", "de welzijnsbevraging bij alle personeel"),
    ("Digitalisering bouwdossiers", "urban", "de digitalisering van de bouwdossiers"),
    ("Sociaal Huis aan de Kouter", "welfare", "het nieuwe Sociaal Huis aan de Kouter"),
    ("Elektrisch wagenpark", "facility", "de overstap op een elektrisch wagenpark"),
    ("Nieuw intranet", "comm", "de lancering van het nieuwe intranet"),
    ("Rioolvernieuwing Kanaalweg", "roads", "de rioolvernieuwing in de Kanaalweg"),
]  # fmt: skip

# (kind of project group, how much more secret it tends to be, description)
PROJECT_KINDS = [
    ("Projectteam", 0.1, "Het projectteam dat {what} voorbereidt en opvolgt: "
     "planning, budget, vergunningen en communicatie met de buurt."),
    ("Stuurgroep", 0.45, "De stuurgroep beslist over {what}: scope, timing en "
     "budget. Agenda en verslagen staan hier."),
    ("Kernteam", 0.25, "Het kernteam werkt {what} dagelijks uit en bereidt de "
     "beslissingen van de stuurgroep voor."),
    ("Projectgroep", 0.0, "Iedereen die meewerkt aan {what} deelt hier "
     "documenten, vragen en afspraken."),
]  # fmt: skip

# Working groups: (topic, area or "" for anyone).
WORKING_TOPICS = [
    ("digitale toegankelijkheid", "ict_dev"), ("klare taal", "comm"),
    ("duurzaamheid", "climate"), ("diversiteit en inclusie", "hr"),
    ("welzijn op het werk", "prevention"), ("privacy en GDPR", "privacy"),
    ("archiefbeheer", "legal"), ("hybride werken", "hr"),
    ("onthaal nieuwe collega's", "hr"), ("personeelsfeest", ""),
    ("woon-werkverkeer", "mobility"), ("zwerfvuil", "cleaning"),
    ("toegankelijke evenementen", "culture"), ("armoedebeleid", "welfare"),
    ("vrijwilligerswerk", "community"), ("burgerparticipatie", "community"),
    ("hitteplan", "prevention"), ("energiebesparing", "buildings"),
    ("biodiversiteit", "green"), ("seniorenbeleid", "care"),
    ("jeugdbeleid", "community"), ("dementievriendelijke stad", "care"),
    ("gezonde voeding", "prevention"), ("agressie aan het loket", "civil"),
    ("brandveiligheid", "prevention"), ("ergonomie", "prevention"),
    ("datakwaliteit", "gis"), ("eenvoudige formulieren", "digital"),
    ("sluikstort", "cleaning"), ("Week van de Mobiliteit", "mobility"),
    ("De Warmste Week", ""), ("Dag van de Zorg", "care"),
    ("Open Monumentendag", "culture"), ("Autoloze Zondag", "mobility"),
    ("papierloos werken", "admin"), ("informatieveiligheid", "privacy"),
    ("fietsbeleid", "mobility"), ("leesbare brieven", "comm"),
    ("taalbeleid Nederlands op de werkvloer", "training"),
    ("preventie van burn-out", "prevention"),
]  # fmt: skip

WORKING_KINDS = [
    ("Werkgroep", 0.1, "Collega's uit verschillende diensten werken samen rond "
     "{topic}. Nieuwe ideeën en helpende handen zijn welkom."),
    ("Klankbordgroep", 0.2, "Een klankbordgroep die de plannen rond {topic} "
     "vroeg bekijkt en feedback geeft vanuit de praktijk."),
]  # fmt: skip

# Networks and communities of practice: (who meets, area or "").
NETWORK_ROLES = [
    ("preventieadviseurs", "prevention"), ("HR-businesspartners", "hr"),
    ("projectleiders", "digital"), ("data-analisten", "gis"),
    ("webredacteurs", "comm"), ("leidinggevenden", ""),
    ("juristen", "legal"), ("aankopers", "purchase"),
    ("teamverantwoordelijken", ""), ("onthaalmedewerkers", "reception"),
    ("zorgcoördinatoren", "care"), ("wijkinspecteurs", "police_wijk"),
    ("maatschappelijk werkers", "welfare"), ("ergotherapeuten", "care"),
    ("informatieveiligheidsconsulenten", "privacy"),
    ("communicatiecollega's", "comm"), ("beleidsmedewerkers", ""),
    ("stagebegeleiders", "training"), ("mentoren", "training"),
    ("energiecoördinatoren", "buildings"), ("procesverbeteraars", "digital"),
    ("scrum masters", "ict_dev"), ("product owners", "digital"),
    ("EHBO'ers", "prevention"), ("trainers en opleiders", "training"),
    ("boekhouders", "finance"), ("GIS-gebruikers", "gis"),
    ("vergunningverleners", "urban"),
]  # fmt: skip

NETWORK_KINDS = [
    ("Netwerk", 0.0, "Het netwerk van de {topic} van stad, OCMW, politiezone en "
     "Digitaal Leiemonde: we delen ervaringen, vragen en goede praktijken."),
    ("Lerend netwerk", 0.05, "Een lerend netwerk voor {topic}: elke maand een "
     "kort praktijkverhaal van een collega en tijd om vragen te stellen."),
    ("Intervisiegroep", 0.45, "Een kleine groep {topic} die elkaar in "
     "vertrouwen helpt met moeilijke situaties uit het werk."),
]  # fmt: skip

# Applications with user groups: (application, area or "").
APPLICATIONS = [
    ("Power BI", "gis"), ("Excel", ""), ("SharePoint", "ict"), ("Teams", "ict"),
    ("Outlook", ""), ("QGIS", "gis"), ("Wagtail", "comm"), ("Protime", "payroll"),
    ("de zaalreservatie", "facility"), ("het zorgdossier", "care"),
    ("het vergunningenloket", "urban"), ("de budgetmodule", "finance"),
    ("het digitaal archief", "legal"), ("de ICT-servicedesk", "ict"),
    ("het kwaliteitshandboek", "care"), ("de aankoopmodule", "purchase"),
    ("het dossierbeheer", "welfare"), ("de planningstool", "homecare"),
]  # fmt: skip

USER_GROUP_KINDS = [
    ("Gebruikersgroep", 0.0, "Voor wie dagelijks met {topic} werkt: tips, "
     "vragen, nieuwe functies en afspraken met de key users."),
    ("Key users", 0.15, "De key users van {topic}: we testen nieuwe versies, "
     "helpen collega's op weg en verzamelen wensen."),
]  # fmt: skip

TEAM_DESCRIPTIONS = [
    "De werkruimte van {topic}: afspraken, planning en verslagen van het teamoverleg.",
    "Hier delen we binnen {topic} de planning, de werkafspraken en alles wat "
    "we elkaar niet willen vergeten.",
    "Ons teamplekje: wie is er met verlof, wat staat er op de agenda en waar "
    "vind je welke procedure.",
]

# Groups that only their members know of: (title, area or "", description).
CONFIDENTIAL = [
    ("Selectiecommissie diensthoofd Financiën", "finance",
     "De jury van de selectieprocedure voor het nieuwe diensthoofd Financiën."),
    ("Selectiecommissie teamverantwoordelijke Onthaal", "reception",
     "De jury van de selectie voor de teamverantwoordelijke Onthaal."),
    ("Selectiecommissie projectleider Nieuwe Markt", "urban",
     "De jury van de selectie voor de projectleider van de Nieuwe Markt."),
    ("Selectiecommissie HR-businesspartner", "hr",
     "De jury van de selectie voor twee HR-businesspartners."),
    ("Reorganisatie Dienst Facility", "facility",
     "Voorbereiding van de nieuwe structuur van de dienst Facility, vóór het "
     "overleg met de vakbonden."),
    ("Reorganisatie Contactcenter", "contact",
     "Het voorstel om het Contactcenter en de loketten samen te brengen."),
    ("Vertrouwenspersonen", "prevention",
     "Het overleg van de vertrouwenspersonen, in strikte vertrouwelijkheid."),
    ("Crisiscel cyberincident", "ict_infra",
     "De crisiscel die samenkomt bij een cyberincident: draaiboek en "
     "contactgegevens."),
    ("Crisiscel overstroming Leie", "police_staff",
     "Draaiboek en afspraken van de crisiscel bij hoogwater op de Leie."),
    ("Voorbereiding onderhandelingscomité", "hr",
     "Voorbereiding van het overleg met de representatieve vakbonden."),
    ("Evaluatiecommissie bevorderingen", "hr",
     "De commissie die de bevorderingsdossiers van dit jaar beoordeelt."),
    ("Dossier sluiting zwembad Rozenberg", "sport",
     "De voorbereiding van het voorstel over de sluiting van het oude zwembad."),
    ("Interne audit aankoopprocedures", "purchase",
     "Het auditteam dat de aankoopprocedures van 2026 doorlicht."),
    ("Klachtenbehandeling ombudsdienst", "legal",
     "Overleg over gevoelige klachten die de ombudsdienst behandelt."),
    ("Begeleidingsteam re-integratie", "prevention",
     "Het team dat collega's begeleidt bij hun terugkeer na lange afwezigheid."),
    ("Voorbereiding verkiezingen 2030", "civil",
     "De eerste voorbereidingen van de verkiezingen: locaties, personeel en "
     "planning."),
    ("Dossier grondruil Meersenpark", "urban",
     "Het vertrouwelijke dossier over de grondruil aan het Meersenpark."),
    ("Werkgroep nieuw loonbeleid", "payroll",
     "Scenario's voor het nieuwe loonbeleid, vóór de bespreking in het "
     "managementteam."),
]  # fmt: skip

# Clubs of the staff association and other groups for after work.
HOBBIES = [
    ("Fietsers van het stadhuis", "Samen naar het werk fietsen, en op zaterdag "
     "een tocht langs de Leie. Alle tempo's zijn welkom."),
    ("Loopgroep Leiemonde", "We lopen op dinsdag en donderdag over de middag, "
     "van 5 tot 10 kilometer. Start aan het Administratief Centrum."),
    ("Koor Stadsstemmen", "Het personeelskoor repeteert op woensdagavond in "
     "het Sociaal Huis. Notenleer is niet nodig."),
    ("Boekenclub Tussen de Regels", "Elke zes weken bespreken we een boek bij "
     "een koffie. De volgende titel kiezen we samen."),
    ("Lunchwandelaars", "Een half uur frisse lucht over de middag: we "
     "vertrekken om 12.15 uur aan het onthaal."),
    ("Moestuiniers van de Stedelijke Werkplaats", "We verzorgen samen de "
     "moestuin achter de Stedelijke Werkplaats en delen de oogst."),
    ("Schaakclub De Loper", "Schaken over de middag of na het werk, van "
     "beginner tot clubspeler."),
    ("Fotoclub Leiebeeld", "Fotowandelingen, een maandelijkse opdracht en "
     "feedback op elkaars beelden."),
    ("Zaalvoetbal Politiezone", "Elke maandagavond zaalvoetbal in de sporthal "
     "Kouter. Collega's van de stad mogen ook meedoen."),
    ("Yoga op vrijdag", "Een uur yoga op vrijdag na het werk in de "
     "polyvalente zaal. Breng je eigen matje mee."),
    ("Kookclub Smakelijk", "Eén keer per maand koken we samen en delen we "
     "recepten die werken voor een drukke week."),
    ("Breiclub Steek voor Steek", "Breien, haken en babbelen, en elke winter "
     "sjaals voor het Sociaal Huis."),
    ("Badminton op dinsdag", "Badminton in sporthal De Golf op dinsdag van 18 "
     "tot 20 uur. Rackets zijn te leen."),
    ("Quizploeg De Slimme Loketten", "We nemen deel aan quizzen in de buurt en "
     "oefenen met elkaars vragen."),
    ("Bordspelavond", "Elke eerste vrijdag van de maand spellen na het werk, "
     "van Catan tot weerwolven."),
    ("Repair Café Leiemonde", "Collega's die graag herstellen: elektro, "
     "kledij, fietsen. Eén zaterdag per maand open voor iedereen."),
    ("Taalcafé Frans", "Frans oefenen in een ontspannen sfeer, over de "
     "middag. Tous les niveaux sont les bienvenus."),
    ("Taalcafé Engels", "Engels praten over de middag, met een nieuw thema "
     "elke week."),
    ("Taalcafé Nederlands", "Voor collega's die hun Nederlands willen "
     "oefenen, met collega's als taalbuddy."),
    ("Warmste Week vrijwilligers", "We bedenken en organiseren acties voor De "
     "Warmste Week, van wafelbak tot sponsorloop."),
    ("Personeelsfeest 2027", "De vrijwilligers die het personeelsfeest van "
     "2027 voorbereiden: thema, locatie en muziek."),
    ("Carpool Kortrijk-Leiemonde", "Collega's die vanuit de regio Kortrijk "
     "rijden zoeken elkaar hier voor een carpool."),
    ("Carpool Gent-Leiemonde", "Samen rijden vanuit Gent en omgeving: wie "
     "rijdt wanneer, en wie heeft nog een plaats?"),
    ("Fietsherstellers", "Een band plakken, remmen afstellen: we helpen elkaar "
     "in de fietsenstalling op donderdagmiddag."),
    ("Zwemmers van De Golf", "Baantjes zwemmen voor het werk, op maandag en "
     "woensdag om 7 uur."),
    ("Vogelspotters Meersenpark", "Vogels kijken in het Meersenpark en "
     "daarbuiten. Verrekijker aanbevolen, kennis niet nodig."),
    ("Wandelclub Begijnhofdreef", "Op zondag een wandeling van 10 tot 20 "
     "kilometer in de streek."),
    ("Muziekjam", "Muzikanten onder de collega's: we jammen één keer per "
     "maand in het jeugdhuis."),
    ("Filmclub", "We kiezen elke maand een film en bespreken hem achteraf bij "
     "een drankje."),
    ("Mountainbikers", "Ritten van 30 tot 50 kilometer in de Vlaamse Ardennen, "
     "meestal op zaterdagochtend."),
    ("Stadsloopploeg", "Samen trainen voor de stadsloop en de bedrijvenloop."),
    ("Dansclub Salsa", "Salsa en bachata voor beginners, op donderdagavond."),
    ("Tafeltennis Sociaal Huis", "Een tafeltennistafel in de kelder van het "
     "Sociaal Huis en een ladder om de beste te worden."),
    ("Petanque Kouter", "Petanque op het Kouterplein van april tot september, "
     "op vrijdag over de middag."),
    ("Klimgroep", "Bolderen en klimmen in de klimzaal, ook voor beginners."),
    ("Kledingruil", "Twee keer per jaar een kledingruil in de refter, en "
     "hier de aankondigingen."),
    ("Tweedehands babyspullen", "Kinderwagen te veel? Box nodig? Collega-ouders "
     "ruilen en geven hier door."),
    ("Huisdieren van collega's", "Foto's van katten, honden en konijnen, en "
     "tips voor wie een oppas zoekt."),
    ("Receptenruil", "Onze favoriete recepten, getest in echte keukens."),
    ("Tuinclub", "Stekjes, zaden en raad voor de tuin of het balkon."),
    ("Schilders op zondag", "Aquarel, acryl of olieverf: we schilderen samen en "
     "bezoeken tentoonstellingen."),
    ("Kaartersclub", "Wiezen en kingen over de middag in de refter."),
    ("Gezonde lunch", "Recepten en ideeën voor een gezonde lunch op het werk."),
    ("Vinylclub", "Platen ruilen en samen luisteren, één avond per maand."),
]  # fmt: skip

# Places some clubs meet, for clubs that exist in more than one building.
HOBBY_PLACES = [
    "Sociaal Huis", "Politiehuis", "De Schakel", "Stedelijke Werkplaats",
    "Ter Linde", "De Leiebloem",
]  # fmt: skip
HOBBY_VARIANTS = [
    ("Lunchwandelaars {place}", "Wandelen over de middag vanaf {place}: een "
     "half uur, weer of geen weer."),
    ("Loopgroep {place}", "Over de middag lopen vanaf {place}, rustig tempo."),
    ("Koffieclub {place}", "Wie zorgt er voor de koffie, en wie bakt er deze "
     "week? De koffiehoek van {place}."),
]  # fmt: skip

# Meeting rooms and places that texts mention.
ROOMS = [
    "zaal Leie", "zaal Kouter", "vergaderzaal 2.14", "de raadszaal",
    "de polyvalente zaal van het Sociaal Huis", "zaal Schakel",
    "vergaderzaal 4.03", "de refter", "Teams",
]  # fmt: skip

# Texts of the wiki pages -------------------------------------------------

AGREEMENTS = [
    "We antwoorden binnen twee werkdagen op vragen in de groep.",
    "Beslissingen noteren we in het verslag, niet in losse mails.",
    "Documenten bewaren we in de bibliotheek van de groep, niet op een "
    "persoonlijke schijf.",
    "Wie niet kan komen naar het overleg, laat het vooraf weten.",
    "We vergaderen maximaal een uur en starten stipt.",
    "De agenda staat twee dagen vooraf in de groep; punten toevoegen mag "
    "tot de dag ervoor.",
    "Elk actiepunt heeft één trekker en een datum.",
    "We schrijven in klare taal, zonder afkortingen die niet iedereen kent.",
    "Persoonsgegevens van burgers horen niet in berichten of pagina's.",
    "Een verslag staat binnen drie werkdagen online.",
    "We vieren ook wat lukt: een mijlpaal krijgt een bericht in de groep.",
    "Bij afwezigheid neemt een collega de lopende acties over.",
    "Nieuwe leden krijgen een korte rondleiding van een moderator.",
    "Vragen van buiten de groep sturen we door naar de trekker van het onderwerp.",
]
MEETING_RHYTHMS = [
    "We komen elke tweede dinsdag van de maand samen in {room}, van 10 tot 11.30 uur.",
    "Het overleg is om de twee weken op donderdagvoormiddag, afwisselend in "
    "{room} en online.",
    "We zien elkaar elke maandag om 9 uur voor een korte stand-up van een "
    "kwartier in {room}.",
    "Eén keer per kwartaal houden we een langere werksessie in {room}.",
]
AGENDA = {
    "project": [
        "Stand van zaken van de planning voor {topic}",
        "Terugkoppeling van het overleg met de aannemer",
        "Communicatie naar bewoners en handelaars",
        "Budgetopvolging en meerwerken",
        "Vergunningen: wat ligt er nog bij de provincie?",
        "Risico's en openstaande beslissingen",
        "Planning van de volgende fase",
        "Vragen uit de gemeenteraadscommissie",
        "Afstemming met de nutsmaatschappijen",
        "Evaluatie van de infomarkt",
    ],
    "work": [
        "Terugblik op de vorige actie rond {topic}",
        "Voorstel voor het actieplan van volgend jaar",
        "Nieuwe ideeën uit de ideeënbus",
        "Hoe betrekken we meer diensten?",
        "Communicatie op Werkplek en in de nieuwsbrief",
        "Budget voor materiaal en vorming",
        "Voorbereiding van de themadag",
        "Samenwerking met partners in de stad",
    ],
    "network": [
        "Praktijkverhaal van een collega over {topic}",
        "Nieuwe regelgeving en wat ze voor ons werk betekent",
        "Vragen uit de groep",
        "Voorstelling van een tool die een collega gebruikt",
        "Onderwerpen voor de volgende sessies",
        "Uitwisseling met het netwerk van een buurgemeente",
    ],
    "usergroup": [
        "Wat is er nieuw in de laatste versie van {topic}?",
        "Veelgestelde vragen aan de servicedesk",
        "Wensenlijst voor de leverancier",
        "Afspraken over gebruik en naamgeving",
        "Opleiding voor nieuwe gebruikers",
        "Bekende problemen en hun oplossing",
    ],
    "team": [
        "Verlofplanning van de komende weken",
        "Drukte aan het loket en de wachttijden",
        "Nieuwe procedure en wie ze uittest",
        "Terugkoppeling uit het diensthoofdenoverleg",
        "Opleidingen die op de planning staan",
        "Varia: verjaardagen, teamuitje, koffiepot",
        "Permanentie tijdens de feestdagen",
        "Onthaal van de nieuwe collega",
    ],
    "secret": [
        "Stand van het dossier",
        "Juridisch advies en de gevolgen ervan",
        "Timing van de communicatie",
        "Wie informeren we wanneer?",
        "Voorstel aan het managementteam",
        "Openstaande vragen van de betrokken diensten",
    ],
    "hobby": [
        "Kalender van de volgende maanden",
        "Nieuwe leden en hoe we ze verwelkomen",
        "Budget van de personeelsvereniging",
        "Ideeën voor een uitstap",
        "Wie zorgt voor wat bij de volgende activiteit?",
    ],
}
ACTIONS = [
    "werkt het voorstel uit tegen {date}",
    "bezorgt de cijfers tegen {date}",
    "neemt contact op met de leverancier",
    "plant een afspraak met het diensthoofd",
    "schrijft een bericht voor Werkplek",
    "zet het verslag online",
    "vraagt juridisch advies",
    "reserveert {room} voor het volgende overleg",
    "maakt een eerste versie van de planning",
    "stemt af met de communicatiedienst",
    "verzamelt de feedback van de collega's",
    "legt het voorstel voor aan het managementteam",
]
MILESTONES = {
    "project": [
        "Goedkeuring van het ontwerp door het college",
        "Start van de openbare aanbesteding",
        "Gunning van de opdracht",
        "Infomarkt voor bewoners en handelaars",
        "Start van de werken",
        "Oplevering van de eerste fase",
        "Evaluatie met de stuurgroep",
        "Voorlopige oplevering",
        "Communicatiecampagne",
        "Verhuisplanning rond",
    ],
    "work": [
        "Actieplan klaar voor het managementteam",
        "Themadag voor alle personeel",
        "Bevraging bij collega's",
        "Evaluatie en rapport",
        "Opleiding voor de ambassadeurs",
        "Campagne op Werkplek",
    ],
    "secret": [
        "Eerste voorstel besproken",
        "Advies van de juridische dienst",
        "Beslissing van het managementteam",
        "Informatie aan de betrokken collega's",
        "Overleg met de vakbonden",
        "Communicatie aan alle personeel",
    ],
}
DECISIONS = [
    "We kiezen voor de variant met minder parkeerplaatsen en meer groen.",
    "Het budget voor communicatie wordt verhoogd met 15 000 euro.",
    "De start wordt uitgesteld tot na het bouwverlof.",
    "Een externe projectleider wordt aangesteld voor de tweede fase.",
    "We informeren de betrokken collega's eerst, daarna alle personeel.",
    "De planning blijft behouden; de reserve wordt aangesproken.",
    "De werkgroep krijgt een mandaat tot het einde van het jaar.",
    "Voorstel B gaat naar het college.",
]
SUPPLIERS = [
    ("Bouwbedrijf Van Acker", "aannemer wegenwerken"),
    ("Studiebureau Leieland", "ontwerp en werfopvolging"),
    ("Architectenbureau Dewulf & Partners", "architect"),
    ("Verhuisbedrijf Pieters & Zonen", "verhuis en opslag"),
    ("Drukkerij Vanhaecke", "drukwerk en signalisatie"),
    ("Catering De Smaakmakers", "catering bij evenementen"),
    ("Datalink", "ICT-leverancier"),
    ("Groenwerken Callens", "groenaanleg"),
    ("Elektro Desmet", "elektriciteit en verlichting"),
    ("Signalisatie Noord", "werfsignalisatie"),
    ("Meubelatelier De Stoel", "kantoormeubilair"),
    ("Schoonmaakbedrijf Glans", "schoonmaak na de werken"),
]
TASKS = [
    "planning en opvolging",
    "communicatie en berichten op Werkplek",
    "budget en facturen",
    "contact met de leveranciers",
    "verslaggeving",
    "contact met de buurt",
    "vergunningen en juridische vragen",
    "logistiek en zaalreservaties",
    "cijfers en rapportering",
    "onthaal van nieuwe leden",
]
IDEAS = [
    "Een vaste rubriek over {topic} in de nieuwsbrief",
    "Een lunchsessie met een gastspreker",
    "Een korte filmpjesreeks voor nieuwe collega's",
    "Samenwerken met de bib voor een thematafel",
    "Een wedstrijd tussen de diensten",
    "Een checklist die iedereen kan gebruiken",
    "Een bezoek aan een stad die het al goed doet",
    "Peters en meters voor nieuwe collega's",
    "Een actie tijdens de week van {topic}",
    "Een vaste plek op het intranet met de beste tips",
]
FAQ = {
    "usergroup": [
        ("Waar vraag ik een licentie voor {topic} aan?",
         "Via de ICT-servicedesk, met het akkoord van je leidinggevende."),
        ("Wie helpt me als {topic} niet werkt?",
         "Eerst een key user uit deze groep; lukt het niet, dan de servicedesk."),
        ("Is er een opleiding?",
         "Ja, elk kwartaal een basisopleiding; inschrijven via de "
         "opleidingscatalogus."),
        ("Mag ik mijn eigen sjablonen delen?",
         "Graag: zet ze in de bibliotheek van de groep met een korte uitleg."),
    ],
    "network": [
        ("Wie kan lid worden?",
         "Elke collega die met {topic} bezig is, uit alle vier de organisaties."),
        ("Hoe vaak komen we samen?",
         "Om de zes weken, afwisselend op locatie en online."),
        ("Mag ik een onderwerp voorstellen?",
         "Zeker, zet het in een bericht in de groep."),
    ],
    "hobby": [
        ("Kost het iets?",
         "Leden van de personeelsvereniging doen gratis mee; anders vragen we "
         "een kleine bijdrage."),
        ("Moet ik me inschrijven?",
         "Lid worden van de groep volstaat; voor uitstappen vragen we een "
         "inschrijving."),
        ("Mogen partners en kinderen mee?",
         "Bij de uitstappen wel, bij de wekelijkse activiteit niet."),
        ("Wat als ik een keer niet kan?",
         "Geen probleem, laat het gewoon weten in de groep."),
    ],
}  # fmt: skip
TIPS = [
    "Gebruik sneltoetsen: Ctrl+K voegt in de meeste toepassingen een link in.",
    "Bewaar je bestanden in de gedeelde bibliotheek, dan heeft iedereen de "
    "laatste versie.",
    "Zet meldingen uit voor kanalen die je alleen af en toe leest.",
    "Met filters en opgeslagen weergaven vind je je eigen dossiers sneller.",
    "Vraag een key user om mee te kijken voor je een ticket maakt.",
    "De handleiding van {topic} staat in de bibliotheek van de groep.",
    "Nieuwe functies testen we eerst in deze groep voor ze naar iedereen gaan.",
    "Exporteer naar CSV als je de cijfers verder wilt bewerken.",
]
PERMANENCE = [
    "Het loket is open van 8.30 tot 12.30 uur en op woensdag ook van 13.30 "
    "tot 16 uur; er staan altijd minstens twee collega's.",
    "De permanentie bij de telefoon wisselt per week; de planning staat in "
    "de bibliotheek.",
    "Tijdens de schoolvakanties werken we met een beperkte bezetting.",
    "Wie ziek is, verwittigt voor 8.30 uur de teamverantwoordelijke.",
    "Ruilen van een permanentie mag, als je het in de planning zet.",
]
ONBOARDING = [
    "Je krijgt een meter of peter uit het team voor de eerste maand.",
    "De eerste week loop je mee aan het loket of in de buitendienst.",
    "Je toegang tot de toepassingen vraagt de teamverantwoordelijke vooraf aan.",
    "Na een maand hebben we een kort gesprek: wat loopt goed, wat kan beter?",
    "Lees zeker de werkafspraken en de procedures in deze groep.",
    "Op vrijdag drinken we samen koffie om 10 uur, kom gerust langs.",
]
PRACTICES = [
    "Een collega van Wijkwerking vertelde hoe ze met buurtbewoners een "
    "actieplan maakten.",
    "De dienst Belastingen schreef al haar brieven herop in klare taal.",
    "De politiezone werkt met een vast stappenplan bij agressie aan het onthaal.",
    "Het woonzorgcentrum Ter Linde houdt elke ochtend een korte huddle.",
    "Digitaal Leiemonde deelt een sjabloon voor projectfiches.",
    "De dienst Aankoop gebruikt een checklist voor kleine opdrachten.",
]
HOBBY_ACTIVITIES = [
    "activiteit in {room}", "uitstap in de streek", "avond voor nieuwe leden",
    "jaarlijkse barbecue", "deelname aan de stadsloop", "nieuwjaarsdrink",
    "workshop met een gastlesgever", "wedstrijd tegen de buurgemeente",
]  # fmt: skip
HOBBY_PRACTICAL = [
    "Inschrijven kan tot de woensdag voor de activiteit, via een bericht in de groep.",
    "We vertrekken stipt; wie later komt, sluit onderweg aan.",
    "Materiaal is te leen; laat het weten als je iets nodig hebt.",
    "Annuleren bij slecht weer melden we uiterlijk om 10 uur in de groep.",
    "Foto's delen we hier alleen met toestemming van wie erop staat.",
    "De kosten verdelen we; de personeelsvereniging betaalt een deel.",
]

# Texts of the posts and comments ------------------------------------------

POSTS = {
    "any": [
        "Het verslag van het overleg staat online bij de pagina's. Vul gerust "
        "aan als ik iets vergeten ben.",
        "Wie kan er op {date} mee naar de infosessie? Ik reserveer {room}.",
        "Kleine herinnering: het volgende overleg is op {date} in {room}.",
        "Welkom aan de nieuwe leden van de groep! Stel je gerust even voor.",
        "Ik heb de planning bijgewerkt in de bibliotheek.",
        "Dank aan iedereen die gisteren heeft meegeholpen, dat was top!",
        "Heeft iemand ervaring met een gelijkaardige aanpak in een andere "
        "stad? Alle tips welkom.",
        "Ik ben volgende week met verlof; {name} neemt mijn acties over.",
        "Er is een nieuwe versie van de checklist, graag jullie feedback voor vrijdag.",
        "Kort overzicht van waar we staan: de meeste acties lopen volgens "
        "plan, twee punten schuiven een week op.",
        "Ik zoek nog twee vrijwilligers voor {date}. Wie doet mee?",
        "Leuk artikel gelezen over {topic}, de link zet ik hieronder.",
    ],
    "project": [
        "De aannemer bevestigt dat de werken voor {topic} op {date} starten.",
        "Het college heeft het ontwerp goedgekeurd. Volgende stap: de aanbesteding.",
        "Er zijn vragen van handelaars over de bereikbaarheid. Wie pikt dit "
        "op met de communicatiedienst?",
        "De nutsmaatschappijen schuiven hun werken twee weken op; de planning "
        "is aangepast.",
        "De infomarkt was een succes: meer dan 150 bezoekers en veel "
        "positieve reacties.",
    ],
    "work": [
        "Ons voorstel rond {topic} staat op de agenda van het "
        "managementteam van {date}.",
        "De ideeënbus zit goed vol: al 23 ideeën binnen!",
        "Wie wil er mee een korte workshop over {topic} geven?",
    ],
    "network": [
        "Volgende sessie vertelt een collega van de politiezone over haar "
        "aanpak. Noteer {date} alvast.",
        "Ik heb de slides van de vorige sessie in de bibliotheek gezet.",
        "Vraag aan het netwerk: hoe pakken jullie dit aan met beperkte middelen?",
    ],
    "usergroup": [
        "Na de update van het weekend staat de knop voor exporteren ergens "
        "anders. Screenshot in de handleiding.",
        "Tip: in {topic} kun je een weergave opslaan, dat scheelt veel klikken.",
        "De leverancier heeft onze wensenlijst ontvangen; antwoord tegen {date}.",
        "Is er nog iemand met trage schermen sinds maandag? Ik maak een ticket.",
    ],
    "team": [
        "Wie wil ruilen voor de permanentie van {date}?",
        "Vandaag was het druk aan het loket, bedankt om in te springen!",
        "De nieuwe procedure geldt vanaf maandag; de uitleg staat bij de pagina's.",
        "Taart in de keuken, {name} trakteert!",
    ],
    "secret": [
        "Het juridisch advies is binnen; we bespreken het op {date}.",
        "Graag nog geen communicatie hierover buiten de groep.",
        "Nieuwe versie van het voorstel staat in de bibliotheek.",
    ],
    "hobby": [
        "Zaterdag vertrekken we om 9 uur. Wie doet er mee?",
        "Wat een mooie editie gisteren, bedankt iedereen!",
        "Nieuwe data voor de komende maanden staan op de kalender.",
        "Wie heeft er nog materiaal te leen voor {date}?",
        "Bij regen verplaatsen we naar {room}.",
        "Welkom aan de nieuwe leden! Kom gerust eens langs, je hoeft niets "
        "mee te brengen.",
        "Foto's van de vorige keer staan in de bibliotheek.",
        "Wie kan {name} vervangen als aanspreekpunt op {date}?",
        "Hebben jullie ideeën voor de uitstap van {date}? Laat maar komen.",
        "Zin om de volgende keer iemand mee te brengen? Collega's van andere "
        "diensten zijn welkom.",
        "Kleine herinnering: {date} is er geen activiteit door het verlof.",
    ],
}
COMMENTS = [
    "Dank je!", "Goed idee, ik doe mee.", "Kan iemand de slides delen?",
    "Ik kan er helaas niet bij zijn.", "Top, bedankt voor de opvolging.",
    "Ik neem dit op met mijn dienst.", "Staat genoteerd.",
    "Mooi werk, iedereen!", "Kunnen we dit volgende keer even bespreken?",
    "Ik stuur je de gegevens via Teams.", "Prima, voor mij is dat oké.",
    "Ik help graag mee.",
]  # fmt: skip

# Texts of the documents, the contact book and its notes -------------------

# (title, file name stem, kind) where kind says what lines the file holds.
DOCUMENTS = [
    ("Planning {year}", "planning-{year}", "planning"),
    ("Ledenlijst", "ledenlijst", "members"),
    ("Verslag startvergadering", "verslag-startvergadering", "minutes"),
    ("Budgetopvolging", "budgetopvolging", "budget"),
    ("Checklist", "checklist", "checklist"),
    ("Contactlijst", "contactlijst", "contacts"),
    ("Werkafspraken", "werkafspraken", "agreements"),
]
BUDGET_LINES = [
    "Communicatie en drukwerk", "Catering", "Zaalhuur", "Materiaal",
    "Opleiding", "Externe begeleiding", "Onvoorzien",
]  # fmt: skip

EXTERNAL_ORGANISATIONS = [
    ("Bouwbedrijf Van Acker", "vanacker-bouw.example", "aannemer"),
    ("Studiebureau Leieland", "leieland.example", "werfopvolging"),
    ("Architectenbureau Dewulf & Partners", "dewulf-architecten.example",
     "ontwerp"),
    ("Provinciaal Steunpunt Mobiliteit", "steunpunt-mobiliteit.example",
     "advies mobiliteit"),
    ("Buurtcomité Brugse Poort", "brugsepoort.example", "buurtbewoners"),
    ("Handelaarsvereniging Nieuwe Markt", "nieuwemarkt.example",
     "handelaars"),
    ("Datalink", "datalink.example", "ICT-leverancier"),
    ("vzw Kansrijk", "kansrijk.example", "partner armoedebestrijding"),
    ("Brandweerzone Leie", "brandweer-leie.example", "veiligheid"),
    ("Waterwegen Leie", "waterwegen-leie.example", "beheer van de Leie"),
    ("Catering De Smaakmakers", "smaakmakers.example", "catering"),
    ("Hogeschool Leiedal", "hs-leiedal.example", "stageplaatsen en onderzoek"),
]  # fmt: skip
CONTACT_NOTES = [
    "Bereikbaar tussen 8 en 16 uur; liefst eerst mailen.",
    "Vaste contactpersoon voor de werf.",
    "Tekent de bestelbonnen; facturen via de dienst Boekhouding.",
    "Spreekt ook Frans en Engels.",
    "Contact via het algemene nummer als het dringend is.",
    "",
]
NOTES = [
    "Telefoon met {contact}: de levering schuift op naar week {week}.",
    "Afspraak met {contact}: nieuwe offerte tegen eind volgende week.",
    "Beslissing in het overleg: we gaan verder met voorstel B.",
    "Mail van {contact}: vraag naar bijkomende plannen, doorgestuurd naar de "
    "projectleider.",
    "Werfbezoek met {contact}: de timing klopt, kleine aanpassing aan de signalisatie.",
    "Nieuwe contactpersoon bij {contact}; gegevens aangepast.",
    "Overleg met {contact} over de communicatie naar de buurt.",
    "Factuur van {contact} nagekeken en goedgekeurd.",
]
