"""Page clutter: the lines a browser copies along with an article but that are not part of it.

Contact banners, share buttons, cookie notices, navigation and "read also" blocks look alike
across sites, so they are recognised by their wording and shape, never by one site's text.
Only short lines qualify: a sentence in the article that mentions contact stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

_MAX_WORDS = 16
_PROMOTION_MAX_WORDS = 25
_SEATS = (
    r"\bnog\s+(?:\d+|een\s+paar|enkele|maar\s+\d+)\s+(?:plek(?:ken|je)?|plaats(?:en)?)\s+"
    r"(?:vrij|beschikbaar)\b|\bnog\s+(?:maar\s+)?\d+\s+(?:plekken|plaatsen)\s*[.!]"
    r"|\b(?:only\s+)?(?:\d+|a\s+few)\s+(?:spots?|seats?|places?)\s+(?:left|remaining|available)\b"
    r"|\bonly\s+\d+\s+(?:spots|seats|places)\s*[.!]"
)
"""Places left on a course: "nog 3 plekken vrij", "only 4 seats left"."""
_SEATS_LEFT = re.compile(_SEATS, re.I)
_OFFER = re.compile(
    r"\b(?:gratis|free|e-?book|webinar|workshop|upcoming\s+dates|vrijblijvend|brochure"
    r"|trainingsdata|startdata|next\s+cohort|volgende\s+groep)\b|" + _SEATS,
    re.I,
)
_CONTACT_MAX_WORDS = 30
_MAX_CHARACTERS = 300
_COOKIE_NOTICE = re.compile(
    r"\b(?:gebruikt|gebruiken|plaatst|plaatsen|uses?|sets?)\s+(?:\w+\s+)?cookies\b"
    r"|\bcookies?\s+(?:om|to|voor|for)\b|\bcookies?\s+(?:on|op)\s+(?:your|je|uw)\b",
    re.I,
)
_PRIVACY_NOTICE = re.compile(
    r"\b(?:privacy|persoonsgegevens)\b.*\b(?:unsubscribe|afmelden|uitschrijven)\b", re.I
)
"""What a sign-up form says about the address it asks for, in a few sentences."""
_NOTICE_MAX_WORDS = 60
_SIGN_UP = re.compile(
    r"\bthanks\s+for\s+reading\b.*\bsubscribe\b|\bsubscribe\s+for\s+free\b"
    r"|^(?:join|sign\s+up\s+for|subscribe\s+to|abonneer\s+je\s+op|meld\s+je\s+aan\s+voor"
    r"|schrijf\s+je\s+in\s+voor)\s+(?:our|my|the|onze|mijn|de)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:newsletter|nieuwsbrief|mailing\s+list|mailinglijst)\b"
    r"|^(?:[^.!?]{0,40}[?!]\s+)?(?:(?:subscribe|abonneer|schrijf\s+je\s+in|sign\s+up|meld\s+je\s+aan)\b"
    r"|(?:get|receive|ontvang|krijg)\s+(?:[\w-]+\s+){0,4}(?:notes?|essays?|tips?|newsletter"
    r"|nieuwsbrief|e-?mails?|updates?|letters?|inzichten|artikelen|articles)\b)"
    r"[^.!?]*\b(?:in\s+(?:your|je|jouw)\s+(?:inbox|mailbox)|every\s+(?:other\s+)?(?:week|month"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:elke|iedere)\s+(?:week|maand"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))\b",
    re.I,
)
"""A newsletter's pitch: "Get one leadership note every other Sunday.", "Subscribe to … and
get a new essay in your inbox every other Tuesday"."""

