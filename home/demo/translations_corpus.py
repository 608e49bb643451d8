"""English and French translations of the demo's main pages, written by hand.

The seeder hands these to wagtail-localize as the translations of the Dutch
strings (`home.demo.translations`), so that the demo shows translations an
editor can open, change and sync like any other.

Keys follow the Dutch corpus:

- `HOME` and `SECTIONS` (keyed by the Dutch slug) hold the home page and the
  theme and news index pages;
- `THEMES` holds the top-level themes, keyed by the Dutch page's slug. A body
  has the same chunks, in the same order and markup, as the Dutch one in
  `themes_corpus` (a list has as many lines), and the FAQ as many questions;
- `NEWS` holds every news template of `news_corpus`, keyed by its Dutch
  title. It has the same placeholders as the Dutch template; `fills` gives,
  in the Dutch order, the translated options of the template's own fills
  (a fill left out keeps its Dutch value, like a name or a number).
- `BUILDINGS` follows `news_corpus.BUILDINGS`: one dict of placeholders per
  building, so a language can add forms of its own ("au Centre
  administratif"); `WEEKDAYS` and `MONTHS` write the dates.

What is not here (the body of a sub-theme, a contact's role on another page)
stays Dutch in the translation until an editor translates it.
"""

from __future__ import annotations


def theme(title: str, intro: str, body: list[str], **extra) -> dict:
    """Describe the translation of one theme page."""
    return {
        "title": title,
        "intro": intro,
        "body": body,
        "faq": extra.get("faq", []),
        "cta": extra.get("cta"),
        "contact": extra.get("contact"),
        "slug": extra.get("slug"),
    }


def news(title: str, intro: str, body: list[str], **extra) -> dict:
    """Describe the translation of one news template."""
    return {
        "title": title,
        "intro": intro,
        "body": body,
        "fills": extra.get("fills", {}),
    }


# The home page's quick links (vocabulary.QUICK_LINKS): Dutch title ->
# (title, description) per language. Names of applications stay as they are.
QUICK_LINKS = {
    "en": {
        "Loonbrief": ("Pay slips", "Your pay slips and tax forms"),
        "ICT-servicedesk": ("IT service desk", "Report a problem or ask for equipment"),
        "Zaalreservatie": ("Room booking", "Book a meeting room or a service car"),
        "Opleidingscatalogus": ("Training catalogue", "Sign up for a course"),
        "Tijdsregistratie": ("Time registration", "Clocking, leave and overtime"),
        "Webmail": ("Webmail", "Your mailbox and calendar"),
        "Rechtspositieregeling": (
            "Staff regulations",
            "Your rights and duties as a member of staff",
        ),
    },
    "fr": {
        "Loonbrief": ("Fiches de paie", "Vos fiches de paie et fiches fiscales"),
        "ICT-servicedesk": (
            "Service desk informatique",
            "Signalez un problème ou demandez du matériel",
        ),
        "Zaalreservatie": (
            "Réservation de salles",
            "Réservez une salle de réunion ou un véhicule de service",
        ),
        "Opleidingscatalogus": (
            "Catalogue de formations",
            "Inscrivez-vous à une formation",
        ),
        "Tijdsregistratie": ("Pointage", "Pointage, congés et heures supplémentaires"),
        "Webmail": ("Webmail", "Votre boîte mail et votre agenda"),
        "Rechtspositieregeling": (
            "Statut du personnel",
            "Vos droits et devoirs en tant que membre du personnel",
        ),
    },
}

HOME = {
    "en": {
        "title": "Home",
        "slug": "home-en",
        "welcome": "<p>Welcome to <b>Werkplek</b>, the intranet of the City of "
        "Leiemonde, the Leiemonde Public Social Welfare Centre, the Leiemonde "
        "Police Zone and Digitaal Leiemonde. Here you will find the news of "
        "your organisation, everything about your job and your pay, and the "
        "colleague who can help you further.</p>",
    },
    "fr": {
        "title": "Accueil",
        "slug": "home-fr",
        "welcome": "<p>Bienvenue sur <b>Werkplek</b>, l'intranet de la Ville de "
        "Leiemonde, du CPAS de Leiemonde, de la Zone de police de Leiemonde et "
        "de Digitaal Leiemonde. Vous y trouverez les nouvelles de votre "
        "organisation, tout sur votre emploi et votre salaire, et le collègue "
        "qui peut vous aider.</p>",
    },
}

# Keyed by the Dutch slug of the index page.
SECTIONS = {
    "themas": {
        "en": {
            "title": "Themes",
            "slug": "themes",
            "intro": "<p>Everything you need for your job, by topic.</p>",
        },
        "fr": {
            "title": "Thèmes",
            "slug": "themes",
            "intro": "<p>Tout ce dont vous avez besoin pour votre travail, par "
            "sujet.</p>",
        },
    },
    "nieuws": {
        "en": {
            "title": "News",
            "slug": "news",
            "intro": "<p>News from the city, the Public Social Welfare Centre, "
            "the police zone and Digitaal Leiemonde.</p>",
        },
        "fr": {
            "title": "Actualités",
            "slug": "actualites",
            "intro": "<p>Les nouvelles de la ville, du CPAS, de la zone de "
            "police et de Digitaal Leiemonde.</p>",
        },
    },
}

# Titles of blocks the seeder adds to every page that has them.
LABELS = {
    "en": {
        "Documenten": "Documents",
        "Veelgestelde vragen": "Frequently asked questions",
    },
    "fr": {"Documenten": "Documents", "Veelgestelde vragen": "Questions fréquentes"},
}

WEEKDAYS = {
    "en": [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday",
    ],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}  # fmt: skip
MONTHS = {
    "en": [
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ],
    "fr": [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre",
    ],
}  # fmt: skip

BUILDINGS = {
    "en": [
        {"building": "the Administrative Centre"},
        {"building": "the Social House"},
        {"building": "the Police House"},
        {"building": "the City Workshop"},
        {"building": "the town hall"},
        {"building": "the De Schakel ICT building"},
        {"building": "De Leiebloem care home"},
        {"building": "Ter Linde care home"},
    ],
    "fr": [
        {
            "building": "le Centre administratif",
            "in_building": "au Centre administratif",
            "of_building": "du Centre administratif",
        },
        {
            "building": "la Maison sociale",
            "in_building": "à la Maison sociale",
            "of_building": "de la Maison sociale",
        },
        {
            "building": "l'Hôtel de police",
            "in_building": "à l'Hôtel de police",
            "of_building": "de l'Hôtel de police",
        },
        {
            "building": "l'Atelier municipal",
            "in_building": "à l'Atelier municipal",
            "of_building": "de l'Atelier municipal",
        },
        {
            "building": "l'hôtel de ville",
            "in_building": "à l'hôtel de ville",
            "of_building": "de l'hôtel de ville",
        },
        {
            "building": "le bâtiment ICT De Schakel",
            "in_building": "au bâtiment ICT De Schakel",
            "of_building": "du bâtiment ICT De Schakel",
        },
        {
            "building": "la maison de repos De Leiebloem",
            "in_building": "à la maison de repos De Leiebloem",
            "of_building": "de la maison de repos De Leiebloem",
        },
        {
            "building": "la maison de repos Ter Linde",
            "in_building": "à la maison de repos Ter Linde",
            "of_building": "de la maison de repos Ter Linde",
        },
    ],
}


