# mitreden – teksty w języku polskim.
# Każdy komunikat musi istnieć w każdym języku; sprawdza to `mitreden check`.

language-name = Polski
language-choice = { $name }
error-missing-text = Przepraszamy, brakuje tego tekstu. Prosimy zgłosić to operatorowi.

## Powitanie i pomoc

welcome = Witamy w mitreden! Tutaj mogą Państwo wziąć udział w konsultacjach: odpowiadać na pytania i zgłaszać własne pomysły – bezpośrednio na czacie.
welcome-back = Witamy ponownie!
idle-hint = Poleceniem /start można rozpocząć lub kontynuować konsultacje, poleceniem /idea zgłosić pomysł, a /help wyświetla wszystkie polecenia.
help =
    Jak działa mitreden:
    /start – rozpoczęcie lub kontynuacja konsultacji
    /consultations – lista trwających konsultacji
    /idea – zgłoszenie pomysłu
    /back – powrót do poprzedniego pytania
    /skip – pominięcie nieobowiązkowego pytania
    /restart – rozpoczęcie konsultacji od nowa
    /cancel – przerwanie bieżącego kroku
    /language – zmiana języka
    /privacy – informacja o ochronie danych
    /myideas – Państwa pomysły i ich status
    /ideas – przeglądanie i popieranie opublikowanych pomysłów
    /review – opiniowanie pomysłów (dla zaproszonych ekspertów)
    /results – etap i wyniki konsultacji
    /follow – powiadomienia: nowe etapy, nagrodzone pomysły, komunikaty
    /mydata – podgląd Państwa zapisanych danych
    /forget – usunięcie wszystkich Państwa danych
    /help – ta pomoc
    Odpowiedzi można udzielać za pomocą przycisków, numeru odpowiedzi lub jej treści.
questions-count = { $count ->
    [one] { $count } pytanie
    [few] { $count } pytania
    [many] { $count } pytań
   *[other] { $count } pytania
}

## Ochrona danych i zgoda

privacy-notice =
    Informacja o ochronie danych (wersja { $version })
    Administrator danych: { $controller }
    Kontakt w sprawie pytań, dostępu do danych i ich usunięcia: { $contact }
    Co przechowujemy: Państwa odpowiedzi i pomysły pod pseudonimem – nie pod Państwa imieniem i nazwiskiem ani identyfikatorem konta. Analizujemy je wyłącznie na potrzeby tych konsultacji.
    Podstawą prawną przetwarzania jest Państwa zgoda (art. 6 ust. 1 lit. a RODO). Udział jest dobrowolny; zgodę mogą Państwo w dowolnym momencie wycofać.
    Jak długo: Państwa adres czatu usuwamy { $retention ->
        [one] { $retention } dzień
        [few] { $retention } dni
        [many] { $retention } dni
       *[other] { $retention } dnia
    } po zakończeniu konsultacji. Odpowiedzi zapisane pod pseudonimem pozostają do celów analizy, dopóki nie usuną ich Państwo poleceniem /forget.
    Państwa wiadomości przechodzą przez serwery komunikatora (Telegramu lub Państwa serwera Matrix); w tym zakresie obowiązują zasady ochrony danych tego komunikatora.
    Pomysły publikujemy tylko wtedy, gdy zezwolą Państwo na to przy ich wysyłaniu. Powiadomienia i komunikaty otrzymują Państwo wyłącznie wtedy, gdy włączą je Państwo poleceniem /follow.
    Jeśli mają Państwo mniej niż 16 lat, potrzebna jest także zgoda Państwa rodziców.
    Poleceniem /mydata mogą Państwo w każdej chwili zobaczyć wszystko, co o Państwu zapisaliśmy; poleceniem /forget usuwają Państwo te dane. Przysługuje Państwu prawo wniesienia skargi do organu nadzorczego ds. ochrony danych: { $authority }.
consent-question = Czy wyrażają Państwo (a jeśli mają Państwo mniej niż 16 lat – także Państwa rodzice) zgodę na przechowywanie Państwa odpowiedzi w opisany sposób?
choice-consent-yes = Tak, wyrażam zgodę
choice-consent-no = Nie
choice-other-language = 🌐 Inny język / Language
consent-thanks = Dziękujemy za wyrażenie zgody.
consent-refused = Rozumiemy – bez Państwa zgody nie zapisujemy żadnych odpowiedzi. Jeśli zmienią Państwo zdanie, wystarczy wysłać /start.

## Konsultacje

choose-consultation = W których konsultacjach chcą Państwo wziąć udział?
choose-consultation-idea = W ramach których konsultacji chcą Państwo zgłosić pomysł?
no-open-consultations = Obecnie nie trwają żadne konsultacje. Zapraszamy ponownie później.
no-ideas-open = Obecnie w żadnych konsultacjach nie można zgłaszać pomysłów.
consultation-intro =
    { $title }
    { $intro }