_PHRASES = re.compile(
    r"""
    \bcookies?\b | \bprivacy\s*(?:beleid|policy|statement|verklaring)\b
    | \bneem\s+contact\b | \bcontact\s*(?:formulier|form|opnemen|us)\b | \bcontacteer\b
    | \bget\s+in\s+touch\b(?!\s+with\s+(?:your|their|the|a|an|his|her|each|other)\b)
    | \bcontact\s+(?:met\s+)?(?:ons|us)\b | ^contact$
    | \bbel\s+(?:ons|met|gerust|direct)\b | \b(?:kun|kan)\s+je\s+(?:ons\s+)?bellen\b | \bcall\s+us\b
    | \bwij\s+helpen\s+je\s+graag\b | \bwe(?:'re|\s+are)?\s+happy\s+to\s+help\b
    | \bstel\s+(?:je|uw)\s+vraag\b | \bmail\s+(?:ons|us)\b
    | \bdeel\s+(?:dit|deze|op)\b | ^delen\b | \bshare\s+(?:this|on)\b | ^share\b | ^tweet\b
    | \blees\s+ook\b | \blees\s+meer\b | \bread\s+(?:more|also|next)\b
    | \b(?:bekijk|lees|zie)\s+(?:ook\s+)?(?:de|het|onze)\s+pagina\b
    | \b(?:see|visit|check\s+out)\s+(?:the|our)\s+(?:page|section)\s+(?:on|about)\b
    | \bgerelateerde?\s+(?:artikelen|berichten|posts|blogs)\b | \brelated\s+(?:posts|articles)\b
    | ^misschien\s+ook\s+interessant | ^(?:you\s+)?might\s+also\s+like | ^ook\s+interessant
    | ^(?:dit|deze|dat)\s+(?:vind|lees)\s+je\s+misschien\s+ook\b
    | ^(?:meer|andere|recente)\s+(?:blogs|berichten|artikelen)\W*$ | ^(?:more|recent)\s+posts\W*$
    | ^(?:next|upcoming|volgende|eerstvolgende|komende)\s+
      (?:workshops?|trainings?|trainingen|sessions?|events?|cohort|bijeenkomst(?:en)?|masterclass(?:es)?)\W*$
    | ^(?:recente|nieuwste|laatste|populaire|latest|popular|newest)\s+(?:posts|blogs|blogposts
      |berichten|artikelen|articles|stories)\W*$
    | ^(?:«\s*)?(?:vorig|volgend|previous|next)\s+(?:bericht|artikel|post|article)\b
    | ^(?:vorige|volgende|previous|next)(?:\s+(?:bericht|artikel|post|article))?\s*:
    | \bkvk\b | \bbtw[-\s]?(?:nr|nummer)\b
    | ^(?:reacties?|comments?)\s*\(\d+\) | ^\d+\s+(?:reacties|comments)\b
    | ^(?:leave\s+a\s+(?:comment|reply)|geef\s+een\s+reactie|plaats\s+een\s+reactie)
    | \bdeel\s+(?:het|dit|deze)\b | \bin\s+(?:your|their|je|jouw)\s+(?:inbox|mailbox)\b
    | ^(?:foto|afbeelding|beeld|photo|image|picture)s?\s+(?:van|bij|door|en|of|by)\b
    | \bnieuwsbrief\b | \bnewsletter\b | \bschrijf\s+je\s+in\b | \bsubscribe\b | \bvolg\s+ons\b
    | \bfollow\s+us\b
    | ^(?:menu|home|zoeken|search|terug|back|vorige|volgende|previous|next)\W*$
    | ^tags?\s*: | ^categorie(?:ën)?\s*: | ^categor(?:y|ies)\s*: | ^(?:←|→|«|»)
    | ^labels?\s*:\s*\S[^.!?]{0,120}$
    | ^(?:filed|posted)\s+(?:under|in)\s*:
    | \balle\s+rechten\s+voorbehouden\b | \ball\s+rights\s+reserved\b | ©
    """,
    re.I | re.X,
)
_PROMOTION = re.compile(
    r"""
    \bdownload\s+(?:nu|hier|gratis|direct|het|de|onze|je|jouw|mijn|now|here|free|the|our|your|my)\b
    | \b(?:gratis|free)\s+(?:e-?book|whitepaper|webinar|proefles|checklist|download|trial
      |kennismakingsgesprek|adviesgesprek|intake|consult|demo|workbook|guide|template|sjabloon
      |toolkit|worksheet|werkblad|planner|assessment|scan|quickscan)\b
    | \bget\s+our\s+(?:free\s+)?[\w-]+\s+(?:[\w-]+\s+)?(?:agenda|template|checklist|guide|toolkit
      |planner|worksheet|e-?book|notes|kit)\b
    | \bplan\s+(?:een|je|jouw|nu\s+een)\s+(?:gratis|vrijblijvende?)\s+
      [\w-]*(?:gesprek|afspraak|call|sessie|kennismaking)\b
    | ^plan\s+(?:een|je|jouw|nu\s+een)\s+(?:kennismakings|advies|intake|strategie|koffie)?
      (?:gesprek|afspraak|call|sessie)(?:\s+(?:in|met\s+(?:ons|mij|me)))?\W*$
    | \bvraag\s+(?:vrijblijvend\s+|nu\s+)?(?:een|de)\s+(?:gratis\s+|vrijblijvende\s+)?
      (?:offerte|brochure|demo)\b
    | \bmeld\s+je\s+(?:nu\s+|hier\s+|gratis\s+)?aan\b
    | \b(?:lees|read)\s+(?:onbeperkt|unlimited)\b
    | [€$£]\s?\d+(?:[.,]\d{1,2})?\s+(?:per|a|per\s+a)\s+(?:week|maand|month)\b
    | \bbestel\s+(?:nu|hier|het|de)\b
    | \bwatch\s+the\s+(?:full\s+)?(?:interview|video|webinar|episode)\b
    | \bbekijk\s+(?:het|de)\s+(?:volledige\s+)?(?:interview|video|webinar|aflevering)\b
    | \bbook\s+(?:a|your)\s+(?:free\s+)?(?:[\w-]+\s+){0,2}(?:call|demo|session|consultation)\b
    | \bjoin\s+[\d.,]+\+?\s+(?:other\s+)?(?:leaders|managers|readers|subscribers|professionals)\b
    | \bsluit\s+je\s+aan\s+bij\s+[\d.,]+\b | \bget\s+the\s+free\b
    | ^(?:(?:toevoegen\s+aan\s+|in\s+(?:de\s+|je\s+)?)(?:winkelwagen|winkelmand|winkelmandje)
      |add\s+to\s+(?:cart|basket|bag)|buy\s+now|koop\s+nu|shop\s+now|nu\s+bestellen|bestellen)\W*$
    | ^(?:(?:nu|now|vanaf|from|only|slechts)\s+)?[€$£]\s?\d{1,5}(?:[.,]\d{2}|,-)?(?:\s*(?:incl\.?
      |excl\.?|inclusief|exclusief)\s*(?:btw|vat))?$
    | ^(?:our|onze)\s+(?:free|gratis)\s+(?:[\w-]+\s+){0,3}(?:diagnostic|assessment|scan|guide|gids
      |e-?book|template|checklist|tool|quiz|test|webinar|course|cursus|trial|download|werkblad)\b
    | \bdoe\s+(?:de|onze)\s+gratis\b | ^download\s*\(
    | \bschrijf\s+je\s+(?:nu\s+)?in\s+voor\s+(?:de|het|onze|mijn)\s+(?:[\w-]+\s+)?
      (?:leergang|training|cursus|opleiding|workshop|masterclass|programma)\b
    | \bsign\s+up\s+for\s+(?:the|our|my)\s+(?:[\w-]+\s+)?(?:course|programme|program|training
      |workshop|masterclass)\b
    | \bword\s+(?:nu\s+)?(?:lid|abonnee|donateur|vriend)\b | \bproefabonnement\b
    | \btrial\s+subscription\b | \bneem\s+(?:nu\s+)?een\s+abonnement\b
    | \bbecome\s+a\s+(?:paid\s+)?(?:member|subscriber|supporter|patron)\b
    | \bsteun\s+(?:ons|onze\s+journalistiek)\b | \bsupport\s+(?:our|independent)\s+journalism\b
    | ^(?:bekijk|ontdek)\s+(?:het|ons|onze)\s+(?:programma|aanbod|trainingen|opleidingen)\W*$
    | ^(?:view|see|explore)\s+(?:the|our)\s+(?:programme|program|courses|trainings)\W*$
    | \bget\s+the\s+[\w-]+\s+(?:planner|guide|checklist|template|worksheet|e-?book|toolkit
      |workbook)\b
    | \b(?:grab|duplicate|copy)\s+(?:the|our|my|this|a)\s+(?:[\w-]+\s+){0,3}(?:template|checklist
      |planner|worksheet|toolkit|workbook)\s+(?:here|now|for\s+free)\b
    | \bsee\s+how\s+it\s+works\b | \bbekijk\s+hoe\s+het\s+werkt\b
    | \bsee\s+(?:upcoming|all)\s+(?:dates|sessions|workshops)\b
    | \bbekijk\s+(?:de|alle)\s+(?:data|trainingsdata|startdata|agenda)\b
    | \b(?:register|sign\s+up|enroll|join)\s+(?:now|today|here)\b | \bget\s+your\s+free\b
    | \bclaim\s+your\b | \bstart\s+(?:your|je)\s+(?:free\s+|gratis\s+)?(?:trial|proefperiode)\b
    | \b(?:doe|probeer|gebruik|vraag|try|take|use|grab)\s+(?:onze|ons|our)\s+(?:gratis|free)\b
    | \bbook\s+(?:onto|into|on)\s+(?:our|the|a)\b | \bjoin\s+(?:for\s+)?free\b
    | \bboek\s+(?:een|je|jouw|nu\s+een)\s+(?:gratis\s+|vrijblijvende?\s+)?(?:kennismaking|gesprek
      |afspraak|sessie|intake|coachgesprek|proefsessie)
    | \bleave\s+(?:us\s+)?a\s+(?:review|rating)\b | \b(?:laat|geef)\s+(?:ons\s+)?een\s+review\b
    | ^support\s+(?:the|this|our)\s+(?:show|podcast)\b | ^steun\s+(?:de|deze|onze)\s+podcast\b
    | \bget\s+(?:every|each|all|our)\b.*\b(?:by|via)\s+e-?mail\b
    | ^(?:start|begin|try\s+it|probeer\s+het|start\s+nu)\s+(?:for\s+free|gratis|free)\W*$
    | ^(?:probeer|try|get|ontdek|upgrade\s+(?:naar|to))\s+premium\b
    | \b(?:probeer|try)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:voor|for)\s+[€$£]\s?0\b
    | ^(?:reserve|reserveer|boek|book|secure|claim)\s+(?:your|a|je|jouw|een)\s+
      (?:seat|spot|place|plek|plaats|ticket)\W*$
    | ^(?:find\s+out\s+more|learn\s+more|meer\s+(?:info|informatie|weten)|ontdek\s+meer
      |bekijk\s+(?:het\s+)?(?:programma|aanbod|de\s+(?:training|leergang|opleiding|cursus)))\W*$
    """
    + "|"
    + _SEATS,
    re.I | re.X,
)
"""Calls to action and promotion: a download, a free e-book, a meeting to book."""
_PICTURE_LABEL = re.compile(
    r"""
    ^(?:header|hero|featured|banner|cover|thumbnail|uitgelichte|omslag|featured[-\s]image)
      [-\s]*(?:image|img|afbeelding|foto|picture|photo|beeld)?\s*\d*$
    | ^(?:img|dsc|dscn|image|foto|photo|pic|screenshot)[-_\s]?\d+\S*$
    | \S+\.(?:jpe?g|png|gif|webp|svg)$
    | ^(?:(?:image|picture|photo)\s+)?alt(?:[-\s]?text)?\s*:\s*\S | ^alt[-\s]?tekst\s*:\s*\S
      | ^(?:afbeelding|foto)(?:\s+|-)alt\s*:\s*\S
    | ^(?:(?:header|hero|cover|featured)\s+)?(?:image|afbeelding|photo|foto|picture|illustration
      |illustratie)\s*:\s*[^!?:]{3,120}$
    | ^(?:beeld|foto|photo|image)\s+(?-i:[A-Z])[\w.'-]+(?:\s+[\w.'-]+)?\s*/\s*[\w.' -]{2,40}$
    | ^\(?(?:foto|fotografie|beeld|afbeelding|illustratie|bron\s+(?:foto|afbeelding|beeld)|photo
      |photography|image|picture|illustration|image\s+credit|photo\s+credit|credit)s?\s*:\s*
      (?-i:[A-Z])[^.!?:]{0,58}\)?$
    | ^.{0,80}?\b(?:on|via|op)\s+(?:unsplash|pexels|pixabay|shutterstock|istock|getty\s+images
      |freepik)\W*$
    | ^.{3,120}?[.)]\s+\(?(?:foto|beeld|photo|image|credit)\s*:\s*(?-i:[A-Z])[\w.' -]{1,40}\)?$
    | ^.{3,160}?[.!?]\s+(?:beeld|foto|photo|image)\s*:?\s+
      (?-i:[A-Z])[\w.&'-]*(?:\s+(?-i:[A-Z])[\w.&'-]*){0,3}$
    | ^.{0,160}?\b(?:image|photo|picture|illustration|screenshot|afbeelding|foto|beeld)\s+(?:by|door
      |van)\s+(?:the\s+|de\s+)?(?:author|auteur|schrijver|writer)\W*$
    | ^(?:unsplash|pexels|pixabay|shutterstock|istock|getty\s+images|freepik|anp)\W*$
    | ^(?:illustratiefoto|foto\s+ter\s+illustratie|archieffoto|stockfoto|stock\s+photo
      |file\s+photo|illustrative\s+(?:photo|image))\W*$
    | ^.{3,200}?\s©\s*(?-i:[A-Z])[\w.' &-]{1,40}$
    | ^(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,2}\s+/\s+
      (?-i:[A-Z])[\w.'’-]+(?:\s+(?:van|de|der|den|ter|ten|(?-i:[A-Z])[\w.'’-]+)){1,3}$
    """,
    re.I | re.X,
)
"""A picture's file-ish label or its credit copied as a line: "header image", "IMG_2043",
"team.jpg", "Foto: Jan Jansen", "Photo by … on Unsplash", an agency and a photographer
("ANP / Marco de Swart")."""
_FURNITURE_WORDS = re.compile(
    r"""
    ^(?:facebook|linkedin|x|twitter|whatsapp|e-?mail|email|pinterest|pin|instagram|telegram
      |threads|bluesky|reddit|xing|mail|print|copy\s+link|link\s+kopi[eë]ren|kopieer\s+link
      |privacy|disclaimer|cookies?|terms|terms\s+of\s+(?:use|service)|voorwaarden
      |algemene\s+voorwaarden|sitemap|colofon|impressum|accessibility|toegankelijkheid
      |toegankelijkheidsverklaring|accessibility\s+statement|proclaimer
      |accepteren|accept|weigeren|decline|instellingen|settings|got\s+it|ok[eé]?|akkoord
      |beantwoorden|reply|reageren|see\s+more\s+comments|meer\s+reacties|load\s+more
      |aanmelden|inschrijven|verstuur|versturen|verzenden|send|submit|abonneren
      |advertentie|advertisement|sponsored|gesponsord|promoted|bewaren|opslaan
      |email\s+address|e-?mailadres|sign\s+up\s+for\s+our\s+\w+(?:\s+\w+)?\s+(?:letter|newsletter|updates))\W*$
    | ^(?:blijf\s+op\s+de\s+hoogte|stay\s+(?:in\s+touch|up\s+to\s+date)|je\s+e-?mailadres
      |jouw\s+e-?mailadres|e-?mailadres|your\s+e-?mail(?:\s+address)?|e-?mail\s+address)\W*\*?$
    | ^(?:\#\w+\s*){2,}$
    | ^(?:type|enter|add|write|vul|voer|typ|schrijf)\s+
      (?:(?:in\s+)?(?:your|je|jouw|uw|een|a|an)\s+)?(?:e-?mail(?:\s*address|adres)?|comment|reactie|opmerking|naam|name)(?:\s+(?:here|hier|in))?
      \s*(?:\.{3}|…)$
    | ^(?:naam|name|reactie|comment|website|e-?mail)\s*\*$
    | ^(?:first\s+name|last\s+name|full\s+name|(?:work|business)\s+e-?mail
      |company(?:\s+(?:name|size))?|job\s+title|phone(?:\s+number)?|please\s+select|voornaam|achternaam|bedrijfsnaam|functie
      |telefoonnummer|selecteer|maak\s+een\s+keuze)\s*\*?$
    | ^\d{1,5}\s*[-–]\s*[\d.,]{1,7}$ | ^[\d.,]{1,7}\+$
    | ^(?:bekijk|view|see)\s+(?:alle|all)\s+(?:berichten|posts|artikelen|articles|stories)\b
    | ^(?:published|gepubliceerd)\s+in\b | ^member-only\s+story$ | ^recommended\s+from\b
    | ^\+\s*(?:follow|volgen|connect|verbinden)\W*$
    | ^(?:back\s+to\s+(?:all\s+)?(?:posts|articles|blog|stories|overview|news)
      |terug\s+naar\s+(?:het\s+|alle\s+)?(?:overzicht|blog|berichten|artikelen|nieuws))\W*$
    | ^(?:open|close|sluit)\s+menu(?:\s+(?:open|close|sluit)\s+menu)?\W*$
    | ^(?:newer|older|nieuwer|ouder)\s+(?:post|bericht|artikel)\W*$
    | ^(?:(?:trots\s+)?(?:powered\s+by|aangedreven\s+door|mogelijk\s+gemaakt\s+door|made\s+with
      |built\s+with|website\s+(?:door|by|gemaakt\s+door)|design(?:ed)?\s+(?:by|door))\s+\S.{0,40})$
    | ^(?:thank\s+you|thanks|bedankt|dank\s+je(?:\s+wel)?)\s*!?$
    | \b(?:we\s+respect\s+your\s+privacy|wij\s+respecteren\s+je\s+privacy)\b
    | ^(?:facebook|linkedin|twitter|reddit|x|whatsapp|pinterest)\s+\d+$
    | ^\d{1,5}\s+(?:reacties|reactie|comments?|reactions?|responses?|followers|volgers)\W*$
    | ^(?:reacties|comments|reactions)\s*\(\d+\)\W*$
    | ^[\w.\s'-]{2,40}\s(?:schreef|says|said|zegt)\s*:$
    | ^(?:laat|plaats|geef)\s+een\s+reactie\s+(?:achter|hier)?\W*$
    | ^(?:leave|post)\s+a\s+(?:reply|comment)\W*$ | ^post\s+comment\W*$ | ^reactie\s+plaatsen\W*$
    | \bwordt\s+niet\s+gepubliceerd\b | \bwill\s+not\s+be\s+published\b
    | \bto\s+view\s+or\s+add\s+a\s+comment\b
    """,
    re.I | re.X,
)
"""Buttons, links and form fields that a page prints on lines of their own: a social
network's name, "Privacy", "Je e-mailadres", a comment form and its headers."""
_COMMENTS = re.compile(
    r"""
    ^\d{1,5}\s+(?:reacties|reactie|opmerkingen|opmerking|comments?|responses?)\W*$
    | ^(?:top\s+)?(?:reacties|comments|opmerkingen|responses)\s*(?:\(\d+\))?\W*$
    | ^(?:laat|plaats|geef)\s+een\s+reactie\b | ^(?:leave|post)\s+a\s+(?:reply|comment)\b
    | ^(?:voeg|plaats|schrijf)\s+een\s+(?:opmerking|reactie)\b | ^(?:add|write)\s+a\s+comment\b
    | ^to\s+view\s+or\s+add\s+a\s+comment\b
    """,
    re.I | re.X,
)
_ADDRESS = re.compile(
    r"^(?:\d{1,5}\s+)?(?:[A-Z][\w'.-]*\s+){0,3}?[\w'.-]*(?:straat|gracht|weg|laan|plein|kade"
    r"|singel|dijk|hof|markt|steeg|dreef|Street|St|Avenue|Ave|Road|Rd|Lane|Boulevard|Blvd|Drive"
    r"|Way|Square)\.?(?:\s+\d{1,5}[a-z]?)?,\s*\S[^.!?]{0,60}$"
    r"|^(?i:postbus|p\.?\s?o\.?\s+box|antwoordnummer)\s+\d{1,6}$"
)
"""A street and number with a place ("Keizersgracht 100, Amsterdam"), or a post box."""
_PHONE = re.compile(r"(?:\+|\b0)\d[\d\s\-()]{7,}\d")
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b")  # 07-09-2023 is no phone
_POSTCODE = re.compile(r"\b[1-9]\d{3}\s?[A-Z]{2}\b\s+[A-Z][a-z]")  # 5611 GH Eindhoven
_SOCIAL = re.compile(
    r"^(?:(?:linkedin|facebook|x|twitter|whatsapp|e-?mail|instagram|pinterest|threads|bluesky"
    r"|telegram|copy\s+link|link\s+kopi[eë]ren)[\s,|·/]*){2,}$",
    re.I,
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]+\.[\w.-]+\b")
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", re.I)


