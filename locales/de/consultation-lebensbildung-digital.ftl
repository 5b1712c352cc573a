# Texte der Beispielkonsultation „lebensbildung.digital“.

lebensbildung-digital-title = lebensbildung.digital – Digitalisierung und Gesellschaft
lebensbildung-digital-intro = Die Digitalisierung verändert unser Leben. Das Ministerium für Familie, Kinder, Jugend, Kultur und Sport möchte wissen, wie Sie das erleben und was Ihnen wichtig ist. Die Beantwortung dauert etwa fünf Minuten.

lebensbildung-digital-q-rolle = In welcher Rolle nehmen Sie teil?
lebensbildung-digital-q-rolle-buerger = Als Bürgerin oder Bürger
lebensbildung-digital-q-rolle-fachkraft = Als Fachkraft in Kinder-, Jugend-, Familien- oder Kulturarbeit
lebensbildung-digital-q-rolle-verwaltung = Aus der Verwaltung
lebensbildung-digital-q-rolle-wissenschaft = Aus Wissenschaft oder Forschung
lebensbildung-digital-q-rolle-andere = Anders

lebensbildung-digital-q-alter = Wie alt sind Sie?

lebensbildung-digital-q-alltag = Wie stark verändert die Digitalisierung Ihren Alltag?
lebensbildung-digital-q-alltag-min = gar nicht
lebensbildung-digital-q-alltag-max = sehr stark

lebensbildung-digital-q-handlungsfelder = Welche Handlungsfelder des Ministeriums sind Ihnen am wichtigsten?
lebensbildung-digital-q-handlungsfelder-ausrichtung = Gesellschafts- und fachpolitische Ausrichtung
lebensbildung-digital-q-handlungsfelder-arbeitsprozesse = Digitalisierung der Arbeitsprozesse
lebensbildung-digital-q-handlungsfelder-partizipation = Partizipation und Zusammenarbeit

lebensbildung-digital-q-themen = Welche Themen sollte das Ministerium vorrangig angehen?
lebensbildung-digital-q-themen-medienkompetenz = Medienkompetenz
lebensbildung-digital-q-themen-datenschutz = Datenschutz und Privatsphäre
lebensbildung-digital-q-themen-teilhabe = Digitale Teilhabe für alle
lebensbildung-digital-q-themen-kultur = Kultur im digitalen Raum
lebensbildung-digital-q-themen-jugend = Jugend und digitale Medien
lebensbildung-digital-q-themen-familie = Familie und Digitalisierung

lebensbildung-digital-q-beteiligt = Haben Sie sich schon einmal online an einer Konsultation oder einem Ideenwettbewerb beteiligt?

lebensbildung-digital-q-erfahrung = Was hat Ihnen dabei gefallen oder gefehlt?

lebensbildung-digital-q-verwaltung = Wie gut gelingt es der Verwaltung, ihre Arbeitsprozesse zu digitalisieren?
lebensbildung-digital-q-verwaltung-min = sehr schlecht
lebensbildung-digital-q-verwaltung-max = sehr gut

lebensbildung-digital-q-verbesserung = Was sollte sich in der Verwaltung zuerst ändern?

lebensbildung-digital-q-kanal = Wie möchten Sie künftig am liebsten beteiligt werden?
lebensbildung-digital-q-kanal-messenger = Im Messenger, so wie hier
lebensbildung-digital-q-kanal-plattform = Auf einer Beteiligungsplattform im Web
lebensbildung-digital-q-kanal-veranstaltung = Auf Veranstaltungen und in Workshops
lebensbildung-digital-q-kanal-post = Per Post oder Telefon

lebensbildung-digital-q-prioritaeten = Was sollte das Ministerium zuerst angehen? Bringen Sie die drei Handlungsfelder in Ihre Reihenfolge.
lebensbildung-digital-q-prioritaeten-ausrichtung = Gesellschafts- und fachpolitische Ausrichtung
lebensbildung-digital-q-prioritaeten-arbeitsprozesse = Digitalisierung der Arbeitsprozesse
lebensbildung-digital-q-prioritaeten-partizipation = Partizipation und Zusammenarbeit

lebensbildung-digital-field-ausrichtung = Gesellschafts- und fachpolitische Ausrichtung
lebensbildung-digital-field-arbeitsprozesse = Digitalisierung der Arbeitsprozesse
lebensbildung-digital-field-partizipation = Partizipation und Zusammenarbeit

lebensbildung-digital-ideas-terms =
    Teilnahmebedingungen des Ideenwettbewerbs:
    • Mitmachen kann jede und jeder. Reichen Sie nur eigene Ideen ein, die keine Rechte anderer verletzen.
    • Fachleute des Ministeriums und eine Jury bewerten die Ideen intern nach festen Kriterien; ausgewählte Ideen werden in Workshops mit ihren Urheberinnen und Urhebern weiterentwickelt. Einen Anspruch auf Umsetzung oder Vergütung gibt es nicht.
    • Sie erlauben dem Ministerium, Ihre Idee unentgeltlich für diesen Prozess zu nutzen und weiterzuentwickeln – und, nur wenn Sie „darf veröffentlicht werden“ wählen, sie ohne Ihren Namen zu veröffentlichen, damit andere sie sehen und unterstützen können.
    • Solange Ihre Idee nicht veröffentlicht ist, können Sie sie mit /forget zusammen mit Ihren übrigen Daten löschen lassen.

lebensbildung-digital-criterion-nutzen = Nutzen für die Menschen in NRW
lebensbildung-digital-criterion-machbarkeit = Machbarkeit
lebensbildung-digital-criterion-neuheit = Neuheit der Idee

lebensbildung-digital-phase-beteiligung = Beteiligung: Fragen beantworten, Ideen einreichen und unterstützen
lebensbildung-digital-phase-jury = Bewertung: Die Jury bewertet die Ideen, die besten werden in Workshops mit ihren Urheberinnen und Urhebern weiterentwickelt
lebensbildung-digital-phase-ergebnisse = Ergebnisse: Das Ministerium stellt vor, was aus den Beiträgen wird
lebensbildung-digital-results = Danke an alle, die mitgemacht haben! Die Ergebnisse fließen in die Digitalstrategie des Ministeriums ein; ausgezeichnete Ideen werden als Pilotprojekte umgesetzt.

lebensbildung-digital-q-einschaetzung = Für Fachleute: Wie gut ist die Verwaltung in NRW auf die digitale Transformation vorbereitet?
lebensbildung-digital-q-einschaetzung-min = gar nicht
lebensbildung-digital-q-einschaetzung-max = sehr gut
lebensbildung-digital-q-empfehlung = Für Fachleute: Was empfehlen Sie dem Ministerium als nächsten Schritt?