# The top-level themes (the main sections), keyed by the Dutch slug.
THEMES = {
    "en": {
        "hr-en-verloning": theme(
            "HR and pay",
            "Everything about your pay, your benefits and your career at the "
            "city, the Public Social Welfare Centre, the police zone and "
            "Digitaal Leiemonde.",
            [
                "The Payroll service calculates the pay of more than 8,000 "
                "colleagues every month. HR consultants support your career, "
                "from your first working day to your retirement.",
                "## Where to find what?",
                "- your pay slip and tax form in Mijn Loon\n"
                "- your leave balance and hours worked in the time registration\n"
                "- the staff regulations among the documents below",
            ],
            faq=[
                (
                    "When is my pay transferred?",
                    "Contract staff are paid on the last working day of the "
                    "month. Statutory staff are paid in advance.",
                ),
                (
                    "Who is my HR consultant?",
                    "Every service has its own HR consultant. Look up your "
                    "service in the staff directory; the consultant is listed "
                    "among the contacts.",
                ),
            ],
            cta="Go to Mijn Loon",
            contact="Questions about your career",
        ),
        "verlof-en-afwezigheid": theme(
            "Leave and absence",
            "Holidays, illness, caring for your family or working from home: "
            "how to apply and what you are entitled to.",
            [
                "You request all leave in the time registration. Your manager "
                "approves it, and it comes off your balance straight away.",
                "For longer leave, such as parental leave or a career break, "
                "first get in touch with your HR consultant.",
            ],
            cta="Request leave",
            contact="Questions about leave",
        ),
        "opleiding-en-ontwikkeling": theme(
            "Training and development",
            "Learning is part of your job. You take courses during working "
            "hours, and they are usually free.",
            [
                "The Training and Development service organises more than 300 "
                "courses every year: from Excel and plain language to "
                "leadership and dealing with aggression.",
                "For an external course or a degree you ask for permission in "
                "advance. Sometimes you sign a repayment agreement.",
            ],
            cta="Go to the training catalogue",
            contact="Questions about training",
        ),
        "welzijn-op-het-werk": theme(
            "Well-being at work",
            "Working healthily and safely, in body and mind. Where to go with "
            "questions and worries.",
            [
                "The Prevention and Well-being at Work service keeps track of "
                "the risks at work, from a badly adjusted desk to stress and "
                "conflicts.",
                "You can turn in confidence to the confidential counsellors, "
                "the prevention adviser for psychosocial risks and the "
                "occupational physician.",
            ],
            contact="Well-being at work",
        ),
        "ict-hulp": theme(
            "ICT help",
            "Your laptop, your password, Teams or a printer that refuses to "
            "print: the ICT service desk of Digitaal Leiemonde helps you.",
            [
                "The service desk can be reached on working days from 7.30 am "
                "to 6 pm on 09 277 10 00 and through the self-service portal. "
                "Outside office hours an on-call team handles urgent outages.",
                "## Try it yourself first",
                "- restart your laptop\n"
                "- check that you are connected to the network or the VPN\n"
                "- look at the outage notices on the service desk's home page",
            ],
            cta="Report a problem",
            contact="ICT service desk",
        ),
        "gebouwen-en-onthaal": theme(
            "Buildings and reception",
            "Practical information about our buildings: opening hours, rooms, "
            "access and faults.",
            [
                "Most administrative services work in the Administrative Centre "
                "on the Leiekaai. There are also the town hall, the Social "
                "House, the Police House and dozens of other sites.",
                "The Administrative Centre is open from 7 am to 7 pm. Outside "
                "those hours you can get in with your badge, if it gives you "
                "access.",
            ],
            contact="Buildings",
        ),
        "mobiliteit": theme(
            "Mobility",
            "By bike, by public transport or in a pool car: this is how you get "
            "to work and to your appointments smoothly.",
            [
                "We encourage sustainable travel. If you come on foot, by bike "
                "or by public transport, you receive an allowance or a free "
                "season ticket.",
                "For trips during working hours there are service bikes, shared "
                "cars and electric pool cars.",
            ],
            contact="Commuting",
        ),
        "veiligheid": theme(
            "Safety",
            "Working safely and knowing what to do when things go wrong: first "
            "aid, evacuation and aggression.",
            [
                "Every building has first aiders, evacuation leaders and an "
                "emergency plan. Their names are on the notice boards by the "
                "lift.",
                "## In an emergency",
                "Call 112 and then the internal emergency number 09 266 99 99, "
                "so that reception can guide the emergency services in.",
            ],
            contact="Safety",
        ),
        "aankoop-en-overheidsopdrachten": theme(
            "Purchasing and public procurement",
            "Everything we buy, we buy under public procurement law. The "
            "Purchasing service helps you choose the right procedure.",
            [
                "The amount decides the procedure. The higher the amount, the "
                "more suppliers you have to ask and the more formal the "
                "procedure.",
                "First check whether a framework contract already exists. Then "
                "you can order without a new procedure.",
            ],
            cta="Go to the order catalogue",
            contact="Public procurement",
        ),
        "communicatie": theme(
            "Communication",
            "Want to tell citizens, the press or colleagues something? The "
            "Communication service helps you with text, images and channel.",
            [
                "Involve the Communication service early, ideally as soon as a "
                "project starts. Together we choose the message, the audience "
                "and the channels.",
                "The website, the city magazine, social media and Werkplek have "
                "fixed deadlines.",
            ],
            contact="Communication plans",
        ),
        "financien": theme(
            "Finance",
            "Expenses, budgets and business trips: the financial side of your work.",
            [
                "The Finance service manages the multi-year plan and the "
                "accounts of the city and the Public Social Welfare Centre. "
                "Every service has a budget holder.",
                "Spending is committed in advance to a budget code. Ask your "
                "budget holder which code to use.",
            ],
            contact="Budgets",
        ),
        "gdpr-en-informatieveiligheid": theme(
            "GDPR and information security",
            "We work with a great deal of personal data of citizens and "
            "colleagues. This is how we handle it with care.",
            [
                "Only process the data you need for your task, and keep it no "
                "longer than necessary. The data protection officer helps with "
                "new projects.",
                "Information security is everyone's job: a strong password, a "
                "locked screen and a critical eye on e-mails.",
            ],
            contact="Data protection",
        ),
        "duurzaamheid": theme(
            "Sustainability",
            "Our organisations aim to halve their CO2 emissions by 2030. This "
            "is how we contribute together.",
            [
                "We renovate buildings, drive electric and buy circular. But "
                "small habits make a difference too: switching off the light, "
                "taking the stairs, printing less.",
                "Every service has a sustainability ambassador who collects ideas.",
            ],
            contact="Climate plan",
        ),
        "burgerzaken-voor-collegas": theme(
            "Civil affairs for colleagues",
            "What you need to know when you refer citizens to Civil Affairs: "
            "appointments, documents and fees.",
            [
                "Civil Affairs works by appointment. Citizens make an "
                "appointment online or through the contact centre.",
                "Identity cards, driving licences and passports are issued by "
                "appointment only; certificates can be downloaded online.",
            ],
            faq=[
                (
                    "How long does a new identity card take?",
                    "About three weeks. The urgent procedure costs more.",
                ),
                (
                    "Can a citizen come without an appointment?",
                    "Only to collect documents, during opening hours.",
                ),
            ],
            cta="Make an appointment",
            contact="Civil affairs",
        ),
    },
}