_CONTROLS = re.compile(
    r"""
    ^(?:follow|volgen|listen|luister|share|like|comment|reply|reageer|write|print|save|opslaan
      |deel|delen|bewaar|bewaren|afdrukken|kopieer\s+(?:de\s+)?link|copy\s+link
      |bookmark|subscribe|abonneer|abonneren|top|latest|open\s+in\s+app|sign\s*(?:in|up)
      |log\s*in|inloggen|skip\s+to\s+(?:main\s+)?content|ga\s+(?:direct\s+)?naar\s+(?:de\s+)?(?:hoofd)?inhoud
      |naar\s+hoofdinhoud|premium)\W*$
    | ^[\d.,]+\s*[km]?$ | ^[·•|/\-–—:_=*~]+$
    | ^[\d.,]+\s*[km]?\s+(?:likes?|followers?|volgers|restacks?|comments?|reacties|claps?
      |abonnees|subscribers|members|leden
      |responses?|views|weergaven|shares?|keer\s+bekeken|reactions?)\b
    | ^(?:comments?|reacties|restacks?|reactions?)\W*$ | ^\d{1,3}\s?[hdwmy]$
    | ^(?:nog\s+)?geen\s+(?:reacties|opmerkingen)(?:\s+(?:tot\s+nu\s+toe|geplaatst))?\W*$
    | ^no\s+(?:comments|responses|replies)(?:\s+yet)?\W*$ | ^be\s+the\s+first\s+to\s+comment\b
    | ^(?:written|writer)\s+(?:by|for)\b | ^(?:published|gepubliceerd)\s+in$
    | ^(?:report|rapporteer|meld)\s+(?:this|dit|deze)\s+(?:article|post|artikel|bericht)
    | ^more\s+(?:from|articles\s+by|by)\b | \bsign\s+in\b | ^explore\s+topics
    | ^(?:play|speel|luister)\s+(?:episode|aflevering|nu|now)\W*$ | ^\d{1,2}:\d{2}(?::\d{2})?$
    | ^(?:apple\s+podcasts|spotify|overcast|pocket\s+casts|google\s+podcasts|castbox|stitcher
      |deezer|youtube(?:\s+music)?|rss(?:\s+feed)?|amazon\s+music|podimo|soundcloud)\W*$
    | ^(?:show\s*notes|shownotes|shownotities)\W*$
    | ^view\s+[\d.,]+\s*[km]?\s+(?:upvotes?|shares?|comments?|answers?)\W*$
    | ^(?:upvote|downvote|share|comment|reply)\s*·\s*[\d.,]+\s*[km]?$
    | ^(?:sponsored|promoted|presented)\s+by\b.{0,40}$ | ^(?:gesponsord|aangeboden)\s+door\b.{0,40}$
    | ^(?:feedback\s+(?:verzenden|versturen|geven|sturen)|send\s+feedback|give\s+feedback)\W*$
    | ^(?:did\s+you\s+find\s+this\s+(?:article|summary|page|post|answer)\s+helpful
      |vond\s+je\s+(?:dit|deze)\s+(?:artikel|samenvatting|pagina)\s+(?:nuttig|handig))\W*$
    | ^(?:markeer|markeren)\s+als\s+(?:voltooid|gelezen|klaar)\W*$
    | ^mark\s+as\s+(?:complete|completed|done|read)\W*$
    | ^ga\s+naar\s+(?:de\s+)?(?:opdracht|volgende\s+les|les)\W*$ | ^(?:next|previous)\s+lesson\W*$
    | ^(?:inleveren|deadline|due)\s+(?:vóór|voor|uiterlijk|by|on)?\s*:.{0,60}$
    | ^(?:back\s+to\s+top|terug\s+naar\s+(?:boven|top|het\s+begin)|naar\s+boven)\W*$
    | ^naar\s+de\s+download\W*$ | ^(?:lees|bekijk)\s+de\s+(?:brochure|folder)\W*$
    | ^(?:register|registreer|inschrijven|schrijf\s+je\s+in|aanmelden|meld\s+je\s+aan)\W*$
    | ^reageren\s+is\s+alleen\s+mogelijk\b | ^(?:log\s+in|inloggen)\s+om\s+te\s+reageren\b
    | ^you\s+must\s+be\s+logged\s+in\s+to\s+(?:post\s+a\s+)?(?:comment|reply)\b
    | ^(?:book|register|sign\s+up|enrol)\s+(?:via|through|on|at|in)\s+(?:the\s+)?\S.{0,40}$
    | ^(?:aanmelden|inschrijven)\s+(?:via|bij|op)\s+\S.{0,40}$
    | ^(?:free|gratis)\s+(?:for|voor)\s+(?:members|leden|subscribers|abonnees)\W*$
    | ^(?:bekijk|zie)\s+(?:de\s+)?(?:startdata|data|trainingsdata|data\s+en\s+prijzen)\W*$
    | ^start\s+(?:de|het|je|jouw|your|the)\s+(?:gratis\s+|free\s+)?[\w-]*(?:scan|test|quiz
      |assessment|diagnostic)\W*$
    | ^(?:gratis|free)\s+(?:artikel|article)\b.{0,40}$
    | \bvoor\s+(?:geregistreerde|ingelogde)\s+lezers\W*$
    | ^(?:bekijk|lees)\s+(?:alle|meer)\s+(?:artikelen|berichten|blogs|posts)\s+(?:van|door)\b
      .{0,30}$
    | ^(?:view|see|read)\s+(?:all|more)\s+(?:posts|articles|stories)\s+(?:by|from)\b.{0,30}$
    | ^(?:support|steun|doneer\s+aan|donate\s+to)\s+(?-i:[A-Z])[\w-]+\W*$
    | ^discussion\s+about\s+this | ^was\s+(?:deze|dit)\b.*\bnuttig\b
    | ^was\s+(?:this|it)\s+(?:page\s+|article\s+|post\s+)?helpful\W*$
    | ^(?:had|heb)\s+je\s+(?:hier|hiér)\s+iets\s+aan(?:\s+gehad)?\W*$
    | ^(?:deze\s+pagina|dit\s+artikel|this\s+(?:page|article|post))\s+(?:delen|share)
    | \bthanks\s+for\s+reading\b | \bbedankt\s+voor\s+het\s+lezen\b
    | ^(?:was|is)\s+(?:this|deze|dit)\s+(?:page|article|post|information|pagina|informatie
      |artikel)\s+(?:useful|helpful|nuttig)
    | ^(?:page\s+last\s+reviewed|next\s+review\s+due|laatst\s+gecontroleerd)\b
    | ^thank\s+you\s+for\s+your\s+feedback | ^tell\s+us\s+how\s+we\s+can\s+improve
    | ^(?:geen|no)\s+(?:reacties|comments)\W*$ | ^sign\s+up\s+for\b
    | ^(?:vind\s+ik\s+leuk|like\s+this)\s*:?$ | ^(?:laden|loading)\s*(?:\.{3}|…)$
    | ^(?:deel|delen|share)\s+(?:via|on|op|naar|to)\s+[\w-]+$ | ^(?:serie|series|reeks)\s*:.{0,80}$
    | ^dit\s+(?:e-?mailen|bloggen)!?$
    | ^(?:hoi|hallo|beste|lieve|dag|hi|hello|hey|dear)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*[,!]$
    | ^(?:published|verschijnt|new\s+issues?|nieuwe\s+editie)\s+(?:weekly|biweekly|monthly|daily
      |every\s+\w+|wekelijks|tweewekelijks|maandelijks|dagelijks|elke\s+\w+)\W*$
    | \b(?:launched|started|gestart)\s+(?:\d+|a|an|one|een)\s+(?:years?|months?|jaar|maanden|maand)
      \s+(?:ago|geleden)$
    | ^(?:bekijk|view|open|lees|read)\s+(?:deze|this|de|the)\s+(?:e-?mail|nieuwsbrief|newsletter
      |mail)\s+(?:in\s+(?:je|jouw|uw|your|a|de)\s+browser|online|op\s+de\s+website|on\s+the\s+web)\W*$
    | ^(?:editie|edition|issue|nummer|no\.|nr\.?|aflevering)\s*\#?\d{1,4}
      (?:\s*[·|•–-]\s*[^.!?]{0,40})?$
    | ^(?:[^\s.!?]+\s){0,4}[^\s.!?]+\s[»›→]$
    | ^(?:last\s+)?(?:published|updated|posted)\s+(?:\d+|an?|one)\s+(?:minutes?|hours?|days?|weeks?
      |months?|years?)\s+ago$
    | ^(?:laatst\s+)?(?:gepubliceerd|bijgewerkt|geplaatst)\s+(?:\d+|een)\s+(?:minuten|minuut|uur
      |dagen|dag|weken|week|maanden|maand|jaar)\s+geleden$
    | ^(?:deel|share)\s+(?:artikel|article|bericht|post)\W*$
    | ^(?:onderwerpen|topics|tags|trefwoorden)\W*$
    | ^(?:meest\s+gelezen|most\s+read|(?:meer\s+)?over\s+dit\s+onderwerp
      |more\s+on\s+this\s+topic)\W*$
    | ^[A-Z]{1,3}$ | ^\#[^\W\d_]\w*$
    | ^(?:email\s+this|blogthis!?|share\s+to\s+\w+|opslaan\s+voor\s+later|save\s+for\s+later)$
    | ^cover\s+image\s+for\b | ^(?-i:[A-Z][a-z]{2})\s+\d{1,2}\s+'\d{2}$
    | ^(?:antwoord|beantwoorden|reply|snelkoppelingen|quick\s+links|contactpersonen)$
    | ^(?:boost|add\s+reaction|jump\s+to\s+comments|create\s+account|search\.{0,3}|zoeken\.{0,3}
      |zoeken\s+op\s+deze\s+site|search\s+this\s+site)$
    | ^(?:u\s+bent\s+hier|je\s+bent\s+hier|you\s+are\s+here)\s*:?$ | ^(?:ja|nee|yes|no)$
    | \b(?:pdf|docx?|xlsx?|pptx?|odt|zip)\s*,\s*[\d.,]+\s*[kmg]i?b\b
    | ^(?:episode|aflevering|ep\.?)\s*\d{1,4}\W*$
    | ^(?:view|see|bekijk)\s+(?:all|alle)\s+(?:episodes|afleveringen|posts|articles|artikelen
      |berichten|blogs)\b
    | ^(?:download|print|deel|share|mail|e-?mail|bewaar|save|stuur)\s+(?:deze|dit|this)
      \s+(?:pagina|page|artikel|article|post|bericht)(?:\s+(?:als|as)\s+pdf)?\W*$
    | ^(?:play|pause|afspelen|pauze|downloads?|(?:show|toon|read|lees)\s+(?:the\s+)?transcript
      |transcript|mute|volume|speed|snelheid)\W*$
    | ^\d(?:[.,]\d{1,2})?\s?[x×]$ | ^\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?$
    | ^(?:how\s+did\s+you\s+like|what\s+did\s+you\s+think\s+of|how\s+would\s+you\s+rate)
      \s+(?:this|today'?s|this\s+week'?s|the\s+latest)\s+(?:issue|edition|newsletter|post|e-?mail
      |article)\W*$
    | ^(?:wat|hoe)\s+vond\s+je\s+(?:deze|dit|de|het)\s+(?:editie|nieuwsbrief|artikel|blog|bericht
      |mail)(?:\s+van\s+(?:vandaag|deze\s+week))?\W*$
    """,
    re.I | re.X,
)
"""The controls and counters a page shows around an article: buttons, like and follower counts,
separators, "Written by", "Sign in", a table of contents' heading, a page's own actions
("Download deze pagina als PDF"), a media player's buttons, speed and time ("1.5x",
"00:00 / 52:17"), a newsletter's poll ("How did you like today's issue?")."""


