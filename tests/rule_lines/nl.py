"""Dutch test lines of each line rule: lines it must take, and look-alike lines it must leave."""

MUST_GO: dict[str, list[str]] = {
    "not_found_tail": [
        "Pagina niet gevonden",
        "Foutcode: 404",
        "Fout 404 - Pagina niet gevonden",
        "Helaas, de pagina die je zoekt bestaat niet (meer) of is verplaatst.",
        "Sorry, deze pagina bestaat niet.",
        "De pagina die u probeert te bezoeken bestaat niet meer.",
        "Dit artikel is niet meer beschikbaar.",
    ],
    "comments_tail": [
        "Reacties",
        "Reacties (8)",
        "## Reacties (8)",
        "12 reacties",
        "Reageer op dit artikel",
        "Geef een reactie",
        "Laat een reactie achter",
        "Er zijn nog geen reacties geplaatst.",
        "Log in om te reageren",
        "Je moet ingelogd zijn om een reactie te plaatsen.",
    ],
    "comment_thread": [
        "3 reacties op “Wandelen langs de Vecht”",
        "Eén reactie op “Recept: appeltaart van oma”",
        "2 gedachten over “Fietsen in Zeeland”",
    ],
    "navigation": [
        "Direct naar de inhoud",
        "[Ga naar hoofdinhoud](#content)",
        "Naar de hoofdinhoud",
        "[1]Ga direct naar de inhoud",
        "Menu",
        "Menu openen",
        "Voorpagina",
        "Zoeken",
        "Inloggen",
        "Word abonnee",
        "Terug naar de homepage | Zoeken op de site",
        "Voorpagina > Regio > Zaanstad",
        "U bent hier: Home › Nieuws",
        "Colofon · Privacy · Contact",
        "Volgend artikel",
    ],
    "newsletter": [
        "Dit artikel is gratis te lezen. Steun lokale journalistiek en word abonnee vanaf 1 euro per week.",
        "Dit artikel is alleen voor abonnees. Word abonnee voor 1 euro",
        "Voor abonnees",
        "Steun onafhankelijke journalistiek in de Lekstreek.",
        "Ontvang het nieuws uit de Lekstreek via WhatsApp",
        "Vond je dit artikel goed? Steun onze redactie met een abonnement.",
        "Download de app van het Zeeuws Dagblad",
        "Nieuwsbrief",
        "Onze nieuwsbrief",
        "**Utrecht Vandaag** — Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws.",
        (
            "Meld je aan voor de nieuwsbrief van de Waterland Courant en ontvang elke vrijdag het regionieuws in je "
            "mailbox."
        ),
        "Ontvang het beste van Brabants Kwartier elke zaterdag in je inbox.",
        "Schrijf je in voor de nieuwsbrief",
        "[14]Schrijf je in voor de nieuwsbrief",
        "Aanmelden",
        "Bedankt voor je aanmelding!",
        "Vul je e-mailadres in",
        "Blijf op de hoogte: schrijf je in voor onze gratis nieuwsbrief",
    ],
    "social_share": [
        "Delen",
        "Deel dit artikel:",
        "Deel dit artikel: Facebook X WhatsApp",
        "Deel op Facebook | Deel op LinkedIn | Kopieer link",
        "Deel dit artikel: [11]Facebook [12]X [13]WhatsApp",
        "Link kopiëren",
        "Volg ons op Instagram",
    ],
    "cookie_notice": [
        "Wij en onze partners gebruiken cookies en vergelijkbare technieken om advertenties te personaliseren.",
        "Deze website maakt gebruik van cookies. Sommige cookies zijn nodig om de site te laten werken.",
        (
            "Brabants Kwartier en partners gebruiken cookies en vergelijkbare technieken om je een betere ervaring te "
            "bieden."
        ),
        (
            "Het Noorderlicht gebruikt cookies om de site goed te laten werken. Ga je akkoord met het plaatsen van "
            "alle cookies?"
        ),
        "We gebruiken cookies om je de beste ervaring te bieden.",
        "Akkoord",
        "Ja, akkoord",
        "[Ja, akkoord](#) [Nee, alleen noodzakelijke](#)",
        "Weigeren",
        "[8]Akkoord [9]Instellingen",
        "Alle cookies accepteren",
        "Instellingen wijzigen",
    ],
    "advertisement": [
        "Advertentie",
        "ADVERTENTIE",
        "Gesponsorde inhoud",
        "Het artikel gaat verder onder de advertentie.",
        "Lees verder onder de advertentie",
    ],
    "shop_teaser": [
        "Uitgelicht product: Vogelvoederhuisje – € 24,95 – In winkelwagen",
        "In winkelwagen",
        "In onze webshop: Verrekijker 8x42 – € 149",
        "Toevoegen aan winkelwagen",
    ],
    "photo_credit": [
        "Foto: ANP",
        "Beeld: Erik van 't Woud",
        "Beeld ANP / Remko de Waal",
        "Fietsers in de Kanaalstraat. Foto: Robin van Lonkhuijsen",
        "De dijk bij Uitdam. (Foto: Waterschap)",
        "Foto's: Hollandse Hoogte",
        "ANP / Koen van Weel",
    ],
    "copyright": [
        "© 2026 Domstad Media B.V. Alle rechten voorbehouden.",
        "Alle rechten voorbehouden",
        "Waterland Courant, alle rechten voorbehouden.",
        "Niets uit deze uitgave mag worden overgenomen zonder toestemming van de uitgever.",
        "Copyright © 2025 DPG Media",
    ],
    "related_links": [
        "Lees ook: Parkeertarief binnenstad stijgt naar 7 euro per uur",
        "> Lees ook: [Zorgverzekeraar sluit polis met korting](https://example.nl/a)",
        "Lees ook",
        "Meer nieuws uit Utrecht",
        "## Meer nieuws uit Utrecht",
        "Meest gelezen",
        "Gerelateerde artikelen",
        "Bekijk ook",
        "Dit vind je misschien ook interessant",
    ],
    "author_bio": [
        "Over de auteur",
        "Over de schrijver:",
    ],
    "opinion_disclaimer": [
        "De mening van de auteur komt niet noodzakelijk overeen met die van de redactie.",
        "Deze column geeft de persoonlijke mening weer van de auteur.",
    ],
    "contact_line": [
        "Neem contact op met de redactie",
        "Mail de redactie",
        "Heb je een tip? Mail naar redactie@voorbeeld.nl",
        "Weet jij meer? Tip de redactie via tips@voorbeeld.nl",
        "Tip de redactie",
        "Contact: redactie@voorbeeld.nl",
    ],
}