# Every news template, keyed by its Dutch title.
NEWS = {
    "en": {
        "Nieuwe fietsenstalling aan {site}": news(
            "New bicycle shed at {site}",
            "If you cycle to work, from {event_date} you can park in a covered "
            "shed for {number} bikes.",
            [
                "The new shed has charging points for electric bikes, a pump and "
                "a repair stand with tools. You open the door with your staff "
                "badge.",
                "The Building Management team built the shed in a former "
                "garage. The changing rooms with showers on the ground floor "
                "remain available.",
            ],
        ),
        "Gepland onderhoud: {system} niet beschikbaar op {event_date}": news(
            "Planned maintenance: {system} unavailable on {event_date}",
            "Digitaal Leiemonde is carrying out maintenance on the servers. "
            "{system} cannot be reached that day from 6 pm to 11 pm.",
            [
                "During the maintenance we install security updates and replace "
                "outdated storage. Save your work in good time and sign out "
                "before 6 pm.",
                "Shift teams with an urgent question can call the service "
                "desk's on-call line.",
            ],
            fills={
                "system": [
                    "Time registration",
                    "Mijn Loon",
                    "The financial package",
                    "The case management system",
                    "Room booking",
                    "Werkplek",
                    "The planning permit desk",
                    "The self-service portal",
                ],
            },
        ),
        "{person} wordt nieuw {role}": news(
            "{person} becomes the new {role}",
            "From {event_date}, {person} will lead {unit}. An introduction.",
            [
                "{person} has worked in local government for fifteen years, "
                "among other things as head of service in another regional "
                "city. 'Above all, I want to listen to the people who do the "
                "work,' says {person}.",
                "The first weeks are all about getting acquainted. If you would "
                "like a talk, you can make an appointment through the "
                "secretariat.",
            ],
            fills={"role": ["head of department", "head of service", "director"]},
        ),
        "Ecocheques {year} staan op je kaart": news(
            "Eco vouchers {year} are on your card",
            "This year all colleagues receive eco vouchers. They are on your "
            "card from today.",
            [
                "Full-time staff receive the full amount; if you work part-time "
                "or started during the year, you receive a proportional share.",
                "You use eco vouchers for ecological products and services, such "
                "as a bike, energy-efficient appliances or second-hand goods. "
                "They remain valid for twelve months.",
            ],
        ),
        "Akkoord over sectorale onderhandelingen": news(
            "Agreement in the sector negotiations",
            "Trade unions and employers have reached an agreement on the "
            "purchasing power of local government staff.",
            [
                "The agreement includes higher meal vouchers and extra money "
                "for the second pension pillar of contract staff.",
                "The city council and the council for social welfare still have "
                "to approve the measures. We will keep you informed.",
            ],
        ),
        "Hitteplan: zo werk je veilig bij {temperature} graden": news(
            "Heat plan: how to work safely at {temperature} degrees",
            "The Royal Meteorological Institute forecasts a heatwave. From "
            "tomorrow, adjusted hours apply to teams working outdoors.",
            [
                "The Roads and Green Spaces teams start at 6 am and stop at 2 "
                "pm. Drink enough water and look for shade.",
                "In the care homes and in home care we keep a closer eye on "
                "residents and clients who are vulnerable to the heat.",
            ],
        ),
        "Nieuwe gemeenteraad geïnstalleerd": news(
            "New city council installed",
            "The new city council and council for social welfare have been "
            "sworn in. The new administration is getting to work.",
            [
                "After the local elections in October a new term of office "
                "begins. In the coming months the board of mayor and aldermen "
                "will draw up a policy plan with the priorities for six years.",
                "Little will change for the administration in the short term. "
                "The chief executive will explain the plans at a staff forum.",
            ],
        ),
        "Meerjarenplan goedgekeurd": news(
            "Multi-year plan approved",
            "The city council approved the multi-year plan up to 2031. What "
            "does it mean for our services?",
            [
                "The plan focuses on neighbourhood work, affordable housing, "
                "safe cycle routes and digital services that work for everyone.",
                "For staff, the plan provides extra training and the renovation "
                "of the town hall.",
            ],
        ),
        "Renovatie stadhuis: fase {phase} start": news(
            "Town hall renovation: phase {phase} begins",
            "From {event_date}, the works on the town hall enter a new phase. "
            "This is what changes for the people who work there.",
            [
                "In this phase the windows are replaced and the south wing gets "
                "new heating. The wedding hall stays in use as usual.",
                "The services on the second floor move temporarily to the "
                "Administrative Centre. The Facility team helps with the move.",
            ],
        ),
        "Bloedinzameling in {building}": news(
            "Blood donation session in {building}",
            "On {event_date} you can give blood during working hours. A "
            "donation takes half an hour.",
            [
                "The Red Cross will be there from 10 am to 3 pm. Sign up through "
                "the link in your service's calendar; you can also come without "
                "signing up.",
                "Eat and drink well beforehand. After your donation a drink and "
                "a sandwich are waiting for you.",
            ],
        ),
        "Personeelsfeest {year} op {event_date}": news(
            "Staff party {year} on {event_date}",
            "Everyone is welcome at the staff party in the Meersenpark, with "
            "music, food and a programme for children.",
            [
                "This year's theme is 'Leiemonde by the sea'. There is a food "
                "truck square, a performance by the staff band and a bouncy "
                "castle.",
                "Sign up before the end of the month, so that we have enough "
                "food. Partners and children are welcome.",
            ],
        ),
        "Nieuwjaarsreceptie {year} voor het personeel": news(
            "New Year reception {year} for staff",
            "On {event_date} we raise a glass together to the new year in the "
            "staff restaurant.",
            [
                "The mayor and the chief executive look back and ahead. "
                "Afterwards there are drinks and snacks.",
                "For teams who cannot get away, the staff association brings a "
                "treat to their workplace.",
            ],
        ),
        "Griepvaccinatie {year} op het werk": news(
            "Flu vaccination {year} at work",
            "From {event_date} you can get a free flu jab during working hours.",
            [
                "The occupational physician vaccinates in the Administrative "
                "Centre, the Police House and the care homes. Make an "
                "appointment in the calendar.",
                "We especially recommend the vaccination to anyone who works "
                "with vulnerable people.",
            ],
        ),
        "{unit} verhuist naar {building}": news(
            "{unit} moves to {building}",
            "From {event_date}, {unit} works in {building}. Phone numbers and "
            "e-mail addresses stay the same.",
            [
                "The move brings the colleagues closer to the services they work "
                "with most.",
                "On moving day the service is harder to reach. You can ask "
                "urgent questions in Teams.",
            ],
        ),
        "Opleidingscatalogus najaar {year} staat online": news(
            "Autumn {year} training catalogue is online",
            "The training catalogue for the autumn is online, with {number} courses.",
            [
                "New are a course on artificial intelligence in your work, a "
                "series on writing in plain language and advanced Excel "
                "sessions.",
                "Sign up through the catalogue. Your manager approves your "
                "registration.",
            ],
        ),
        "Inspecteurs van de politiezone halen brevet fietspatrouille": news(
            "Police zone inspectors earn their bike patrol certificate",
            "{number} inspectors completed the bike patrol training. They "
            "strengthen the neighbourhood teams.",
            [
                "On bikes, officers reach the city centre faster and are easier "
                "for the neighbourhood to approach.",
                "The bike patrols are out every day, weekends included.",
            ],
            fills={"number": ["Eight", "Twelve", "Fifteen"]},
        ),
        "Nieuwe interventievoertuigen voor de politie": news(
            "New response vehicles for the police",
            "The police zone is putting {number} new vehicles into service, "
            "half of them electric.",
            [
                "The new cars are fitted with a mobile workstation, so that "
                "officers can record their findings on the spot.",
                "The old vehicles go to a training centre.",
            ],
            fills={"number": ["six", "ten"]},
        ),
        "Woonzorgcentrum {wzc} viert {number} jaar": news(
            "{wzc} care home turns {number}",
            "{wzc} celebrates its birthday with a week full of activities. "
            "Colleagues and family are welcome too.",
            [
                "The programme includes a performance by the music school, a "
                "pétanque tournament and a photo exhibition on the history of "
                "the home.",
                "Volunteers who want to help can sign up with the activities team.",
            ],
        ),
        "Thuiszorg zoekt extra verzorgenden": news(
            "Home care is looking for extra carers",
            "Demand for family care keeps rising. Do you know someone for our "
            "teams? Let us know.",
            [
                "We are looking for carers and home helps for the northern and "
                "southern regions. If you bring in a candidate who is hired, you "
                "receive a small gift.",
                "Internal candidates can train as a carer on full pay.",
            ],
        ),
        "Digitaal Leiemonde rolt nieuwe laptops uit": news(
            "Digitaal Leiemonde rolls out new laptops",
            "By the end of the year {number} colleagues will get a new laptop. "
            "This is how the exchange works.",
            [
                "You will receive an invitation to a half-hour appointment. "
                "Save your files in OneDrive beforehand; local files are not "
                "transferred.",
                "You hand in your old laptop at the same time.",
            ],
            fills={"number": ["1,200", "2,500", "3,000"]},
        ),
        "Nieuwe versie van Werkplek": news(
            "New version of Werkplek",
            "Werkplek gets a redesigned home page and better search in the "
            "staff directory.",
            [
                "You can now also find colleagues by their expertise and the "
                "languages they speak. Complete your profile, so that "
                "colleagues can find you.",
                "Any comments? Let the editorial team know.",
            ],
        ),
        "Opgelet voor phishingmails over {topic}": news(
            "Beware of phishing e-mails about {topic}",
            "Fake e-mails are going round that appear to be about {topic}. Do "
            "not click the links.",
            [
                "The e-mails ask you to sign in on a fake page. Anyone who does "
                "so hands their password to criminals.",
                "Report the e-mail with the Report phishing button. Clicked "
                "anyway? Change your password and call the service desk.",
            ],
            fills={
                "topic": [
                    "your pay slip",
                    "a parcel delivery",
                    "Microsoft 365",
                    "your taxes",
                    "the hospitalisation insurance",
                ],
            },
        ),
        "Werken aan {site}: omleiding voor dienstvoertuigen": news(
            "Works at {site}: diversion for service vehicles",
            "From {event_date}, {site} is closed to traffic. Service vehicles "
            "follow the diversion.",
            [
                "The Roads and Green Spaces service is renewing the road and "
                "building a separate cycle path. The works take about six "
                "weeks.",
                "Cyclists and pedestrians can always get through.",
            ],
        ),
        "Stadsloop {year}: loop mee met je collega's": news(
            "City run {year}: run with your colleagues",
            "On {event_date} Leiemonde runs. The staff association pays your "
            "entry fee.",
            [
                "You choose 5, 10 or 15 kilometres. After the run there are "
                "drinks at the staff association's tent.",
                "Sign up with your work e-mail address to get the discount.",
            ],
        ),
        "Collega's van {unit} in de bloemetjes gezet": news(
            "Colleagues of {unit} in the spotlight",
            "{unit} won an award for {reason}. Congratulations!",
            [
                "The jury particularly praised the way the team worked with "
                "other services and with the neighbourhood.",
                "The prize money goes to a team outing and a new coffee machine.",
            ],
            fills={
                "reason": [
                    "customer-friendly service",
                    "the best improvement project of the year",
                    "working sustainably",
                    "an accessible website",
                ],
            },
        ),
        "Personeelsenquête {year}: geef je mening": news(
            "Staff survey {year}: have your say",
            "How satisfied are you with your work? Fill in the staff survey "
            "before {event_date}.",
            [
                "The survey is anonymous and takes a quarter of an hour. The "
                "results are discussed per service, if there are enough "
                "answers.",
                "Last time the survey led to more teleworking and better "
                "training for managers.",
            ],
        ),
        "Afscheid van {person}": news(
            "Farewell to {person}",
            "After {number} years, {person} of {unit} is retiring. A look back.",
            [
                "{person} started as a young employee and saw the organisation "
                "change completely: from typewriter to Teams.",
                "Colleagues who want to thank {person} are welcome at the "
                "farewell reception on {event_date}.",
            ],
        ),
        "Nieuwe collega's verwelkomd op de onthaaldag": news(
            "New colleagues welcomed on the induction day",
            "{number} new colleagues got to know the four organisations during "
            "the induction day.",
            [
                "They were given a tour of the Administrative Centre, an "
                "introduction to information security and a bike ride past "
                "projects in the city.",
                "The next induction day is on {event_date}.",
            ],
        ),
        "Zonnepanelen op het dak van {building}": news(
            "Solar panels on the roof of {building}",
            "{building} now generates part of its own electricity.",
            [
                "The {number} panels supply enough electricity for a quarter of "
                "the consumption. It is one of the actions of the climate plan "
                "for our own organisation.",
                "The screen in the entrance hall shows how much electricity the "
                "panels generated today.",
            ],
        ),
        "Nieuwe dienstfietsen voor {unit}": news(
            "New service bikes for {unit}",
            "{unit} is getting electric service bikes for short trips in the city.",
            [
                "The bikes can be booked in the room booking system and are "
                "parked in the shed with charging points.",
                "A helmet and rain gear are ready in the cupboard next to them.",
            ],
        ),
        "Burgerzaken werkt enkel op afspraak tijdens de verkiezingsvoorbereiding": news(
            "Civil Affairs works by appointment only during the election preparations",
            "Civil Affairs is preparing the election of the staff "
            "representatives and is working by appointment only for now.",
            [
                "Colleagues who refer citizens point them to the online "
                "appointment module.",
                "Volunteers for the polling station can still sign up.",
            ],
        ),
        "Sinterklaas {year} bezoekt de kinderen van het personeel": news(
            "Saint Nicholas {year} visits the staff's children",
            "On {event_date} Saint Nicholas comes to the staff restaurant. "
            "Children up to ten years old are welcome.",
            [
                "Register your children through the staff association. Every "
                "child receives a present.",
                "There is also a craft corner and a show.",
            ],
        ),
        "Winterdienst paraat": news(
            "Winter service on standby",
            "From this week the winter service is ready to keep roads and cycle "
            "paths free of ice.",
            [
                "The gritting teams work in a one-week rota. Whoever is on call "
                "receives an allowance.",
                "Colleagues can report slippery spots at our buildings through "
                "the reporting portal.",
            ],
        ),
        "Sociaal Huis opent nieuw zitdagenloket in {site}": news(
            "Social House opens a new drop-in desk in {site}",
            "Citizens can now also go to {site} with questions about income "
            "support, debts and renting.",
            [
                "The desk is open on Tuesday and Thursday mornings. Social "
                "workers of the Public Social Welfare Centre and neighbourhood "
                "workers of the city work there together.",
                "You can refer people through the contact centre.",
            ],
        ),
        "Cyberoefening bij Digitaal Leiemonde": news(
            "Cyber exercise at Digitaal Leiemonde",
            "How do we respond when a cyber attack brings down our systems? An "
            "exercise was to find out.",
            [
                "The crisis team practised for a full day with a fictitious "
                "attack. The recovery plan worked, but the communication to the "
                "services can be faster.",
                "Every service gets an emergency procedure for carrying on "
                "without ICT.",
            ],
        ),
        "Politiezone start campagne tegen fietsdiefstal": news(
            "Police zone starts a campaign against bike theft",
            "Together with the city, the police zone engraves bikes free of "
            "charge in the neighbourhoods.",
            [
                "The neighbourhood teams are at the markets with an engraving "
                "machine. Colleagues can also have their bike engraved on "
                "{event_date} at the Police House.",
                "If you register your bike, you get it back sooner.",
            ],
        ),
        "Stand van zaken ICT-storing van {event_date}": news(
            "Update on the ICT outage of {event_date}",
            "Because of a network fault, several applications could not be "
            "reached for hours. What went wrong?",
            [
                "A faulty switch in the data centre took down part of the "
                "network. The backup connection did not take over "
                "automatically.",
                "Digitaal Leiemonde is adjusting the configuration and will test "
                "the backup connections every quarter from now on.",
            ],
        ),
        "Week van de vrijwilliger {year} in {wzc}": news(
            "Volunteers' week {year} at {wzc}",
            "Without volunteers there would be no outings, no cafeteria and no "
            "library. {wzc} says thank you.",
            [
                "More than eighty volunteers help in our care homes. They are "
                "invited to a dinner cooked by the kitchen team.",
                "Would you like to volunteer yourself? Get in touch with the "
                "activities team.",
            ],
        ),
        "Nieuwe koffieautomaten met fairtradekoffie": news(
            "New coffee machines with fair trade coffee",
            "There are new coffee machines in {building}. The coffee is fair "
            "trade and organic.",
            [
                "You pay with your badge, and you are welcome to bring your own "
                "mug. If you use your own mug, you get ten cents off.",
                "The old machines get a second life in a sheltered workshop.",
            ],
        ),
        "Warme oproep: word EHBO-hulpverlener": news(
            "Warm appeal: become a first aider",
            "We are looking for extra first aiders in {building}. The training "
            "takes place during working hours.",
            [
                "As a first aider you are the first point of contact when "
                "someone has an accident or is taken ill. You take a four-day "
                "course and a refresher every year.",
                "Interested? Let the prevention adviser know.",
            ],
        ),
    },
    "fr": {
        "Nieuwe fietsenstalling aan {site}": news(
            "Nouveau parking vélos à {site}",
            "Les cyclistes peuvent utiliser à partir du {event_date} un parking "
            "couvert pour {number} vélos.",
            [
                "Le nouveau parking dispose de bornes de recharge pour vélos "
                "électriques, d'une pompe et d'une borne de réparation avec "
                "outils. Vous ouvrez la porte avec votre badge du personnel.",
                "L'équipe Gestion des bâtiments a aménagé le parking dans un "
                "ancien garage. Les vestiaires avec douches du rez-de-chaussée "
                "restent disponibles.",
            ],
        ),
        "Gepland onderhoud: {system} niet beschikbaar op {event_date}": news(
            "Maintenance planifiée : {system} indisponible le {event_date}",
            "Digitaal Leiemonde effectue une maintenance des serveurs. {system} "
            "sera inaccessible ce jour-là de 18 h à 23 h.",
            [
                "Pendant la maintenance, nous installons des mises à jour de "
                "sécurité et remplaçons du stockage obsolète. Enregistrez votre "
                "travail à temps et déconnectez-vous avant 18 h.",
                "Les équipes postées ayant une question urgente peuvent appeler "
                "la permanence du service desk.",
            ],
            fills={
                "system": [
                    "Le pointage",
                    "Mijn Loon",
                    "Le logiciel financier",
                    "Le système de gestion des dossiers",
                    "La réservation de salles",
                    "Werkplek",
                    "Le guichet urbanisme",
                    "Le portail libre-service",
                ],
            },
        ),
        "{person} wordt nieuw {role}": news(
            "{person} prend ses fonctions de {role}",
            "À partir du {event_date}, {person} dirige {unit}. Faisons connaissance.",
            [
                "{person} travaille depuis quinze ans dans les administrations "
                "locales, notamment comme chef de service dans une autre "
                "ville-centre. « Je veux avant tout écouter les personnes qui "
                "font le travail », dit {person}.",
                "Les premières semaines sont consacrées aux rencontres. Si vous "
                "souhaitez un entretien, prenez rendez-vous via le secrétariat.",
            ],
            fills={"role": ["chef de département", "chef de service", "directeur"]},
        ),
        "Ecocheques {year} staan op je kaart": news(
            "Les écochèques {year} sont sur votre carte",
            "Cette année, tous les collègues reçoivent des écochèques. Ils sont "
            "sur votre carte dès aujourd'hui.",
            [
                "Le personnel à temps plein reçoit le montant complet ; si vous "
                "travaillez à temps partiel ou avez commencé en cours d'année, "
                "vous recevez une part proportionnelle.",
                "Les écochèques servent à acheter des produits et services "
                "écologiques, comme un vélo, des appareils économes en énergie "
                "ou des articles de seconde main. Ils restent valables douze "
                "mois.",
            ],
        ),
        "Akkoord over sectorale onderhandelingen": news(
            "Accord dans les négociations sectorielles",
            "Les syndicats et les employeurs ont conclu un accord sur le "
            "pouvoir d'achat du personnel des administrations locales.",
            [
                "L'accord prévoit une hausse des chèques-repas et un effort "
                "supplémentaire pour le deuxième pilier de pension du personnel "
                "contractuel.",
                "Le conseil communal et le conseil de l'action sociale doivent "
                "encore approuver les mesures. Nous vous tiendrons au courant.",
            ],
        ),
        "Hitteplan: zo werk je veilig bij {temperature} graden": news(
            "Plan canicule : travailler en sécurité par {temperature} degrés",
            "L'IRM prévoit une vague de chaleur. Dès demain, des horaires "
            "adaptés s'appliquent aux équipes qui travaillent à l'extérieur.",
            [
                "Les équipes Voirie et Espaces verts commencent à 6 h et "
                "s'arrêtent à 14 h. Buvez suffisamment d'eau et cherchez "
                "l'ombre.",
                "Dans les maisons de repos et l'aide à domicile, nous suivons de "
                "plus près les résidents et les clients vulnérables à la "
                "chaleur.",
            ],
        ),
        "Nieuwe gemeenteraad geïnstalleerd": news(
            "Installation du nouveau conseil communal",
            "Le nouveau conseil communal et le conseil de l'action sociale ont "
            "prêté serment. La nouvelle équipe se met au travail.",
            [
                "Après les élections locales d'octobre commence une nouvelle "
                "législature. Dans les mois à venir, le collège établira une "
                "note de politique avec les priorités pour six ans.",
                "Pour l'administration, peu de choses changent à court terme. "
                "Le directeur général présentera les projets lors d'un forum du "
                "personnel.",
            ],
        ),
        "Meerjarenplan goedgekeurd": news(
            "Plan pluriannuel approuvé",
            "Le conseil communal a approuvé le plan pluriannuel jusqu'en 2031. "
            "Qu'est-ce que cela signifie pour nos services ?",
            [
                "Le plan mise sur le travail de quartier, le logement abordable, "
                "des itinéraires cyclables sûrs et des services numériques "
                "accessibles à tous.",
                "Pour le personnel, le plan prévoit des formations "
                "supplémentaires et la rénovation de l'hôtel de ville.",
            ],
        ),
        "Renovatie stadhuis: fase {phase} start": news(
            "Rénovation de l'hôtel de ville : début de la phase {phase}",
            "À partir du {event_date}, les travaux de l'hôtel de ville entrent "
            "dans une nouvelle phase. Voici ce qui change pour celles et ceux "
            "qui y travaillent.",
            [
                "Dans cette phase, les fenêtres sont remplacées et l'aile sud "
                "reçoit un nouveau chauffage. La salle des mariages reste "
                "utilisée normalement.",
                "Les services du deuxième étage déménagent temporairement au "
                "Centre administratif. L'équipe Facility aide au déménagement.",
            ],
        ),
        "Bloedinzameling in {building}": news(
            "Collecte de sang {in_building}",
            "Le {event_date}, vous pouvez donner votre sang pendant vos heures "
            "de travail. Un don dure une demi-heure.",
            [
                "La Croix-Rouge est présente de 10 h à 15 h. Inscrivez-vous via "
                "le lien dans l'agenda de votre service ; vous pouvez aussi "
                "venir sans inscription.",
                "Mangez et buvez bien avant. Après votre don, une boisson et un "
                "sandwich vous attendent.",
            ],
        ),
        "Personeelsfeest {year} op {event_date}": news(
            "Fête du personnel {year} le {event_date}",
            "Tout le monde est le bienvenu à la fête du personnel au "
            "Meersenpark, avec musique, repas et un programme pour les enfants.",
            [
                "Cette année, le thème est « Leiemonde à la mer ». Il y aura une "
                "place de food trucks, un concert de l'orchestre du personnel et "
                "un château gonflable.",
                "Inscrivez-vous avant la fin du mois, pour que nous prévoyions "
                "assez à manger. Partenaires et enfants sont les bienvenus.",
            ],
        ),
        "Nieuwjaarsreceptie {year} voor het personeel": news(
            "Réception de Nouvel An {year} pour le personnel",
            "Le {event_date}, nous trinquons ensemble à la nouvelle année au "
            "restaurant du personnel.",
            [
                "Le bourgmestre et le directeur général font le bilan et "
                "regardent vers l'avenir. Un verre et des amuse-bouches suivent.",
                "Pour les équipes qui ne peuvent pas se libérer, l'amicale du "
                "personnel apporte une douceur sur le lieu de travail.",
            ],
        ),
        "Griepvaccinatie {year} op het werk": news(
            "Vaccination contre la grippe {year} au travail",
            "À partir du {event_date}, vous pouvez vous faire vacciner "
            "gratuitement contre la grippe pendant vos heures de travail.",
            [
                "Le médecin du travail vaccine au Centre administratif, à "
                "l'Hôtel de police et dans les maisons de repos. Prenez "
                "rendez-vous dans l'agenda.",
                "Nous recommandons surtout la vaccination à celles et ceux qui "
                "travaillent avec des personnes vulnérables.",
            ],
        ),
        "{unit} verhuist naar {building}": news(
            "{unit} déménage {in_building}",
            "À partir du {event_date}, {unit} travaille {in_building}. Les "
            "numéros de téléphone et les adresses e-mail ne changent pas.",
            [
                "Grâce au déménagement, les collègues se rapprochent des services "
                "avec lesquels ils travaillent le plus.",
                "Le jour du déménagement, le service est difficilement joignable. "
                "Vous pouvez poser vos questions urgentes dans Teams.",
            ],
        ),
        "Opleidingscatalogus najaar {year} staat online": news(
            "Le catalogue de formations de l'automne {year} est en ligne",
            "Le catalogue de formations de l'automne est en ligne, avec "
            "{number} formations.",
            [
                "Nouveautés : une formation sur l'intelligence artificielle dans "
                "votre travail, une série sur l'écriture en langage clair et des "
                "sessions Excel approfondies.",
                "Inscrivez-vous via le catalogue. Votre responsable valide votre "
                "inscription.",
            ],
        ),
        "Inspecteurs van de politiezone halen brevet fietspatrouille": news(
            "Des inspecteurs de la zone de police obtiennent le brevet de "
            "patrouille cycliste",
            "{number} inspecteurs ont terminé la formation de patrouille "
            "cycliste. Ils renforcent les équipes de quartier.",
            [
                "À vélo, les agents arrivent plus vite dans le centre et sont "
                "plus accessibles pour le quartier.",
                "Les patrouilles cyclistes sortent tous les jours, y compris le "
                "week-end.",
            ],
            fills={"number": ["Huit", "Douze", "Quinze"]},
        ),
        "Nieuwe interventievoertuigen voor de politie": news(
            "Nouveaux véhicules d'intervention pour la police",
            "La zone de police met en service {number} nouveaux véhicules, dont "
            "la moitié sont électriques.",
            [
                "Les nouveaux véhicules sont équipés d'un poste de travail "
                "mobile, pour que les agents puissent enregistrer leurs "
                "constatations sur place.",
                "Les anciens véhicules partent vers un centre de formation.",
            ],
            fills={"number": ["six", "dix"]},
        ),
        "Woonzorgcentrum {wzc} viert {number} jaar": news(
            "La maison de repos {wzc} fête ses {number} ans",
            "{wzc} fête son anniversaire avec une semaine d'activités. "
            "Collègues et familles sont aussi les bienvenus.",
            [
                "Au programme : un concert de l'académie de musique, un tournoi "
                "de pétanque et une exposition de photos sur l'histoire de la "
                "maison.",
                "Les bénévoles qui souhaitent aider peuvent s'adresser à "
                "l'équipe d'animation.",
            ],
        ),
        "Thuiszorg zoekt extra verzorgenden": news(
            "L'aide à domicile recherche des aides familiales",
            "La demande d'aide aux familles ne cesse d'augmenter. Vous "
            "connaissez quelqu'un pour nos équipes ? Dites-le-nous.",
            [
                "Nous recherchons des aides familiales et des aides ménagères "
                "pour les régions nord et sud. Si vous proposez un candidat qui "
                "est engagé, vous recevez une attention.",
                "Les candidats internes peuvent suivre une formation d'aide "
                "familiale en conservant leur salaire.",
            ],
        ),
        "Digitaal Leiemonde rolt nieuwe laptops uit": news(
            "Digitaal Leiemonde déploie de nouveaux ordinateurs portables",
            "D'ici la fin de l'année, {number} collègues recevront un nouvel "
            "ordinateur portable. Voici comment se passe l'échange.",
            [
                "Vous recevrez une invitation à un rendez-vous d'une "
                "demi-heure. Enregistrez d'abord vos fichiers dans OneDrive ; "
                "les fichiers locaux ne sont pas transférés.",
                "Vous rendez votre ancien ordinateur au même moment.",
            ],
            fills={"number": ["1 200", "2 500", "3 000"]},
        ),
        "Nieuwe versie van Werkplek": news(
            "Nouvelle version de Werkplek",
            "Werkplek reçoit une page d'accueil renouvelée et une meilleure "
            "recherche dans l'annuaire du personnel.",
            [
                "Vous trouvez désormais aussi vos collègues par leur expertise "
                "et les langues qu'ils parlent. Complétez votre profil, pour que "
                "vos collègues vous trouvent.",
                "Des remarques ? Faites-le savoir à la rédaction.",
            ],
        ),
        "Opgelet voor phishingmails over {topic}": news(
            "Attention aux e-mails d'hameçonnage concernant {topic}",
            "De faux e-mails circulent qui semblent concerner {topic}. Ne "
            "cliquez pas sur les liens.",
            [
                "Les e-mails vous demandent de vous connecter sur une fausse "
                "page. Quiconque le fait donne son mot de passe à des "
                "criminels.",
                "Signalez l'e-mail avec le bouton Signaler un hameçonnage. Vous "
                "avez quand même cliqué ? Changez votre mot de passe et appelez "
                "le service desk.",
            ],
            fills={
                "topic": [
                    "votre fiche de paie",
                    "une livraison de colis",
                    "Microsoft 365",
                    "les impôts",
                    "l'assurance hospitalisation",
                ],
            },
        ),
        "Werken aan {site}: omleiding voor dienstvoertuigen": news(
            "Travaux à {site} : déviation pour les véhicules de service",
            "À partir du {event_date}, {site} est fermé à la circulation. Les "
            "véhicules de service suivent la déviation.",
            [
                "Le service Voirie et Espaces verts renouvelle la chaussée et "
                "aménage une piste cyclable séparée. Les travaux durent environ "
                "six semaines.",
                "Les cyclistes et les piétons peuvent toujours passer.",
            ],
        ),
        "Stadsloop {year}: loop mee met je collega's": news(
            "Course urbaine {year} : courez avec vos collègues",
            "Le {event_date}, Leiemonde court. L'amicale du personnel paie "
            "votre inscription.",
            [
                "Vous choisissez entre 5, 10 ou 15 kilomètres. Après la course, "
                "un verre vous attend sous la tente de l'amicale du personnel.",
                "Inscrivez-vous avec votre adresse e-mail professionnelle pour "
                "obtenir la réduction.",
            ],
        ),
        "Collega's van {unit} in de bloemetjes gezet": news(
            "Les collègues de {unit} à l'honneur",
            "{unit} a reçu un prix pour {reason}. Félicitations !",
            [
                "Le jury a surtout salué la manière dont l'équipe a collaboré "
                "avec d'autres services et avec le quartier.",
                "L'argent du prix servira à une sortie d'équipe et à une "
                "nouvelle machine à café.",
            ],
            fills={
                "reason": [
                    "un service convivial",
                    "le meilleur projet d'amélioration de l'année",
                    "le travail durable",
                    "un site web accessible",
                ],
            },
        ),
        "Personeelsenquête {year}: geef je mening": news(
            "Enquête auprès du personnel {year} : donnez votre avis",
            "Êtes-vous satisfait de votre travail ? Remplissez l'enquête auprès "
            "du personnel avant le {event_date}.",
            [
                "L'enquête est anonyme et dure un quart d'heure. Les résultats "
                "sont discutés par service, s'il y a suffisamment de réponses.",
                "La dernière fois, l'enquête a débouché sur plus de télétravail "
                "et de meilleures formations pour les responsables.",
            ],
        ),
        "Afscheid van {person}": news(
            "Au revoir, {person}",
            "Après {number} ans, {person}, de {unit}, part à la retraite. "
            "Retour sur une carrière.",
            [
                "{person} a commencé comme jeune collaborateur et a vu "
                "l'organisation changer profondément : de la machine à écrire "
                "à Teams.",
                "Les collègues qui souhaitent remercier {person} sont les "
                "bienvenus à la réception d'adieu le {event_date}.",
            ],
        ),
        "Nieuwe collega's verwelkomd op de onthaaldag": news(
            "Journée d'accueil pour les nouveaux collègues",
            "{number} nouveaux collègues ont découvert les quatre organisations "
            "lors de la journée d'accueil.",
            [
                "Ils ont visité le Centre administratif, reçu une introduction à "
                "la sécurité de l'information et fait une balade à vélo le long "
                "de projets en ville.",
                "La prochaine journée d'accueil aura lieu le {event_date}.",
            ],
        ),
        "Zonnepanelen op het dak van {building}": news(
            "Des panneaux solaires sur le toit {of_building}",
            "{building} produit désormais une partie de sa propre électricité.",
            [
                "Les {number} panneaux fournissent assez d'électricité pour un "
                "quart de la consommation. C'est une action du plan climat de "
                "notre propre organisation.",
                "L'écran du hall d'entrée montre combien d'électricité les "
                "panneaux ont produite aujourd'hui.",
            ],
        ),
        "Nieuwe dienstfietsen voor {unit}": news(
            "Nouveaux vélos de service pour {unit}",
            "{unit} reçoit des vélos de service électriques pour les courts "
            "déplacements en ville.",
            [
                "Les vélos se réservent dans la réservation de salles et sont "
                "rangés dans le parking équipé de bornes de recharge.",
                "Un casque et des vêtements de pluie sont prêts dans l'armoire "
                "d'à côté.",
            ],
        ),
        "Burgerzaken werkt enkel op afspraak tijdens de verkiezingsvoorbereiding": news(
            "Les Affaires civiles travaillent uniquement sur rendez-vous pendant "
            "la préparation des élections",
            "Les Affaires civiles préparent l'élection des représentants du "
            "personnel et travaillent temporairement uniquement sur "
            "rendez-vous.",
            [
                "Les collègues qui orientent des citoyens leur signalent le "
                "module de rendez-vous en ligne.",
                "Les volontaires pour le bureau de vote peuvent encore s'inscrire.",
            ],
        ),
        "Sinterklaas {year} bezoekt de kinderen van het personeel": news(
            "Saint-Nicolas {year} rend visite aux enfants du personnel",
            "Le {event_date}, saint Nicolas passe au restaurant du personnel. "
            "Les enfants jusqu'à dix ans sont les bienvenus.",
            [
                "Inscrivez vos enfants via l'amicale du personnel. Chaque enfant "
                "reçoit un cadeau.",
                "Il y a aussi un coin bricolage et un spectacle.",
            ],
        ),
        "Winterdienst paraat": news(
            "Le service hivernal est prêt",
            "Dès cette semaine, le service hivernal est prêt à garder les "
            "routes et les pistes cyclables sans verglas.",
            [
                "Les équipes d'épandage travaillent par roulement d'une semaine. "
                "Les personnes de garde reçoivent une indemnité.",
                "Les collègues peuvent signaler les endroits glissants autour de "
                "nos bâtiments via le portail de signalement.",
            ],
        ),
        "Sociaal Huis opent nieuw zitdagenloket in {site}": news(
            "La Maison sociale ouvre un nouveau guichet de permanence à {site}",
            "Les citoyens peuvent désormais aussi se rendre à {site} pour leurs "
            "questions sur le revenu d'intégration, les dettes et la location.",
            [
                "Le guichet est ouvert le mardi et le jeudi matin. Des "
                "assistants sociaux du CPAS et des travailleurs de quartier de "
                "la ville y travaillent ensemble.",
                "Vous pouvez orienter les citoyens via le centre de contact.",
            ],
        ),
        "Cyberoefening bij Digitaal Leiemonde": news(
            "Exercice cyber chez Digitaal Leiemonde",
            "Comment réagissons-nous si une cyberattaque paralyse nos "
            "systèmes ? Un exercice devait le montrer.",
            [
                "La cellule de crise s'est exercée toute une journée face à une "
                "attaque fictive. Le plan de reprise a fonctionné, mais la "
                "communication vers les services peut être plus rapide.",
                "Chaque service reçoit une procédure d'urgence pour continuer à "
                "travailler sans informatique.",
            ],
        ),
        "Politiezone start campagne tegen fietsdiefstal": news(
            "La zone de police lance une campagne contre le vol de vélos",
            "Avec la ville, la zone de police grave gratuitement les vélos dans "
            "les quartiers.",
            [
                "Les équipes de quartier sont présentes sur les marchés avec une "
                "graveuse. Les collègues peuvent aussi faire graver leur vélo le "
                "{event_date} à l'Hôtel de police.",
                "Un vélo enregistré se retrouve plus vite.",
            ],
        ),
        "Stand van zaken ICT-storing van {event_date}": news(
            "Point sur la panne informatique du {event_date}",
            "À la suite d'une panne du réseau, plusieurs applications ont été "
            "inaccessibles pendant des heures. Que s'est-il passé ?",
            [
                "Un commutateur défectueux du centre de données a mis hors "
                "service une partie du réseau. La connexion de secours n'a pas "
                "pris le relais automatiquement.",
                "Digitaal Leiemonde adapte la configuration et testera désormais "
                "les connexions de secours chaque trimestre.",
            ],
        ),
        "Week van de vrijwilliger {year} in {wzc}": news(
            "Semaine du bénévolat {year} à {wzc}",
            "Sans bénévoles, pas d'excursions, pas de cafétéria et pas de "
            "bibliothèque. {wzc} dit merci.",
            [
                "Plus de quatre-vingts bénévoles aident dans nos maisons de "
                "repos. Ils sont invités à un repas préparé par l'équipe de "
                "cuisine.",
                "Vous souhaitez devenir bénévole ? Contactez l'équipe d'animation.",
            ],
        ),
        "Nieuwe koffieautomaten met fairtradekoffie": news(
            "De nouveaux distributeurs de café équitable",
            "{in_building}, de nouveaux distributeurs de café ont été "
            "installés. Le café est équitable et bio.",
            [
                "Vous payez avec votre badge et pouvez apporter votre propre "
                "tasse. Avec votre propre tasse, vous bénéficiez de dix centimes "
                "de réduction.",
                "Les anciens distributeurs reçoivent une seconde vie dans un "
                "atelier protégé.",
            ],
        ),
        "Warme oproep: word EHBO-hulpverlener": news(
            "Appel chaleureux : devenez secouriste",
            "{in_building}, nous cherchons des secouristes supplémentaires. La "
            "formation a lieu pendant les heures de travail.",
            [
                "En tant que secouriste, vous êtes le premier interlocuteur en "
                "cas d'accident ou de malaise. Vous suivez une formation de "
                "quatre jours et un recyclage chaque année.",
                "Intéressé ? Faites-le savoir au conseiller en prévention.",
            ],
        ),
    },
}