_MENU_WORDS = re.compile(
    r"\b(?:home|blog|contact|over\s+ons|about(?:\s+us)?|trainingen|diensten|services|nieuws"
    r"|news|shop|events?|agenda|podcast|artikelen|articles|vacatures|careers|team|faq)\b",
    re.I,
)


def names_menu_item(text: str) -> bool:
    """True for a line that is one item of a site's menu ("About", "Archive", "Blog")."""
    return bool(_MENU_WORDS.fullmatch(text.strip()) or _MENU_EXTRA.fullmatch(text.strip()))


_MENU_EXTRA = re.compile(
    r"archive|archief|search|zoeken|zoek|subscribe|abonneren|rss|tags|categories|categorie[eë]n",
    re.I,
)


def _is_menu(text: str) -> bool:
    """A navigation bar copied as one line: a few words, two or more of them menu items and
    the others capitalised as items are ("Delivering news about restructuring" is no menu)."""
    if len(text.split()) > 10 or len(_MENU_WORDS.findall(text)) < 2:
        return False
    others = _MENU_WORDS.sub(" ", text).split()  # the rest: other items, in capitals
    return all(not word[0].isalpha() or word[0].isupper() for word in others)


_PROVENANCE = re.compile(
    r"""^[*_(\[]*(?:
      (?:dit|het)\s+(?:artikel|stuk|blog|bericht|interview)\s+(?:verscheen|is|werd)\s+
        (?:eerder|oorspronkelijk|eerst|ook)\s+(?:gepubliceerd\s+|verschenen\s+)?(?:in|op|bij|als)\b
    | (?:dit|het)\s+(?:artikel|stuk|blog)\s+is\s+een\s+(?:bewerking|bewerkte\s+versie)\s+van\b
    | (?:this|the)\s+(?:article|post|piece|essay|interview)\s+(?:was\s+)?(?:first|originally)
        \s+(?:appeared|published|ran)\b
    | (?:this|the)\s+(?:article|post|piece)\s+is\s+(?:adapted|an\s+edited\s+version)\b
    | (?:a\s+version\s+of\s+this\s+(?:article|post|piece)\s+(?:first\s+)?appeared)
    | originally\s+(?:published|posted)\s+(?:in|on|at)\b
    | (?:this|the)\s+(?:post|article|piece)\s+is\s+(?:part|one)(?:\s+\d+)?\s+of\s+(?:a|our|the|my)\b
      [^.!?]{0,80}\bseries\b
    | (?:dit|het)\s+(?:artikel|stuk|blog|bericht)\s+is\s+(?:onderdeel|deel)\s+van\s+(?:een|onze|de
      |mijn)\b[^.!?]{0,80}\b(?:serie|reeks)\b
    | oorspronkelijk\s+gepubliceerd\s+(?:in|op|bij)\b
    | (?:deze|dit)\s+(?:pagina|artikel)\s+hoort\s+bij\s+(?:het|de|ons|onze)\b
    | (?:this|the)\s+talk\s+was\s+(?:presented|given|recorded|delivered)\b
    | (?:deze|de)\s+(?:lezing|presentatie|talk)\s+(?:werd|is)\s+(?:gegeven|gehouden|opgenomen)\b
    | this\s+(?:page|article)\s+(?:belongs\s+to|is\s+part\s+of)\s+(?:the|our)\b
    )""",
    re.I | re.X,
)
"""A note on where the text appeared before or what it was made from: the publisher's
line, not the author's text."""


