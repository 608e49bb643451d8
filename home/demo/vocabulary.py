"""Words the demo organisation is made of: organisations, units, jobs, skills.

The city of Leiemonde is invented; any likeness to a real administration is
the likeness every Flemish city administration shares with the others.
"""

from __future__ import annotations

CITY = "Leiemonde"

# key, name, short name, slug, colour, mail domain, default building
ORGANISATIONS = [
    {
        "key": "stad",
        "name": "Stad Leiemonde",
        "short_name": "Stad",
        "slug": "stad-leiemonde",
        "colour": "#1f5f8b",
        "domain": "leiemonde.example",
        "building": "Administratief Centrum",
        "phone_prefix": "266",
    },
    {
        "key": "ocmw",
        "name": "OCMW Leiemonde",
        "short_name": "OCMW",
        "slug": "ocmw-leiemonde",
        "colour": "#b0413e",
        "domain": "ocmw-leiemonde.example",
        "building": "Sociaal Huis",
        "phone_prefix": "243",
    },
    {
        "key": "politie",
        "name": "Politiezone Leiemonde",
        "short_name": "Politie",
        "slug": "politiezone-leiemonde",
        "colour": "#23395d",
        "domain": "politie-leiemonde.example",
        "building": "Politiehuis",
        "phone_prefix": "268",
    },
    {
        "key": "digitaal",
        "name": "Digitaal Leiemonde",
        "short_name": "Digitaal",
        "slug": "digitaal-leiemonde",
        "colour": "#2e7d4f",
        "domain": "digitaal-leiemonde.example",
        "building": "ICT-gebouw De Schakel",
        "phone_prefix": "277",
    },
]


def unit(name: str, area: str, *children: dict, building: str = "") -> dict:
    """Describe one org unit; its kind follows from its depth in the tree."""
    return {"name": name, "area": area, "children": children, "building": building}


