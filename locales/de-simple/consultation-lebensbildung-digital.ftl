# Texte der Beispiel-Konsultation „lebensbildung.digital“ in Leichter Sprache.

lebensbildung-digital-title = lebensbildung.digital – Digitalisierung und unser Leben
lebensbildung-digital-intro =
    Die Digitalisierung verändert unser Leben.
    Digitalisierung bedeutet: Immer mehr Dinge machen wir mit Computer, Handy und Internet.
    Das merken wir in der Familie, beim Lernen, in der Kultur und beim Sport.
    Das Ministerium für Familie, Kinder, Jugend, Kultur und Sport von Nordrhein-Westfalen möchte wissen:
    Wie erleben Sie das?
    Was hilft Ihnen?
    Was macht Ihnen Sorgen?
    Was soll das Land Nordrhein-Westfalen machen?
    Sie brauchen ungefähr 5 Minuten für die Fragen.
    Am Ende können Sie auch eine eigene Idee schicken.

## Fragen

lebensbildung-digital-q-rolle = In welcher Rolle machen Sie hier mit? Fach·kraft bedeutet: Sie arbeiten in Ihrem Beruf mit Kindern, Jugendlichen oder Familien. Oder Sie arbeiten in Ihrem Beruf in der Kultur oder im Sport.
lebensbildung-digital-q-rolle-buerger = Als Bürgerin oder Bürger
lebensbildung-digital-q-rolle-fachkraft = Als Fach·kraft
lebensbildung-digital-q-rolle-verwaltung = Aus der Verwaltung oder einem Amt
lebensbildung-digital-q-rolle-wissenschaft = Aus der Wissenschaft
lebensbildung-digital-q-rolle-andere = Anders

lebensbildung-digital-q-alter = Wie alt sind Sie?

lebensbildung-digital-q-alltag = Wie stark verändert die Digitalisierung Ihren Alltag?
lebensbildung-digital-q-alltag-min = gar nicht
lebensbildung-digital-q-alltag-max = sehr stark

lebensbildung-digital-q-chancen = Wobei hilft Ihnen die Digitalisierung am meisten?
lebensbildung-digital-q-chancen-kontakt = In Kontakt bleiben
lebensbildung-digital-q-chancen-informieren = Informationen finden
lebensbildung-digital-q-chancen-lernen = Lernen und Weiter·bildung
lebensbildung-digital-q-chancen-arbeit = Arbeit und Beruf
lebensbildung-digital-q-chancen-freizeit = Kultur, Sport und Freizeit
lebensbildung-digital-q-chancen-erledigen = Dinge schnell erledigen
lebensbildung-digital-q-chancen-keine = Eigentlich gar nicht

lebensbildung-digital-q-sorgen = Was macht Ihnen bei der Digitalisierung Sorgen?
lebensbildung-digital-q-sorgen-daten = Schutz für Daten und Privat·leben
lebensbildung-digital-q-sorgen-hass = Hass und falsche Nachrichten
lebensbildung-digital-q-sorgen-kinder = Kinder und Jugendliche im Internet
lebensbildung-digital-q-sorgen-abgehaengt = Manche Menschen kommen nicht mehr mit
lebensbildung-digital-q-sorgen-stress = Man muss immer erreichbar sein
lebensbildung-digital-q-sorgen-begegnung = Weniger echte Treffen mit Menschen
lebensbildung-digital-q-sorgen-keine = Eigentlich keine

lebensbildung-digital-q-lernen = Lernen hört nie auf. Wo möchten Sie mehr über Computer, Handy und Internet lernen?
lebensbildung-digital-q-lernen-vhs = In der Volks·hoch·schule
lebensbildung-digital-q-lernen-bibliothek = In der Bücherei
lebensbildung-digital-q-lernen-familie = In Kursen für Eltern und Familien
lebensbildung-digital-q-lernen-jugend = Im Jugend·treff oder im Verein
lebensbildung-digital-q-lernen-online = Im Internet mit Kursen und Videos
lebensbildung-digital-q-lernen-privat = Bei Familie und Freunden
lebensbildung-digital-q-lernen-keine = Das brauche ich gerade nicht

lebensbildung-digital-q-kultur = Kultur und Sport im Internet: Was wünschen Sie sich?
lebensbildung-digital-q-kultur-museen = Museen und Archive im Internet
lebensbildung-digital-q-kultur-buehne = Konzerte und Theater live im Internet
lebensbildung-digital-q-kultur-kreativ = Selbst Musik, Filme oder Spiele machen
lebensbildung-digital-q-kultur-bewegung = Sport machen mit App oder Video
lebensbildung-digital-q-kultur-verein = Den Verein im Internet organisieren
lebensbildung-digital-q-kultur-buchen = Kurse, Eintritts·karten, Hallen buchen
lebensbildung-digital-q-kultur-vorort = Keine. Ich gehe lieber selbst hin.

lebensbildung-digital-q-verwaltung = Wie gut können Sie heute Sachen beim Amt im Internet erledigen? Zum Beispiel: einen Antrag stellen oder einen Termin machen. Sie haben das noch nicht ausprobiert? Dann überspringen Sie diese Frage einfach.
lebensbildung-digital-q-verwaltung-min = sehr schlecht
lebensbildung-digital-q-verwaltung-max = sehr gut

lebensbildung-digital-q-verbesserung = Was hat nicht geklappt? Was soll zuerst besser werden?

lebensbildung-digital-q-beteiligt = Haben Sie schon einmal im Internet bei einer Bürger·beteiligung mitgemacht? Bürger·beteiligung bedeutet: Bürgerinnen und Bürger sagen ihre Meinung. Zum Beispiel bei einer Umfrage von einem Amt. Oder bei einem Ideen·wettbewerb.

