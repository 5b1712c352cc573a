# Texte der Beispielkonsultation „lebensbildung.digital“.

lebensbildung-digital-title = lebensbildung.digital – Digitalisierung und Gesellschaft
lebensbildung-digital-intro = Die Digitalisierung verändert unser Leben – in der Familie, beim Lernen, in Kultur und Sport. Das Ministerium für Familie, Kinder, Jugend, Kultur und Sport des Landes Nordrhein-Westfalen möchte wissen, wie Sie das erleben: Was hilft Ihnen, was macht Ihnen Sorgen, und was sollte das Land angehen? Das dauert etwa fünf Minuten. Am Ende können Sie auch eine eigene Idee einreichen.

## Fragen

lebensbildung-digital-q-rolle = In welcher Rolle nehmen Sie teil? (Fachkraft heißt: Sie arbeiten beruflich mit Kindern, Jugendlichen oder Familien, in Kultur oder Sport.)
lebensbildung-digital-q-rolle-buerger = Als Bürgerin oder Bürger
lebensbildung-digital-q-rolle-fachkraft = Als Fachkraft
lebensbildung-digital-q-rolle-verwaltung = Aus der Verwaltung
lebensbildung-digital-q-rolle-wissenschaft = Aus der Wissenschaft
lebensbildung-digital-q-rolle-andere = Anders

lebensbildung-digital-q-alter = Wie alt sind Sie?

lebensbildung-digital-q-alltag = Wie stark verändert die Digitalisierung Ihren Alltag?
lebensbildung-digital-q-alltag-min = gar nicht
lebensbildung-digital-q-alltag-max = sehr stark

lebensbildung-digital-q-chancen = Wobei hilft Ihnen die Digitalisierung am meisten?
lebensbildung-digital-q-chancen-kontakt = In Kontakt bleiben
lebensbildung-digital-q-chancen-informieren = Sich informieren
lebensbildung-digital-q-chancen-lernen = Lernen und Weiterbilden
lebensbildung-digital-q-chancen-arbeit = Arbeit und Beruf
lebensbildung-digital-q-chancen-freizeit = Kultur, Sport, Freizeit
lebensbildung-digital-q-chancen-erledigen = Dinge schnell erledigen
lebensbildung-digital-q-chancen-keine = Eigentlich gar nicht

lebensbildung-digital-q-sorgen = Was macht Ihnen bei der Digitalisierung Sorgen?
lebensbildung-digital-q-sorgen-daten = Datenschutz und Privatsphäre
lebensbildung-digital-q-sorgen-hass = Hass und Falschmeldungen
lebensbildung-digital-q-sorgen-kinder = Kinder und Jugendliche im Netz
lebensbildung-digital-q-sorgen-abgehaengt = Manche werden abgehängt
lebensbildung-digital-q-sorgen-stress = Ständig erreichbar sein
lebensbildung-digital-q-sorgen-begegnung = Weniger echte Begegnungen
lebensbildung-digital-q-sorgen-keine = Eigentlich keine

lebensbildung-digital-q-lernen = Lernen hört nie auf: Wo würden Sie gern mehr über Computer, Handy und Internet lernen?
lebensbildung-digital-q-lernen-vhs = In der Volkshochschule
lebensbildung-digital-q-lernen-bibliothek = In der Bibliothek
lebensbildung-digital-q-lernen-familie = In Eltern- und Familienkursen
lebensbildung-digital-q-lernen-jugend = Im Jugendtreff oder Verein
lebensbildung-digital-q-lernen-online = Online mit Kursen und Videos
lebensbildung-digital-q-lernen-privat = Bei Familie und Freunden
lebensbildung-digital-q-lernen-keine = Brauche ich gerade nicht

lebensbildung-digital-q-kultur = Welche digitalen Angebote wünschen Sie sich in Kultur und Sport?
lebensbildung-digital-q-kultur-museen = Museen und Archive online
lebensbildung-digital-q-kultur-buehne = Konzerte und Theater im Stream
lebensbildung-digital-q-kultur-kreativ = Selbst kreativ: Musik, Film, Games
lebensbildung-digital-q-kultur-bewegung = Training per App oder Video
lebensbildung-digital-q-kultur-verein = Vereinsleben online organisieren
lebensbildung-digital-q-kultur-buchen = Kurse, Tickets, Hallen buchen
lebensbildung-digital-q-kultur-vorort = Keine – lieber vor Ort

lebensbildung-digital-q-verwaltung = Wie gut können Sie Behördensachen heute online erledigen, zum Beispiel Anträge oder Termine? Wenn Sie es noch nicht versucht haben, überspringen Sie die Frage einfach.
lebensbildung-digital-q-verwaltung-min = sehr schlecht
lebensbildung-digital-q-verwaltung-max = sehr gut

