# Texte der Beispiel-Konsultation „lebensbildung.digital“ in Leichter Sprache.

lebensbildung-digital-title = lebensbildung.digital – Digitalisierung und unser Leben
lebensbildung-digital-intro =
    Die Digitalisierung verändert unser Leben.
    Digitalisierung bedeutet: Immer mehr Dinge machen wir mit Computer, Handy und Internet.
    Das Ministerium für Familie, Kinder, Jugend, Kultur und Sport möchte wissen:
    Wie erleben Sie das?
    Was ist Ihnen wichtig?
    Sie brauchen ungefähr 5 Minuten für die Fragen.

lebensbildung-digital-q-rolle = Was passt am besten zu Ihnen? Sie machen hier mit …
lebensbildung-digital-q-rolle-buerger = Als Bürgerin oder Bürger
lebensbildung-digital-q-rolle-fachkraft = Als Fach·kraft für Kinder, Jugend, Familie oder Kultur
lebensbildung-digital-q-rolle-verwaltung = Aus der Verwaltung oder einem Amt
lebensbildung-digital-q-rolle-wissenschaft = Aus der Wissenschaft oder Forschung
lebensbildung-digital-q-rolle-andere = Anders

lebensbildung-digital-q-alter = Wie alt sind Sie?

lebensbildung-digital-q-alltag = Wie stark verändert die Digitalisierung Ihren Alltag?
lebensbildung-digital-q-alltag-min = gar nicht
lebensbildung-digital-q-alltag-max = sehr stark

lebensbildung-digital-q-handlungsfelder = Das Ministerium arbeitet bei der Digitalisierung in 3 Bereichen. Welche Bereiche sind Ihnen am wichtigsten?
lebensbildung-digital-q-handlungsfelder-ausrichtung = Ziele für Gesellschaft und Politik
lebensbildung-digital-q-handlungsfelder-arbeitsprozesse = Arbeit in der Verwaltung digital machen
lebensbildung-digital-q-handlungsfelder-partizipation = Mitmachen und Zusammen·arbeit

lebensbildung-digital-q-themen = Um welche Themen soll sich das Ministerium zuerst kümmern?
lebensbildung-digital-q-themen-medienkompetenz = Gut mit Medien umgehen können
lebensbildung-digital-q-themen-datenschutz = Schutz für Daten und Privat·leben
lebensbildung-digital-q-themen-teilhabe = Alle Menschen können digital mitmachen
lebensbildung-digital-q-themen-kultur = Kultur im Internet
lebensbildung-digital-q-themen-jugend = Jugendliche und digitale Medien
lebensbildung-digital-q-themen-familie = Familie und Digitalisierung

lebensbildung-digital-q-beteiligt = Haben Sie schon einmal im Internet bei einer Konsultation oder bei einem Ideen·wettbewerb mitgemacht?

lebensbildung-digital-q-erfahrung = Was hat Ihnen dabei gefallen? Was hat Ihnen gefehlt?

lebensbildung-digital-q-verwaltung = Die Verwaltung macht ihre Arbeit immer mehr digital. Wie gut klappt das?
lebensbildung-digital-q-verwaltung-min = sehr schlecht
lebensbildung-digital-q-verwaltung-max = sehr gut

lebensbildung-digital-q-verbesserung = Was soll sich in der Verwaltung zuerst ändern?

lebensbildung-digital-q-kanal = Wie möchten Sie in Zukunft am liebsten mitmachen?
lebensbildung-digital-q-kanal-messenger = Im Chat, so wie hier
lebensbildung-digital-q-kanal-plattform = Auf einer Internet·seite zum Mitmachen
lebensbildung-digital-q-kanal-veranstaltung = Bei Treffen und Workshops
lebensbildung-digital-q-kanal-post = Mit Brief oder Telefon

lebensbildung-digital-q-prioritaeten = Was soll das Ministerium zuerst machen? Bitte bringen Sie die 3 Bereiche in Ihre Reihen·folge.
lebensbildung-digital-q-prioritaeten-ausrichtung = Ziele für Gesellschaft und Politik
lebensbildung-digital-q-prioritaeten-arbeitsprozesse = Arbeit in der Verwaltung digital machen
lebensbildung-digital-q-prioritaeten-partizipation = Mitmachen und Zusammen·arbeit

lebensbildung-digital-field-ausrichtung = Ziele für Gesellschaft und Politik
lebensbildung-digital-field-arbeitsprozesse = Arbeit in der Verwaltung digital machen
lebensbildung-digital-field-partizipation = Mitmachen und Zusammen·arbeit

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

lebensbildung-digital-phase-beteiligung = Mitmachen: Fragen beantworten, Ideen schicken und Ideen unterstützen
lebensbildung-digital-phase-jury = Bewertung: Die Jury ist eine Gruppe von Menschen. Die Jury entscheidet: Welche Ideen sind am besten? Diese Ideen entwickeln wir in Workshops weiter – zusammen mit den Menschen, die die Ideen geschickt haben.
lebensbildung-digital-phase-ergebnisse = Ergebnisse: Das Ministerium zeigt, was es mit den Antworten und Ideen macht.
lebensbildung-digital-results =
    Danke an alle, die mitgemacht haben!
    Das Ministerium macht einen Plan für die digitale Zukunft.
    Die Ergebnisse von der Konsultation kommen in diesen Plan.
    Das Ministerium setzt die ausgezeichneten Ideen um: als Pilot·projekte.
    Pilot·projekt bedeutet: Man probiert eine Idee zuerst im Kleinen aus.

lebensbildung-digital-q-einschaetzung = Für Fach·leute: Wie gut ist die Verwaltung in Nordrhein-Westfalen auf die Digitalisierung vorbereitet?
lebensbildung-digital-q-einschaetzung-min = gar nicht
lebensbildung-digital-q-einschaetzung-max = sehr gut
lebensbildung-digital-q-empfehlung = Für Fach·leute: Was soll das Ministerium als Nächstes tun? Was empfehlen Sie?