# Departments, services and teams of each organisation.
UNIT_TREE = {
    "stad": [
        unit(
            "Departement Personeel en Organisatie",
            "hr",
            unit(
                "Dienst Payroll",
                "payroll",
                unit("Team Lonen", "payroll"),
                unit("Team Tijdsregistratie en Verlof", "payroll"),
            ),
            unit("Dienst Rekrutering en Selectie", "hr"),
            unit("Dienst Opleiding en Ontwikkeling", "training"),
            unit("Dienst Preventie en Welzijn op het Werk", "prevention"),
        ),
        unit(
            "Departement Burgerzaken",
            "civil",
            unit(
                "Dienst Bevolking",
                "civil",
                unit("Team Identiteitskaarten en Reispassen", "civil"),
                unit("Team Adreswijzigingen en Vreemdelingen", "civil"),
            ),
            unit("Dienst Burgerlijke Stand", "civil"),
            unit("Contactcenter", "contact"),
            building="Stadhuis",
        ),
        unit(
            "Departement Mobiliteit en Openbaar Domein",
            "mobility",
            unit(
                "Dienst Mobiliteit",
                "mobility",
                unit("Team Parkeren", "mobility"),
                unit("Team Fietsbeleid", "mobility"),
            ),
            unit(
                "Dienst Wegen en Groen",
                "roads",
                unit("Team Wegenonderhoud", "roads"),
                unit("Team Groenonderhoud Noord", "green"),
                unit("Team Groenonderhoud Zuid", "green"),
                building="Stedelijke Werkplaats",
            ),
        ),
        unit(
            "Departement Facility en Logistiek",
            "facility",
            unit(
                "Dienst Facility",
                "facility",
                unit("Team Onthaal", "reception"),
                unit("Team Schoonmaak", "cleaning"),
                unit("Team Gebouwenbeheer", "buildings"),
            ),
            unit("Dienst Aankoop", "purchase"),
        ),
        unit(
            "Departement Financiën",
            "finance",
            unit("Dienst Boekhouding", "finance"),
            unit("Dienst Budget en Beleidsrapportering", "finance"),
            unit("Dienst Belastingen", "finance"),
        ),
        unit(
            "Departement Bestuur en Communicatie",
            "legal",
            unit(
                "Dienst Communicatie",
                "comm",
                unit("Team Redactie", "comm"),
                unit("Team Grafische Vormgeving", "design"),
            ),
            unit("Dienst Juridische Zaken", "legal"),
            unit("Dienst Informatieveiligheid en Privacy", "privacy"),
            building="Stadhuis",
        ),
        unit(
            "Departement Samenleven",
            "community",
            unit("Dienst Wijkwerking", "community", building="Wijkcentrum Leiewijk"),
            unit("Dienst Cultuur", "culture", building="Cultuurcentrum De Kaai"),
            unit("Dienst Sport", "sport", building="Sportcentrum De Meersen"),
        ),
        unit(
            "Departement Omgeving",
            "urban",
            unit("Dienst Omgevingsvergunningen", "urban"),
            unit("Dienst Milieu en Klimaat", "climate"),
        ),
    ],
    "ocmw": [
        unit(
            "Departement Welzijn",
            "welfare",
            unit(
                "Dienst Sociale Dienstverlening",
                "welfare",
                unit("Team Leefloon", "welfare"),
                unit("Team Schuldbemiddeling", "debt"),
            ),
            unit(
                "Dienst Thuiszorg",
                "homecare",
                unit("Team Gezinszorg", "homecare"),
                unit("Team Maaltijden aan Huis", "homecare"),
            ),
        ),
        unit(
            "Departement Woonzorg",
            "care",
            unit(
                "Woonzorgcentrum De Leiebloem",
                "care",
                building="Woonzorgcentrum De Leiebloem",
            ),
            unit(
                "Woonzorgcentrum Ter Linde",
                "care",
                building="Woonzorgcentrum Ter Linde",
            ),
            unit(
                "Lokaal Dienstencentrum 't Pleintje",
                "community",
                building="Dienstencentrum 't Pleintje",
            ),
        ),
        unit(
            "Departement Ondersteuning OCMW",
            "admin",
            unit("Dienst Administratie Sociale Zaken", "admin"),
            unit("Dienst Woonbegeleiding", "welfare"),
        ),
    ],
    "politie": [
        unit(
            "Korpsleiding",
            "police_staff",
            unit("Dienst Beleidsondersteuning", "police_staff"),
            unit("Dienst Personeel en Logistiek Politie", "police_support"),
        ),
        unit(
            "Departement Interventie",
            "police_int",
            unit("Interventieploeg Noord", "police_int"),
            unit("Interventieploeg Zuid", "police_int"),
            unit("Dienst Onthaal Politiehuis", "police_reception"),
        ),
        unit(
            "Departement Wijkwerking",
            "police_wijk",
            unit("Wijkteam Centrum", "police_wijk", building="Wijkpost Centrum"),
            unit("Wijkteam Oost", "police_wijk", building="Wijkpost Oost"),
            unit("Wijkteam West", "police_wijk", building="Wijkpost West"),
        ),
        unit(
            "Departement Recherche",
            "police_rech",
            unit("Lokale Recherche", "police_rech"),
            unit("Dienst Jeugd en Gezin", "police_rech"),
        ),
        unit("Departement Verkeer", "police_traffic"),
    ],
    "digitaal": [
        unit(
            "Departement ICT",
            "ict",
            unit(
                "Dienst ICT-servicedesk",
                "ict",
                unit("Servicedesk", "ict"),
                unit("Team Werkplekbeheer", "ict"),
            ),
            unit(
                "Dienst Infrastructuur",
                "ict_infra",
                unit("Team Servers en Opslag", "ict_infra"),
                unit("Team Netwerk en Telefonie", "ict_infra"),
            ),
            unit(
                "Dienst Toepassingen",
                "ict_dev",
                unit("Team Webontwikkeling", "ict_dev"),
                unit("Team Data en GIS", "gis"),
            ),
        ),
        unit(
            "Departement Digitale Dienstverlening",
            "digital",
            unit("Dienst Projecten en Architectuur", "digital"),
            unit("Dienst Licenties en Contracten", "purchase"),
        ),
    ],
}