_DISCLAIMER = re.compile(
    r"\b(?:de\s+)?informatie\s+(?:in|op)\s+(?:dit|deze)\s+(?:artikel|pagina|website|blog)\s+is"
    r"\s+(?:algemeen|uitsluitend|alleen|bedoeld)\b"
    r"|\b(?:dit|deze)\s+(?:artikel|blog|pagina|tekst)\s+is\s+geen\s+(?:juridisch|medisch|financieel)"
    r"\s+advies\b"
    r"|\bviews\s+expressed\b[^.]{0,60}\b(?:own|not\s+necessarily)\b"
    r"|\b(?:this|the)\s+(?:article|post|content|information|page|guide|blog|website|site)\b[^.]{0,40}"
    r"\b(?:for\s+(?:general\s+)?information(?:al)?\s+(?:purposes\s+)?only|(?:does\s+not\s+constitute"
    r"|is\s+not)\s+(?:[\w-]+\s+){0,2}advice)",
    re.I,
)
"""A publisher's disclaimer under the text ("de informatie in dit artikel is algemeen van
aard en geen juridisch advies", "for informational purposes only")."""
_SPONSOR_READ = re.compile(
    r"\b(?:this|today'?s)\s+(?:episode|show|newsletter|issue)\s+(?:is\s+)?(?:brought\s+to\s+you"
    r"|sponsored|made\s+possible|supported)\s+by\b|\b(?:deze|de)\s+(?:aflevering|podcast"
    r"|nieuwsbrief)\s+(?:wordt|is)\s+(?:mede\s+)?(?:mogelijk\s+gemaakt|gesponsord|ondersteund)\s+door\b"
    r"|\b(?:enjoyed|liked)\s+this\s+episode\b.{0,60}\b(?:review|rate|rating|subscribe)\b"
    r"|\b(?:leave|write)\s+(?:us\s+)?a\s+(?:review|rating)\b|\blaat\s+een\s+(?:review|beoordeling)\b",
    re.I,
)
"""A podcast's sponsor read and its plea for reviews ("This episode is brought to you by
Calmdesk.", "Enjoyed this episode? Leave a review on Apple Podcasts.")."""
_DRAFT_MARK = re.compile(
    r"\b(?:niet\s+verspreiden|not\s+for\s+distribution|do\s+not\s+(?:distribute|forward|share))\b"
    r"|^\W*(?:concept|draft|versie|version)\s+v?\d+(?:\.\d+)?\b",
    re.I,
)
"""A draft's own mark at its top ("CONCEPT v3 – … – niet verspreiden", "Draft v2")."""
_PLACEHOLDER = re.compile(
    r"^\W*(?:todo|tbd|fixme|placeholder|xxx|mijn\s+notitie|eigen\s+notitie|note\s+to\s+self"
    r"|my\s+note|notitie\s+voor\s+mezelf|note\s+for\s+myself|shameless\s+plug)\b\s*:"
    r"|^\[(?=[^\]]*\b(?:invoegen|toevoegen|insert|add|link\s+volgt|link\s+to\s+follow|tbd|todo)\b)"
    r"[^\]]{5,300}\]$",
    re.I,
)
"""A writer's placeholder left in a draft ("[HIER NOG AANMELDBLOK … INVOEGEN – link volgt]",
"TODO: link to the post about contracting")."""
_EDITORS_NOTE = re.compile(
    r"^\W*(?:editor'?s?\s+note|note\s+(?:to|for)\s+(?:the\s+)?editors?|internal\s+note|redactienoot"
    r"|noot\s+(?:voor\s+)?(?:de\s+)?redactie|interne\s+notitie|notitie\s+voor\s+(?:de\s+)?redactie)\s*:",
    re.I,
)
"""A note for the editors left in an exported draft ("Editor note: pull quote for social",
"Internal note: …")."""
_RATING_NOTE = re.compile(
    r"\bhelp\s+ons\s+(?:dit\s+artikel|deze\s+pagina)\s+te\s+verbeteren\b|\bhelp\s+us\s+improve"
    r"\s+this\s+(?:article|page)\b|\bsorry\s+(?:dat\s+we\s+je\s+niet\s+konden\s+helpen|we\s+couldn'?t"
    r"\s+help)\b",
    re.I,
)
"""A help centre's answer to a bad rating ("Sorry dat we je niet konden helpen. Help ons dit
artikel te verbeteren met je feedback.")."""
_SIGN_UP_NOTE = re.compile(
    r"\bcheck\s+your\s+inbox\s+to\s+(?:complete|confirm)\b|^no\s+spam\b.{0,40}\bunsubscribe\b"
    r"|\bunsubscribe\s+(?:at\s+)?any\s*time\b|^geen\s+spam\b.{0,40}\b(?:afmelden|uitschrijven)\b"
    r"|\bcheck\s+je\s+(?:inbox|mailbox)\s+(?:om|en)\s+(?:je\s+)?(?:aanmelding|inschrijving)\b",
    re.I,
)
"""What a sign-up form says around its field ("No spam. Unsubscribe anytime.", "Email sent!
Check your inbox to complete your signup.")."""
_EDIT_NOTE = re.compile(r"^(?:last\s+edited\s+by|laatst\s+bewerkt\s+door)\b", re.I)
"""A forum's note under a post ("Last edited by … on …, edited 1 time in total.")."""
_OTHER_MEDIUM = re.compile(
    r"""^\W*(?:
      (?:luister|kijk)\s+(?:je\s+)?liever | liever\s+(?:luisteren|kijken)
      | (?:prefer|rather)\s+to\s+(?:listen|watch) | (?:would\s+you\s+)?rather\s+(?:listen|watch)
      | prefer\s+(?:audio|video|a\s+podcast)
    )\b[^?]{0,40}\?
    | \b(?:dit\s+(?:artikel|blog|stuk)\s+is\s+)?ook\s+(?:te\s+beluisteren|beschikbaar\s+als
      \s+(?:podcast|audio|video))\b
    | \b(?:this\s+(?:article|post|piece)\s+is\s+)?also\s+available\s+as\s+(?:a\s+)?(?:podcast
      |audio|video)\b
    """,
    re.I | re.X,
)
"""A pointer to the same story in another medium ("Luister liever? In aflevering 14 van de
podcast …", "Also available as a podcast"): the page's, not the article's."""