consultation-closed = Konsultacje „{ $title }” zostały zakończone. Dziękujemy za zainteresowanie! { $results ->
    [none] Wyniki zostaną opublikowane.
   *[other] Wyniki zostaną opublikowane pod adresem: { $results }
}
error-unknown-consultation = Nie ma konsultacji „{ $id }”.
already-completed = Udzielili już Państwo odpowiedzi w konsultacjach „{ $title }” – dziękujemy! Poleceniem /restart można zacząć od nowa.
resuming = Kontynuujemy konsultacje „{ $title }”.
completed = Gotowe – dziękujemy za Państwa odpowiedzi w konsultacjach „{ $title }”! Poleceniem /follow mogą Państwo włączyć powiadomienia o nich, na przykład o tym, że wyniki są już dostępne.
restarted = Państwa dotychczasowe odpowiedzi zostały usunięte; zaczynają Państwo od początku.
nothing-to-restart = Nie rozpoczęli Państwo jeszcze żadnych konsultacji. Aby zacząć, wystarczy wysłać /start.
paused = Wstrzymano. Państwa odpowiedzi są zapisane; poleceniem /start można kontynuować od tego miejsca.
goodbye = Dziękujemy! Poleceniem /idea mogą Państwo w każdej chwili zgłosić jeszcze pomysł.
cancelled = Przerwano.
nothing-to-cancel = W tej chwili nie ma nic do przerwania.

## Pytania

progress = Pytanie { $position } z { $total }
hint-multi = Prosimy wybrać { $min ->
    [0] do { $max }
   *[other] od { $min } do { $max }
} odpowiedzi, a następnie nacisnąć „Gotowe” – albo wpisać ich numery, np. 1, 3.
hint-scale = { $min } = { $minLabel } … { $max } = { $maxLabel }
scale-value = { $value }
hint-text = Prosimy o odpowiedź tekstową (maksymalnie { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
}).
number-whole = liczbę całkowitą
number-any = liczbę
hint-number = { $range ->
    [both] Prosimy podać { $kind } od { $min } do { $max }.
    [min] Prosimy podać { $kind } nie mniejszą niż { $min }.
    [max] Prosimy podać { $kind } nie większą niż { $max }.
   *[none] Prosimy podać { $kind }.
}
hint-optional = To pytanie jest nieobowiązkowe.
previous-answer = Dotychczasowa odpowiedź: { $answer }
answer-value = { $value }
answer-skipped = (pominięto)
choice-yes = Tak
choice-no = Nie
choice-done = Gotowe
choice-skip = Pomiń
choice-back = Wstecz
choice-cancel = Anuluj

## Pomysły

offer-idea = Czy chcą Państwo również zgłosić własny pomysł do konkursu pomysłów?
idea-ask-title = Jak ma się nazywać Państwa pomysł? Prosimy wpisać krótki tytuł (maksymalnie { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
}).
idea-ask-description = Prosimy opisać pomysł: co powinno się zmienić i komu to pomoże? (maksymalnie { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
})
idea-ask-field = Do którego obszaru działania należy Państwa pomysł?
idea-confirm =
    Prosimy sprawdzić swój pomysł:
    Tytuł: { $title }
    Opis: { $description }
    Obszar działania: { $field }
choice-send-public = Wyślij – można opublikować
choice-send-internal = Wyślij – tylko dla ministerstwa
choice-edit-title = Zmień tytuł
choice-edit-description = Zmień opis
choice-edit-field = Zmień obszar działania
idea-submitted = Dziękujemy! Państwa pomysł wpłynął i otrzymał numer { $id }. Ocenią go eksperci ministerstwa.
idea-discarded = Szkic Państwa pomysłu został usunięty.

## Język

choose-language = W jakim języku chcą Państwo korzystać z czatu?
language-set = Wybrano język polski.
error-unknown-language = Język „{ $code }” nie jest tu dostępny.

## Błędy i wskazówki

error-unknown-command = Nie znam polecenia /{ $command }. Listę wszystkich poleceń wyświetla /help.
error-unsupported = Prosimy odpowiadać tekstem lub za pomocą przycisków – nie mogę tu przetwarzać zdjęć, wiadomości głosowych ani plików.
error-stale-button = Ten przycisk należy do wcześniejszego pytania. Prosimy odpowiedzieć na bieżące:
error-use-choices = Prosimy wybrać jedną z odpowiedzi: przyciskiem, jej numerem lub treścią.
error-scale = Prosimy wybrać wartość od { $min } do { $max }.
error-too-many = Prosimy wybrać co najwyżej { $max ->
    [one] jedną odpowiedź
    [few] { $max } odpowiedzi
    [many] { $max } odpowiedzi
   *[other] { $max } odpowiedzi
}.
error-too-few = Prosimy wybrać co najmniej { $min ->
    [one] jedną odpowiedź
    [few] { $min } odpowiedzi
    [many] { $min } odpowiedzi
   *[other] { $min } odpowiedzi
}.
error-empty = Odpowiedź jest pusta. Prosimy coś wpisać.
error-too-long = Państwa tekst ma { $length ->
    [one] { $length } znak
    [few] { $length } znaki
    [many] { $length } znaków
   *[other] { $length } znaku
}, a dopuszczalne jest maksymalnie { $max }. Prosimy go skrócić.
error-not-a-number = To nie jest prawidłowa liczba. { $hint }
error-out-of-range = Ta liczba wykracza poza dopuszczalny zakres. { $hint }
error-no-back = Nie można cofnąć się dalej.
error-cannot-skip = Tego pytania nie można pominąć.
error-internal = Przepraszamy, wystąpił błąd techniczny. Prosimy spróbować ponownie za chwilę.
record-reset = Niestety nie udało się odczytać Państwa wcześniejszych danych, dlatego zaczynają Państwo od początku. Stare dane zostały zabezpieczone; na Państwa prośbę zespół może je sprawdzić.