# How many more people an area's units hold than an average office team.
AREA_HEADCOUNT = {
    "police_int": 2.5,
    "police_wijk": 1.6,
    "care": 3.0,
    "homecare": 2.0,
    "cleaning": 2.0,
    "green": 1.5,
    "roads": 1.4,
    "contact": 1.4,
    "civil": 1.3,
}

HEAD_TITLES = {
    "department": "Departementshoofd",
    "service": "Diensthoofd",
    "team": "Teamverantwoordelijke",
}

# Head titles where an area uses its own ranks.
AREA_HEAD_TITLES = {
    "police_staff": {"department": "Korpschef", "service": "Commissaris"},
    "police_int": {"department": "Commissaris", "service": "Hoofdinspecteur"},
    "police_wijk": {"department": "Commissaris", "service": "Hoofdinspecteur"},
    "police_rech": {"department": "Commissaris", "service": "Hoofdinspecteur"},
    "police_traffic": {"department": "Commissaris"},
    "care": {"department": "Directeur Woonzorg", "service": "Directeur"},
}

# Job titles and skills that fit each area.
# fmt: off
AREAS = {
    "hr": (
        ["HR-consulent", "HR-businesspartner", "Selectieverantwoordelijke",
         "Administratief medewerker personeelszaken", "Jurist personeelsrecht"],
        ["rechtspositieregeling", "selectiegesprekken", "Excel",
         "arbeidsrecht", "onboarding", "competentiemanagement"],
    ),
    "payroll": (
        ["Payroll officer", "Loonadministratief medewerker",
         "Dossierbeheerder verloning", "Medewerker tijdsregistratie"],
        ["loonberekening", "sociale wetgeving", "Excel", "Protime",
         "dimona", "fiscaliteit"],
    ),
    "training": (
        ["Opleidingscoördinator", "Loopbaanbegeleider", "Trainer digitale vaardigheden",
         "Administratief medewerker opleidingen"],
        ["didactiek", "e-learning", "coaching", "loopbaanbegeleiding", "Moodle"],
    ),
    "prevention": (
        ["Preventieadviseur", "Vertrouwenspersoon", "Medewerker welzijn op het werk"],
        ["EHBO", "risicoanalyse", "ergonomie", "brandpreventie",
         "psychosociale risico's", "VCA"],
    ),
    "civil": (
        ["Baliemedewerker burgerzaken", "Dossierbeheerder bevolking",
         "Ambtenaar burgerlijke stand", "Deskundige vreemdelingenzaken"],
        ["rijksregister", "Frans", "Engels", "klantvriendelijkheid",
         "vreemdelingenrecht", "naturalisatie"],
    ),
    "contact": (
        ["Medewerker contactcenter", "Klantencoach", "Teamcoach contactcenter"],
        ["klantvriendelijkheid", "Frans", "Engels", "telefonisch onthaal",
         "klachtenbehandeling", "CRM"],
    ),
    "mobility": (
        ["Mobiliteitsdeskundige", "Verkeerskundige", "Parkeerwachter",
         "Projectleider fietsbeleid", "Dossierbeheerder parkeervergunningen"],
        ["verkeerskunde", "AutoCAD", "QGIS", "fietsinfrastructuur",
         "participatie", "parkeerbeleid"],
    ),
    "roads": (
        ["Wegenwerker", "Ploegbaas wegen", "Technisch assistent wegen",
         "Ingenieur openbaar domein", "Signalisatiemedewerker"],
        ["rijbewijs C", "signalisatie", "AutoCAD", "asfaltering",
         "VCA", "winterdienst"],
    ),
    "green": (
        ["Groenarbeider", "Ploegbaas groen", "Boomverzorger", "Tuinarchitect"],
        ["boomverzorging", "maaibeheer", "rijbewijs BE", "snoeien",
         "ecologisch groenbeheer", "VCA"],
    ),
    "facility": (
        ["Facility manager", "Medewerker logistiek", "Coördinator verhuizingen",
         "Magazijnier"],
        ["facility management", "planning", "Excel", "heftruck",
         "contractbeheer"],
    ),
    "reception": (
        ["Onthaalmedewerker", "Bode", "Medewerker zaalreservatie"],
        ["klantvriendelijkheid", "Frans", "Engels", "EHBO",
         "zaalreservatie", "telefonisch onthaal"],
    ),
    "cleaning": (
        ["Schoonmaker", "Ploegverantwoordelijke schoonmaak"],
        ["schoonmaaktechnieken", "hygiëne", "EHBO", "duurzame producten"],
    ),
    "buildings": (
        ["Technisch medewerker gebouwen", "Elektricien", "Projectleider gebouwen",
         "Energiedeskundige"],
        ["HVAC", "elektriciteit", "AutoCAD", "energieboekhouding",
         "brandveiligheid", "BIM"],
    ),
    "purchase": (
        ["Aankoper", "Jurist overheidsopdrachten", "Dossierbeheerder aankoop",
         "Contractmanager"],
        ["overheidsopdrachten", "e-Procurement", "contractbeheer",
         "onderhandelen", "duurzaam aankopen"],
    ),
    "finance": (
        ["Boekhouder", "Financieel deskundige", "Budgethouder",
         "Medewerker belastingen", "Financieel analist"],
        ["BBC 2020", "Excel", "Power BI", "boekhouding",
         "meerjarenplanning", "fiscaliteit"],
    ),
    "comm": (
        ["Communicatiemedewerker", "Redacteur", "Persverantwoordelijke",
         "Webredacteur", "Social media manager"],
        ["klare taal", "Wagtail", "sociale media", "persrelaties",
         "fotografie", "interne communicatie"],
    ),
    "design": (
        ["Grafisch vormgever", "Huisstijlcoördinator"],
        ["Adobe InDesign", "Illustrator", "huisstijl", "toegankelijkheid",
         "fotografie"],
    ),
    "legal": (
        ["Jurist", "Beleidsmedewerker", "Administratief medewerker secretariaat",
         "Notulist"],
        ["bestuursrecht", "decreet lokaal bestuur", "notuleren",
         "Frans", "openbaarheid van bestuur"],
    ),
    "privacy": (
        ["Functionaris voor gegevensbescherming", "Informatieveiligheidsconsulent"],
        ["GDPR", "informatieveiligheid", "ISO 27001", "risicoanalyse",
         "bewustmaking"],
    ),
    "community": (
        ["Wijkregisseur", "Opbouwwerker", "Animator", "Wijkmanager",
         "Medewerker vrijwilligerswerking"],
        ["participatie", "buurtwerking", "vrijwilligersbeleid", "Turks",
         "Arabisch", "conflicthantering"],
    ),
    "culture": (
        ["Cultuurbeleidscoördinator", "Programmator", "Zaalwachter",
         "Technicus podium"],
        ["programmatie", "podiumtechniek", "ticketing", "subsidiedossiers"],
    ),
    "sport": (
        ["Sportfunctionaris", "Redder", "Zaalbeheerder", "Lesgever sportkampen"],
        ["redder", "EHBO", "sportkampen", "Excel", "zaalplanning"],
    ),
    "urban": (
        ["Omgevingsambtenaar", "Stedenbouwkundige", "Dossierbeheerder vergunningen",
         "Architect"],
        ["omgevingsloket", "AutoCAD", "ruimtelijke ordening", "QGIS",
         "erfgoed"],
    ),
    "climate": (
        ["Klimaatambtenaar", "Milieudeskundige", "Energiecoach"],
        ["klimaatplan", "energierenovatie", "circulaire economie",
         "subsidiedossiers", "QGIS"],
    ),
    "welfare": (
        ["Maatschappelijk werker", "Consulent leefloon", "Woonbegeleider",
         "Trajectbegeleider"],
        ["leefloon", "sociaal recht", "gespreksvoering", "Frans", "Arabisch",
         "huurrecht"],
    ),
    "debt": (
        ["Schuldbemiddelaar", "Budgetbegeleider", "Jurist schuldbemiddeling"],
        ["collectieve schuldenregeling", "budgetbeheer", "gespreksvoering",
         "consumentenrecht"],
    ),
    "homecare": (
        ["Verzorgende", "Zorgkundige", "Poetshulp", "Chauffeur maaltijden",
         "Planner thuiszorg"],
        ["persoonsverzorging", "EHBO", "dementie", "rijbewijs B", "planning"],
    ),
    "care": (
        ["Zorgkundige", "Verpleegkundige", "Animator woonzorg", "Logistiek assistent",
         "Hoofdverpleegkundige", "Ergotherapeut", "Kinesitherapeut"],
        ["palliatieve zorg", "dementie", "wondzorg", "EHBO", "tiltechnieken",
         "medicatiebeheer"],
    ),
    "admin": (
        ["Administratief medewerker", "Dossierbeheerder sociale zaken",
         "Medewerker archief"],
        ["Excel", "archivering", "digitaal archief", "klantvriendelijkheid"],
    ),
    "police_staff": (
        ["Beleidsmedewerker politie", "Analist criminaliteitsbeeld",
         "Communicatiemedewerker politie"],
        ["beleidsplanning", "statistiek", "Power BI", "crisiscommunicatie"],
    ),
    "police_support": (
        ["Personeelsconsulent politie", "Logistiek medewerker politie",
         "Wapenmeester"],
        ["GALoP", "logistiek", "geweldbeheersing", "Excel"],
    ),
    "police_int": (
        ["Inspecteur interventie", "Hoofdinspecteur interventie",
         "Inspecteur hondenbrigade", "Dispatcher"],
        ["geweldbeheersing", "EHBO", "rijvaardigheid", "Frans",
         "conflicthantering", "ISLP"],
    ),
    "police_reception": (
        ["Onthaalmedewerker politie", "Inspecteur onthaal", "Dossierbeheerder PV's"],
        ["ISLP", "klachtenopname", "Frans", "Engels", "slachtofferbejegening"],
    ),
    "police_wijk": (
        ["Wijkagent", "Hoofdinspecteur wijkwerking", "Inspecteur wijkwerking"],
        ["buurtbemiddeling", "ISLP", "Turks", "Frans", "fietspatrouille"],
    ),
    "police_rech": (
        ["Rechercheur", "Inspecteur jeugd en gezin", "Analist"],
        ["verhoortechnieken", "digitale recherche", "Engels",
         "intrafamiliaal geweld"],
    ),
    "police_traffic": (
        ["Inspecteur verkeer", "Verkeersdeskundige politie", "Motorrijder"],
        ["verkeersongevallen", "snelheidscontroles", "rijbewijs A", "ISLP"],
    ),
    "ict": (
        ["ICT-servicedeskmedewerker", "Werkplekbeheerder",
         "Functioneel beheerder", "ICT-coördinator"],
        ["Microsoft 365", "Intune", "Teams", "ITIL", "TOPdesk",
         "PowerShell"],
    ),
    "ict_infra": (
        ["Systeembeheerder", "Netwerkbeheerder", "Telefoniebeheerder",
         "Cloudarchitect"],
        ["Linux", "VMware", "netwerken", "Azure", "back-up", "VoIP"],
    ),
    "ict_dev": (
        ["Ontwikkelaar", "Webontwikkelaar", "Tester", "Product owner"],
        ["Python", "Django", "JavaScript", "toegankelijkheid", "Scrum",
         "Git"],
    ),
    "gis": (
        ["GIS-deskundige", "Data-analist", "Data engineer"],
        ["QGIS", "PostgreSQL", "Power BI", "Python", "open data"],
    ),
    "digital": (
        ["Projectleider digitalisering", "Business analist",
         "Enterprise architect", "Contractmanager ICT"],
        ["projectmanagement", "Prince2", "procesanalyse", "Scrum",
         "overheidsopdrachten"],
    ),
}
# fmt: on