# Organisations (name, short name) and their departments, by Dutch name.
ORGANISATIONS = {
    "Stad Leiemonde": {
        "en": ("City of Leiemonde", "City"),
        "fr": ("Ville de Leiemonde", "Ville"),
    },
    "OCMW Leiemonde": {
        "en": ("Leiemonde Public Social Welfare Centre", "PSWC"),
        "fr": ("CPAS de Leiemonde", "CPAS"),
    },
    "Politiezone Leiemonde": {
        "en": ("Leiemonde Police Zone", "Police"),
        "fr": ("Zone de police de Leiemonde", "Police"),
    },
    "Digitaal Leiemonde": {
        "en": ("Digital Leiemonde", "Digital"),
        "fr": ("Leiemonde numérique", "Numérique"),
    },
}

DEPARTMENTS = {
    "Departement Personeel en Organisatie": {
        "en": "Department of HR and Organisation",
        "fr": "Département Personnel et Organisation",
    },
    "Departement Burgerzaken": {
        "en": "Department of Civil Affairs",
        "fr": "Département Affaires citoyennes",
    },
    "Departement Mobiliteit en Openbaar Domein": {
        "en": "Department of Mobility and Public Space",
        "fr": "Département Mobilité et Espace public",
    },
    "Departement Facility en Logistiek": {
        "en": "Department of Facilities and Logistics",
        "fr": "Département Facility et Logistique",
    },
    "Departement Financiën": {
        "en": "Department of Finance",
        "fr": "Département Finances",
    },
    "Departement Bestuur en Communicatie": {
        "en": "Department of Governance and Communication",
        "fr": "Département Gouvernance et Communication",
    },
    "Departement Samenleven": {
        "en": "Department of Community Life",
        "fr": "Département Vivre ensemble",
    },
    "Departement Omgeving": {
        "en": "Department of Environment and Planning",
        "fr": "Département Environnement et Urbanisme",
    },
    "Departement Welzijn": {
        "en": "Department of Welfare",
        "fr": "Département Bien-être",
    },
    "Departement Woonzorg": {
        "en": "Department of Residential Care",
        "fr": "Département Soins résidentiels",
    },
    "Departement Ondersteuning OCMW": {
        "en": "Department of PSWC Support",
        "fr": "Département Support CPAS",
    },
    "Korpsleiding": {"en": "Police Command", "fr": "Direction du corps"},
    "Departement Interventie": {
        "en": "Department of Response",
        "fr": "Département Intervention",
    },
    "Departement Wijkwerking": {
        "en": "Department of Neighbourhood Policing",
        "fr": "Département Police de quartier",
    },
    "Departement Recherche": {
        "en": "Department of Investigation",
        "fr": "Département Recherche",
    },
    "Departement Verkeer": {
        "en": "Department of Traffic",
        "fr": "Département Circulation",
    },
    "Departement ICT": {"en": "Department of ICT", "fr": "Département TIC"},
    "Departement Digitale Dienstverlening": {
        "en": "Department of Digital Services",
        "fr": "Département Services numériques",
    },
}