lebensbildung-digital-q-verbesserung = Was hat nicht geklappt – und was sollte zuerst besser werden?

lebensbildung-digital-q-beteiligt = Haben Sie schon einmal online bei einer Bürgerbeteiligung mitgemacht, zum Beispiel bei einer Umfrage einer Behörde oder einem Ideenwettbewerb?

lebensbildung-digital-q-erfahrung = Was hat Ihnen dabei gefallen – und was hat gefehlt?

lebensbildung-digital-q-kanal = Wie möchten Sie künftig am liebsten mitreden?
lebensbildung-digital-q-kanal-messenger = Im Messenger, so wie hier
lebensbildung-digital-q-kanal-plattform = Auf einer Website
lebensbildung-digital-q-kanal-veranstaltung = Bei Treffen vor Ort
lebensbildung-digital-q-kanal-post = Per Post oder Telefon

lebensbildung-digital-q-prioritaeten = Was sollte das Ministerium zuerst angehen?
lebensbildung-digital-q-prioritaeten-lernen = Lernen in jedem Alter
lebensbildung-digital-q-prioritaeten-jugend = Kinder und Jugend im Netz stärken
lebensbildung-digital-q-prioritaeten-teilhabe = Niemanden abhängen
lebensbildung-digital-q-prioritaeten-kultur = Kultur und Sport digital
lebensbildung-digital-q-prioritaeten-dienste = Einfache Online-Dienste
lebensbildung-digital-q-prioritaeten-mitreden = Mehr Mitsprache für alle

lebensbildung-digital-q-anmerkungen = Zum Schluss: Möchten Sie dem Ministerium noch etwas mitgeben – eine Chance, eine Sorge oder einen Wunsch? Eine eigene Idee können Sie gleich danach einreichen.

## Nur für eingeladene Fachleute

lebensbildung-digital-q-einschaetzung = Für Fachleute: Wie gut ist die Verwaltung in NRW auf die digitale Transformation vorbereitet?
lebensbildung-digital-q-einschaetzung-min = gar nicht
lebensbildung-digital-q-einschaetzung-max = sehr gut
lebensbildung-digital-q-empfehlung = Für Fachleute: Was empfehlen Sie dem Ministerium als nächsten Schritt?

## Ideenwettbewerb

lebensbildung-digital-field-ausrichtung = Leben und Lernen in der digitalen Welt
lebensbildung-digital-field-arbeitsprozesse = Verwaltung einfach und digital
lebensbildung-digital-field-partizipation = Mitreden und Zusammenarbeiten

lebensbildung-digital-ideas-terms =
    Teilnahmebedingungen des Ideenwettbewerbs:
    • Mitmachen kann jede und jeder. Reichen Sie nur eigene Ideen ein, die keine Rechte anderer verletzen.
    • Fachleute des Ministeriums und eine Jury bewerten die Ideen intern nach festen Kriterien; ausgewählte Ideen werden in Workshops mit ihren Urheberinnen und Urhebern weiterentwickelt. Einen Anspruch auf Umsetzung oder Vergütung gibt es nicht.
    • Sie erlauben dem Ministerium, Ihre Idee unentgeltlich für diesen Prozess zu nutzen und weiterzuentwickeln – und, nur wenn Sie „darf veröffentlicht werden“ wählen, sie ohne Ihren Namen zu veröffentlichen, damit andere sie sehen und unterstützen können.
    • Solange Ihre Idee nicht veröffentlicht ist, können Sie sie mit /forget zusammen mit Ihren übrigen Daten löschen lassen.

lebensbildung-digital-criterion-nutzen = Nutzen für die Menschen in NRW
lebensbildung-digital-criterion-machbarkeit = Machbarkeit
lebensbildung-digital-criterion-neuheit = Neuheit der Idee

## Phasen und Ergebnisse

lebensbildung-digital-phase-beteiligung = Beteiligung: Fragen beantworten, Ideen einreichen und unterstützen
lebensbildung-digital-phase-jury = Bewertung: Die Jury bewertet die Ideen, die besten werden in Workshops mit ihren Urheberinnen und Urhebern weiterentwickelt
lebensbildung-digital-phase-ergebnisse = Ergebnisse: Das Ministerium stellt vor, was aus den Beiträgen wird
lebensbildung-digital-results = Danke an alle, die mitgemacht haben! Ihre Antworten fließen in die Digitalstrategie des Ministeriums ein. Die ausgezeichneten Ideen entwickelt das Ministerium gemeinsam mit ihren Urheberinnen und Urhebern zu Pilotprojekten weiter.