# Skills anyone may list, whatever their job.
COMMON_SKILLS = [
    "Excel", "Frans", "Engels", "Duits", "EHBO", "Teams", "klare taal",
    "presenteren", "vergadertechnieken", "GDPR", "eerste interventie",
]  # fmt: skip

# Names with diacritics that Faker's nl_BE lists rarely give; a city this
# size employs many people named so.
FIRST_NAMES_WITH_DIACRITICS = [
    "Zoë", "Inès", "Stéphanie", "Chloë", "Anaïs", "Noë", "Hélène", "Jérôme",
    "Loïc", "Raphaël", "Joëlle", "Françoise", "Aurélie", "Mathéo", "Maëlle",
    "Ümit", "Gülşen", "Özlem", "Çağla", "Şeyma", "Eloïse", "Anaëlle",
]  # fmt: skip
LAST_NAMES_WITH_DIACRITICS = [
    "Çelik", "Öztürk", "Yıldız", "Şahin", "Kılıç", "Lefèvre", "Mariën",
    "Ménard", "Dubé", "Wiśniewska", "Dąbrowski", "Müller", "Schäfer",
    "Gonçalves", "Peña", "Muñoz", "Bouchaïb", "Hoëbeke", "Vanhoëcke",
]  # fmt: skip

# Languages that go with a name's origin, beyond Dutch.
NAME_LANGUAGES = {
    "tr": ["Çelik", "Öztürk", "Yıldız", "Şahin", "Kılıç", "Ümit", "Gülşen",
           "Özlem", "Çağla", "Şeyma", "Yilmaz"],
    "pl": ["Wiśniewska", "Dąbrowski"],
    "es": ["Peña", "Muñoz", "Gonçalves"],
    "de": ["Müller", "Schäfer"],
    "ar": ["Bouchaïb"],
}  # fmt: skip