## Menu poleceń (Telegram wyświetla je obok pola wprowadzania)

command-start = Rozpocznij lub kontynuuj konsultacje
command-help = Pomoc i wszystkie polecenia
command-consultations = Trwające konsultacje
command-idea = Zgłoś pomysł
command-language = Zmień język
command-privacy = Informacja o ochronie danych
command-back = Poprzednie pytanie
command-cancel = Przerwij bieżący krok

## Telegram

telegram-group-pointer = W grupach nie przyjmuję odpowiedzi – Państwa odpowiedzi należą do Państwa. Prosimy napisać do mnie prywatnie: { $link }

## Moje dane i ich usunięcie

mydata-intro = Oto dane, które o Państwu zapisaliśmy (pseudonim { $id }, od { $since }):
mydata-language = Język: { $language }
mydata-consent = Zgoda: { $given ->
    [yes] wyrażona
   *[no] niewyrażona
}, data: { $at } (informacja o ochronie danych, wersja { $version })
mydata-no-consent = Zgoda: jeszcze o nią nie pytaliśmy
mydata-contact = Adres, na który odpowiadamy: { $platform } { $address }
mydata-consultation = { $title }: { $count ->
    [one] { $count } odpowiedź
    [few] { $count } odpowiedzi
    [many] { $count } odpowiedzi
   *[other] { $count } odpowiedzi
}, { $completed ->
    [yes] ukończono
   *[no] jeszcze nie ukończono
}
mydata-answer = – { $question } → { $answer }
mydata-idea = Pomysł { $id } „{ $title }”: { $status }
mydata-nothing = Nie mają Państwo jeszcze żadnych odpowiedzi ani pomysłów.
mydata-file = Wszystkie te dane otrzymują Państwo także w pliku (JSON). Poleceniem /forget mogą Państwo zlecić usunięcie wszystkiego.
idea-status-submitted = zgłoszony
idea-status-review = w trakcie oceny
idea-status-accepted = przyjęty
idea-status-rejected = odrzucony
idea-status-implemented = zrealizowany
forget-question = Czy mamy usunąć wszystko, co o Państwu zapisaliśmy – odpowiedzi, pomysły, zgodę i Państwa adres? Tej operacji nie można cofnąć.
choice-forget-yes = Tak, usuń wszystko
choice-forget-no = Nie, zachowaj
forget-done = Gotowe: wszystkie Państwa dane zostały usunięte. Jeśli zechcą Państwo ponownie wziąć udział, wystarczy wysłać /start – zaczną Państwo od nowa.
forget-kept = Dobrze, Państwa dane pozostają zapisane.
command-mydata = Moje zapisane dane
command-forget = Usuń wszystkie moje dane
file-attached = Plik { $name }:

## Matrix

matrix-group-decline = Dzień dobry! Prowadzę konsultacje wyłącznie na czacie bezpośrednim z jedną osobą, aby Państwa odpowiedzi należały tylko do Państwa. Prosimy zaprosić mnie do czatu bezpośredniego. Teraz opuszczam ten pokój.
matrix-room-exposed = Ten pokój jest ustawiony jako pokój administratorów lub zespołu, ale nie jest dostępny wyłącznie na zaproszenie. Dopóki tak jest, nie przyjmuję tu poleceń i nie wysyłam tu podsumowań. Prosimy zmienić ustawienie pokoju na „Tylko na zaproszenie”.

## Podsumowanie dla zespołu (digest)

digest-title = mitreden – podsumowanie od { $from } do { $to }
digest-nothing = Brak nowych wpisów od { $from }.
digest-runs = Nowe: rozpoczęte – { $started }, ukończone – { $completed }. Łącznie: rozpoczęte – { $totalStarted }, ukończone – { $totalCompleted } ({ $rate } %).
digest-answered = { $answered ->
    [one] { $answered } odpowiedź
    [few] { $answered } odpowiedzi
    [many] { $answered } odpowiedzi
   *[other] { $answered } odpowiedzi
}, pominięte: { $skipped }
digest-number = Średnia { $mean }, mediana { $median }
digest-ideas-new = Nowe pomysły: { $count }
digest-idea = { $id } „{ $title }” – { $field }, zgłoszony { $time } przez { $author }
digest-idea-statuses = Pomysły według statusu: { $list }
digest-file = Odpowiedzi i pomysły z tego okresu znajdują się w załączonym pliku CSV.
error-unreadable = Państwa wiadomość dotarła zaszyfrowana, ale nie udało się jej odczytać. Prosimy wysłać ją ponownie.
myideas-none = Nie zgłosili Państwo jeszcze żadnego pomysłu. Poleceniem /idea można to zrobić w każdej chwili.
command-myideas = Moje pomysły i ich status

## Administracja (administratorzy)

