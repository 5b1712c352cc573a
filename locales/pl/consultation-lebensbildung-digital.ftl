# Teksty przykładowych konsultacji „lebensbildung.digital”.

lebensbildung-digital-title = lebensbildung.digital – cyfryzacja i społeczeństwo
lebensbildung-digital-intro = Cyfryzacja zmienia nasze życie – w rodzinie, w nauce, w kulturze i sporcie. Ministerstwo do spraw Rodziny, Dzieci, Młodzieży, Kultury i Sportu kraju związkowego Nadrenia Północna-Westfalia chce się dowiedzieć, jak Państwo tego doświadczają: co Państwu pomaga, co Państwa niepokoi i czym powinien zająć się kraj związkowy? Udzielenie odpowiedzi zajmie około pięciu minut. Na koniec mogą Państwo również zgłosić własny pomysł.

## Pytania

lebensbildung-digital-q-rolle = W jakiej roli biorą Państwo udział? (Specjalista lub specjalistka to osoba zawodowo pracująca z dziećmi, młodzieżą lub rodzinami albo w kulturze lub sporcie.)
lebensbildung-digital-q-rolle-buerger = Jako osoba prywatna
lebensbildung-digital-q-rolle-fachkraft = Jako specjalista/specjalistka
lebensbildung-digital-q-rolle-verwaltung = Z administracji publicznej
lebensbildung-digital-q-rolle-wissenschaft = Ze środowiska naukowego
lebensbildung-digital-q-rolle-andere = Inna

lebensbildung-digital-q-alter = Ile mają Państwo lat?

lebensbildung-digital-q-alltag = W jakim stopniu cyfryzacja zmienia Państwa codzienne życie?
lebensbildung-digital-q-alltag-min = wcale
lebensbildung-digital-q-alltag-max = bardzo mocno

lebensbildung-digital-q-chancen = W czym cyfryzacja najbardziej Państwu pomaga?
lebensbildung-digital-q-chancen-kontakt = Utrzymywanie kontaktu
lebensbildung-digital-q-chancen-informieren = Zdobywanie informacji
lebensbildung-digital-q-chancen-lernen = Nauka i dokształcanie
lebensbildung-digital-q-chancen-arbeit = Praca i zawód
lebensbildung-digital-q-chancen-freizeit = Kultura, sport, czas wolny
lebensbildung-digital-q-chancen-erledigen = Szybkie załatwianie spraw
lebensbildung-digital-q-chancen-keine = Właściwie w niczym

lebensbildung-digital-q-sorgen = Co Państwa niepokoi w cyfryzacji?
lebensbildung-digital-q-sorgen-daten = Ochrona danych i prywatność
lebensbildung-digital-q-sorgen-hass = Hejt i dezinformacja
lebensbildung-digital-q-sorgen-kinder = Dzieci i młodzież w sieci
lebensbildung-digital-q-sorgen-abgehaengt = Niektórzy zostają w tyle
lebensbildung-digital-q-sorgen-stress = Presja ciągłej dostępności
lebensbildung-digital-q-sorgen-begegnung = Mniej prawdziwych spotkań
lebensbildung-digital-q-sorgen-keine = Właściwie nic

lebensbildung-digital-q-lernen = Nauka nigdy się nie kończy: gdzie chcieliby Państwo dowiedzieć się więcej o komputerze, smartfonie i internecie?
lebensbildung-digital-q-lernen-vhs = W szkole dla dorosłych (VHS)
lebensbildung-digital-q-lernen-bibliothek = W bibliotece
lebensbildung-digital-q-lernen-familie = Na kursach dla rodziców i rodzin
lebensbildung-digital-q-lernen-jugend = W centrum młodzieżowym lub klubie
lebensbildung-digital-q-lernen-online = Online: kursy i filmy
lebensbildung-digital-q-lernen-privat = Od rodziny i przyjaciół
lebensbildung-digital-q-lernen-keine = Obecnie nie potrzebuję

lebensbildung-digital-q-kultur = Jakich ofert cyfrowych w kulturze i sporcie chcieliby Państwo?
lebensbildung-digital-q-kultur-museen = Muzea i archiwa online
lebensbildung-digital-q-kultur-buehne = Transmisje koncertów i spektakli
lebensbildung-digital-q-kultur-kreativ = Własna twórczość: muzyka, film, gry
lebensbildung-digital-q-kultur-bewegung = Trening z aplikacją lub wideo
lebensbildung-digital-q-kultur-verein = Organizacja życia klubu online
lebensbildung-digital-q-kultur-buchen = Rezerwacja kursów, biletów, sal
lebensbildung-digital-q-kultur-vorort = Żadnych – wolę na miejscu

lebensbildung-digital-q-verwaltung = Jak dobrze mogą Państwo dziś załatwiać sprawy urzędowe online, na przykład składać wnioski lub umawiać wizyty? Jeśli jeszcze Państwo tego nie próbowali, prosimy po prostu pominąć to pytanie.
lebensbildung-digital-q-verwaltung-min = bardzo źle
lebensbildung-digital-q-verwaltung-max = bardzo dobrze