NICKNAMES = {
    "Johannes": "Hans", "Jozef": "Jef", "Catharina": "Trees",
    "Elisabeth": "Lies", "Franciscus": "Frank", "Alexander": "Lex",
    "Christophe": "Chris", "Katrien": "Kat", "Maximiliaan": "Max",
    "Frederik": "Fré", "Gertrude": "Trui", "Nicolaas": "Nico",
}  # fmt: skip

BIO_OPENINGS = [
    "Ik werk sinds {year} bij {org}.",
    "Sinds {year} ben ik aan de slag bij {org}.",
    "Na enkele jaren in de privésector koos ik in {year} voor {org}.",
    "Ik begon in {year} als jobstudent bij {org} en bleef.",
]
BIO_WORK = [
    "Je kunt bij mij terecht met vragen over {skill}.",
    "Mijn specialiteit is {skill}; aarzel niet om me te contacteren.",
    "In ons team volg ik vooral {skill} op.",
    "Collega's vragen me vaak om hulp bij {skill}.",
]
BIO_HOBBIES = [
    "Na het werk fiets ik graag langs de Leie.",
    "In het weekend sta ik langs de lijn bij de voetbalclub van mijn dochter.",
    "Ik zing in een koor en bak op zondag brood.",
    "Ik ben vrijwilliger bij de jeugdbeweging in mijn buurt.",
    "Ik loop elk jaar de stadsloop mee.",
    "Thuis wachten twee katten en een moestuin.",
    "Ik lees graag thrillers en speel badminton.",
    "Op vrijdagmiddag vind je me bij de lunchwandeling.",
]

