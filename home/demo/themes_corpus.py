"""The thematic pages of the demo intranet, written out in Dutch.

Each theme is a dict made by `theme()`. Its body is a list of short strings
in a tiny markup: "## " starts a heading, lines starting with "- " make a
list, anything else is a paragraph. The seeder turns them into StreamField
blocks and adds a contact person from the area named in `contact`.
"""

from __future__ import annotations

APPS = "leiemonde.example"


def theme(title: str, intro: str, body: list[str], **extra) -> dict:
    """Describe one theme page; see the module docstring for the fields."""
    return {
        "title": title,
        "intro": intro,
        "body": body,
        "faq": extra.get("faq", []),
        "cta": extra.get("cta"),
        "contact": extra.get("contact"),
        "documents": extra.get("documents", []),
        "image": extra.get("image", False),
        "children": extra.get("children", []),
    }


# key: (title, file name, lines of text)
DOCUMENTS = {
    "rechtspositie": (
        "Rechtspositieregeling - samenvatting",
        "rechtspositieregeling-samenvatting.pdf",
        [
            "Rechtspositieregeling voor het personeel - samenvatting",
            "Deze samenvatting geeft de belangrijkste rechten en plichten weer.",
            "Werktijd: 38 uur per week voor een voltijdse medewerker.",
            "Jaarlijkse vakantie: 35 werkdagen voor een voltijdse medewerker.",
            "De volledige tekst is goedgekeurd door de gemeenteraad.",
        ],
    ),
    "ouderschapsverlof": (
        "Aanvraagformulier ouderschapsverlof",
        "aanvraag-ouderschapsverlof.pdf",
        [
            "Aanvraag ouderschapsverlof",
            "Naam, personeelsnummer en dienst:",
            "Gevraagde vorm: voltijds / halftijds / 1/5 / 1/10",
            "Begindatum en einddatum:",
            "Bezorg dit formulier minstens twee maanden vooraf aan HR.",
        ],
    ),
    "arbeidsongeval": (
        "Aangifte arbeidsongeval",
        "aangifte-arbeidsongeval.pdf",
        [
            "Aangifte van een arbeidsongeval of ongeval op weg naar het werk",
            "Datum, uur en plaats van het ongeval:",
            "Beschrijving van wat er gebeurde:",
            "Getuigen:",
            "Medisch attest van de eerste vaststelling bijvoegen.",
        ],
    ),
    "evacuatie": (
        "Evacuatieplan Administratief Centrum",
        "evacuatieplan-administratief-centrum.pdf",
        [
            "Evacuatieplan Administratief Centrum",
            "Bij een doorlopend alarmsignaal verlaat je het gebouw.",
            "Volg de groene pictogrammen, neem nooit de lift.",
            "Verzamelplaats: parking aan de Leiekaai, vak A.",
            "De evacuatieleiders dragen een fluohesje.",
        ],
    ),
    "huisstijl": (
        "Huisstijlgids",
        "huisstijlgids.pdf",
        [
            "Huisstijlgids Stad en OCMW Leiemonde",
            "Logo: gebruik altijd de aangeleverde bestanden.",
            "Lettertype: Leiemonde Sans; in Office Arial.",
            "Kleuren: Leieblauw #1f5f8b, Baksteenrood #b0413e.",
            "Schrijf in klare taal, spreek de lezer aan met je.",
        ],
    ),
    "datalek": (
        "Procedure datalekken",
        "procedure-datalekken.pdf",
        [
            "Procedure bij een (vermoedelijk) datalek",
            "1. Meld het lek onmiddellijk aan de functionaris gegevensbescherming.",
            "2. Beperk de schade: vraag een verkeerd verstuurde mail terug.",
            "3. Noteer wat er gebeurde, welke gegevens en hoeveel personen.",
            "Een melding aan de toezichthouder gebeurt binnen 72 uur.",
        ],
    ),
    "fietsvergoeding": (
        "Reglement fietsvergoeding",
        "reglement-fietsvergoeding.pdf",
        [
            "Reglement fietsvergoeding woon-werkverkeer",
            "Wie met de fiets naar het werk komt, krijgt een vergoeding per km.",
            "De kilometers worden per maand aangegeven in de tijdsregistratie.",
            "Ook een speedpedelec of elektrische fiets komt in aanmerking.",
        ],
    ),
    "onkostennota": (
        "Onkostennota",
        "onkostennota.txt",
        [
            "Onkostennota",
            "Naam en dienst:",
            "Datum - omschrijving - bedrag - budgetsleutel",
            "Voeg de originele bewijsstukken toe.",
            "Handtekening leidinggevende:",
        ],
    ),
    "onboarding": (
        "Checklist eerste werkdag",
        "checklist-eerste-werkdag.txt",
        [
            "Checklist eerste werkdag",
            "- badge en laptop ophalen bij het onthaal",
            "- wachtwoord instellen en tweestapsverificatie activeren",
            "- kennismaken met je peter of meter",
            "- brandevacuatie en EHBO-post bekijken",
        ],
    ),
    "vpn": (
        "Handleiding VPN",
        "handleiding-vpn.pdf",
        [
            "Handleiding VPN voor telewerk",
            "1. Start je laptop en meld je aan.",
            "2. Klik op het schildje rechtsonder en kies Verbinden.",
            "3. Bevestig met de app op je smartphone.",
            "Lukt het niet? Bel de servicedesk op 09 277 10 00.",
        ],
    ),
    "telewerk": (
        "Reglement telewerk",
        "reglement-telewerk.pdf",
        [
            "Reglement plaats- en tijdsonafhankelijk werken",
            "Telewerk kan tot drie dagen per week in overleg met je team.",
            "Je bent bereikbaar tijdens de stamtijden.",
            "Je krijgt een maandelijkse vergoeding voor internet en bureaukosten.",
        ],
    ),
    "gedragscode": (
        "Gedragscode informatieveiligheid",
        "gedragscode-informatieveiligheid.pdf",
        [
            "Gedragscode informatieveiligheid",
            "Deel je wachtwoord met niemand, ook niet met de servicedesk.",
            "Vergrendel je scherm als je je bureau verlaat.",
            "Bewaar werkdocumenten in Teams of OneDrive, niet op een USB-stick.",
        ],
    ),
}