lebensbildung-digital-q-verbesserung = Co nie zadziałało – i co należy poprawić w pierwszej kolejności?

lebensbildung-digital-q-beteiligt = Czy zdarzyło się Państwu kiedyś wziąć udział w konsultacjach społecznych online, na przykład w ankiecie urzędu lub w konkursie pomysłów?

lebensbildung-digital-q-erfahrung = Co się Państwu wtedy podobało – a czego brakowało?

lebensbildung-digital-q-kanal = W jaki sposób chcieliby Państwo w przyszłości najchętniej zabierać głos?
lebensbildung-digital-q-kanal-messenger = W komunikatorze, tak jak tutaj
lebensbildung-digital-q-kanal-plattform = Na stronie internetowej
lebensbildung-digital-q-kanal-veranstaltung = Na spotkaniach na żywo
lebensbildung-digital-q-kanal-post = Listownie lub telefonicznie

lebensbildung-digital-q-prioritaeten = Czym ministerstwo powinno zająć się w pierwszej kolejności?
lebensbildung-digital-q-prioritaeten-lernen = Nauka w każdym wieku
lebensbildung-digital-q-prioritaeten-jugend = Wsparcie dzieci i młodzieży w sieci
lebensbildung-digital-q-prioritaeten-teilhabe = Nikogo nie zostawiać w tyle
lebensbildung-digital-q-prioritaeten-kultur = Kultura i sport online
lebensbildung-digital-q-prioritaeten-dienste = Proste usługi online
lebensbildung-digital-q-prioritaeten-mitreden = Większy wpływ dla wszystkich

lebensbildung-digital-q-anmerkungen = Na koniec: czy chcieliby Państwo przekazać ministerstwu coś jeszcze – o szansach, obawach lub oczekiwaniach? Własny pomysł mogą Państwo zgłosić zaraz potem.

## Tylko dla zaproszonych ekspertów

lebensbildung-digital-q-einschaetzung = Dla ekspertów: jak dobrze administracja w Nadrenii Północnej-Westfalii jest przygotowana do transformacji cyfrowej?
lebensbildung-digital-q-einschaetzung-min = wcale
lebensbildung-digital-q-einschaetzung-max = bardzo dobrze
lebensbildung-digital-q-empfehlung = Dla ekspertów: jaki następny krok zalecają Państwo ministerstwu?

## Konkurs pomysłów

lebensbildung-digital-field-ausrichtung = Życie i nauka w cyfrowym świecie
lebensbildung-digital-field-arbeitsprozesse = Prosta i cyfrowa administracja
lebensbildung-digital-field-partizipation = Współdecydowanie i współpraca

lebensbildung-digital-ideas-terms =
    Warunki udziału w konkursie pomysłów:
    • Udział może wziąć każda osoba. Prosimy zgłaszać wyłącznie własne pomysły, które nie naruszają praw innych osób.
    • Eksperci ministerstwa oraz jury oceniają pomysły wewnętrznie według ustalonych kryteriów; wybrane pomysły są dalej rozwijane podczas warsztatów wspólnie z ich autorkami i autorami. Nie przysługuje roszczenie o realizację pomysłu ani o wynagrodzenie.
    • Zezwalają Państwo ministerstwu na nieodpłatne wykorzystanie i dalsze rozwijanie pomysłu na potrzeby tego procesu – oraz, wyłącznie jeśli wybiorą Państwo opcję „można opublikować”, na jego publikację bez Państwa imienia i nazwiska, aby inni mogli go zobaczyć i poprzeć.
    • Dopóki pomysł nie zostanie opublikowany, mogą Państwo usunąć go poleceniem /forget wraz z pozostałymi danymi.

lebensbildung-digital-criterion-nutzen = Korzyść dla mieszkańców Nadrenii Północnej-Westfalii
lebensbildung-digital-criterion-machbarkeit = Wykonalność
lebensbildung-digital-criterion-neuheit = Nowatorskość pomysłu

## Etapy i wyniki

lebensbildung-digital-phase-beteiligung = Udział: odpowiadanie na pytania, zgłaszanie i popieranie pomysłów
lebensbildung-digital-phase-jury = Ocena: jury ocenia pomysły, a najlepsze z nich są rozwijane podczas warsztatów wspólnie z ich autorkami i autorami
lebensbildung-digital-phase-ergebnisse = Wyniki: ministerstwo przedstawia, co wyniknie z nadesłanych propozycji
lebensbildung-digital-results = Dziękujemy wszystkim, którzy wzięli udział! Państwa odpowiedzi zostaną uwzględnione w strategii cyfrowej ministerstwa. Nagrodzone pomysły ministerstwo rozwinie w projekty pilotażowe wspólnie z ich autorkami i autorami.