# Applications the portal links to (title, path on the apps domain, help).
QUICK_LINKS = [
    (
        "Loonbrief",
        "https://mijnloon.leiemonde.example/",
        "Je loonbrieven en fiscale fiches",
    ),
    (
        "ICT-servicedesk",
        "https://servicedesk.leiemonde.example/",
        "Meld een probleem of vraag materiaal aan",
    ),
    (
        "Zaalreservatie",
        "https://zalen.leiemonde.example/",
        "Reserveer een vergaderzaal of dienstwagen",
    ),
    (
        "Opleidingscatalogus",
        "https://leren.leiemonde.example/",
        "Schrijf je in voor een opleiding",
    ),
    (
        "Tijdsregistratie",
        "https://tijd.leiemonde.example/",
        "Prikken, verlof en overuren",
    ),
    ("Webmail", "https://mail.leiemonde.example/", "Je mailbox en agenda"),
    (
        "Rechtspositieregeling",
        "https://regels.leiemonde.example/rechtspositie",
        "Je rechten en plichten als personeelslid",
    ),
]

HOME_WELCOME = (
    "<p>Welkom op <b>Werkplek</b>, het intranet van Stad Leiemonde, OCMW "
    "Leiemonde, Politiezone Leiemonde en Digitaal Leiemonde. Hier vind je het "
    "nieuws van je organisatie, alles over je job en je loon, en de collega "
    "die je verder helpt.</p>"
)

