verwaltung-intern-title = Intern: Digital arbeiten im Ministerium
verwaltung-intern-intro =
    Diese Konsultation ist nur für die Beschäftigten vom Ministerium.
    Wir möchten wissen: Wie arbeiten Sie heute digital?
    Und was brauchen Sie für Ihre Arbeit?
verwaltung-intern-q-werkzeuge = Welche digitalen Werkzeuge benutzen Sie oft?
verwaltung-intern-q-werkzeuge-videokonferenz = Video·konferenzen
verwaltung-intern-q-werkzeuge-e-akte = Die elektronische Akte
verwaltung-intern-q-werkzeuge-chat = Chat im Team
verwaltung-intern-q-werkzeuge-kollaboration = Zusammen an Dokumenten arbeiten
verwaltung-intern-q-befaehigung = Wie gut fühlen Sie sich für die digitale Arbeit geschult?
verwaltung-intern-q-befaehigung-min = gar nicht
verwaltung-intern-q-befaehigung-max = sehr gut
verwaltung-intern-q-wunsch = Was würde Ihre Arbeit am meisten leichter machen?