_TIME_RANGE = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[–-]|tot|to)\s*\d{1,2}[:.]\d{2}\b")
_DATED = re.compile(
    r"\b\d{1,2}\s+(?:jan|feb|mrt|maart|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec|januari|februari"
    r"|april|juni|juli|augustus|september|oktober|november|december|january|february|march|may"
    r"|june|july|august|october)\w*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d{1,2}\b"
    r"|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b",
    re.I,
)
_PRICE_TERMS = re.compile(
    r"[€$£]\s?\d[\d.,]*\s*(?:,-\s*)?(?:excl|incl|ex|inc)\.?\s*(?:btw|vat)\b", re.I
)


def _schedule(text: str) -> bool:
    """An event's or a course's line of practicalities: a date with a time range ("14 February
    2024, 10:00–12:30, online"), or a price with its tax ("€ 1.195 excl. btw"). A day's
    programme in the text gives times without a date."""
    if text.rstrip().endswith((".", "!", "?")):
        return False  # a sentence that gives a date and times is the text's
    return bool(_TIME_RANGE.search(text) and _DATED.search(text) or _PRICE_TERMS.search(text))


def _page_note(text: str) -> bool:
    """A note the page, the platform or a draft adds to the text at any length: where it
    appeared before, a pointer to the podcast, an edit note, a disclaimer, a form's small
    print, a rating's reply, a note for the editors, a sponsor read, a draft's mark."""
    return bool(
        _PROVENANCE.match(text)
        or _OTHER_MEDIUM.search(text)
        or _EDIT_NOTE.match(text)
        or _DISCLAIMER.search(text)
        or _SIGN_UP_NOTE.search(text)
        or _RATING_NOTE.search(text)
        or _EDITORS_NOTE.match(text)
        or _SPONSOR_READ.search(text)
        or _DRAFT_MARK.search(text)
        or _PLACEHOLDER.search(text)
    )


@lru_cache(maxsize=1 << 16)
def is_clutter(line: str) -> bool:
    """True when a short line reads as site furniture rather than article text."""
    text = line.strip()
    if len(text) > _MAX_CHARACTERS:
        return False  # furniture is short; this also keeps the patterns fast on huge lines
    words = len(text.split())
    if words > _MAX_WORDS:  # a sentence: clutter only when it gives a phone number, sells
        if words <= _NOTICE_MAX_WORDS and (
            _PRIVACY_NOTICE.search(text) or _COOKIE_NOTICE.search(text) or _page_note(text)
        ):
            return True
        return words <= _CONTACT_MAX_WORDS and bool(  # or asks to accept cookies
            _PHONE.search(_NUMERIC_DATE.sub(" ", text))
            or _SIGN_UP.search(text)
            or _COOKIE_NOTICE.search(text)
        )
    if not text:
        return False
    return bool(
        _page_note(text)
        or _schedule(text)
        or _SIGN_UP.search(text)
        or _PHRASES.search(text)
        or _FURNITURE_WORDS.search(text)
        or _ADDRESS.match(text)
        or _PROMOTION.search(text)
        or _PICTURE_LABEL.match(text)
        or _CONTROLS.search(text)
        or names_contents(text)
        or invites_reading_on(text)
        or _is_menu(text)
        or _SOCIAL.match(text)
        or _POSTCODE.search(text)
        or _PHONE.search(_NUMERIC_DATE.sub(" ", text))
        or _EMAIL.search(text)
        or _URL_ONLY.match(text)
    )


def opens_comments(line: str) -> bool:
    """True for the heading of a page's comment section: everything under it is readers'."""
    return bool(_COMMENTS.match(line.strip()))


def credits_picture(line: str) -> bool:
    """True for a picture's credit or file-ish label ("Beeld ANP / Annelies Hoorn")."""
    return bool(_PICTURE_LABEL.match(line.strip()))


def is_promotion(line: str) -> bool:
    """True for a short line that sells or labels a picture rather than tells: "Gratis
    e-book … Download nu", "Watch the full interview here", "header image"."""
    text = line.strip()
    words = len(text.split())
    if not text or words > _PROMOTION_MAX_WORDS:  # a course's places left sell at any length
        return bool(text) and words <= _NOTICE_MAX_WORDS and bool(_SEATS_LEFT.search(text))
    if words > _MAX_WORDS:  # a longer line sells only when it offers something for free
        return bool(_PROMOTION.search(text) and _OFFER.search(text))
    return bool(_PROMOTION.search(text) or credits_picture(text))


_RELATED = re.compile(
    r"""
    \blees\s+ook\b | \bgerelateerde?\s+(?:artikelen|berichten|posts|blogs)\b
    | ^gerelateerde?\s+\w+\W*$ | ^related\s+\w+\W*$
    | \brelated\s+(?:posts|articles)\b | ^misschien\s+ook\s+interessant | ^ook\s+interessant
    | ^(?:you\s+)?might\s+also\s+like | ^(?:meer|andere|recente)\s+(?:blogs|berichten|artikelen)
    | ^(?:more|recent)\s+posts | \bread\s+(?:also|next)\b | ^(?:meer|verder)\s+lezen\W*$
    | ^(?:recente|nieuwste|laatste|populaire|latest|popular|newest|top)\s+(?:posts|blogs|blogposts
      |berichten|artikelen|articles|stories)\W*$
    | ^(?:related|gerelateerd|zie\s+ook|see\s+also|more\s+to\s+read|keep\s+reading)\W*$
    | \bmisschien\s+ook\s+interessant\b | ^(?:you\s+)?may\s+also\s+like
    | ^more\s+(?:articles\s+)?(?:from|by)\b
    | ^(?:more|recent|other|all|meer|andere|recente|alle)\s+(?:episodes|afleveringen)\W*$
    | ^related\s+(?:guidance|content|reading|resources|topics|links|pages)\W*$
    | ^recommended\s+from\b | ^meer\s+(?:over|van)\b | ^bekijk\s+ook\b
    | ^(?:read|lees)\s+(?:more|meer)\W*$
    | ^(?:meest\s+gelezen|most\s+read|most\s+popular|populair|trending)\W*$
    | ^(?:more|all|other|meer|alle|andere)\s+(?:episodes|afleveringen)\W*$
    | ^(?:meer\s+over\s+dit\s+onderwerp|over\s+dit\s+onderwerp|more\s+on\s+this\s+topic)\W*$
    | ^meer\s+(?-i:[A-Z])[\w&' -]{1,30}$
    """,
    re.I | re.X,
)


_CONTENTS = re.compile(
    r"^(?:op\s+deze\s+pagina|inhoud(?:sopgave)?|on\s+this\s+page|contents|table\s+of\s+contents"
    r"|in\s+dit\s+artikel|in\s+this\s+(?:article|post))\s*:?$",
    re.I,
)


_READ_ON = re.compile(
    r"^(?:lees\s+verder|lees\s+meer|read\s+more|read\s+on|continue\s+reading)\W*$", re.I
)


def invites_reading_on(line: str) -> bool:
    """True for a link to go on reading ("Lees verder", "Read more"): under a teaser of
    another article, or a button."""
    return bool(_READ_ON.match(line.strip()))


def names_contents(line: str) -> bool:
    """True for the heading of a table of contents ("Op deze pagina", "On this page")."""
    return bool(_CONTENTS.match(line.strip()))


_EPISODE_LINKS = re.compile(
    r"""^(?:resources|links|books?|boeken|bronnen|tools)\s+(?:mentioned|genoemd)
      \s+(?:in|during|tijdens)\s+(?:this|the|deze|de)\s+(?:episode|aflevering|show|podcast)\W*$
    | ^(?:genoemd|mentioned)\s+in\s+(?:deze|this|the)\s+(?:aflevering|episode)\W*$""",
    re.I | re.X,
)