admin-not-permitted = Ta funkcja jest dostępna tylko dla administratorów. Polecenie /help pokaże, co mogą Państwo tutaj zrobić.
admin-unknown = Polecenie administracyjne „{ $command }” nie istnieje. Listę wyświetla /admin help.
admin-usage = Niezupełnie: zob. /admin help, polecenie „{ $command }”.
admin-help =
    Polecenia administracyjne (prywatnie z /admin na początku, w pokoju administratorów z !):
    consultations – wszystkie konsultacje ze statusem i liczbami
    ideas [new|review|accepted|rejected|implemented|published|all] – lista pomysłów
    idea ID – pełna treść pomysłu
    idea ID status review|accepted|rejected|implemented|awarded [odpowiedź] – ustawienie statusu; odpowiedź widzą osoba zgłaszająca, osoby popierające i lista publiczna
    idea ID note TEKST – notatka wewnętrzna (tylko dla zespołu, nigdy dla obywateli)
    review ID N on|off – upublicznienie N-tej opinii eksperckiej o pomyśle lub ponowne ograniczenie jej do użytku wewnętrznego
    merge ID CEL – scalenie zduplikowanego pomysłu z innym (głosy poparcia przechodzą na niego)
    ask ID PYTANIE – pytanie do osoby zgłaszającej; jej odpowiedź trafi na ten czat
    ideas ranked – pomysły według oceny jury (średnia ważona, liczba ocen, rozrzut)
    ideas department NAZWA – pomysły jednego wydziału
    idea ID assign NAZWA – przypisanie pomysłu do wydziału
    publish ID / unpublish ID – upublicznienie pomysłu (obywatele mogą go poprzeć) lub wycofanie publikacji
    open ID / close ID – otwarcie lub zamknięcie konsultacji od razu
    schedule ID OD DO – ustawienie okresu (2026-12-01 lub 2026-12-01T08:00:00+01:00)
    reload – ponowne wczytanie plików konsultacji i tekstów
    settings – wyświetlenie ustawień
    set KLUCZ WARTOŚĆ / unset KLUCZ – zmiana ustawienia lub powrót do wartości z konfiguracji
    broadcast ID WIADOMOŚĆ – komunikat do wszystkich, którzy wzięli udział w ID i wyrazili zgodę
    admins / add KTO / remove KTO – lista, dodawanie i usuwanie administratorów (@name:server lub identyfikator Telegram)
    jurors / juror add KTO / juror remove KTO – jury: kto ocenia pomysły poleceniem /rate
    invite GRUPA N [single|multi] [until DATA] / invites / revoke GRUPA – kody zaproszeń dla grupy (np. experts) w pliku, liczniki, wycofanie
    qr ID ZNACZNIK – link i kod QR dla wydarzenia (np. warsztatów); udziały rozpoczęte w ten sposób są liczone osobno dla każdego wydarzenia
    results ID on|off – pokazywanie lub ukrywanie w /results liczb dla wybranych pytań
    export [ID] [json] – wszystkie dane (lub dane jednych konsultacji) w pliku: CSV dla Excela lub JSON
    audit [N] – najnowsze wpisy dziennika zdarzeń
admin-consultation = { $id }: { $title } – { $state ->
    [open] otwarte
    [draft] jeszcze nieotwarte
   *[closed] zamknięte
} (od { $opens } do { $closes }), uczestnicy: { $participants }, ukończone: { $completed }
admin-no-ideas = Brak pomysłów.
admin-idea-line = { $id } „{ $title }” – { $field } – { $status } – { $supporters ->
    [one] { $supporters } głos poparcia
    [few] { $supporters } głosy poparcia
    [many] { $supporters } głosów poparcia
   *[other] { $supporters } głosu poparcia
}{ $published ->
    [yes] , opublikowany
   *[no] {""}
}
admin-unknown-idea = Pomysł { $id } nie istnieje.
admin-idea-full =
    { $id } „{ $title }”
    { $description }
    Obszar działania: { $field }; status: { $status }; zgłoszony { $time } przez { $author }
    { $supporters ->
        [one] { $supporters } głos poparcia
        [few] { $supporters } głosy poparcia
        [many] { $supporters } głosów poparcia
       *[other] { $supporters } głosu poparcia
    }; { $published ->
        [yes] opublikowany
       *[no] nieopublikowany
    }; { $publishable ->
        [yes] można opublikować
       *[no] tylko do użytku wewnętrznego (nie publikować)
    }
admin-status-set = Pomysł { $id } ma teraz status „{ $status }”. { $notified ->
    [yes] Osoba zgłaszająca zostanie powiadomiona.
   *[no] Nie można już skontaktować się z osobą zgłaszającą.
}
admin-audit-line = { $at } { $actor }: { $action } – { $detail }
idea-status-changed = Nowe informacje o Państwa pomyśle { $id } „{ $title }”: ma on teraz status „{ $status }”. { $comment }
admin-window-set = Konsultacje „{ $title }” są teraz { $state ->
    [open] otwarte
   *[closed] zamknięte
}.