lebensbildung-digital-q-erfahrung = Was hat Ihnen dabei gefallen? Was hat Ihnen gefehlt?

lebensbildung-digital-q-kanal = Wie möchten Sie in Zukunft am liebsten Ihre Meinung sagen?
lebensbildung-digital-q-kanal-messenger = Im Chat, so wie hier
lebensbildung-digital-q-kanal-plattform = Auf einer Internet·seite
lebensbildung-digital-q-kanal-veranstaltung = Bei Treffen vor Ort
lebensbildung-digital-q-kanal-post = Mit Brief oder Telefon

lebensbildung-digital-q-prioritaeten = Was soll das Ministerium zuerst machen?
lebensbildung-digital-q-prioritaeten-lernen = Lernen in jedem Alter
lebensbildung-digital-q-prioritaeten-jugend = Kinder und Jugend im Internet stärken
lebensbildung-digital-q-prioritaeten-teilhabe = Niemand soll zurück·bleiben
lebensbildung-digital-q-prioritaeten-kultur = Kultur und Sport im Internet
lebensbildung-digital-q-prioritaeten-dienste = Einfache Angebote vom Amt im Internet
lebensbildung-digital-q-prioritaeten-mitreden = Alle können mehr mitreden

lebensbildung-digital-q-anmerkungen = Zum Schluss: Möchten Sie dem Ministerium noch etwas sagen? Zum Beispiel: Was finden Sie gut an der Digitalisierung? Was macht Ihnen Sorgen? Was wünschen Sie sich? Danach können Sie auch eine eigene Idee schicken.

## Nur für eingeladene Fach·leute

lebensbildung-digital-q-einschaetzung = Für Fach·leute: Wie gut ist die Verwaltung in Nordrhein-Westfalen auf die Digitalisierung vorbereitet?
lebensbildung-digital-q-einschaetzung-min = gar nicht
lebensbildung-digital-q-einschaetzung-max = sehr gut
lebensbildung-digital-q-empfehlung = Für Fach·leute: Was soll das Ministerium als Nächstes tun? Was empfehlen Sie?

## Ideen·wettbewerb

lebensbildung-digital-field-ausrichtung = Leben und Lernen in der digitalen Welt
lebensbildung-digital-field-arbeitsprozesse = Die Verwaltung einfach und digital machen
lebensbildung-digital-field-partizipation = Mitreden und Zusammen·arbeit

lebensbildung-digital-ideas-terms =
    Die Regeln für den Ideen·wettbewerb:
    • Ideen·wettbewerb bedeutet: Viele Menschen schicken Ideen. Die besten Ideen gewinnen.
    • Alle dürfen mitmachen.
    • Bitte schicken Sie nur eigene Ideen.
    • Ihre Idee darf keine Rechte von anderen Menschen verletzen. Zum Beispiel: Schreiben Sie keine Texte von anderen ab.
    • Fach·leute vom Ministerium bewerten die Ideen. Und eine Jury bewertet die Ideen.
    • Die Jury ist eine Gruppe von Menschen. Die Jury entscheidet: Welche Ideen sind am besten?
    • Für die Bewertung gibt es feste Regeln. Die Bewertung ist intern. Das bedeutet: Nur das Ministerium und die Jury sehen die Bewertung.
    • Das Ministerium wählt einige Ideen aus. Das Ministerium entwickelt diese Ideen in Workshops weiter. Workshop bedeutet: Menschen treffen sich und arbeiten zusammen an einem Thema. Die Menschen, die die Ideen geschickt haben, sind dabei.
    • Wichtig: Das Ministerium muss Ihre Idee nicht umsetzen. Und das Ministerium muss Ihnen kein Geld für Ihre Idee bezahlen.
    • Sie erlauben dem Ministerium: Das Ministerium darf Ihre Idee für diese Konsultation und den Ideen·wettbewerb benutzen und weiter·entwickeln. Dafür bekommen Sie kein Geld.
    • Sie wählen „Schicken – alle dürfen sie sehen“? Nur dann darf das Ministerium Ihre Idee öffentlich machen. Ihr Name steht nicht dabei. Andere Menschen können Ihre Idee dann sehen und unterstützen.
    • Ihre Idee ist noch nicht öffentlich? Dann können Sie die Idee mit /forget löschen. Dabei löschen Sie auch alle anderen Daten über Sie.

lebensbildung-digital-criterion-nutzen = Wie viel nützt die Idee den Menschen in Nordrhein-Westfalen?
lebensbildung-digital-criterion-machbarkeit = Wie gut kann man die Idee umsetzen?
lebensbildung-digital-criterion-neuheit = Wie neu ist die Idee?

## Abschnitte und Ergebnisse

lebensbildung-digital-phase-beteiligung = Mitmachen: Fragen beantworten, Ideen schicken und Ideen unterstützen
lebensbildung-digital-phase-jury = Bewertung: Die Jury ist eine Gruppe von Menschen. Die Jury entscheidet: Welche Ideen sind am besten? Das Ministerium entwickelt diese Ideen in Workshops weiter – zusammen mit den Menschen, die die Ideen geschickt haben.
lebensbildung-digital-phase-ergebnisse = Ergebnisse: Das Ministerium zeigt, was es mit den Antworten und Ideen macht.
lebensbildung-digital-results =
    Danke an alle, die mitgemacht haben!
    Das Ministerium macht einen Plan für die digitale Zukunft.
    Ihre Antworten kommen in diesen Plan.
    Die besten Ideen haben beim Ideen·wettbewerb gewonnen.
    Aus diesen Ideen macht das Ministerium Pilot·projekte.
    Pilot·projekt bedeutet: Man probiert eine Idee zuerst im Kleinen aus.
    Das Ministerium arbeitet dabei mit den Menschen zusammen, die die Ideen geschickt haben.