def lists_episode_links(line: str) -> bool:
    """True for the label over what a podcast episode mentioned ("Resources mentioned in this
    episode"): the show's links, books and past episodes, under the episode's notes."""
    return bool(_EPISODE_LINKS.match(line.strip()))


def opens_related_list(line: str) -> bool:
    """True for the heading of a "read also" block: the short lines under it are other posts'
    titles, not the article's."""
    text = line.strip()
    return len(text.split()) <= 6 and bool(_RELATED.search(text) or _EPISODE_LINKS.match(text))


_AUTHOR_BOX = re.compile(
    r"^(?:(?:over\s+de\s+(?:auteurs?|schrijvers?|spreker|spreekster)|about\s+the\s+(?:authors?"
    r"|speakers?))\W*$"
    r"|(?:over|about)\s+(?-i:[A-Z])[\w'-]+(?:\s+(?:van|de|der|den|el|al|(?-i:[A-Z])[\w'-]+)){1,3}$"
    r"|(?:written\s+by|geschreven\s+door)(?:\s+\S+(?:\s+\S+){0,4})?\W*$)",
    re.I,
)


_BIO_MAX_WORDS = 60
_GREETING = re.compile(
    r"^(?:hi|hey|hello|hallo|hoi|dag),?\s+(?:i'?m|i\s+am|ik\s+ben|my\s+name\s+is|mijn\s+naam\s+is)"
    r"\s+(?P<full>(?P<name>[A-Z][\w'-]+)(?:\s+(?-i:[A-Z])[\w'-]+(?=[\s,.!]))?)",
    re.I,
)


def introduces_author(line: str, author: str | None) -> bool:
    """True for a line in which the author introduces themselves: a greeting with their name
    ("Hi, I'm Sam. I write about …"), or their full name and what they do ("Marcus Hale is a
    leadership trainer …"): the bio closing a post, not its text."""
    text = line.strip()
    if _LABELLED_BIO.match(text):
        return True
    if author and len(author.split()) >= 2 and len(text.split()) <= _BIO_MAX_WORDS:
        first = author.split()[0]
        named = author if text.startswith(author) else first if text.startswith(f"{first} ") else ""
        rest = text[len(named) :] if named else ""
        if _SAYS_WHAT_THEY_DO.match(rest):
            return True  # "Lotte Bakker is …", or "Emily leads …" under her name
    return _greets(text, author)


_SAYS_WHAT_THEY_DO = re.compile(
    r"\s+(?!(?:en|and|of|or|zegt|says|said|zei|vroeg|asked)\b)(?-i:[a-z])[\w'-]+(?<!ly)\s"
)
"""The author's name, then what they do, in any verb ("is", "leads", "begeleidt"): their bio;
not a conjunction ("Emily and I") nor the name in a quote's credit ("Emily says")."""


_LABELLED_BIO = re.compile(
    r"^(?:over\s+de\s+(?:auteurs?|schrijvers?)|about\s+the\s+authors?)\s*[:–—-]\s*\S"
    r"|^(?:over|about)\s+(?-i:[A-Z])[\w'-]+(?:\s+(?:van|de|der|den|(?-i:[A-Z])[\w'-]+)){0,3}"
    r"\s*[:–—|-]\s*(?=(?-i:[A-Z])[\w'-]+(?:\s+(?:van|de|der|den|el|al|(?-i:[A-Z])[\w'-]+)){0,3}"
    r"\s+(?:is|was|werkt|schrijft|helpt|works|writes|helps)\s)",
    re.I,
)
"""A bio set after its label in one paragraph: "Over de auteur: Joris is HR-adviseur …",
"Over Ilse — Ilse Bakker is teamcoach …"."""


def _greets(line: str, author: str | None) -> bool:
    """A greeting with a name ("Hi, I'm Sam."), or a writer saying who they are and what they
    write ("I'm Lena Fischer, … I write about …"); with a known author, the name is theirs."""
    greeting = _GREETING.match(line.strip()) or _writer_introduced(line)
    if greeting is None:
        return False
    return not author or greeting["name"].casefold() == author.split()[0].casefold()


def _writer_introduced(line: str) -> re.Match[str] | None:
    introduced = _SELF_INTRODUCTION.match(re.sub(r"^[^\w]+", "", line))  # "👋 I'm …"
    if introduced and len(line.split()) <= _BIO_MAX_WORDS and _WRITES.search(line):
        return introduced
    return None


def bio_author(line: str) -> str | None:
    """The name a closing bio introduces its writer by ("Hi, I'm Sam Lee. I write …")."""
    found = _GREETING.match(line.strip()) or _writer_introduced(line)
    return found["full"].strip() if found else None


_SELF_INTRODUCTION = re.compile(
    r"^(?:i'?m|i\s+am|ik\s+ben|my\s+name\s+is|mijn\s+naam\s+is)\s+"
    r"(?P<full>(?P<name>(?-i:[A-Z])[\w'-]+)(?:\s+(?:van|de|der|den|(?-i:[A-Z])[\w'-]+)){0,3})"
    r"\s*[,.(]",
    re.I,
)
_WRITES = re.compile(
    r"\b(?:i\s+write|i\s+blog|ik\s+schrijf|ik\s+blog|subscribe|abonneer|newsletter|nieuwsbrief)",
    re.I,
)
"""What a closing bio says besides the name: what the writer writes, or where to follow it."""


_BIO = re.compile(
    r"^(?-i:[A-Z])[\w'-]+(?:\s+(?:van|de|der|den|el|al|(?-i:[A-Z])[\w'-]+)){0,3}\s+"
    r"(?:is|was|werkt|schrijft|helpt|works|writes|helps|coaches|coacht|leads|leidt|trains"
    r"|traint|begeleidt|teaches|runs|founded|richtte)\s",
    re.I,
)


def bio_name(line: str) -> str | None:
    """The name a bio opens with ("Sanne Kuipers is leiderschapscoach …"): two words or more."""
    found = _BIO.match(line.strip()) if reads_as_bio(line) else None
    words = found[0].split()[:-1] if found else []
    if words[:1] and words[0].casefold() in ("over", "about") and words[-1] == words[1]:
        words = words[1:-1]  # "Over Sanne Bakker Sanne is …": the box's label, then the bio
    return " ".join(words) if len(words) >= 2 else None


def reads_as_bio(line: str) -> bool:
    """True for a line that introduces a person by name ("Lotte Mulder is loopbaan- en
    leiderschapscoach …"): an author box's text, under its heading."""
    return len(line.split()) <= _BIO_MAX_WORDS and bool(_BIO.match(line.strip()))


def opens_author_box(line: str) -> bool:
    """True for the heading of the author's bio box that closes many blog posts."""
    return bool(_AUTHOR_BOX.match(line.strip()))


_OFFER_MAX_WORDS = 70
_INVITES_CONTACT = re.compile(
    r"""
    \bneem\s+(?:(?:gerust|dan|gewoon|vrijblijvend|direct|vooral|even|ook)\s+)*contact\s+
      (?:met\s+(?:me|mij|ons)\s+)?op\b(?!\s+met\s+(?!(?:me|mij|ons)\b))
    | \b(?:bel|mail|app|e-?mail|stuur)\s+(?:me|mij|ons)\b
    | \bvrijblijvende?\s+(?:kennismaking|intake|offerte|[\w-]*gesprek|sessie|afspraak|advies)
    | \bvrijblijvend\s+en\s+(?:kosteloos|gratis)\b | \b(?:kosteloos|gratis)\s+en\s+vrijblijvend\b
    | \bfree\s+and\s+(?:without\s+obligation|no\s+strings\s+attached)\b
    | \b(?:get|stay)\s+in\s+touch\b(?!\s+with\s+(?:your|their|the|a|an|his|her|each|other)\b)
    | \b(?:contact|email|e-mail|call|message)\s+(?:me|us)\b | \breach\s+out\s+to\s+(?:me|us)\b
    | \b(?:drop|send)\s+(?:me|us)\s+a\s+(?:line|message|note|dm|mail|e-?mail)\b
    | \byou\s+can\s+(?:reach|contact|find|email|e-mail)\s+(?:me|us)\b
    | \bhere'?s\s+how\s+(?:i|we)\s+can\s+help\b | \b(?:zo|hoe)\s+kan\s+ik\s+je\s+helpen\b
    | \bje\s+kunt\s+(?:me|mij|ons)\s+(?:bereiken|mailen|bellen|vinden)\b
    | \bbook\s+(?:a|your)\s+(?:free\s+)?(?:[\w-]+\s+){0,2}(?:call|session|consultation|chat)\b
    | \b(?:denk|denkt|denken)\s+(?:graag|vrijblijvend)\s+met\s+(?:je|jou|u|jullie)\s+mee\b
    | \b(?:help|helpt|helpen)\s+(?:je|jou|u|jullie)\s+graag\b
    | \b(?:we(?:'d|\s+would)\s+love|we(?:'re|\s+are)\s+happy)\s+to\s+help\b
    """,
    re.I | re.X,
)
"""The writer inviting the reader to contact them: "Neem gerust contact met me op",
"vrijblijvend kennismakingsgesprek", "get in touch", "book a free intro call"; not an
instruction to contact someone else ("neem contact op met je HR-adviseur", "… met Marjan
Hoekstra via de interne telefoon")."""
_ASKS_ENGAGEMENT = re.compile(
    r"""
    \bif\s+you\s+(?:found|find|liked|enjoyed)\s+this\b.*
      \b(?:follow|share|subscribe|like|clap|drop|heart|comment)
    | \b(?:vond|vind)\s+je\s+(?:dit|deze|het)\b.*\b(?:deel|volg|abonneer|like|reageer|laat)
    """,
    re.I | re.X,
)
"""A plea to like, share or follow: "If you found this useful, drop a ❤️ and follow me"."""