admin-help-staff =
    Polecenia dla zespołu (w pokoju zespołu z !):
    consultations – wszystkie konsultacje ze statusem i liczbami
    ideas [new|review|accepted|rejected|implemented|published|all] – lista pomysłów
    idea ID – pełna treść pomysłu
    idea ID status review|accepted|rejected|implemented|awarded [odpowiedź] – ustawienie statusu; odpowiedź widzą osoba zgłaszająca, osoby popierające i lista publiczna
    idea ID note TEKST – notatka wewnętrzna (tylko dla zespołu, nigdy dla obywateli)
    review ID N on|off – upublicznienie N-tej opinii eksperckiej o pomyśle lub ponowne ograniczenie jej do użytku wewnętrznego
    merge ID CEL – scalenie zduplikowanego pomysłu z innym (głosy poparcia przechodzą na niego)
    ask ID PYTANIE – pytanie do osoby zgłaszającej; jej odpowiedź trafi na ten czat
    ideas ranked – pomysły według oceny jury (średnia ważona, liczba ocen, rozrzut)
    ideas department NAZWA – pomysły jednego wydziału
    idea ID assign NAZWA – przypisanie pomysłu do wydziału
    publish ID / unpublish ID – upublicznienie pomysłu lub wycofanie publikacji
    export [ID] [json] – dane w pliku (CSV dla Excela lub JSON)
    digest – podsumowanie od razu
admin-published = Pomysł { $id } jest teraz publiczny; obywatele mogą go poprzeć poleceniem /ideas.
admin-unpublished = Pomysł { $id } nie jest już publiczny.
admin-reloaded = Ponownie wczytano: { $count ->
    [one] { $count } konsultacja
    [few] { $count } konsultacje
    [many] { $count } konsultacji
   *[other] { $count } konsultacji
}.
admin-reload-failed =
    Odrzucono ponowne wczytanie; obowiązuje dotychczasowa wersja. Błąd:
    { $error }