THEMES = [
    theme(
        "HR en verloning",
        "Alles over je loon, je voordelen en je loopbaan bij de stad, het OCMW, "
        "de politiezone en Digitaal Leiemonde.",
        [
            "De dienst Payroll berekent elke maand het loon van ruim 8.000 "
            "collega's. HR-consulenten volgen je loopbaan op, van je eerste "
            "werkdag tot je pensioen.",
            "## Waar vind je wat?",
            "- je loonbrief en fiscale fiche in Mijn Loon\n"
            "- je verlofsaldo en prestaties in de tijdsregistratie\n"
            "- de rechtspositieregeling bij de documenten hieronder",
        ],
        faq=[
            (
                "Wanneer wordt mijn loon gestort?",
                "Contractuele medewerkers krijgen hun loon op de laatste werkdag "
                "van de maand. Statutaire medewerkers worden vooraf betaald.",
            ),
            (
                "Wie is mijn HR-consulent?",
                "Elke dienst heeft een vaste HR-consulent. Zoek je dienst op in "
                "de personeelsgids; de consulent staat bij de contactpersonen.",
            ),
        ],
        cta=("Naar Mijn Loon", f"https://mijnloon.{APPS}/"),
        contact=("hr", "Vragen over je loopbaan"),
        documents=["rechtspositie"],
        image=True,
        children=[
            theme(
                "Je loonbrief lezen",
                "Wat betekenen al die lijnen op je loonbrief? We zetten de "
                "belangrijkste op een rij.",
                [
                    "Je loonbrief begint met je brutoloon: je weddeschaal, je "
                    "anciënniteit en eventuele toelagen. Daarna volgen de "
                    "inhoudingen voor de sociale zekerheid en de "
                    "bedrijfsvoorheffing.",
                    "Onderaan zie je je nettoloon en eventuele inhoudingen na "
                    "belasting, zoals je persoonlijke bijdrage voor de "
                    "maaltijdcheques.",
                    "## Een fout op je loonbrief?",
                    "Meld het zo snel mogelijk aan Team Lonen. Vermeld de maand "
                    "en de lijn waarover je een vraag hebt.",
                ],
                faq=[
                    (
                        "Waarom is mijn loon deze maand lager?",
                        "Vaak gaat het om onbetaald verlof, een ziekteperiode "
                        "langer dan een maand of een verrekening van te veel "
                        "betaalde toelagen.",
                    ),
                    (
                        "Waar vind ik oude loonbrieven?",
                        "In Mijn Loon staan al je loonbrieven sinds 2015. Oudere "
                        "vraag je op bij Team Lonen.",
                    ),
                    (
                        "Wanneer krijg ik mijn fiscale fiche?",
                        "De fiscale fiche 281.10 staat elk jaar begin maart in "
                        "Mijn Loon.",
                    ),
                ],
                cta=("Bekijk je loonbrief", f"https://mijnloon.{APPS}/loonbrieven"),
                contact=("payroll", "Vragen over je loonbrief"),
            ),
            theme(
                "Maaltijdcheques en ecocheques",
                "Je krijgt maaltijdcheques per gewerkte dag en jaarlijks "
                "ecocheques, allebei elektronisch op je kaart.",
                [
                    "Per dag dat je minstens de helft van je dagprestatie werkt, "
                    "krijg je een maaltijdcheque van 8 euro. Je eigen bijdrage "
                    "wordt van je loon afgehouden.",
                    "De ecocheques worden elk jaar in juni op je kaart gezet. Je "
                    "gebruikt ze voor ecologische producten en diensten, zoals "
                    "een fiets, spaarlampen of tweedehandsspullen.",
                ],
                faq=[
                    (
                        "Mijn kaart is verloren. Wat nu?",
                        "Blokkeer je kaart via de app van de uitgever en vraag "
                        "een nieuwe aan bij Team Lonen. Je saldo blijft bewaard.",
                    ),
                    (
                        "Hoe lang zijn mijn cheques geldig?",
                        "Maaltijdcheques en ecocheques blijven twaalf maanden "
                        "geldig; de datum staat in de app.",
                    ),
                ],
                contact=("payroll", "Vragen over cheques"),
            ),
            theme(
                "Hospitalisatieverzekering",
                "Als personeelslid ben je gratis verzekerd voor kosten bij een "
                "ziekenhuisopname. Je gezin kan aansluiten tegen een voordelig "
                "tarief.",
                [
                    "De verzekering dekt de kosten van een opname, een maand "
                    "ervoor en drie maanden erna. Ook zware ziekten zijn gedekt, "
                    "zonder opname.",
                    "## Aansluiten met je gezin",
                    "Je partner en kinderen sluiten aan binnen drie maanden na "
                    "je indiensttreding of na een gezinswijziging. Daarna geldt "
                    "een wachttijd.",
                ],
                faq=[
                    (
                        "Hoe geef ik een opname aan?",
                        "Meld een geplande opname vooraf via het online portaal "
                        "van de verzekeraar. Zo betaalt die de factuur "
                        "rechtstreeks.",
                    ),
                    (
                        "Blijf ik verzekerd na mijn pensioen?",
                        "Ja, je kunt de verzekering individueel voortzetten aan "
                        "dezelfde voorwaarden, op eigen kosten.",
                    ),
                ],
                cta=("Opname aangeven", f"https://hospi.{APPS}/"),
                contact=("hr", "Vragen over de hospitalisatieverzekering"),
            ),
            theme(
                "Tweede pensioenpijler",
                "Contractuele medewerkers bouwen naast het wettelijk pensioen "
                "een aanvullend pensioen op.",
                [
                    "De werkgever stort jaarlijks een percentage van je loon in "
                    "een pensioenfonds. Je betaalt zelf niets bij.",
                    "Elk jaar in het voorjaar krijg je een pensioenfiche met je "
                    "opgebouwde reserves. Je vindt dezelfde gegevens op "
                    "mypension.be.",
                ],
                faq=[
                    (
                        "Wanneer krijg ik het bedrag uitbetaald?",
                        "Het aanvullend pensioen wordt uitbetaald wanneer je "
                        "wettelijk pensioen ingaat, niet eerder.",
                    ),
                    (
                        "Wat als ik vertrek?",
                        "Je opgebouwde reserves blijven van jou. Je kiest of ze "
                        "in het fonds blijven of naar je nieuwe werkgever gaan.",
                    ),
                ],
                contact=("hr", "Vragen over je pensioen"),
            ),
            theme(
                "Loopbaan en evaluatie",
                "Hoe je groeit in je job: gesprekken met je leidinggevende, "
                "bevorderingen en interne mobiliteit.",
                [
                    "Je loopbaan is meer dan een weddeschaal. Met je "
                    "leidinggevende bespreek je regelmatig wat goed gaat, wat "
                    "beter kan en waar je naartoe wilt.",
                    "Wie een andere job wil binnen de vier organisaties, kan "
                    "solliciteren op interne vacatures en via mobiliteit "
                    "overstappen met behoud van anciënniteit.",
                ],
                contact=("hr", "Loopbaanbegeleiding"),
                children=[
                    theme(
                        "Functioneringsgesprek",
                        "Minstens één keer per jaar praat je met je "
                        "leidinggevende over je werk en je ontwikkeling.",
                        [
                            "Het functioneringsgesprek is een gesprek in twee "
                            "richtingen. Je bereidt het voor met de vragenlijst "
                            "in het HR-portaal.",
                            "Afspraken uit het gesprek worden vastgelegd in je "
                            "persoonlijk ontwikkelingsplan. Een evaluatie met "
                            "een eindconclusie volgt enkel bij het einde van "
                            "de proeftijd of een bevordering.",
                        ],
                        faq=[
                            (
                                "Mag ik iemand meebrengen?",
                                "Het functioneringsgesprek voer je met twee. Bij "
                                "een evaluatiegesprek mag je je laten bijstaan.",
                            ),
                            (
                                "Wat als ik het niet eens ben?",
                                "Je schrijft je opmerkingen in het verslag. Bij "
                                "een ongunstige evaluatie kun je in beroep gaan.",
                            ),
                        ],
                        cta=("Naar het HR-portaal", f"https://hr.{APPS}/gesprekken"),
                        contact=("hr", "Vragen over gesprekken"),
                    ),
                    theme(
                        "Interne vacatures en mobiliteit",
                        "Zin in een nieuwe uitdaging? Interne kandidaten krijgen "
                        "voorrang bij veel vacatures.",
                        [
                            "Alle interne vacatures verschijnen eerst op "
                            "Werkplek en in het HR-portaal. Je solliciteert met "
                            "een korte motivatie; een cv is niet nodig.",
                            "Bij interne mobiliteit behoud je je anciënniteit en "
                            "meestal je weddeschaal. Bij een bevordering leg je "
                            "een selectieprocedure af.",
                        ],
                        faq=[
                            (
                                "Moet mijn leidinggevende akkoord gaan?",
                                "Nee, maar we vragen je om hem of haar op de "
                                "hoogte te brengen. De opzegtermijn spreek je "
                                "samen af.",
                            ),
                            (
                                "Kan ik naar de politiezone of Digitaal Leiemonde?",
                                "Ja, voor administratieve en logistieke functies. "
                                "Operationele politiefuncties volgen de "
                                "regels van de geïntegreerde politie.",
                            ),
                        ],
                        cta=("Bekijk interne vacatures", f"https://jobs.{APPS}/intern"),
                        contact=("hr", "Selectie en mobiliteit"),
                    ),
                ],
            ),
            theme(
                "Welkom, nieuwe collega",
                "Je eerste weken bij ons: wat je krijgt, wie je helpt en wat je "
                "best zo snel mogelijk regelt.",
                [
                    "Op je eerste werkdag haal je je badge en laptop op bij het "
                    "onthaal. Je leidinggevende of je peter of meter vangt je op "
                    "en stelt je voor aan je team.",
                    "In de eerste maand volg je de onthaaldag voor nieuwe "
                    "collega's. Je maakt er kennis met de vier organisaties en "
                    "met de diensten die je het vaakst nodig hebt.",
                ],
                faq=[
                    (
                        "Wanneer krijg ik mijn eerste loon?",
                        "Als je contract voor de tiende van de maand getekend is, "
                        "krijg je je eerste loon op het einde van die maand.",
                    ),
                    (
                        "Hoe activeer ik mijn account?",
                        "Je krijgt een tijdelijk wachtwoord van je "
                        "leidinggevende. Bij de eerste aanmelding stel je je "
                        "eigen wachtwoord en tweestapsverificatie in.",
                    ),
                ],
                contact=("training", "Onthaal van nieuwe collega's"),
                documents=["onboarding"],
            ),
        ],
    ),
    theme(
        "Verlof en afwezigheid",
        "Vakantie, ziekte, zorg voor je gezin of thuiswerk: hoe je het "
        "aanvraagt en wat je rechten zijn.",
        [
            "Alle verlof vraag je aan in de tijdsregistratie. Je "
            "leidinggevende keurt het goed, waarna het meteen van je saldo "
            "gaat.",
            "Voor langere verloven, zoals ouderschapsverlof of loopbaanonderbreking, "
            "neem je eerst contact op met je HR-consulent.",
        ],
        cta=("Verlof aanvragen", f"https://tijd.{APPS}/verlof"),
        contact=("payroll", "Vragen over verlof"),
        children=[
            theme(
                "Jaarlijkse vakantie",
                "Een voltijdse medewerker heeft recht op 35 vakantiedagen per "
                "jaar, plus de feestdagen.",
                [
                    "Je vakantiedagen worden berekend in verhouding tot je "
                    "prestaties. Wie deeltijds werkt of in de loop van het jaar "
                    "begint, krijgt een evenredig aantal dagen.",
                    "Vanaf je 45ste krijg je extra dagen, afhankelijk van je "
                    "leeftijd. Je saldo zie je altijd in de tijdsregistratie.",
                    "## Overdracht naar volgend jaar",
                    "Maximaal tien dagen kun je meenemen naar het volgende jaar. "
                    "Ze moeten opgenomen zijn voor 30 april.",
                ],
                faq=[
                    (
                        "Mag mijn leidinggevende verlof weigeren?",
                        "Alleen om redenen van dienstverlening, en dan met uitleg. "
                        "Vraag zomervakantie daarom ruim op voorhand aan.",
                    ),
                    (
                        "Wat als ik ziek word tijdens mijn vakantie?",
                        "Bezorg een ziektebriefje. De ziektedagen worden dan niet "
                        "van je vakantiesaldo afgetrokken.",
                    ),
                ],
                cta=("Bekijk je saldo", f"https://tijd.{APPS}/saldo"),
                contact=("payroll", "Vragen over je verlofsaldo"),
            ),
            theme(
                "Ziekte melden",
                "Ben je ziek? Verwittig je leidinggevende voor de start van je "
                "werkdag en bezorg een ziektebriefje.",
                [
                    "Bel of stuur een bericht naar je leidinggevende voor je "
                    "werkdag begint, en uiterlijk om 9 uur. Zeg hoe lang je "
                    "denkt afwezig te zijn; je hoeft niet te zeggen wat je hebt.",
                    "Je dokter stuurt het ziektebriefje elektronisch door, of je "
                    "laadt het binnen twee werkdagen op in de tijdsregistratie.",
                    "## Controle",
                    "Een controlearts kan je thuis bezoeken of uitnodigen. Ben je "
                    "niet thuis, dan laat die een bericht achter.",
                ],
                faq=[
                    (
                        "Heb ik een briefje nodig voor één dag?",
                        "Nee, drie keer per jaar mag je één dag ziek zijn zonder "
                        "attest. Daarna is een briefje verplicht.",
                    ),
                    (
                        "Mag ik buitenshuis tijdens mijn ziekte?",
                        "Ja, als je arts dat toelaat. Het briefje vermeldt of je "
                        "de woning mag verlaten.",
                    ),
                ],
                contact=("payroll", "Afwezigheden"),
            ),
            theme(
                "Ouderschapsverlof en zorgverlof",
                "Zorgen voor je kind of voor een ziek familielid? Er zijn "
                "verschillende verloven, voltijds of deeltijds.",
                [
                    "Ouderschapsverlof neem je op voor je kind twaalf wordt. Je "
                    "kiest een voltijdse, halftijdse of gedeeltelijke vorm en "
                    "krijgt een uitkering van de RVA.",
                    "Voor de zorg voor een zwaar ziek familielid of palliatieve "
                    "zorg bestaan aparte verloven. Je HR-consulent zoekt met je "
                    "uit wat het beste past.",
                ],
                faq=[
                    (
                        "Hoe lang vooraf vraag ik ouderschapsverlof aan?",
                        "Minstens twee maanden, en bij voorkeur in overleg met je "
                        "leidinggevende nog vroeger.",
                    ),
                    (
                        "Bouw ik pensioen op tijdens het verlof?",
                        "Ja, de meeste thematische verloven tellen mee voor je "
                        "pensioen.",
                    ),
                ],
                contact=("hr", "Vragen over thematisch verlof"),
                documents=["ouderschapsverlof"],
            ),
            theme(
                "Tijdsregistratie en glijdende werktijden",
                "Je begint en eindigt wanneer het past, binnen de stamtijden. "
                "Je prikt met je badge of in de app.",
                [
                    "De stamtijden zijn van 9 tot 11.30 uur en van 14 tot 15.30 "
                    "uur. Daarbuiten kies je zelf, tussen 7 en 19 uur.",
                    "Een overschot of tekort van maximaal 12 uur neem je mee naar "
                    "de volgende maand.",
                ],
                faq=[
                    (
                        "Ik vergat te prikken. Wat nu?",
                        "Registreer het ontbrekende tijdstip in de app met een "
                        "korte reden. Je leidinggevende keurt het goed.",
                    ),
                    (
                        "Gelden de stamtijden ook bij telewerk?",
                        "Ja, dan ben je tijdens de stamtijden bereikbaar via "
                        "Teams en telefoon.",
                    ),
                ],
                cta=("Naar de tijdsregistratie", f"https://tijd.{APPS}/"),
                contact=("payroll", "Tijdsregistratie"),
            ),
            theme(
                "Telewerken",
                "De meeste administratieve functies kunnen deels van thuis "
                "werken. Zo maak je het goed afspraken.",
                [
                    "Telewerk is mogelijk tot drie dagen per week, in overleg "
                    "met je team. Elk team legt vast wie wanneer op kantoor is, "
                    "zodat het onthaal en de overlegmomenten gedekt zijn.",
                    "Je krijgt een maandelijkse vergoeding voor internet en "
                    "bureaukosten. Een tweede scherm en een headset leen je via "
                    "de ICT-servicedesk.",
                ],
                faq=[
                    (
                        "Ben ik verzekerd als ik thuis val?",
                        "Ja, een ongeval tijdens je telewerkuren is een "
                        "arbeidsongeval, net als op kantoor.",
                    ),
                    (
                        "Mag ik telewerken vanuit het buitenland?",
                        "Nee, telewerk gebeurt van thuis of een satellietkantoor "
                        "in België.",
                    ),
                ],
                contact=("hr", "Afspraken over telewerk"),
                documents=["telewerk", "vpn"],
            ),
        ],
    ),
    theme(
        "Opleiding en ontwikkeling",
        "Bijleren hoort bij je job. Je volgt opleidingen tijdens de "
        "werkuren en meestal gratis.",
        [
            "De dienst Opleiding en Ontwikkeling organiseert elk jaar meer dan "
            "300 opleidingen: van Excel en klare taal tot leidinggeven en "
            "omgaan met agressie.",
            "Voor een externe opleiding of een diploma vraag je vooraf "
            "toestemming. Soms ga je een terugbetalingsverbintenis aan.",
        ],
        cta=("Naar de opleidingscatalogus", f"https://leren.{APPS}/"),
        contact=("training", "Vragen over opleidingen"),
        image=True,
        children=[
            theme(
                "Opleidingscatalogus",
                "Alle interne opleidingen op één plek, met data, plaatsen en "
                "inschrijving.",
                [
                    "In de catalogus schrijf je je in. Je leidinggevende krijgt "
                    "een bericht en keurt je inschrijving goed.",
                    "Verplichte opleidingen, zoals informatieveiligheid of "
                    "EHBO-opfrissing, staan bovenaan in je overzicht.",
                ],
                faq=[
                    (
                        "Ik kan toch niet komen. Moet ik iets doen?",
                        "Schrijf je minstens drie werkdagen vooraf uit, zodat een "
                        "collega op de wachtlijst je plaats kan innemen.",
                    ),
                    (
                        "Krijg ik een attest?",
                        "Ja, na de opleiding staat een attest in je overzicht.",
                    ),
                ],
                cta=("Schrijf je in", f"https://leren.{APPS}/catalogus"),
                contact=("training", "Inschrijvingen"),
            ),
            theme(
                "Taalopleidingen",
                "Frans aan het loket, Engels voor je project of Nederlands op de "
                "werkvloer: we helpen je op weg.",
                [
                    "Voor baliemedewerkers en politie organiseren we "
                    "praktijkgerichte lessen Frans en Engels, in kleine groepen.",
                    "Collega's die Nederlands leren, krijgen begeleiding op de "
                    "werkvloer en lessen tijdens de werkuren.",
                ],
                faq=[
                    (
                        "Wat is mijn niveau?",
                        "Je legt bij de inschrijving een korte online test af. "
                        "Op basis daarvan kies je een groep.",
                    ),
                    (
                        "Zijn de lessen ook online?",
                        "Ja, een deel van elke reeks loopt via Teams.",
                    ),
                ],
                contact=("training", "Taalopleidingen"),
            ),
            theme(
                "Leidinggeven",
                "Nieuwe leidinggevenden volgen een traject van een jaar; "
                "ervaren leidinggevenden kunnen intervisie en coaching krijgen.",
                [
                    "Het traject combineert vijf opleidingsdagen, intervisie met "
                    "andere leidinggevenden en een persoonlijke coach.",
                    "Onderwerpen zijn onder meer feedback geven, verzuim "
                    "opvolgen, veranderingen begeleiden en teamoverleg.",
                ],
                faq=[
                    (
                        "Is het traject verplicht?",
                        "Ja, voor wie voor het eerst leiding geeft, binnen het "
                        "eerste jaar.",
                    ),
                    (
                        "Kan ik coaching vragen zonder traject?",
                        "Ja, vraag het aan via de dienst Opleiding en Ontwikkeling.",
                    ),
                ],
                contact=("training", "Leiderschapsontwikkeling"),
            ),
        ],
    ),
    theme(
        "Welzijn op het werk",
        "Gezond en veilig werken, fysiek en mentaal. Waar je terechtkunt met "
        "vragen en zorgen.",
        [
            "De dienst Preventie en Welzijn op het Werk volgt de risico's op "
            "het werk op, van een slecht ingesteld bureau tot stress en "
            "conflicten.",
            "Je kunt vertrouwelijk terecht bij de vertrouwenspersonen, de "
            "preventieadviseur psychosociale aspecten en de bedrijfsarts.",
        ],
        contact=("prevention", "Welzijn op het werk"),
        image=True,
        children=[
            theme(
                "Vertrouwenspersoon",
                "Voel je je gepest, lastiggevallen of onder druk gezet? Een "
                "vertrouwenspersoon luistert en zoekt met je naar een oplossing.",
                [
                    "De vertrouwenspersonen zijn collega's met een opleiding. Ze "
                    "zijn gebonden aan het beroepsgeheim en ondernemen niets "
                    "zonder jouw akkoord.",
                    "Je kunt ook rechtstreeks naar de externe preventieadviseur "
                    "psychosociale aspecten. Die kan een formeel verzoek tot "
                    "interventie behandelen.",
                ],
                faq=[
                    (
                        "Komt mijn leidinggevende het te weten?",
                        "Nee, tenzij je dat zelf wilt.",
                    ),
                    (
                        "Kan ik ook terecht voor een conflict met een collega?",
                        "Ja, ook conflicten die nog niet escaleerden kun je bespreken.",
                    ),
                ],
                contact=("prevention", "Vertrouwenspersoon"),
            ),
            theme(
                "Ergonomie en werkpostonderzoek",
                "Een goed ingestelde stoel, bureau en scherm voorkomen rug- en "
                "nekklachten.",
                [
                    "Stel je stoel zo in dat je voeten plat op de grond staan en "
                    "je ellebogen een hoek van 90 graden maken. De bovenrand van "
                    "je scherm staat op ooghoogte.",
                    "Heb je toch klachten, vraag dan een werkpostonderzoek aan. "
                    "Een ergonoom komt langs en geeft advies of materiaal.",
                ],
                faq=[
                    (
                        "Kan ik een zit-stabureau krijgen?",
                        "Ja, op advies van de ergonoom of de bedrijfsarts.",
                    ),
                    (
                        "Geldt dit ook voor thuis?",
                        "De ergonoom geeft ook advies voor je thuiswerkplek.",
                    ),
                ],
                contact=("prevention", "Ergonomie"),
            ),
            theme(
                "Bedrijfsarts en gezondheidstoezicht",
                "Wie een veiligheidsfunctie heeft of met risico's werkt, gaat "
                "periodiek op medisch onderzoek.",
                [
                    "De bedrijfsarts is onafhankelijk en werkt voor de externe "
                    "preventiedienst. Je kunt ook zelf een consult aanvragen, "
                    "bijvoorbeeld bij klachten die met je werk te maken hebben.",
                    "Na een afwezigheid van vier weken of meer kun je een bezoek "
                    "voorafgaand aan de werkhervatting vragen.",
                ],
                faq=[
                    (
                        "Moet ik het onderzoek tijdens de werkuren doen?",
                        "Ja, het onderzoek is werktijd. Reiskosten worden "
                        "terugbetaald.",
                    ),
                    (
                        "Ziet mijn werkgever mijn medisch dossier?",
                        "Nee, alleen het formulier met de beslissing.",
                    ),
                ],
                contact=("prevention", "Afspraken bedrijfsarts"),
            ),
            theme(
                "Personeelsvereniging",
                "Sport, cultuur en korting: de personeelsvereniging organiseert "
                "activiteiten voor alle collega's en gepensioneerden.",
                [
                    "Voor een kleine jaarlijkse bijdrage krijg je korting bij "
                    "lokale handelaars, tickets voor het cultuurcentrum en toegang "
                    "tot daguitstappen.",
                    "Elke donderdagmiddag is er een lunchwandeling vanuit het "
                    "Administratief Centrum, en op vrijdag een loopgroep.",
                ],
                faq=[
                    (
                        "Hoe word ik lid?",
                        "Via het inschrijvingsformulier op de website van de "
                        "vereniging. De bijdrage wordt van je loon afgehouden.",
                    ),
                    (
                        "Kan mijn gezin mee?",
                        "Ja, voor de meeste activiteiten kunnen partners en "
                        "kinderen mee.",
                    ),
                ],
                cta=("Word lid", f"https://personeelsvereniging.{APPS}/"),
            ),
        ],
    ),
    theme(
        "ICT-hulp",
        "Je laptop, je wachtwoord, Teams of een printer die weigert: de "
        "ICT-servicedesk van Digitaal Leiemonde helpt je.",
        [
            "De servicedesk is bereikbaar op werkdagen van 7.30 tot 18 uur op "
            "09 277 10 00 en via het selfserviceportaal. Buiten de kantooruren "
            "is er een permanentie voor dringende storingen.",
            "## Eerst zelf proberen",
            "- start je laptop opnieuw op\n"
            "- controleer of je met het netwerk of de VPN verbonden bent\n"
            "- bekijk de storingsmeldingen op de startpagina van de servicedesk",
        ],
        cta=("Meld een probleem", f"https://servicedesk.{APPS}/"),
        contact=("ict", "ICT-servicedesk"),
        image=True,
        children=[
            theme(
                "Wachtwoord vergeten",
                "Je wachtwoord zelf opnieuw instellen kan altijd, ook 's avonds "
                "en in het weekend.",
                [
                    "Ga naar het wachtwoordportaal en bevestig je identiteit met "
                    "de app op je smartphone. Kies een nieuw wachtwoord van "
                    "minstens 14 tekens.",
                    "Een zin van vier woorden is makkelijker te onthouden en "
                    "veiliger dan een kort wachtwoord met cijfers en tekens.",
                ],
                faq=[
                    (
                        "Ik heb geen smartphone. Hoe doe ik het?",
                        "Bel de servicedesk. Na een controlevraag krijg je een "
                        "tijdelijk wachtwoord.",
                    ),
                    (
                        "Hoe vaak moet ik mijn wachtwoord veranderen?",
                        "Niet meer op vaste tijdstippen, alleen als je denkt dat "
                        "iemand het kent.",
                    ),
                ],
                cta=("Naar het wachtwoordportaal", f"https://wachtwoord.{APPS}/"),
                contact=("ict", "Accounts en wachtwoorden"),
            ),
            theme(
                "VPN en werken van thuis",
                "Met de VPN werk je thuis veilig met de toepassingen en "
                "netwerkschijven van je organisatie.",
                [
                    "De VPN start automatisch zodra je laptop een internetverbinding "
                    "heeft. Je bevestigt de verbinding één keer per dag met de "
                    "app op je smartphone.",
                    "Teams, mail en OneDrive werken ook zonder VPN. Voor de "
                    "tijdsregistratie en de vakapplicaties heb je hem wel nodig.",
                ],
                faq=[
                    (
                        "De VPN maakt geen verbinding. Wat nu?",
                        "Controleer of je internet werkt, herstart je laptop en "
                        "probeer opnieuw. Lukt het niet, bel de servicedesk.",
                    ),
                    (
                        "Kan ik de VPN op mijn eigen computer installeren?",
                        "Nee, de VPN werkt alleen op laptops van de organisatie.",
                    ),
                ],
                contact=("ict_infra", "Netwerk en VPN"),
                documents=["vpn"],
            ),
            theme(
                "Printers en scannen",
                "Je print op elke multifunctionele printer in de gebouwen met "
                "je badge.",
                [
                    "Je print naar de wachtrij Leiemonde-Print. Aan eender welke "
                    "printer houd je je badge tegen de lezer en kies je je "
                    "documenten.",
                    "Scannen gaat naar je eigen mailbox. Documenten die niet "
                    "binnen 24 uur afgedrukt worden, worden gewist.",
                ],
                faq=[
                    (
                        "De printer is leeg of geblokkeerd.",
                        "Papier bijvullen mag je zelf. Bij een papierstoring of "
                        "foutmelding meld je het nummer op de sticker aan de "
                        "servicedesk.",
                    ),
                    (
                        "Kan ik thuis printen?",
                        "Printen thuis raden we af; vertrouwelijke documenten "
                        "print je nooit thuis.",
                    ),
                ],
                contact=("ict", "Printers"),
            ),
            theme(
                "Microsoft Teams",
                "Teams is de plek om te chatten, te vergaderen en samen aan "
                "documenten te werken.",
                [
                    "Elke dienst heeft een team met kanalen per onderwerp. "
                    "Bestanden in een kanaal zijn voor alle leden van het team "
                    "zichtbaar.",
                    "Een nieuw team vraag je aan via de servicedesk. Elk team "
                    "heeft minstens twee eigenaars.",
                ],
                contact=("ict", "Teams en samenwerken"),
                children=[
                    theme(
                        "Vergaderen met externen",
                        "Partners, burgers en leveranciers nodig je uit in een "
                        "Teams-vergadering zonder dat ze een account nodig hebben.",
                        [
                            "Externen komen eerst in de wachtruimte. Jij laat "
                            "ze binnen. Zo voorkom je dat iemand ongevraagd "
                            "meeluistert.",
                            "Deel geen vertrouwelijke documenten in de chat van "
                            "een vergadering met externen; gebruik een "
                            "beveiligde deellink.",
                        ],
                        faq=[
                            (
                                "Mag ik een vergadering opnemen?",
                                "Alleen als alle deelnemers vooraf akkoord gaan. "
                                "De opname wordt na 60 dagen gewist.",
                            ),
                            (
                                "Kan ik live ondertiteling gebruiken?",
                                "Ja, via Meer acties, Taal en spraak.",
                            ),
                        ],
                        contact=("ict", "Vergaderen in Teams"),
                    ),
                    theme(
                        "Vergaderzalen met Teams-scherm",
                        "De grote vergaderzalen hebben een Teams-systeem met "
                        "camera, microfoon en scherm.",
                        [
                            "Reserveer de zaal in Outlook en voeg een "
                            "Teams-vergadering toe. Het scherm in de zaal toont "
                            "de vergadering automatisch.",
                            "Sluit je laptop niet aan op het scherm; deel je "
                            "scherm in de vergadering.",
                        ],
                        faq=[
                            (
                                "Het scherm reageert niet.",
                                "Tik op het bedieningspaneel of bel het nummer "
                                "op de sticker naast het scherm.",
                            ),
                            (
                                "Welke zalen hebben zo'n systeem?",
                                "In het Administratief Centrum alle zalen met een "
                                "T in hun naam.",
                            ),
                        ],
                        contact=("ict", "Vergaderzalen"),
                    ),
                ],
            ),
            theme(
                "Telefonie",
                "Je vaste nummer volgt je overal: op je laptop via Teams en op "
                "je dienstsmartphone.",
                [
                    "Sinds de overstap naar Teams-telefonie is je vaste nummer "
                    "gekoppeld aan je account. Je belt en wordt gebeld via je "
                    "laptop met een headset.",
                    "Doorschakelen, voicemail en een afwezigheidsbericht stel je "
                    "zelf in bij de instellingen van Teams.",
                ],
                contact=("ict_infra", "Telefonie"),
                children=[
                    theme(
                        "Dienstsmartphone",
                        "Wie vaak op verplaatsing werkt of bereikbaar moet zijn, "
                        "krijgt een dienstsmartphone.",
                        [
                            "Je leidinggevende vraagt de smartphone aan. Je "
                            "krijgt een toestel met een abonnement voor bellen "
                            "en data in de EU.",
                            "De smartphone wordt beheerd door Digitaal "
                            "Leiemonde. Installeer apps alleen via de bedrijfsportal.",
                        ],
                        faq=[
                            (
                                "Mijn toestel is gestolen.",
                                "Meld het meteen bij de servicedesk, zodat we het "
                                "op afstand kunnen wissen, en doe aangifte bij "
                                "de politie.",
                            ),
                            (
                                "Mag ik hem privé gebruiken?",
                                "Beperkt privégebruik mag. Bellen naar het "
                                "buitenland of betalende nummers niet.",
                            ),
                        ],
                        contact=("ict_infra", "Mobiele toestellen"),
                    ),
                    theme(
                        "Een gesprek doorverbinden",
                        "Zo verbind je een burger of collega door zonder dat het "
                        "gesprek wegvalt.",
                        [
                            "Kies tijdens het gesprek Doorverbinden en dan "
                            "Eerst overleggen. Zo praat je eerst met je collega "
                            "en geef je het gesprek daarna door.",
                            "Neemt je collega niet op, dan neem je het gesprek "
                            "terug met Hervatten.",
                        ],
                        faq=[
                            (
                                "Kan ik naar een extern nummer doorverbinden?",
                                "Ja, typ het volledige nummer met de zonecode.",
                            ),
                            (
                                "Hoe maak ik een groepsnummer?",
                                "Een groepsnummer of wachtrij vraag je aan bij de "
                                "servicedesk.",
                            ),
                        ],
                        contact=("ict_infra", "Telefonie"),
                    ),
                ],
            ),
            theme(
                "Nieuw ICT-materiaal aanvragen",
                "Een tweede scherm, een headset of software: zo vraag je het aan.",
                [
                    "Standaardmateriaal zoals een headset, muis of docking vraag "
                    "je zelf aan in de catalogus van de servicedesk.",
                    "Voor software en speciale toestellen is het akkoord van je "
                    "leidinggevende nodig, en soms een budgetsleutel.",
                ],
                faq=[
                    (
                        "Hoe lang duurt een levering?",
                        "Materiaal in voorraad krijg je binnen vijf werkdagen.",
                    ),
                    (
                        "Wat doe ik met oud materiaal?",
                        "Breng het naar de servicedesk; we wissen het en geven "
                        "het een tweede leven.",
                    ),
                ],
                cta=("Naar de catalogus", f"https://servicedesk.{APPS}/catalogus"),
                contact=("ict", "Materiaal"),
            ),
        ],
    ),
    theme(
        "Gebouwen en onthaal",
        "Praktische informatie over onze gebouwen: openingsuren, zalen, "
        "toegang en defecten.",
        [
            "De meeste administratieve diensten werken in het Administratief "
            "Centrum aan de Leiekaai. Daarnaast zijn er het stadhuis, het "
            "Sociaal Huis, het Politiehuis en tientallen andere sites.",
            "Het Administratief Centrum is open van 7 tot 19 uur. Buiten die "
            "uren kun je binnen met je badge, als je daarvoor toegang hebt.",
        ],
        contact=("facility", "Gebouwen"),
        image=True,
        children=[
            theme(
                "Administratief Centrum",
                "Het Administratief Centrum aan de Leiekaai telt zes "
                "verdiepingen en 900 werkplekken.",
                [
                    "Op het gelijkvloers vind je het onthaal, de loketten van "
                    "Burgerzaken en het personeelsrestaurant. De vergaderzalen "
                    "liggen op de eerste verdieping.",
                    "We werken er met flexplekken: je neemt elke dag een vrije "
                    "plaats in de zone van je dienst en laat je bureau leeg "
                    "achter.",
                ],
                contact=("facility", "Administratief Centrum"),
                documents=["evacuatie"],
                children=[
                    theme(
                        "Vergaderzalen reserveren",
                        "Vergaderzalen in alle gebouwen reserveer je in Outlook "
                        "of in de zaalreservatie.",
                        [
                            "Voeg in Outlook de zaal toe als locatie. Ze wordt "
                            "automatisch bevestigd als ze vrij is.",
                            "Voor grote zalen, catering of een opstelling met "
                            "podium gebruik je de zaalreservatie, minstens een "
                            "week vooraf.",
                        ],
                        faq=[
                            (
                                "De zaal is bezet maar niemand gebruikt ze.",
                                "Een reservatie die na 15 minuten niet bevestigd "
                                "is op het scherm aan de deur, vervalt.",
                            ),
                            (
                                "Kan ik een zaal voor externen reserveren?",
                                "Ja, voeg de namen toe zodat het onthaal ze verwacht.",
                            ),
                        ],
                        cta=("Reserveer een zaal", f"https://zalen.{APPS}/"),
                        contact=("reception", "Zaalreservatie"),
                    ),
                    theme(
                        "Toegangsbadge",
                        "Met je badge kom je binnen, print je en betaal je in het "
                        "personeelsrestaurant.",
                        [
                            "Je krijgt je badge op je eerste werkdag bij het "
                            "onthaal. Toegang tot andere gebouwen of buiten de "
                            "openingsuren vraagt je leidinggevende aan.",
                            "Draag je badge zichtbaar in gebouwen met een "
                            "publieksfunctie.",
                        ],
                        faq=[
                            (
                                "Ik ben mijn badge vergeten.",
                                "Aan het onthaal krijg je een dagbadge op vertoon "
                                "van je identiteitskaart.",
                            ),
                            (
                                "Mijn badge is verloren.",
                                "Meld het meteen aan het onthaal, zodat we hem "
                                "blokkeren. Een nieuwe badge kost 10 euro.",
                            ),
                        ],
                        contact=("reception", "Badges"),
                    ),
                ],
            ),
            theme(
                "Bezoekers ontvangen",
                "Verwacht je bezoek? Meld het vooraf aan, dan staat een badge "
                "klaar aan het onthaal.",
                [
                    "Registreer je bezoekers in de zaalreservatie of stuur een "
                    "mail naar het onthaal met hun naam en het uur.",
                    "Je haalt je bezoekers zelf op aan het onthaal en begeleidt "
                    "ze ook weer naar buiten.",
                ],
                faq=[
                    (
                        "Waar kunnen bezoekers parkeren?",
                        "Op de bezoekersparking aan de Leiekaai, met een "
                        "uitrijkaart van het onthaal.",
                    ),
                    (
                        "Wat met leveringen?",
                        "Leveringen gaan via de laadkade aan de achterzijde.",
                    ),
                ],
                contact=("reception", "Onthaal"),
            ),
            theme(
                "Een defect melden",
                "Een lekkende kraan, een kapotte lamp of een deur die niet "
                "sluit? Meld het via een werkorder.",
                [
                    "In het meldingsportaal kies je het gebouw, de verdieping en "
                    "het soort probleem. Voeg gerust een foto toe.",
                    "Het team Gebouwenbeheer plant de herstelling en laat je "
                    "weten wanneer die klaar is. Dringende problemen, zoals "
                    "wateroverlast, meld je telefonisch aan het onthaal.",
                ],
                faq=[
                    (
                        "Hoe lang duurt een herstelling?",
                        "Eenvoudige herstellingen binnen vijf werkdagen. Voor "
                        "werken door een aannemer laten we je de planning weten.",
                    ),
                    (
                        "Is het te warm of te koud?",
                        "Meld ook dat via een werkorder; de technici passen de "
                        "regeling per zone aan.",
                    ),
                ],
                cta=("Meld een defect", f"https://meldingen.{APPS}/gebouwen"),
                contact=("buildings", "Herstellingen"),
            ),
        ],
    ),
    theme(
        "Mobiliteit",
        "Met de fiets, het openbaar vervoer of de dienstwagen: zo geraak je "
        "vlot naar je werk en op je afspraak.",
        [
            "We stimuleren duurzame verplaatsingen. Wie te voet, met de fiets "
            "of het openbaar vervoer komt, krijgt een vergoeding of een gratis "
            "abonnement.",
            "Voor verplaatsingen tijdens het werk zijn er dienstfietsen, "
            "deelwagens en elektrische dienstwagens.",
        ],
        contact=("mobility", "Woon-werkverkeer"),
        image=True,
        children=[
            theme(
                "Fietsvergoeding",
                "Wie met de fiets naar het werk komt, krijgt een vergoeding per "
                "kilometer, ook voor een deel van de rit.",
                [
                    "Je geeft je fietskilometers elke maand aan in de "
                    "tijdsregistratie. De vergoeding staat op je loonbrief van "
                    "de maand erna.",
                    "Ook wie met de fiets naar het station rijdt, krijgt de "
                    "vergoeding voor dat deel van de rit.",
                ],
                faq=[
                    (
                        "Telt een elektrische fiets of speedpedelec mee?",
                        "Ja, elke fiets telt mee.",
                    ),
                    (
                        "Is er een fietsenstalling?",
                        "Elk groot gebouw heeft een overdekte stalling met "
                        "laadpunten en kleedkamers met douches.",
                    ),
                ],
                contact=("mobility", "Fietsvergoeding"),
                documents=["fietsvergoeding"],
            ),
            theme(
                "Dienstwagens en deelauto's",
                "Voor dienstverplaatsingen reserveer je een wagen uit de "
                "gedeelde vloot.",
                [
                    "De deelwagens staan op de parking van het Administratief "
                    "Centrum en de Stedelijke Werkplaats. Je reserveert ze in de "
                    "zaalreservatie en opent ze met je badge.",
                    "Laat de wagen proper achter en zet hem aan de laadpaal. "
                    "Schade of een probleem meld je meteen.",
                ],
                faq=[
                    (
                        "Mag ik met de wagen naar huis?",
                        "Alleen met toestemming, als je de volgende ochtend van "
                        "thuis naar een afspraak vertrekt.",
                    ),
                    (
                        "Wat als ik een boete krijg?",
                        "Verkeersboetes zijn voor de bestuurder. De vlootbeheerder "
                        "bezorgt ze je.",
                    ),
                ],
                cta=("Reserveer een wagen", f"https://zalen.{APPS}/wagens"),
                contact=("facility", "Vlootbeheer"),
            ),
            theme(
                "Parkeren",
                "Parkeerplaatsen aan de gebouwen zijn beperkt en gaan eerst naar "
                "wie er niet zonder kan.",
                [
                    "Een parkeerabonnement krijg je als je beperkte mobiliteit "
                    "hebt, in ploegen werkt of geen goed alternatief hebt met "
                    "openbaar vervoer.",
                    "Carpoolers krijgen voorrang op de gereserveerde plaatsen vooraan.",
                ],
                faq=[
                    (
                        "Hoe vraag ik een abonnement aan?",
                        "Via het formulier in de tijdsregistratie; Team Parkeren "
                        "beslist binnen twee weken.",
                    ),
                    (
                        "Kan ik een plaats delen?",
                        "Ja, een abonnement kan gedeeld worden met een collega "
                        "die op andere dagen komt.",
                    ),
                ],
                contact=("mobility", "Parkeerabonnementen"),
            ),
            theme(
                "Openbaar vervoer",
                "Je abonnement op trein, tram of bus wordt volledig terugbetaald.",
                [
                    "Voor de trein vraag je een abonnement aan via de "
                    "derdebetalersregeling: je betaalt niets voor. Voor bus en "
                    "tram krijg je een gratis jaarabonnement.",
                    "Wie het openbaar vervoer combineert met de fiets, krijgt "
                    "beide vergoedingen.",
                ],
                faq=[
                    (
                        "Wordt een flexabonnement terugbetaald?",
                        "Ja, ook flexabonnementen voor wie deels telewerkt.",
                    ),
                    (
                        "Wat met een losse treinrit?",
                        "Dienstreizen met de trein geef je aan als onkost.",
                    ),
                ],
                contact=("payroll", "Abonnementen"),
            ),
        ],
    ),
    theme(
        "Veiligheid",
        "Veilig werken en weten wat je doet als het misloopt: EHBO, "
        "evacuatie en agressie.",
        [
            "In elk gebouw zijn er EHBO-hulpverleners, evacuatieleiders en een "
            "noodplan. Hun namen hangen aan de infoborden bij de lift.",
            "## Bij nood",
            "Bel 112 en daarna het interne noodnummer 09 266 99 99, zodat het "
            "onthaal de hulpdiensten kan opvangen.",
        ],
        contact=("prevention", "Veiligheid"),
        image=True,
        children=[
            theme(
                "EHBO",
                "In elk gebouw zijn er opgeleide hulpverleners en een "
                "EHBO-koffer; in de grote gebouwen ook een AED.",
                [
                    "Verwittig een hulpverlener via het onthaal of het interne "
                    "noodnummer. Bij een ernstig probleem bel je eerst 112.",
                    "Wil je zelf hulpverlener worden? De opleiding duurt vier "
                    "dagen en elk jaar volg je een opfrissing.",
                ],
                faq=[
                    (
                        "Waar hangt de AED?",
                        "In het Administratief Centrum naast het onthaal en op de "
                        "derde verdieping bij de lift.",
                    ),
                    (
                        "Moet ik een kleine wonde registreren?",
                        "Ja, in het EHBO-register. Zo is het gedocumenteerd als "
                        "er later toch een arbeidsongeval uit volgt.",
                    ),
                ],
                contact=("prevention", "EHBO"),
            ),
            theme(
                "Brandevacuatie",
                "Bij een doorlopend alarm verlaat je het gebouw via de "
                "dichtstbijzijnde nooduitgang.",
                [
                    "Laat alles achter, neem de trap en nooit de lift. Volg de "
                    "aanwijzingen van de evacuatieleiders.",
                    "Ga naar de verzamelplaats en blijf daar tot je te horen "
                    "krijgt dat je terug binnen mag. Zo weten we wie het gebouw "
                    "verlaten heeft.",
                    "## Oefeningen",
                    "Twee keer per jaar is er een onaangekondigde oefening.",
                ],
                faq=[
                    (
                        "Ik heb een collega met een beperking in het team.",
                        "Voor wie zich moeilijk verplaatst, maken we een "
                        "persoonlijk evacuatieplan. Neem contact op met de "
                        "preventieadviseur.",
                    ),
                    (
                        "Het alarm gaat met korte tussenpozen.",
                        "Dat is het vooralarm: hou je klaar en wacht op instructies.",
                    ),
                ],
                contact=("prevention", "Brandpreventie"),
                documents=["evacuatie"],
            ),
            theme(
                "Agressie aan het loket",
                "Een boze burger, een dreigende beller: zo ga je ermee om en zo "
                "helpen we je.",
                [
                    "Blijf rustig, hou afstand en ga niet in discussie. Aan "
                    "elk loket zit een alarmknop die collega's en het onthaal "
                    "verwittigt.",
                    "Na een incident praat je met je leidinggevende. Je kunt "
                    "opvang krijgen van een getraind collega en vrij nemen voor "
                    "een gesprek met een psycholoog.",
                ],
                faq=[
                    (
                        "Moet ik elk incident melden?",
                        "Ja, ook verbale agressie. Meld het in het "
                        "incidentenregister; zo kunnen we gerichte maatregelen "
                        "nemen.",
                    ),
                    (
                        "Is er een opleiding?",
                        "Ja, de opleiding omgaan met agressie is verplicht voor "
                        "baliemedewerkers.",
                    ),
                ],
                contact=("prevention", "Agressiebeleid"),
            ),
            theme(
                "Arbeidsongeval",
                "Een ongeval op het werk of onderweg? Meld het binnen de 48 uur "
                "aan je leidinggevende.",
                [
                    "Ga eerst naar een arts of de spoeddienst en vraag een "
                    "medisch attest van de eerste vaststelling.",
                    "Vul samen met je leidinggevende de aangifte in. Vermeld "
                    "getuigen als die er zijn.",
                ],
                faq=[
                    (
                        "Geldt een ongeval op de fiets naar het werk?",
                        "Ja, op de normale weg tussen je woning en je werk.",
                    ),
                    (
                        "Wie betaalt de medische kosten?",
                        "De arbeidsongevallenverzekering, volgens de "
                        "wettelijke tarieven.",
                    ),
                ],
                contact=("prevention", "Arbeidsongevallen"),
                documents=["arbeidsongeval"],
            ),
        ],
    ),
    theme(
        "Aankoop en overheidsopdrachten",
        "Alles wat we kopen, kopen we volgens de wet op de "
        "overheidsopdrachten. De dienst Aankoop helpt je de juiste procedure "
        "te kiezen.",
        [
            "Het bedrag bepaalt de procedure. Hoe hoger het bedrag, hoe meer "
            "leveranciers je moet vragen en hoe formeler de procedure.",
            "Kijk eerst of er al een raamcontract bestaat. Dan bestel je "
            "zonder nieuwe procedure.",
        ],
        cta=("Naar de bestelcatalogus", f"https://aankoop.{APPS}/"),
        contact=("purchase", "Overheidsopdrachten"),
        children=[
            theme(
                "Kleine aankopen",
                "Voor aankopen onder 3.000 euro zonder btw volstaat een "
                "aanvaarde factuur en een bestelbon.",
                [
                    "Vraag indien mogelijk toch een paar prijzen op. Maak een "
                    "bestelbon in het financiële pakket voor je iets bestelt, "
                    "zodat het budget vastgelegd is.",
                    "Leveranciers sturen hun factuur elektronisch met het "
                    "nummer van de bestelbon.",
                ],
                faq=[
                    (
                        "Mag ik met mijn eigen bankkaart betalen?",
                        "Alleen voor kleine onkosten, die je dan terugvraagt met "
                        "een onkostennota.",
                    ),
                    (
                        "Mag ik meerdere kleine aankopen doen bij dezelfde "
                        "leverancier?",
                        "Niet om de drempel te ontwijken; het totaal over het "
                        "jaar telt.",
                    ),
                ],
                contact=("purchase", "Bestelbons"),
            ),
            theme(
                "Procedures voor overheidsopdrachten",
                "Van onderhandelingsprocedure tot Europese openbare procedure: "
                "welke procedure past bij jouw aankoop?",
                [
                    "Tot 143.000 euro volstaat meestal een onderhandelingsprocedure "
                    "zonder voorafgaande bekendmaking. Daarboven is een "
                    "openbare procedure de regel.",
                    "De dienst Aankoop schrijft het bestek samen met jou. Jij "
                    "levert de technische beschrijving en de gunningscriteria.",
                ],
                faq=[
                    (
                        "Hoe lang duurt een openbare procedure?",
                        "Reken op vier tot zes maanden van bestek tot gunning.",
                    ),
                    (
                        "Waar worden opdrachten gepubliceerd?",
                        "Op het platform e-Procurement van de federale overheid.",
                    ),
                ],
                contact=("purchase", "Bestekken"),
                children=[
                    theme(
                        "Raamcontracten",
                        "Voor kantoormateriaal, ICT, schoonmaakproducten en "
                        "veel meer bestaan er al raamcontracten.",
                        [
                            "Een raamcontract is een overeenkomst met vaste "
                            "prijzen voor meerdere jaren. Je bestelt rechtstreeks "
                            "met een bestelbon.",
                            "We gebruiken ook raamcontracten van de Vlaamse "
                            "aankoopcentrales.",
                        ],
                        faq=[
                            (
                                "Waar vind ik de lijst?",
                                "In de bestelcatalogus, per categorie.",
                            ),
                            (
                                "Wat als het product er niet in staat?",
                                "Vraag de dienst Aankoop om raad voor je zelf "
                                "offertes opvraagt.",
                            ),
                        ],
                        contact=("purchase", "Raamcontracten"),
                    ),
                    theme(
                        "Duurzaam aankopen",
                        "We kopen zuinig, circulair en sociaal: met "
                        "duurzaamheidscriteria in elk bestek.",
                        [
                            "Denk eerst na of je iets moet kopen: huren, delen of "
                            "herstellen is vaak beter. In bestekken vragen we "
                            "naar energieverbruik, herstelbaarheid en verpakking.",
                            "Een deel van onze opdrachten gaat naar sociale "
                            "economiebedrijven.",
                        ],
                        faq=[
                            (
                                "Is duurzaam niet duurder?",
                                "Niet over de hele levensduur. We vergelijken de "
                                "totale kosten, niet alleen de aankoopprijs.",
                            ),
                            (
                                "Waar vind ik voorbeeldcriteria?",
                                "Bij de dienst Aankoop en in de criteriatool van "
                                "de Vlaamse overheid.",
                            ),
                        ],
                        contact=("purchase", "Duurzaam aankopen"),
                    ),
                ],
            ),
            theme(
                "Facturen en leveranciers",
                "Facturen komen elektronisch binnen en worden betaald binnen 30 dagen.",
                [
                    "Je krijgt een taak in het financiële pakket om de factuur "
                    "goed te keuren. Controleer of geleverd is wat besteld werd.",
                    "Een nieuwe leverancier laat je registreren door de dienst "
                    "Boekhouding, met het ondernemingsnummer en het "
                    "rekeningnummer.",
                ],
                faq=[
                    (
                        "Een leverancier belt over een onbetaalde factuur.",
                        "Kijk of je taak nog openstaat en verwijs de leverancier "
                        "naar de dienst Boekhouding.",
                    ),
                    (
                        "Kan een factuur op papier?",
                        "Nee, we aanvaarden alleen e-facturen via Peppol.",
                    ),
                ],
                contact=("finance", "Facturen"),
            ),
        ],
    ),
    theme(
        "Communicatie",
        "Je wilt iets vertellen aan burgers, pers of collega's? De dienst "
        "Communicatie helpt je met tekst, beeld en kanaal.",
        [
            "Spreek de dienst Communicatie vroeg aan, liefst zodra een project "
            "start. Samen kiezen we de boodschap, het publiek en de kanalen.",
            "Voor de website, de stadskrant, sociale media en Werkplek gelden "
            "vaste deadlines.",
        ],
        contact=("comm", "Communicatieplannen"),
        children=[
            theme(
                "Huisstijl",
                "Logo's, kleuren, lettertypes en sjablonen: zo herkent iedereen "
                "ons meteen.",
                [
                    "Gebruik altijd de sjablonen in Word en PowerPoint. Ze "
                    "bevatten het juiste logo, de kleuren en de lettertypes.",
                    "Voor drukwerk en affiches werkt het team Grafische "
                    "Vormgeving een ontwerp uit.",
                ],
                faq=[
                    (
                        "Mag ik een eigen logo voor mijn project?",
                        "Nee, projecten gebruiken het logo van de organisatie, "
                        "eventueel met een projectnaam.",
                    ),
                    (
                        "Waar vind ik foto's?",
                        "In de beeldbank; vermeld altijd de fotograaf.",
                    ),
                ],
                contact=("design", "Huisstijl"),
                documents=["huisstijl"],
            ),
            theme(
                "Pers",
                "Een journalist belt? Verwijs door naar de persdienst, ook als "
                "je het antwoord kent.",
                [
                    "De persdienst is elke dag bereikbaar, ook in het weekend. "
                    "Zij beslissen wie antwoordt en stemmen af met het bestuur.",
                    "Wil je zelf iets in de pers? Bezorg je voorstel minstens "
                    "een week vooraf.",
                ],
                faq=[
                    (
                        "Mag ik een interview geven over mijn vakgebied?",
                        "Ja, na overleg met de persdienst, die je kan voorbereiden.",
                    ),
                    (
                        "Wat met de politie?",
                        "De politiezone heeft een eigen woordvoerder.",
                    ),
                ],
                contact=("comm", "Persdienst"),
            ),
            theme(
                "Sociale media",
                "Onze kanalen worden beheerd door de dienst Communicatie. Zo "
                "gebruik je ze, en zo ga je er als medewerker mee om.",
                [
                    "Nieuwe accounts openen we alleen als er een plan en een "
                    "vaste beheerder is. Zo blijven we snel antwoorden op "
                    "vragen en reacties.",
                    "Privé post je wat je wilt, maar verspreid geen "
                    "vertrouwelijke informatie en spreek niet namens de "
                    "organisatie.",
                ],
                faq=[
                    (
                        "Mag ik een bericht van de stad delen?",
                        "Graag zelfs.",
                    ),
                    (
                        "Iemand reageert negatief op een bericht over mijn dienst.",
                        "Reageer niet zelf; de webcare van de dienst Communicatie "
                        "antwoordt.",
                    ),
                ],
                contact=("comm", "Sociale media"),
            ),
            theme(
                "Klare taal",
                "Schrijf zoals je praat: kort, concreet en met je als aanspreking.",
                [
                    "Begin met de boodschap, gebruik korte zinnen en vermijd "
                    "vakjargon. Een burger moet na één keer lezen weten wat hij "
                    "moet doen.",
                    "## Tips",
                    "- schrijf 'je' in plaats van 'u' in de meeste teksten\n"
                    "- gebruik tussenkopjes en lijstjes\n"
                    "- vervang 'in het kader van' door 'voor'",
                ],
                faq=[
                    (
                        "Is er een opleiding?",
                        "Ja, de halve dag Klare taal staat in de opleidingscatalogus.",
                    ),
                    (
                        "Kan iemand mijn brief nalezen?",
                        "De redactie leest standaardbrieven na.",
                    ),
                ],
                contact=("comm", "Schrijfadvies"),
            ),
            theme(
                "Nieuws op Werkplek",
                "Nieuws voor je collega's verschijnt op de startpagina van "
                "Werkplek. Zo bezorg je het aan de redactie.",
                [
                    "Stuur je bericht met een foto naar de redactie. We "
                    "publiceren op werkdagen, meestal binnen twee dagen.",
                    "Je kunt nieuws richten aan één organisatie, bijvoorbeeld "
                    "alleen de politiezone, of aan iedereen.",
                ],
                faq=[
                    (
                        "Mag ik zelf pagina's aanpassen?",
                        "Ja, als je redacteur bent voor een thema. Vraag het aan "
                        "bij de dienst Communicatie.",
                    ),
                    (
                        "Hoe lang blijft mijn bericht staan?",
                        "Het blijft in het nieuwsarchief; op de startpagina staan "
                        "de zes recentste berichten.",
                    ),
                ],
                contact=("comm", "Redactie Werkplek"),
            ),
        ],
    ),
    theme(
        "Financiën",
        "Onkosten, budgetten en dienstreizen: de financiële kant van je werk.",
        [
            "De dienst Financiën beheert het meerjarenplan en de boekhouding "
            "van de stad en het OCMW. Elke dienst heeft een budgethouder.",
            "Uitgaven worden vooraf vastgelegd op een budgetsleutel. Vraag je "
            "budgethouder welke sleutel je gebruikt.",
        ],
        contact=("finance", "Budgetten"),
        children=[
            theme(
                "Onkosten terugvragen",
                "Kleine onkosten die je voorschiet, vraag je terug met een "
                "onkostennota.",
                [
                    "Dien je onkostennota in binnen drie maanden, met de "
                    "originele bewijsstukken. Je leidinggevende keurt ze goed.",
                    "De terugbetaling gebeurt met je loon van de volgende maand.",
                ],
                faq=[
                    (
                        "Worden parkeerkosten terugbetaald?",
                        "Ja, bij een dienstverplaatsing, met het ticket.",
                    ),
                    (
                        "En een kilometervergoeding met mijn eigen wagen?",
                        "Ja, als er geen dienstwagen beschikbaar was.",
                    ),
                ],
                contact=("finance", "Onkostennota's"),
                documents=["onkostennota"],
            ),
            theme(
                "Dienstreizen",
                "Een congres, een studiedag of een werkbezoek: zo regel je je "
                "reis en je verblijf.",
                [
                    "Vraag de reis vooraf aan bij je leidinggevende. Voor "
                    "buitenlandse reizen is een beslissing van de algemeen "
                    "directeur nodig.",
                    "Voor afstanden onder 500 kilometer kies je de trein.",
                ],
                faq=[
                    (
                        "Hoe zit het met verzekering?",
                        "Je bent verzekerd via de reisbijstandsverzekering van de "
                        "organisatie.",
                    ),
                    (
                        "Krijg ik een dagvergoeding?",
                        "Ja, volgens de forfaits van de rechtspositieregeling.",
                    ),
                ],
                contact=("finance", "Dienstreizen"),
            ),
            theme(
                "Meerjarenplan en budget",
                "Het meerjarenplan legt vast wat we tot 2031 willen bereiken en "
                "wat dat mag kosten.",
                [
                    "Elk jaar in het najaar wordt het plan aangepast. Diensten "
                    "dienen hun voorstellen in bij hun departementshoofd.",
                    "De budgethouders volgen hun budget op in het financiële "
                    "rapportagepakket.",
                ],
                faq=[
                    (
                        "Waar vind ik het goedgekeurde plan?",
                        "Op de website van de stad en bij de dienst Budget.",
                    ),
                    (
                        "Wat als mijn budget op is?",
                        "Je budgethouder vraagt een verschuiving aan.",
                    ),
                ],
                contact=("finance", "Meerjarenplan"),
            ),
        ],
    ),
    theme(
        "GDPR en informatieveiligheid",
        "We werken met veel persoonsgegevens van burgers en collega's. Zo "
        "gaan we er zorgvuldig mee om.",
        [
            "Verwerk alleen de gegevens die je voor je taak nodig hebt, en "
            "bewaar ze niet langer dan nodig. De functionaris voor "
            "gegevensbescherming helpt bij nieuwe projecten.",
            "Informatieveiligheid is ieders taak: een sterk wachtwoord, een "
            "vergrendeld scherm en een kritische blik op mails.",
        ],
        contact=("privacy", "Gegevensbescherming"),
        documents=["gedragscode"],
        children=[
            theme(
                "Een datalek melden",
                "Een mail naar de verkeerde persoon, een verloren laptop: meld "
                "het meteen. Snel melden beperkt de schade.",
                [
                    "Meld elk vermoeden van een datalek aan de functionaris voor "
                    "gegevensbescherming, ook als je twijfelt.",
                    "We moeten ernstige lekken binnen 72 uur melden aan de "
                    "toezichthouder. Je krijgt nooit een sanctie omdat je een "
                    "fout meldt.",
                ],
                faq=[
                    (
                        "Ik stuurde een mail naar de verkeerde persoon.",
                        "Vraag de ontvanger om de mail te verwijderen en meld het lek.",
                    ),
                    (
                        "Mijn laptop is gestolen.",
                        "Meld het aan de servicedesk en de functionaris; de "
                        "schijf is versleuteld.",
                    ),
                ],
                contact=("privacy", "Datalekken"),
                documents=["datalek"],
            ),
            theme(
                "Phishing herkennen",
                "Een dringende mail die om je wachtwoord of een betaling vraagt? "
                "Klik niet, en meld hem.",
                [
                    "Phishingmails zien er steeds echter uit. Let op de afzender, "
                    "de toon van dringendheid en links die ergens anders heen "
                    "gaan dan ze beloven.",
                    "Meld een verdachte mail met de knop Phishing melden in "
                    "Outlook. We sturen regelmatig testmails om je alert te "
                    "houden.",
                ],
                faq=[
                    (
                        "Ik heb op een link geklikt.",
                        "Verander meteen je wachtwoord en bel de servicedesk.",
                    ),
                    (
                        "De mail komt van een collega.",
                        "Ook accounts van collega's kunnen misbruikt worden. "
                        "Vraag het na via Teams of telefoon.",
                    ),
                ],
                contact=("privacy", "Informatieveiligheid"),
            ),
            theme(
                "Gegevens delen met externen",
                "Persoonsgegevens deel je met andere organisaties alleen met een "
                "protocol of verwerkersovereenkomst.",
                [
                    "Gebruik een beveiligde deellink met een vervaldatum, nooit "
                    "een bijlage in een gewone mail.",
                    "Werkt een externe firma met onze gegevens, dan is een "
                    "verwerkersovereenkomst nodig. De dienst Aankoop neemt die "
                    "op in het contract.",
                ],
                faq=[
                    (
                        "Mag ik gegevens delen met de politie?",
                        "Alleen op een schriftelijk verzoek met wettelijke "
                        "basis. Vraag advies aan de functionaris.",
                    ),
                    (
                        "Mag ik WeTransfer gebruiken?",
                        "Nee, gebruik OneDrive met een beveiligde link.",
                    ),
                ],
                contact=("privacy", "Gegevensdeling"),
            ),
        ],
    ),
    theme(
        "Duurzaamheid",
        "Onze organisaties willen tegen 2030 de helft minder CO2 uitstoten. "
        "Zo dragen we daar samen aan bij.",
        [
            "We renoveren gebouwen, rijden elektrisch en kopen circulair. Maar "
            "ook kleine gewoontes maken een verschil: het licht uit, de trap "
            "nemen, minder printen.",
            "Elke dienst heeft een duurzaamheidsambassadeur die ideeën verzamelt.",
        ],
        contact=("climate", "Klimaatplan"),
        image=True,
        children=[
            theme(
                "Klimaatplan voor de eigen organisatie",
                "Het klimaatplan bevat 40 acties voor onze gebouwen, vloot en "
                "aankopen.",
                [
                    "De grootste winst zit in de gebouwen: isolatie, "
                    "warmtepompen en zonnepanelen op alle daken die ervoor "
                    "geschikt zijn.",
                    "De vloot wordt tegen 2028 volledig elektrisch of fossielvrij.",
                ],
                faq=[
                    (
                        "Hoe volgen we de vooruitgang op?",
                        "Met een jaarlijks rapport aan de gemeenteraad.",
                    ),
                    (
                        "Kan ik een actie voorstellen?",
                        "Ja, via je duurzaamheidsambassadeur of de dienst Milieu "
                        "en Klimaat.",
                    ),
                ],
                contact=("climate", "Klimaatplan"),
            ),
            theme(
                "Afval sorteren op kantoor",
                "Papier, pmd, restafval en gft: in elke keuken staan de juiste bakken.",
                [
                    "Persoonlijke vuilbakjes aan je bureau verdwijnen. Je sorteert "
                    "in de keuken of aan de sorteereilanden.",
                    "Vertrouwelijk papier gooi je in de gesloten containers; het "
                    "wordt versnipperd en gerecycleerd.",
                ],
                faq=[
                    (
                        "Waar kan ik batterijen en cartridges kwijt?",
                        "Aan het onthaal.",
                    ),
                    (
                        "Wordt het afval echt gescheiden opgehaald?",
                        "Ja, elke fractie heeft een eigen ophaler.",
                    ),
                ],
                contact=("cleaning", "Afval"),
            ),
        ],
    ),
    theme(
        "Burgerzaken voor collega's",
        "Wat je moet weten als je burgers doorverwijst naar Burgerzaken: "
        "afspraken, documenten en tarieven.",
        [
            "Burgerzaken werkt op afspraak. Burgers maken een afspraak online "
            "of via het contactcenter.",
            "Identiteitskaarten, rijbewijzen en reispassen worden enkel "
            "afgegeven op afspraak; attesten zijn online te downloaden.",
        ],
        faq=[
            (
                "Hoe lang duurt een nieuwe identiteitskaart?",
                "Ongeveer drie weken. Een spoedprocedure kost meer.",
            ),
            (
                "Kan een burger zonder afspraak komen?",
                "Alleen voor het afhalen van documenten, tijdens de openingsuren.",
            ),
        ],
        cta=("Afspraak maken", f"https://afspraken.{APPS}/"),
        contact=("civil", "Burgerzaken"),
    ),
]