MUST_STAY: dict[str, list[str]] = {
    "not_found_tail": [
        "Op de site verscheen een melding ‘Pagina niet gevonden’, waarna veel mensen belden.",
        "De pagina bestaat niet meer sinds de gemeente de website vernieuwde, zegt een woordvoerder.",
        "Pagina niet gevonden en toch betaald: klanten klagen over webwinkel.",
    ],
    "comments_tail": [
        "Reactie",
        "Reacties van omwonenden waren overwegend positief, zegt de wethouder.",
        "Hij wilde geen reactie geven.",
        "Geen reacties op de oproep, zei de burgemeester teleurgesteld.",
        "Je moet ingelogd zijn om je belastingaangifte te doen, zegt de Belastingdienst.",
    ],
    "comment_thread": [
        "Twee reacties op het voorstel kwamen binnen voor de deadline.",
        "Drie gedachten over de toekomst van de stad staan centraal in het rapport.",
    ],
    "navigation": [
        "Naar de inhoud van het plan wordt nog gekeken, zegt de wethouder.",
        "Zoeken naar de vermiste wandelaar is dinsdag hervat.",
        "Het menu van de kantine wordt gezonder, belooft de school.",
        "Voorpagina's van alle kranten openden met het nieuws.",
    ],
    "newsletter": [
        "Dit artikel is gratis te lezen, zei de uitgever, maar dat blijft niet zo.",
        "Het zwembad is op zaterdag alleen voor abonnees van de sportschool, zei de wethouder tegen de raad.",
        "Vond je het concert goed? De bewoners antwoordden ja, volgens de enquête van de gemeente.",
        "Download de app, zeiden ze aan de balie. Maar op oudere telefoons werkt hij niet.",
        "Het waterschap verstuurt sinds dit najaar een digitale nieuwsbrief.",
        "De nieuwsbrief, die wekelijks naar 40.000 lezers gaat, meldde het nieuws als eerste.",
        "Aanmelden kan tot vrijdag bij het gemeentehuis.",
    ],
    "social_share": [
        "Facebook maakte dinsdag bekend dat het gegevens gaat delen met onderzoekers.",
        "Delen is het nieuwe hebben, zeggen de oprichters van het platform.",
    ],
    "cookie_notice": [
        "Op de website verschijnt eerst een melding: „Deze website gebruikt cookies om jouw ervaring te verbeteren.”",
        "De bakker verkoopt cookies en stroopwafels aan toeristen op de Dam.",
        "Akkoord bereikt over de nieuwe cao voor de zorg.",
    ],
    "advertisement": [
        "Advertentie-inkomsten van de krant daalden vorig jaar met een derde.",
        "De advertentie verscheen in drie landelijke dagbladen.",
    ],
    "shop_teaser": [
        "In onze winkel in het dorp komt het brood elke ochtend om zeven uur, vertelt de eigenaar.",
        "Ze legde de laatste appels in de winkelwagen.",
    ],
    "photo_credit": [
        "De foto van het persbureau werd massaal gedeeld op sociale media.",
        "Twee nieuwe gevallen werden gemeld in Limburg, meldt ANP.",
        "Fotografie en film: het festival in Leiden opent zijn deuren.",
    ],
    "copyright": [
        "De rechter oordeelde over het auteursrecht op de foto na tien jaar procederen.",
        "Alle rechten op het terrein liggen bij de gemeente, zegt de wethouder.",
    ],
    "related_links": [
        "Lees ook maar eens de brief die de gemeente in januari aan de bewoners stuurde.",
        "Meer dan 130 mensen kwamen om het leven bij de aanslagen.",
        "Populair zijn vooral de kleine huurwoningen in de binnenstad.",
    ],
    "author_bio": [
        "Over ons",
        "Over de auteur van de brief is weinig bekend.",
    ],
    "opinion_disclaimer": [
        "De mening van de auteur over de nieuwe brug is bekend bij de gemeente.",
        "Deze column geeft de stemming in de stad goed weer.",
    ],
    "contact_line": [
        "Hij zei geen contact te hebben gehad met de schrijver van de brief.",
        "Tip: neem altijd een regenjas mee als je de dijk op fietst.",
        "Heb je een vraag over je zorgverzekering? Bel dan eerst je verzekeraar.",
    ],
}