# Accounts to sign in with; their password comes from the command line.
ROLE_ACCOUNTS = [
    {
        "username": "admin",
        "first_name": "Annelies",
        "last_name": "Verhaeghe",
        "unit": "Team Werkplekbeheer",
        "job_title": "Functioneel beheerder Werkplek",
        "superuser": True,
        "skills": ["Wagtail", "Microsoft 365", "ITIL"],
        "bio": "Ik beheer Werkplek en help redacteurs op weg.",
        "label": "beheerder (superuser)",
    },
    {
        "username": "redacteur",
        "first_name": "Sarah",
        "last_name": "De Clercq",
        "unit": "Team Redactie",
        "job_title": "Webredacteur",
        "group": "Editors",
        "skills": ["klare taal", "Wagtail", "interne communicatie"],
        "bio": "Ik schrijf het nieuws op Werkplek. Tips zijn altijd welkom!",
        "label": "redacteur (groep Editors)",
    },
    {
        "username": "hr",
        "first_name": "Koen",
        "last_name": "Van Damme",
        "unit": "Dienst Rekrutering en Selectie",
        "job_title": "HR-consulent",
        "group": "HR",
        "skills": ["rechtspositieregeling", "selectiegesprekken", "onboarding"],
        "bio": "Ik volg de personeelsdossiers van de stadsdiensten op.",
        "label": "HR (groep HR)",
    },
    {
        "username": "medewerker",
        "first_name": "Jonas",
        "last_name": "Maes",
        "unit": "Team Identiteitskaarten en Reispassen",
        "job_title": "Baliemedewerker burgerzaken",
        "skills": ["rijksregister", "Frans", "klantvriendelijkheid"],
        "bio": "Aan het loket help ik burgers met hun identiteitskaart.",
        "label": "medewerker",
    },
    {
        "username": "eindredacteur",
        "first_name": "Fatima",
        "last_name": "El Amrani",
        "unit": "Team Redactie",
        "job_title": "Eindredacteur",
        "group": "Moderators",
        "skills": ["eindredactie", "vertalen", "klare taal"],
        "bio": "Ik keur pagina's goed en publiceer hun vertalingen.",
        "label": "eindredacteur (groep Moderators: publiceren, vertalen)",
    },
    {
        # An external partner: no unit, only the groups it is placed in
        # (home.demo.groups.seed_partner_memberships).
        "username": "partner",
        "first_name": "Bram",
        "last_name": "Vandenberghe",
        "unit": None,
        "email": "bram.vandenberghe@studio-brug.example",
        "external": True,
        "job_title": "Architect, Studio Brug",
        "skills": ["renovatie", "erfgoed"],
        "bio": "Ik werk als externe partner mee aan projecten van de stad.",
        "label": "externe partner (ziet alleen zijn groepen)",
    },
]