_ANNOUNCES_COURSE = re.compile(
    r"""
    \b(?:(?:volgende|nieuwe)\s+groep|next\s+(?:cohort|group|session|course|intake))\s+(?:start|begint
      |starts|begins|opens)\b
    | \baanmelden\s+(?:kan|via|bij|doe\s+je)\b | \bmeld\s+je\s+(?:nu\s+)?aan\b
    | \b(?:sign\s+up|register|enrol+|apply)\s+(?:at|via|here|now|today|on)\b
    | \bgeef\s+ik\s+(?:de|een|mijn)\s+(?:[\w-]+\s+)?(?:workshop|training|masterclass|lezing
      |cursus)\b
    | \b(?:ik|i)\s+(?:begeleid|geef|verzorg|organiseer|bied|run|offer|facilitate|lead)\b[^.!?]{0,80}
      (?:sessies?|sessions?|trainingen|trainings?|workshops?|trajecten|traject|programmes?
      |programs?|coaching)\b
    | \b(?:our|my|onze|mijn)\s+(?:[\w-]+\s+){0,3}(?:programme|program|programma|training
      |workshop|masterclass|course|cursus|traject)\s+(?:helps|helpt|teaches|leert|starts|start)\b
    | \b(?:start|begint|starts|begins|opens)\s+(?:mijn|onze|my|our)\s+(?:nieuwe\s+|new\s+|next\s+)?
      [\w-]*(?:groep|group|training|cursus|course|programma|programme|program|traject|workshop
      |masterclass|leergang|cohort)\b
    """,
    re.I | re.X,
)
"""A course the writer gives, announced with its start or how to sign up: "De volgende groep
start op 23 januari", "Op 10 april geef ik de workshop …", "Our programme helps …"."""


def announces_course(line: str) -> bool:
    """True for a line that announces a course with its start or how to sign up, whoever
    gives it: over a button ("Find out more") it is the button's pitch."""
    return bool(_ANNOUNCES_COURSE.search(line))


_OFFER_LABEL = re.compile(
    r"""^\W*(?:(?:online\s+|live\s+|gratis\s+|free\s+|open\s+|nieuwe?\s+|new\s+)?(?:webinar|webinars|event|evenement
    |training|cursus|course|masterclass|workshop|programme|program|programma|leergang|opleiding
    |e-?book|whitepaper|podcast|live\s+sessie|live\s+session|(?:book\s+)?event|lezing
    |boekpresentatie|book\s+launch|meet-?up)|gratis\s+[\w-]+|free\s+[\w-]+|gratis|free)
    \s*[:|]\s*\S""",
    re.I | re.X,
)


def labels_offer(line: str) -> bool:
    """True for the title of a box that sells, led by what it offers ("Webinar | Hybride
    leiderschap in de praktijk", "Programme: Leading in Times of Change"): a box's title
    over its pitch, where an article's heading would not name its own kind."""
    return bool(_OFFER_LABEL.match(line.strip()))


def ends_with_button(line: str) -> bool:
    """True for a paragraph that ends in a link set as a button, arrow and all ("Pro tip: our
    workspace builds the agenda for you. See how it works →"): a vendor's plug in the text."""
    text = line.strip()
    if not text.endswith(("→", "›")) or len(text.split()) > _OFFER_MAX_WORDS:
        return False
    last = re.split(r"(?<=[.!?])\s+", text.rstrip("→› "))[-1]
    return len(last.split()) <= _BUTTON_WORDS and (is_promotion(last) or is_clutter(last))


_BUTTON_WORDS = 8


def closes_with_offer(line: str) -> bool:
    """True for a paragraph that sells the writer's services or asks for likes and follows,
    which many posts end with ("Wil je oefenen? Ik werk met een trainingsacteur. Neem gerust
    contact met me op."): taken out only where it closes the article."""
    text = line.strip()
    if not text or len(text.split()) > _OFFER_MAX_WORDS:
        return False
    return bool(
        _INVITES_CONTACT.search(text)
        or _ASKS_ENGAGEMENT.search(text)
        or (_PROMOTION.search(text) and _OFFER.search(text))  # "Plan een gratis kennismaking"
        or (_ANNOUNCES_COURSE.search(text) and (_WRITER.search(text) or _ASKS.match(text)))
        or _BOOK_PLUG.search(text)
    )


_BOOK_PLUG = re.compile(
    r"\bout\s+now\s+in\s+(?:paperback|hardback|hardcover|e-?book|audiobook)\b"
    r"|\byou\s+(?:might|may)\s+(?:also\s+)?like\s+my\s+(?:[\w-]+\s+)?book\b"
    r"|\b(?:mijn|het)\s+(?:nieuwe\s+)?boek\b[^.]{0,60}\b(?:is\s+nu\s+verkrijgbaar|nu\s+te\s+koop"
    r"|ligt\s+nu\s+in\s+de\s+winkel)\b",
    re.I,
)
"""The writer's book plugged under the text ("you might like my short book …, out now in
paperback and ebook")."""


def offers_in_text(line: str) -> bool:
    """True for a paragraph in the middle of the text that sells: a question to the reader,
    then the writer's offer ("Wil jij ook leren loslaten? In mijn traject … Plan een gratis
    kennismakingsgesprek."). Without the question, only the closing run is searched."""
    text = line.strip()
    return bool(_ASKS.match(text)) and closes_with_offer(text)


_WRITER = re.compile(r"\b(?:ik|wij|we|mijn|onze|ons|i|my|our|us)\b", re.I)
_ASKS = re.compile(r"^[^.!?]{3,160}\?")
"""A paragraph that opens with a question to the reader ("Wil jij sterker worden …?"): with a
course and its start, the writer selling it; without the writer or a question, news about
a course is the article's own ("Aanmelden kan tot 15 maart via de Rijksacademie")."""


_ADVERT_LABEL = re.compile(
    r"^(?:advertentie|advertorial|advertisement|ad|sponsored|gesponsord|promoted|partner"
    r"(?:bijdrage|content)|in\s+samenwerking\s+met\s+\S.{0,40}|paid\s+partnership)\W*$",
    re.I,
)


def labels_advert(line: str) -> bool:
    """True for the label a page prints over an advertisement ("Advertentie", "Sponsored"):
    the line under it is the advertisement, however it reads."""
    return bool(_ADVERT_LABEL.match(line.strip()))


_SIGN_OFF = re.compile(
    r"""^(?:
      (?:met\s+)?(?:hartelijke|vriendelijke|warme|lieve|veel|goede|zonnige)\s+groet(?:en)?
      | groet(?:en|jes)? | tot\s+(?:de\s+)?volgende\s+(?:keer|week|maand|editie) | tot\s+snel
      | (?:warm|kind|best|warmest)\s+(?:regards|wishes) | all\s+the\s+best | regards | cheers
      | take\s+care | until\s+next\s+(?:time|week|month) | talk\s+soon
      | see\s+you\s+next\s+(?:time|week|month)
    )\s*[,!.]?\s*
    (?P<name>(?-i:[A-Z])[\w'-]+(?:\s+(?:van|de|der|den|(?-i:[A-Z])[\w'-]+)){0,3})?\s*$""",
    re.I | re.X,
)
"""A letter's closing greeting, with the writer's name or without: "Hartelijke groet, Linda
de Boer", "Warm regards,", "Tot de volgende keer!"."""


def signs_off(line: str) -> bool:
    """True for the greeting a newsletter or letter closes with: the text ends above it."""
    return bool(_SIGN_OFF.match(line.strip()))


def signed_name(line: str) -> str | None:
    """The name a closing greeting signs with ("Hartelijke groet, Linda de Boer")."""
    found = _SIGN_OFF.match(line.strip())
    return found["name"] if found and found["name"] else None


def dashed_signature(line: str) -> str | None:
    """The name a post is signed with under its last paragraph ("— Ruth Okafor"); the same
    shape credits a quotation, so the readers ask where it stands."""
    found = _DASHED_NAME.match(line.strip())
    return found["name"] if found else None


_DASHED_NAME = re.compile(
    r"^[—–]\s*(?P<name>(?-i:[A-Z])[\w'-]+(?:\s+(?:van|de|der|den|(?-i:[A-Z])[\w'-]+)){1,3})\s*$"
)