admin-setting-line = { $key } = { $value } ({ $source ->
    [chat] ustawione na czacie
   *[config] konfiguracja
})
admin-setting-unknown = Ustawienie „{ $key }” nie istnieje. Wszystkie ustawienia wyświetla /admin settings.
admin-setting-set = { $key } ma teraz wartość „{ $value }”.
admin-setting-unset = { $key } znów ma wartość z konfiguracji: „{ $value }”.
admin-setting-invalid = „{ $value }” nie pasuje do { $key }: { $hint }
setting-hint-language = język, który zna mitreden (de, en).
setting-hint-onoff = on lub off.
setting-hint-max = liczba całkowita od 0 (bez limitu) do 1000.
setting-hint-rate = liczba wiadomości na minutę, od 0 (bez limitu) do 600.
setting-hint-room = identyfikator pokoju Matrix (!abc:server). Na czacie Matrix można też podać alias (#team:server); zostanie on od razu zamieniony na identyfikator, dlatego musi już istnieć.
setting-hint-schedule = daily 08:00, weekly mon 08:00 lub every 6h (także 30m, 90s; co najmniej 10s).
setting-hint-timezone = strefa czasowa IANA, np. Europe/Berlin.
setting-hint-text = tekst o długości od 1 do 1000 znaków.
admin-broadcast-queued = Komunikat trafi do { $count ->
    [one] jednej osoby
    [few] { $count } osób
    [many] { $count } osób
   *[other] { $count } osoby
}. Będę informować o postępach.
admin-broadcast-progress = Komunikat: wysłano { $done } z { $total } …
admin-broadcast-done = Wysyłka komunikatu zakończona: doręczone – { $delivered }, nieudane – { $failed }.
broadcast-message =
    Komunikat dotyczący konsultacji „{ $title }”:
    { $message }
admin-admin-line = { $who } ({ $source ->
    [chat] dodano na czacie
   *[config] konfiguracja
})
admin-admin-added = { $who } ma teraz uprawnienia administratora.
admin-admin-exists = { $who } ma już uprawnienia administratora.
admin-admin-configured = { $who } figuruje w konfiguracji; uprawnienia administratora można odebrać tylko tam.
admin-admin-removed = { $who } nie ma już uprawnień administratora.
admin-admin-unknown = { $who } nie należy do administratorów dodanych na czacie.

## Popieranie pomysłów

ideas-public-none = Nie opublikowano jeszcze żadnych pomysłów. Zapraszamy ponownie później.
ideas-public-page = Opublikowane pomysły (strona { $page } z { $pages }):
ideas-public-line = { $id } „{ $title }” – { $field }: { $description } ({ $supporters ->
    [one] { $supporters } głos poparcia
    [few] { $supporters } głosy poparcia
    [many] { $supporters } głosów poparcia
   *[other] { $supporters } głosu poparcia
}{ $mark ->
    [own] , Państwa pomysł
    [supported] , popierają go Państwo
   *[none] {""}
})
choice-support = 👍 Poprzyj { $id }
choice-previous = ◀ Wstecz
choice-next = Dalej ▶
browse-closed = Dobrze. Poleceniem /ideas można wrócić w każdej chwili.
idea-supported = Dziękujemy! Popierają Państwo pomysł { $id } – ma on teraz { $supporters ->
    [one] { $supporters } głos poparcia
    [few] { $supporters } głosy poparcia
    [many] { $supporters } głosów poparcia
   *[other] { $supporters } głosu poparcia
}.
idea-support-twice = Już popierają Państwo pomysł { $id }.
idea-support-own = Nie można poprzeć własnego pomysłu.
idea-published = Państwa pomysł { $id } „{ $title }” został opublikowany: inni mogą go zobaczyć i poprzeć poleceniem /ideas.
mydata-supports = Popierają Państwo: { $ids }
command-ideas = Poprzyj opublikowane pomysły
ideas-paused = Obecnie nie przyjmujemy pomysłów. Nadal zachęcamy do odpowiadania na pytania.
ideas-limit = W tych konsultacjach zgłosili już Państwo { $max ->
    [one] jeden pomysł
    [few] { $max } pomysły
    [many] { $max } pomysłów
   *[other] { $max } pomysłu
}; kolejne zgłoszenia nie są już możliwe.
error-too-fast = W krótkim czasie wysłano bardzo wiele wiadomości. Prosimy odczekać minutę, a następnie wysłać ostatnią wiadomość jeszcze raz.
welcome-custom = { $text }
idea-supported-status-changed = Nowe informacje o pomyśle, który Państwo popierają: { $id } „{ $title }” ma teraz status „{ $status }”. { $comment }
digest-most-supported = Opublikowane pomysły z największym poparciem:
digest-supported-idea = { $id } „{ $title }” – { $supporters ->
    [one] { $supporters } głos poparcia
    [few] { $supporters } głosy poparcia
    [many] { $supporters } głosów poparcia
   *[other] { $supporters } głosu poparcia
}
admin-export-ready = Dane w pliku (spseudonimizowane). Udziały: { $runs }, odpowiedzi: { $answers }, pomysły: { $ideas }.
admin-export-not-here = Ze względu na ochronę danych eksport trafia wyłącznie na czaty w: { $platforms }. Prosimy zlecić eksport tam.

## Inne odpowiedzi i rankingi
choice-other = Inna odpowiedź …
hint-other = Prosimy wpisać własną odpowiedź (maksymalnie { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
}).
other-chosen-so-far = Wybrano również: { $chosen }
hint-ranking = Prosimy ułożyć { $count ->
    [one] { $count } odpowiedź
    [few] { $count } odpowiedzi
    [many] { $count } odpowiedzi
   *[other] { $count } odpowiedzi
} w wybranej kolejności: najpierw nacisnąć najważniejszą, potem następną – albo wpisać numery w wybranej kolejności, np. 3, 1, 2.
ranking-so-far = Dotychczasowa kolejność: { $order }
choice-undo = Cofnij ostatni wybór
error-ranking = Prosimy podać każdy numer od 1 do { $count } dokładnie raz, w wybranej kolejności, np. 3, 1, 2.
digest-other = Inna odpowiedź
digest-ranked = { $place }. { $label } – średnie miejsce: { $mean }, na 1. miejscu: { $first }×

## Historia pomysłu
admin-history-status = { $time } { $by }: status „{ $status }” – odpowiedź: { $answer }
admin-history-note = { $time } { $by }: notatka wewnętrzna: { $text }
admin-history-published = { $time } { $by }: { $published ->
    [yes] opublikowano
   *[no] usunięto z listy publicznej
}
admin-note-added = Notatka do { $id } została zapisana (widoczna tylko dla zespołu).
idea-answer = Odpowiedź ministerstwa w sprawie pomysłu { $id }: { $answer }
choice-unsupport = ↩ Wycofaj poparcie dla { $id }
choice-more = Więcej o { $id }
ideas-public-full =
    { $id } „{ $title }”
    { $description }
idea-unsupported = Nie popierają już Państwo pomysłu { $id } – ma on teraz { $supporters ->
    [one] { $supporters } głos poparcia
    [few] { $supporters } głosy poparcia
    [many] { $supporters } głosów poparcia
   *[other] { $supporters } głosu poparcia
}.
idea-terms-hint = Wysyłając pomysł, akceptują Państwo te warunki. O tym, czy pomysł może zostać opublikowany, decydują Państwo, wybierając odpowiedni przycisk.
idea-internal-only = Państwa pomysł pozostanie wewnętrzny: zostanie oceniony, ale nie zostanie opublikowany.
admin-publish-internal = Pomysł { $id } został zgłoszony „tylko dla ministerstwa” i nie zostanie opublikowany.

## Jury
rate-not-juror = Pomysły mogą oceniać tylko osoby należące do jury.
rate-none-left = Wszystkie pomysły zostały ocenione – dziękujemy! Później można sprawdzić poleceniem /rate, czy pojawiły się nowe.
rate-stopped = Ocenianie przerwane. Poleceniem /rate można je kontynuować.
rate-idea =
    Pomysł { $id } „{ $title }” – { $field }
    { $description }
rate-criterion = Kryterium { $position } z { $total }: { $criterion } ({ $min } = wcale … { $max } = bardzo)
rate-note = Czy chcą Państwo dodać uwagę dla jury (maksymalnie { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
})? Wystarczy ją wpisać lub nacisnąć „Bez uwag”.
choice-no-note = Bez uwag
choice-rate-skip = Ten pomysł później
rate-saved = Zapisano. Pomysł { $id } ma { $score } na 100 punktów ({ $ratings ->
    [one] { $ratings } ocena
    [few] { $ratings } oceny
    [many] { $ratings } ocen
   *[other] { $ratings } oceny
}, rozrzut { $spread }).
admin-juror-line = { $who }
admin-no-jurors = Jury nie ma jeszcze żadnych członków. Poleceniem „juror add KTO” można kogoś dodać.
admin-juror-added = { $who } należy teraz do jury i ocenia pomysły poleceniem /rate.
admin-juror-removed = { $who } nie należy już do jury.
admin-juror-unknown = { $who } nie należy do jury.
admin-none-rated = Żaden pomysł nie został jeszcze oceniony.
admin-ranked-line = { $place }. { $id } „{ $title }” – { $score } na 100 ({ $ratings ->
    [one] { $ratings } ocena
    [few] { $ratings } oceny
    [many] { $ratings } ocen
   *[other] { $ratings } oceny
}, rozrzut { $spread })
admin-assigned = Pomysł { $id } jest teraz w gestii: { $department }
admin-history-assigned = { $time } { $by }: przypisano do: { $department }
digest-jury = Dotychczasowa ocena jury:

## Pytania do osób zgłaszających
idea-question =
    Pytanie ministerstwa dotyczące Państwa pomysłu { $id } „{ $title }”:
    { $question }
    Wystarczy odpowiedzieć tutaj – Państwa następna wiadomość trafi do zespołu.
admin-asked = Pytanie dotyczące { $id } zostało zapisane. { $reachable ->
    [yes] Osoba zgłaszająca je otrzyma; jej odpowiedź trafi tutaj.
   *[no] Nie można już skontaktować się z osobą zgłaszającą.
}
admin-history-question = { $time } { $by }: pytanie do osoby zgłaszającej: { $text }
admin-history-reply = { $time } odpowiedź osoby zgłaszającej: { $text }
idea-reply-sent = Dziękujemy! Państwa odpowiedź dotycząca { $id } trafiła do zespołu.
idea-reply-came =
    Odpowiedź dotycząca { $id } „{ $title }”:
    { $text }

## Własne pomysły
idea-status-withdrawn = wycofany
choice-edit-idea = Zmień { $id }
choice-withdraw-idea = Wycofaj { $id }
idea-withdrawn = Pomysł { $id } został wycofany: nie będzie dalej oceniany ani publikowany.
idea-edited = Zmiany w pomyśle { $id } zostały zapisane.
idea-no-longer-open = Ten pomysł jest już rozpatrywany i nie można go już zmienić ani wycofać.
admin-history-author = { $time } { $kind ->
    [edited] zmieniony
   *[withdrawn] wycofany
} przez osobę zgłaszającą
admin-publish-withdrawn = Pomysł { $id } został wycofany przez osobę zgłaszającą i nie zostanie opublikowany.

## Etapy i wyniki
command-results = Etap i wyniki konsultacji
supports-closed = Na tym etapie nie można już popierać pomysłów. Poleceniem /results mogą Państwo sprawdzić, co dalej.
results-title = „{ $title }”
phase-now = Teraz (od { $since }): { $phase }
phase-next = Następnie (od { $from }): { $phase }
results-not-yet = Wyników jeszcze nie ma; poinformujemy Państwa, gdy tylko będą dostępne.
results-link = Więcej informacji: { $link }
results-figures = W liczbach (uczestnicy: { $participants }):
results-question = { $question } ({ $answered ->
    [one] { $answered } odpowiedź
    [few] { $answered } odpowiedzi
    [many] { $answered } odpowiedzi
   *[other] { $answered } odpowiedzi
})
results-option = · { $label }: { $percent } %
results-ranked = { $place }. { $label }
admin-results-released = Liczby dotyczące konsultacji „{ $title }” { $on ->
    [yes] są teraz widoczne w /results.
   *[no] nie są już widoczne w /results.
}
consultation-in-phase = Konsultacje „{ $title }” nie przyjmują już odpowiedzi. Obecnie: { $phase }. Poleceniem /results mogą Państwo sprawdzić, co dalej.
command-follow = Powiadomienia o konsultacjach
idea-status-awarded = nagrodzony
idea-awarded-news = Nagrodzony pomysł: { $id } „{ $title }” zwyciężył w konkursie pomysłów. Więcej informacji: /ideas i /results.
follow-started = Obserwują Państwo konsultacje „{ $title }”: poinformujemy Państwa, gdy rozpocznie się nowy etap i gdy pomysły zostaną nagrodzone, a także przekażemy Państwu komunikaty ministerstwa. Ponowne wysłanie /follow kończy obserwowanie.
follow-stopped = Nie obserwują już Państwo konsultacji „{ $title }”.
phase-started = Nowe informacje o konsultacjach „{ $title }” – rozpoczyna się etap: { $phase }. Więcej informacji: /results.

## Duplikaty
idea-status-merged = scalony
idea-similar = Podobny pomysł już istnieje: { $id } „{ $title }”. Mogą go Państwo poprzeć zamiast zgłaszać nowy.
choice-support-instead = 👍 Poprzyj { $id } zamiast wysyłać
idea-merged = Państwa pomysł { $id } został scalony z podobnym pomysłem { $into } „{ $title }”; głosy poparcia liczą się teraz tam.
idea-merged-into = Podobny pomysł { $from } „{ $title }” został scalony z Państwa pomysłem { $id }; jego głosy poparcia liczą się teraz na rzecz Państwa pomysłu.
admin-merged = Pomysł { $from } został scalony z { $into }; { $into } ma teraz { $supporters ->
    [one] { $supporters } głos poparcia
    [few] { $supporters } głosy poparcia
    [many] { $supporters } głosów poparcia
   *[other] { $supporters } głosu poparcia
}. Obie osoby zgłaszające zostaną powiadomione.
admin-history-merged = { $time } { $by }: scalono z { $with }

## Zaproszenia
invite-accepted = Witamy! Zaproszenie jest imienne, dlatego widzą Państwo również pytania przeznaczone dla swojej grupy.
admin-invited = Plik ZIP zawiera { $count ->
    [one] jeden kod zaproszenia
    [few] { $count } kody zaproszenia
    [many] { $count } kodów zaproszenia
   *[other] { $count } kodu zaproszenia
} dla grupy „{ $audience }” ({ $single ->
    [yes] każdy dla jednej osoby
   *[no] wielokrotnego użytku
}): tabelę z linkami do Telegrama i zapisem dla Matrix oraz kod QR do wydruku dla każdego kodu. Zapisywany jest tylko skrót kryptograficzny – prosimy przechowywać plik w bezpiecznym miejscu.
admin-no-invites = Nie ma jeszcze kodów zaproszeń.
admin-invites-line = { $audience }: utworzone kody: { $made }, użycia: { $used }, nadal ważne: { $valid }
admin-invites-revoked = Wycofano ważne kody dla „{ $audience }”: { $count }.
admin-unknown-audience = Grupa „{ $audience }” nie występuje w żadnych konsultacjach (znane grupy: { $known }).
admin-invite-staff = Do grupy „staff” należą osoby obecne w pokoju zespołu (Matrix); dla tej grupy nie ma kodów.
digest-sources = Rozpoczęte przez linki wydarzeń: { $list }
admin-source-links =
    Linki dla „{ $tag }” – udziały rozpoczęte przez te linki są (anonimowo) przypisywane temu wydarzeniu:
    Telegram: { $telegram }
    Matrix: { $matrix }

## Opinie zaproszonych ekspertów
command-review = Zaopiniuj pomysły (dla zaproszonych ekspertów)
review-not-expert = Opinie wydają zaproszeni eksperci. Jeśli otrzymali Państwo zaproszenie, prosimy rozpocząć za pomocą zawartego w nim linku lub kodu.
review-none-left = Dziękujemy! Obecnie nie ma opublikowanych pomysłów, których Państwo jeszcze nie zaopiniowali.
review-text = Prosimy opisać swoją opinię własnymi słowami: co przekonuje, czego brakuje, co Państwo zalecają? (maksymalnie { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
})
review-saved = Dziękujemy! Państwa opinia o pomyśle { $id } trafiła do zespołu. Zostanie opublikowana tylko wtedy, gdy zespół tak zdecyduje.
review-stopped = Opiniowanie przerwane. Poleceniem /review można je kontynuować.
ideas-public-review = Opinia ekspercka: { $text }
mydata-review = Państwa opinia o pomyśle { $id }: { $text }
admin-review-line = { $n }. opinia ({ $audience }, { $time }): { $scores } – { $text } { $published ->
    [yes] (publiczna)
   *[no] (wewnętrzna; publikacja: review { $id } { $n } on)
}
admin-review-unknown = Pomysł { $id } nie ma opinii nr { $n }.
admin-review-published = Opinia nr { $n } o pomyśle { $id } { $on ->
    [yes] jest teraz publiczna (pod pomysłem w /ideas).
   *[no] jest teraz widoczna tylko dla zespołu.
}
digest-reviews-new = Nowe opinie ekspertów: { $count }
digest-review = { $id } „{ $title }” ({ $audience }): { $scores } – { $text }
digest-by-audience = Grupa
digest-by-source = Wydarzenie
digest-group = { $by } „{ $value }” ({ $runs ->
    [one] { $runs } udział
    [few] { $runs } udziały
    [many] { $runs } udziałów
   *[other] { $runs } udziału
}):

## Potwierdzenia i przypomnienia
restart-question = Czy na pewno chcą Państwo zacząć od nowa? { $count ->
    [one] Państwa dotychczasowa odpowiedź dotycząca konsultacji „{ $title }” zostanie wtedy usunięta.
    [few] Zostaną wtedy usunięte { $count } dotychczasowe odpowiedzi dotyczące konsultacji „{ $title }”.
    [many] Zostanie wtedy usuniętych { $count } dotychczasowych odpowiedzi dotyczących konsultacji „{ $title }”.
   *[other] Zostanie wtedy usunięte { $count } dotychczasowej odpowiedzi dotyczącej konsultacji „{ $title }”.
}
choice-restart-yes = Tak, zacznij od nowa
choice-restart-no = Nie, kontynuuj
restart-kept = Dobrze – Państwa odpowiedzi pozostają zapisane.
consent-reminder = Prosimy odpowiedzieć „Tak, wyrażam zgodę” lub „Nie”. Informację o ochronie danych można w każdej chwili wyświetlić poleceniem /privacy.
datetime = { $day }.{ $month }.{ $year }, godz. { $hour }:{ $minute }
