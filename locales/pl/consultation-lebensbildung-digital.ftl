# Teksty przykładowych konsultacji „lebensbildung.digital”.

lebensbildung-digital-title = lebensbildung.digital – cyfryzacja i społeczeństwo
lebensbildung-digital-intro = Cyfryzacja zmienia nasze życie. Ministerstwo do spraw Rodziny, Dzieci, Młodzieży, Kultury i Sportu chce się dowiedzieć, jak Państwo tego doświadczają i co jest dla Państwa ważne. Udzielenie odpowiedzi zajmie około pięciu minut.

lebensbildung-digital-q-rolle = W jakiej roli biorą Państwo udział?
lebensbildung-digital-q-rolle-buerger = Jako osoba prywatna
lebensbildung-digital-q-rolle-fachkraft = Jako osoba zawodowo pracująca z dziećmi, młodzieżą, rodzinami lub w kulturze
lebensbildung-digital-q-rolle-verwaltung = Z administracji publicznej
lebensbildung-digital-q-rolle-wissenschaft = Ze środowiska naukowego lub badawczego
lebensbildung-digital-q-rolle-andere = Inna

lebensbildung-digital-q-alter = Ile mają Państwo lat?

lebensbildung-digital-q-alltag = W jakim stopniu cyfryzacja zmienia Państwa codzienne życie?
lebensbildung-digital-q-alltag-min = wcale
lebensbildung-digital-q-alltag-max = bardzo mocno

lebensbildung-digital-q-handlungsfelder = Które obszary działania ministerstwa są dla Państwa najważniejsze?
lebensbildung-digital-q-handlungsfelder-ausrichtung = Kierunki polityki społecznej i sektorowej
lebensbildung-digital-q-handlungsfelder-arbeitsprozesse = Cyfryzacja procesów pracy
lebensbildung-digital-q-handlungsfelder-partizipation = Partycypacja i współpraca

lebensbildung-digital-q-themen = Którymi tematami ministerstwo powinno zająć się w pierwszej kolejności?
lebensbildung-digital-q-themen-medienkompetenz = Kompetencje medialne
lebensbildung-digital-q-themen-datenschutz = Ochrona danych i prywatność
lebensbildung-digital-q-themen-teilhabe = Włączenie cyfrowe dla wszystkich
lebensbildung-digital-q-themen-kultur = Kultura w przestrzeni cyfrowej
lebensbildung-digital-q-themen-jugend = Młodzież i media cyfrowe
lebensbildung-digital-q-themen-familie = Rodzina i cyfryzacja

lebensbildung-digital-q-beteiligt = Czy zdarzyło się Państwu kiedyś wziąć udział w konsultacjach online lub w konkursie pomysłów?

lebensbildung-digital-q-erfahrung = Co się Państwu wtedy podobało, a czego brakowało?

lebensbildung-digital-q-verwaltung = Jak dobrze administracji udaje się cyfryzować swoje procesy pracy?
lebensbildung-digital-q-verwaltung-min = bardzo źle
lebensbildung-digital-q-verwaltung-max = bardzo dobrze

lebensbildung-digital-q-verbesserung = Co w administracji powinno zmienić się w pierwszej kolejności?

lebensbildung-digital-q-kanal = Jaka forma udziału w przyszłości najbardziej by Państwu odpowiadała?
lebensbildung-digital-q-kanal-messenger = W komunikatorze, tak jak tutaj
lebensbildung-digital-q-kanal-plattform = Na internetowej platformie partycypacyjnej
lebensbildung-digital-q-kanal-veranstaltung = Na wydarzeniach i warsztatach
lebensbildung-digital-q-kanal-post = Listownie lub telefonicznie

lebensbildung-digital-q-prioritaeten = Czym ministerstwo powinno zająć się w pierwszej kolejności? Prosimy ułożyć trzy obszary działania w wybranej kolejności.
lebensbildung-digital-q-prioritaeten-ausrichtung = Kierunki polityki społecznej i sektorowej
lebensbildung-digital-q-prioritaeten-arbeitsprozesse = Cyfryzacja procesów pracy
lebensbildung-digital-q-prioritaeten-partizipation = Partycypacja i współpraca

lebensbildung-digital-field-ausrichtung = Kierunki polityki społecznej i sektorowej
lebensbildung-digital-field-arbeitsprozesse = Cyfryzacja procesów pracy
lebensbildung-digital-field-partizipation = Partycypacja i współpraca

lebensbildung-digital-ideas-terms =
    Warunki udziału w konkursie pomysłów:
    • Udział może wziąć każda osoba. Prosimy zgłaszać wyłącznie własne pomysły, które nie naruszają praw innych osób.
    • Eksperci ministerstwa oraz jury oceniają pomysły wewnętrznie według ustalonych kryteriów; wybrane pomysły są dalej rozwijane podczas warsztatów wspólnie z ich autorkami i autorami. Nie przysługuje roszczenie o realizację pomysłu ani o wynagrodzenie.
    • Zezwalają Państwo ministerstwu na nieodpłatne wykorzystanie i dalsze rozwijanie pomysłu na potrzeby tego procesu – oraz, wyłącznie jeśli wybiorą Państwo opcję „można opublikować”, na jego publikację bez Państwa imienia i nazwiska, aby inni mogli go zobaczyć i poprzeć.
    • Dopóki pomysł nie zostanie opublikowany, mogą Państwo usunąć go poleceniem /forget wraz z pozostałymi danymi.

lebensbildung-digital-criterion-nutzen = Korzyść dla mieszkańców Nadrenii Północnej-Westfalii
lebensbildung-digital-criterion-machbarkeit = Wykonalność
lebensbildung-digital-criterion-neuheit = Nowatorskość pomysłu

lebensbildung-digital-phase-beteiligung = Udział: odpowiadanie na pytania, zgłaszanie i popieranie pomysłów
lebensbildung-digital-phase-jury = Ocena: jury ocenia pomysły, a najlepsze z nich są rozwijane podczas warsztatów wspólnie z ich autorkami i autorami
lebensbildung-digital-phase-ergebnisse = Wyniki: ministerstwo przedstawia, co wyniknie z nadesłanych propozycji
lebensbildung-digital-results = Dziękujemy wszystkim, którzy wzięli udział! Wyniki zostaną uwzględnione w strategii cyfrowej ministerstwa; nagrodzone pomysły zostaną zrealizowane jako projekty pilotażowe.

lebensbildung-digital-q-einschaetzung = Dla ekspertów: jak dobrze administracja w Nadrenii Północnej-Westfalii jest przygotowana do transformacji cyfrowej?
lebensbildung-digital-q-einschaetzung-min = wcale
lebensbildung-digital-q-einschaetzung-max = bardzo dobrze
lebensbildung-digital-q-empfehlung = Dla ekspertów: jaki następny krok zalecają Państwo ministerstwu?
