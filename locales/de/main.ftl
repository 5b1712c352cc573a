# mitreden – deutsche Texte (Standardsprache).
# Jede Nachricht muss es in jeder Sprache geben; `mitreden check` prüft das.

language-name = Deutsch
language-choice = { $name }
error-missing-text = Entschuldigung, dieser Text fehlt. Bitte melden Sie das dem Betreiber.

## Begrüßung und Hilfe

welcome = Willkommen bei mitreden! Hier können Sie sich an Konsultationen beteiligen: Fragen beantworten und eigene Ideen einreichen – direkt im Chat.
welcome-back = Willkommen zurück!
idle-hint = Mit /start beginnen Sie eine Konsultation oder setzen sie fort. Mit /idea reichen Sie eine Idee ein; /help zeigt alle Befehle.
help =
    So funktioniert mitreden:
    /start – Konsultation beginnen oder fortsetzen
    /consultations – offene Konsultationen anzeigen
    /idea – eine Idee einreichen
    /back – zur vorigen Frage
    /skip – freiwillige Frage überspringen
    /restart – Konsultation neu beginnen
    /cancel – aktuellen Schritt abbrechen
    /language – Sprache wechseln
    /privacy – Datenschutzhinweis anzeigen
    /myideas – Ihre Ideen und ihr Stand
    /ideas – veröffentlichte Ideen ansehen und unterstützen
    /review – Ideen einschätzen (für eingeladene Fachleute)
    /results – wo eine Konsultation steht, und ihre Ergebnisse
    /follow – Neuigkeiten bekommen: neue Phasen, ausgezeichnete Ideen, Mitteilungen
    /mydata – Ihre gespeicherten Daten ansehen
    /forget – alle Ihre Daten löschen
    /help – diese Hilfe
    Antworten Sie mit den Schaltflächen, der Nummer einer Antwort oder deren Text.
questions-count = { $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
}

## Datenschutz und Einwilligung

privacy-notice =
    Datenschutzhinweis (Version { $version })
    Verantwortlich: { $controller }
    Kontakt für Fragen, Auskunft und Löschung: { $contact }
    Was wir speichern: Ihre Antworten und Ideen unter einem Pseudonym – nicht unter Ihrem Namen oder Ihrer Konto-Kennung. Wir werten sie nur für diese Konsultation aus.
    Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO). Die Teilnahme ist freiwillig; Sie können die Einwilligung jederzeit widerrufen.
    Wie lange: Ihre Chat-Adresse löschen wir { $retention } Tage nach Ende der Konsultation. Die pseudonymen Antworten bleiben für die Auswertung, bis Sie sie mit /forget löschen.
    Ihre Nachrichten laufen über die Server des Messengers (Telegram oder Ihres Matrix-Servers); dafür gelten dessen Datenschutzregeln.
    Ideen veröffentlichen wir nur, wenn Sie das beim Absenden erlauben. Neuigkeiten und Mitteilungen bekommen Sie nur, wenn Sie sie mit /follow bestellen.
    Wenn Sie jünger als 16 Jahre sind, müssen Ihre Eltern einverstanden sein.
    Mit /mydata sehen Sie jederzeit alles, was wir über Sie gespeichert haben; mit /forget löschen Sie es. Beschweren können Sie sich bei der Datenschutz-Aufsicht: { $authority }.
consent-question = Sind Sie damit einverstanden, dass wir Ihre Antworten so speichern (und, wenn Sie unter 16 sind, Ihre Eltern)?
choice-consent-yes = Ja, einverstanden
choice-consent-no = Nein
choice-other-language = 🌐 Andere Sprache / Language
consent-thanks = Danke für Ihre Einwilligung.
consent-refused = In Ordnung – ohne Ihre Einwilligung speichern wir keine Antworten. Wenn Sie es sich anders überlegen, schreiben Sie /start.

## Konsultationen

choose-consultation = Welche Konsultation möchten Sie beantworten?
choose-consultation-idea = Zu welcher Konsultation möchten Sie eine Idee einreichen?
no-open-consultations = Zurzeit ist keine Konsultation geöffnet. Schauen Sie gern später wieder vorbei.
no-ideas-open = Zurzeit nimmt keine Konsultation Ideen entgegen.
consultation-intro =
    { $title }
    { $intro }
consultation-closed = Die Konsultation „{ $title }“ ist geschlossen. Vielen Dank für Ihr Interesse! { $results ->
    [none] Die Ergebnisse werden veröffentlicht.
   *[other] Die Ergebnisse erscheinen unter { $results }
}
error-unknown-consultation = Eine Konsultation „{ $id }“ gibt es nicht.
already-completed = Sie haben „{ $title }“ bereits beantwortet – vielen Dank! Mit /restart können Sie neu beginnen.
resuming = Weiter mit „{ $title }“.
completed = Geschafft – vielen Dank für Ihre Antworten zu „{ $title }“! Mit /follow bekommen Sie Neuigkeiten dazu, zum Beispiel wenn die Ergebnisse da sind.
restarted = Ihre bisherigen Antworten sind gelöscht; Sie beginnen von vorn.
nothing-to-restart = Sie haben noch keine Konsultation begonnen. Mit /start geht es los.
paused = Pausiert. Ihre Antworten sind gespeichert; mit /start machen Sie dort weiter.
goodbye = Vielen Dank! Mit /idea können Sie jederzeit noch eine Idee einreichen.
cancelled = Abgebrochen.
nothing-to-cancel = Gerade läuft nichts, das man abbrechen könnte.

## Fragen

progress = Frage { $position } von { $total }
hint-multi = Wählen Sie { $min ->
    [0] bis zu { $max }
   *[other] { $min } bis { $max }
} Antworten und dann „Fertig“ – oder schreiben Sie die Nummern, z. B. 1, 3.
hint-scale = { $min } = { $minLabel } … { $max } = { $maxLabel }
scale-value = { $value }
hint-text = Bitte antworten Sie mit einem Text (höchstens { $max } Zeichen).
number-whole = ganze Zahl
number-any = Zahl
hint-number = { $range ->
    [both] Bitte geben Sie eine { $kind } von { $min } bis { $max } ein.
    [min] Bitte geben Sie eine { $kind } ab { $min } ein.
    [max] Bitte geben Sie eine { $kind } bis { $max } ein.
   *[none] Bitte geben Sie eine { $kind } ein.
}
hint-optional = Diese Frage ist freiwillig.
previous-answer = Bisherige Antwort: { $answer }
answer-value = { $value }
answer-skipped = (übersprungen)
choice-yes = Ja
choice-no = Nein
choice-done = Fertig
choice-skip = Überspringen
choice-back = Zurück
choice-cancel = Abbrechen

## Ideen

offer-idea = Möchten Sie außerdem eine eigene Idee zum Ideenwettbewerb einreichen?
idea-ask-title = Wie soll Ihre Idee heißen? Bitte schreiben Sie einen kurzen Titel (höchstens { $max } Zeichen).
idea-ask-description = Beschreiben Sie Ihre Idee: Was soll sich ändern, und wem hilft es? (höchstens { $max } Zeichen)
idea-ask-field = Zu welchem Handlungsfeld gehört Ihre Idee?
idea-confirm =
    Bitte prüfen Sie Ihre Idee:
    Titel: { $title }
    Beschreibung: { $description }
    Handlungsfeld: { $field }
choice-send-public = Absenden – darf veröffentlicht werden
choice-send-internal = Absenden – nur für das Ministerium
choice-edit-title = Titel ändern
choice-edit-description = Beschreibung ändern
choice-edit-field = Handlungsfeld ändern
idea-submitted = Danke! Ihre Idee ist eingegangen und hat die Nummer { $id }. Sie wird von den Fachleuten des Ministeriums bewertet.
idea-discarded = Der Entwurf Ihrer Idee ist verworfen.

## Sprache

choose-language = Welche Sprache möchten Sie verwenden?
language-set = Die Sprache ist jetzt Deutsch.
error-unknown-language = Die Sprache „{ $code }“ gibt es hier nicht.

## Fehler und Hinweise

error-unknown-command = Den Befehl /{ $command } kenne ich nicht. /help zeigt alle Befehle.
error-unsupported = Bitte antworten Sie mit Text oder den Schaltflächen – Bilder, Sprachnachrichten und Dateien kann ich hier nicht verarbeiten.
error-stale-button = Diese Schaltfläche gehört zu einer früheren Frage. Bitte antworten Sie auf die aktuelle:
error-use-choices = Bitte wählen Sie eine der Antworten: per Schaltfläche, mit ihrer Nummer oder ihrem Text.
error-scale = Bitte wählen Sie einen Wert von { $min } bis { $max }.
error-too-many = Bitte wählen Sie höchstens { $max ->
    [one] eine Antwort
   *[other] { $max } Antworten
}.
error-too-few = Bitte wählen Sie mindestens { $min ->
    [one] eine Antwort
   *[other] { $min } Antworten
}.
error-empty = Die Antwort ist leer. Bitte schreiben Sie etwas.
error-too-long = Ihr Text hat { $length } Zeichen, erlaubt sind höchstens { $max }. Bitte kürzen Sie ihn.
error-not-a-number = Das ist keine gültige Zahl. { $hint }
error-out-of-range = Diese Zahl liegt außerhalb des erlaubten Bereichs. { $hint }
error-no-back = Weiter zurück geht es hier nicht.
error-cannot-skip = Diese Frage kann nicht übersprungen werden.
error-internal = Entschuldigung, gerade ist ein technischer Fehler aufgetreten. Bitte versuchen Sie es gleich noch einmal.
record-reset = Ihre bisherigen Angaben konnten wir leider nicht lesen. Sie beginnen deshalb von vorn. Die alten Angaben sind gesichert; das Team kann sie auf Nachfrage prüfen.

## Befehlsmenü (Telegram zeigt es neben dem Eingabefeld)

command-start = Konsultation beginnen oder fortsetzen
command-help = Hilfe und alle Befehle
command-consultations = Offene Konsultationen anzeigen
command-idea = Eine Idee einreichen
command-language = Sprache wechseln
command-privacy = Datenschutzhinweis anzeigen
command-back = Zur vorigen Frage
command-cancel = Aktuellen Schritt abbrechen

## Telegram

telegram-group-pointer = In Gruppen nehme ich keine Antworten entgegen – Ihre Antworten gehören Ihnen. Schreiben Sie mir bitte privat: { $link }

## Meine Daten und Löschung

mydata-intro = Das haben wir über Sie gespeichert (Pseudonym { $id }, seit { $since }):
mydata-language = Sprache: { $language }
mydata-consent = Einwilligung: { $given ->
    [yes] erteilt
   *[no] abgelehnt
} am { $at } (Datenschutzhinweis Version { $version })
mydata-no-consent = Einwilligung: noch nicht gefragt
mydata-contact = Adresse, unter der wir Ihnen antworten: { $platform } { $address }
mydata-consultation = { $title }: { $count ->
    [one] 1 Antwort
   *[other] { $count } Antworten
}, { $completed ->
    [yes] abgeschlossen
   *[no] noch nicht abgeschlossen
}
mydata-answer = – { $question } → { $answer }
mydata-idea = Idee { $id } „{ $title }“: { $status }
mydata-nothing = Antworten oder Ideen haben Sie noch keine.
mydata-file = Alles zusammen erhalten Sie auch als Datei (JSON). Mit /forget können Sie alles löschen lassen.
idea-status-submitted = eingereicht
idea-status-review = in Prüfung
idea-status-accepted = angenommen
idea-status-rejected = abgelehnt
idea-status-implemented = umgesetzt
forget-question = Sollen wir alles löschen, was wir über Sie gespeichert haben – Antworten, Ideen, Einwilligung und Ihre Adresse? Das lässt sich nicht rückgängig machen.
choice-forget-yes = Ja, alles löschen
choice-forget-no = Nein, behalten
forget-done = Erledigt: Alle Ihre Daten sind gelöscht. Wenn Sie wieder mitmachen möchten, schreiben Sie /start – Sie beginnen dann neu.
forget-kept = Gut, Ihre Daten bleiben gespeichert.
command-mydata = Meine gespeicherten Daten anzeigen
command-forget = Alle meine Daten löschen
file-attached = Datei { $name }:

## Matrix

matrix-group-decline = Hallo! Ich führe Konsultationen nur im direkten Chat mit einer Person, damit Ihre Antworten Ihnen gehören. Bitte laden Sie mich in einen Direktchat ein. Ich verlasse diesen Raum jetzt.
matrix-room-exposed = Dieser Raum ist als Admin- oder Mitarbeitendenraum eingetragen, aber nicht nur auf Einladung zugänglich. Solange das so ist, nehme ich hier keine Befehle an und schicke keine Berichte hierher. Bitte stellen Sie den Raum auf „Nur auf Einladung“ um.

## Zusammenfassung für das Team (Digest)

digest-title = mitreden – Zusammenfassung { $from } bis { $to }
digest-nothing = Keine neuen Beiträge seit { $from }.
digest-runs = Neu: { $started } begonnen, { $completed } abgeschlossen. Insgesamt: { $totalStarted } begonnen, { $totalCompleted } abgeschlossen ({ $rate } %).
digest-answered = { $answered ->
    [one] 1 Antwort
   *[other] { $answered } Antworten
}, { $skipped } übersprungen
digest-number = Mittelwert { $mean }, Median { $median }
digest-ideas-new = Neue Ideen: { $count }
digest-idea = { $id } „{ $title }“ – { $field }, { $time }, von { $author }
digest-idea-statuses = Ideen nach Status: { $list }
digest-file = Die Antworten und Ideen dieses Zeitraums stehen in der angehängten CSV-Datei.
error-unreadable = Ihre Nachricht ist verschlüsselt angekommen, aber ich konnte sie nicht lesen. Bitte senden Sie sie noch einmal.
myideas-none = Sie haben noch keine Idee eingereicht. Mit /idea geht das jederzeit.
command-myideas = Meine Ideen und ihr Stand

## Verwaltung (Admins)

admin-not-permitted = Das dürfen nur Admins. Mit /help sehen Sie, was Sie hier tun können.
admin-unknown = Den Admin-Befehl „{ $command }“ gibt es nicht. /admin help zeigt alle.
admin-usage = So nicht ganz: siehe /admin help für „{ $command }“.
admin-help =
    Admin-Befehle (privat mit /admin davor, im Admin-Raum mit !):
    consultations – alle Konsultationen mit Stand und Zahlen
    ideas [new|review|accepted|rejected|implemented|published|all] – Ideen auflisten
    idea ID – eine Idee vollständig
    idea ID status review|accepted|rejected|implemented|awarded [Antwort] – Stand setzen; die Antwort sehen die einreichende Person, die Unterstützenden und die öffentliche Liste
    idea ID note TEXT – interne Notiz (nur für das Team, nie für Bürger:innen)
    review ID N on|off – die N-te Einschätzung von Fachleuten zu einer Idee öffentlich machen oder wieder nur intern
    merge ID ZIEL – eine doppelte Idee in eine andere überführen (Unterstützungen wandern mit)
    ask ID FRAGE – der einreichenden Person eine Frage stellen; ihre Antwort kommt in diesen Chat
    ideas ranked – Ideen nach dem Urteil der Jury (gewichteter Mittelwert, Zahl der Bewertungen, Spanne)
    ideas department NAME – Ideen eines Referats
    idea ID assign NAME – Idee einem Referat zuweisen
    publish ID / unpublish ID – Idee öffentlich machen (Bürger:innen können sie unterstützen) oder zurückziehen
    open ID / close ID – Konsultation jetzt öffnen oder schließen
    schedule ID VON BIS – Zeitraum setzen (2026-12-01 oder 2026-12-01T08:00:00+01:00)
    reload – Konsultationsdateien und Texte neu laden
    settings – Einstellungen anzeigen
    set SCHLÜSSEL WERT / unset SCHLÜSSEL – Einstellung ändern oder auf die Konfiguration zurücksetzen
    broadcast ID NACHRICHT – Mitteilung an alle, die an ID teilgenommen und eingewilligt haben
    admins / add WER / remove WER – Admins anzeigen, hinzufügen, entfernen (@name:server oder Telegram-ID)
    jurors / juror add WER / juror remove WER – die Jury: wer Ideen mit /rate bewertet
    invite GRUPPE N [single|multi] [until DATUM] / invites / revoke GRUPPE – Einladungscodes für eine Gruppe (z. B. experts) als Datei, zählen, zurückziehen
    qr ID TAG – Link und QR-Code für eine Veranstaltung (z. B. ein Workshop); Teilnahmen darüber werden je Veranstaltung gezählt
    results ID on|off – die Zahlen der gewählten Fragen in /results zeigen oder nicht
    export [ID] [json] – alle Daten (oder die einer Konsultation) als Datei: CSV für Excel oder JSON
    audit [N] – die letzten Einträge des Protokolls
admin-consultation = { $id }: { $title } – { $state ->
    [open] offen
    [draft] noch nicht offen
   *[closed] geschlossen
} ({ $opens } bis { $closes }), { $participants } Teilnehmende, { $completed } abgeschlossen
admin-no-ideas = Keine Ideen.
admin-idea-line = { $id } „{ $title }“ – { $field } – { $status } – { $supporters } Unterstützung(en){ $published ->
    [yes] , öffentlich
   *[no] {""}
}
admin-unknown-idea = Eine Idee { $id } gibt es nicht.
admin-idea-full =
    { $id } „{ $title }“
    { $description }
    Handlungsfeld: { $field }; Stand: { $status }; eingereicht { $time } von { $author }
    { $supporters } Unterstützung(en); { $published ->
        [yes] öffentlich
       *[no] nicht öffentlich
    }; { $publishable ->
        [yes] darf veröffentlicht werden
       *[no] nur intern (nicht veröffentlichen)
    }
admin-status-set = { $id } ist jetzt „{ $status }“. { $notified ->
    [yes] Die einreichende Person wird benachrichtigt.
   *[no] Die einreichende Person ist nicht mehr erreichbar.
}
admin-audit-line = { $at } { $actor }: { $action } – { $detail }
idea-status-changed = Neuigkeiten zu Ihrer Idee { $id } „{ $title }“: Sie ist jetzt „{ $status }“. { $comment }
admin-window-set = „{ $title }“ ist jetzt { $state ->
    [open] offen
   *[closed] geschlossen
}.

admin-help-staff =
    Befehle für das Team (im Team-Raum mit !):
    consultations – alle Konsultationen mit Stand und Zahlen
    ideas [new|review|accepted|rejected|implemented|published|all] – Ideen auflisten
    idea ID – eine Idee vollständig
    idea ID status review|accepted|rejected|implemented|awarded [Antwort] – Stand setzen; die Antwort sehen die einreichende Person, die Unterstützenden und die öffentliche Liste
    idea ID note TEXT – interne Notiz (nur für das Team, nie für Bürger:innen)
    review ID N on|off – die N-te Einschätzung von Fachleuten zu einer Idee öffentlich machen oder wieder nur intern
    merge ID ZIEL – eine doppelte Idee in eine andere überführen (Unterstützungen wandern mit)
    ask ID FRAGE – der einreichenden Person eine Frage stellen; ihre Antwort kommt in diesen Chat
    ideas ranked – Ideen nach dem Urteil der Jury (gewichteter Mittelwert, Zahl der Bewertungen, Spanne)
    ideas department NAME – Ideen eines Referats
    idea ID assign NAME – Idee einem Referat zuweisen
    publish ID / unpublish ID – Idee öffentlich machen oder zurückziehen
    export [ID] [json] – die Daten als Datei (CSV für Excel oder JSON)
    digest – Zusammenfassung jetzt
admin-published = { $id } ist jetzt öffentlich; Bürger:innen können die Idee mit /ideas unterstützen.
admin-unpublished = { $id } ist nicht mehr öffentlich.
admin-reloaded = Neu geladen: { $count ->
    [one] eine Konsultation
   *[other] { $count } Konsultationen
}.
admin-reload-failed =
    Neu laden abgelehnt; es gilt weiter der bisherige Stand. Fehler:
    { $error }
admin-setting-line = { $key } = { $value } ({ $source ->
    [chat] im Chat gesetzt
   *[config] Konfiguration
})
admin-setting-unknown = Eine Einstellung „{ $key }“ gibt es nicht. /admin settings zeigt alle.
admin-setting-set = { $key } ist jetzt „{ $value }“.
admin-setting-unset = { $key } folgt wieder der Konfiguration: „{ $value }“.
admin-setting-invalid = „{ $value }“ passt nicht zu { $key }: { $hint }
setting-hint-language = eine Sprache, die mitreden kennt (de, en).
setting-hint-onoff = on oder off.
setting-hint-max = eine ganze Zahl von 0 (keine Grenze) bis 1000.
setting-hint-rate = Nachrichten pro Minute, 0 (keine Grenze) bis 600.
setting-hint-room = eine Matrix-Raum-ID (!abc:server). In einem Matrix-Chat können Sie auch einen Alias (#team:server) angeben; er wird dann sofort in die ID übersetzt und muss dafür schon existieren.
setting-hint-schedule = daily 08:00, weekly mon 08:00 oder every 6h (auch 30m, 90s; mindestens 10s).
setting-hint-timezone = eine IANA-Zeitzone wie Europe/Berlin.
setting-hint-text = ein Text mit 1 bis 1000 Zeichen.
admin-broadcast-queued = Die Mitteilung geht an { $count ->
    [one] eine Person
   *[other] { $count } Personen
}. Ich melde den Fortschritt.
admin-broadcast-progress = Mitteilung: { $done } von { $total } versendet …
admin-broadcast-done = Mitteilung fertig: { $delivered } zugestellt, { $failed } fehlgeschlagen.
broadcast-message =
    Mitteilung zur Konsultation „{ $title }“:
    { $message }
admin-admin-line = { $who } ({ $source ->
    [chat] im Chat hinzugefügt
   *[config] Konfiguration
})
admin-admin-added = { $who } ist jetzt Admin.
admin-admin-exists = { $who } ist schon Admin.
admin-admin-configured = { $who } steht in der Konfiguration und kann nur dort entfernt werden.
admin-admin-removed = { $who } ist kein Admin mehr.
admin-admin-unknown = { $who } ist kein im Chat hinzugefügter Admin.

## Ideen unterstützen

ideas-public-none = Noch sind keine Ideen veröffentlicht. Schauen Sie später wieder vorbei.
ideas-public-page = Veröffentlichte Ideen (Seite { $page } von { $pages }):
ideas-public-line = { $id } „{ $title }“ – { $field }: { $description } ({ $supporters ->
    [one] 1 Unterstützung
   *[other] { $supporters } Unterstützungen
}{ $mark ->
    [own] , Ihre Idee
    [supported] , von Ihnen unterstützt
   *[none] {""}
})
choice-support = 👍 { $id } unterstützen
choice-previous = ◀ Zurück
choice-next = Weiter ▶
browse-closed = Gern. Mit /ideas kommen Sie jederzeit zurück.
idea-supported = Danke! Sie unterstützen { $id } – jetzt { $supporters ->
    [one] 1 Unterstützung
   *[other] { $supporters } Unterstützungen
}.
idea-support-twice = Sie unterstützen { $id } bereits.
idea-support-own = Ihre eigene Idee können Sie nicht unterstützen.
idea-published = Ihre Idee { $id } „{ $title }“ ist jetzt veröffentlicht: Andere können sie mit /ideas sehen und unterstützen.
mydata-supports = Sie unterstützen: { $ids }
command-ideas = Veröffentlichte Ideen unterstützen
ideas-paused = Ideen werden gerade nicht angenommen. Ihre Antworten auf die Fragen sind weiter willkommen.
ideas-limit = Sie haben für diese Konsultation schon { $max ->
    [one] eine Idee
   *[other] { $max } Ideen
} eingereicht; mehr sind nicht möglich.
error-too-fast = Das waren sehr viele Nachrichten in kurzer Zeit. Bitte warten Sie eine Minute und senden Sie Ihre letzte Nachricht dann noch einmal.
welcome-custom = { $text }
idea-supported-status-changed = Neuigkeiten zu einer Idee, die Sie unterstützen: { $id } „{ $title }“ ist jetzt „{ $status }“. { $comment }
digest-most-supported = Meistunterstützte veröffentlichte Ideen:
digest-supported-idea = { $id } „{ $title }“ – { $supporters ->
    [one] 1 Unterstützung
   *[other] { $supporters } Unterstützungen
}
admin-export-ready = Die Daten als Datei (pseudonym). Teilnahmen: { $runs }, Antworten: { $answers }, Ideen: { $ideas }.
admin-export-not-here = Exporte gehen aus Datenschutzgründen nur in Chats auf: { $platforms }. Bitte fordern Sie den Export dort an.

## Other answers and rankings
choice-other = Andere Antwort …
hint-other = Bitte schreiben Sie Ihre eigene Antwort (höchstens { $max } Zeichen).
other-chosen-so-far = Dazu gewählt: { $chosen }
hint-ranking = Bringen Sie die { $count } Antworten in Ihre Reihenfolge: Tippen Sie zuerst auf das Wichtigste, dann auf das Nächste – oder schreiben Sie die Nummern in Ihrer Reihenfolge, z. B. 3, 1, 2.
ranking-so-far = Ihre Reihenfolge bisher: { $order }
choice-undo = Letzte Wahl zurücknehmen
error-ranking = Bitte nennen Sie jede der { $count } Nummern genau einmal, in Ihrer Reihenfolge, z. B. 3, 1, 2.
digest-other = Andere Antwort
digest-ranked = { $place }. { $label } – im Schnitt Platz { $mean }, { $first }× auf Platz 1

## Idea history
admin-history-status = { $time } { $by }: Stand „{ $status }“ – Antwort: { $answer }
admin-history-note = { $time } { $by }: interne Notiz: { $text }
admin-history-published = { $time } { $by }: { $published ->
    [yes] veröffentlicht
   *[no] aus der öffentlichen Liste genommen
}
admin-note-added = Notiz zu { $id } gespeichert (nur für das Team sichtbar).
idea-answer = Antwort des Ministeriums zu { $id }: { $answer }
choice-unsupport = ↩ { $id } nicht mehr unterstützen
choice-more = Mehr zu { $id }
ideas-public-full =
    { $id } „{ $title }“
    { $description }
idea-unsupported = Sie unterstützen { $id } nicht mehr – jetzt { $supporters ->
    [one] 1 Unterstützung
   *[other] { $supporters } Unterstützungen
}.
idea-terms-hint = Mit dem Absenden stimmen Sie diesen Bedingungen zu. Ob Ihre Idee veröffentlicht werden darf, entscheiden Sie mit der Schaltfläche.
idea-internal-only = Ihre Idee bleibt intern: Sie wird bewertet, aber nicht veröffentlicht.
admin-publish-internal = { $id } wurde „nur für das Ministerium“ eingereicht und wird nicht veröffentlicht.

## Jury
rate-not-juror = Ideen bewerten kann nur, wer zur Jury gehört.
rate-none-left = Alle Ideen sind bewertet – danke! Mit /rate sehen Sie später nach, ob neue dazugekommen sind.
rate-stopped = Bewertung unterbrochen. Mit /rate geht es weiter.
rate-idea =
    Idee { $id } „{ $title }“ – { $field }
    { $description }
rate-criterion = Kriterium { $position } von { $total }: { $criterion } ({ $min } = gar nicht … { $max } = sehr)
rate-note = Möchten Sie der Jury eine Anmerkung dazu schreiben (höchstens { $max } Zeichen)? Schreiben Sie sie einfach, oder tippen Sie auf „Ohne Anmerkung“.
choice-no-note = Ohne Anmerkung
choice-rate-skip = Diese Idee später
rate-saved = Gespeichert. { $id } steht bei { $score } von 100 Punkten ({ $ratings ->
    [one] 1 Bewertung
   *[other] { $ratings } Bewertungen
}, Spanne { $spread }).
admin-juror-line = { $who }
admin-no-jurors = Noch gehört niemand zur Jury. Mit „juror add WER“ nehmen Sie jemanden auf.
admin-juror-added = { $who } gehört jetzt zur Jury und bewertet Ideen mit /rate.
admin-juror-removed = { $who } gehört nicht mehr zur Jury.
admin-juror-unknown = { $who } gehört nicht zur Jury.
admin-none-rated = Noch ist keine Idee bewertet.
admin-ranked-line = { $place }. { $id } „{ $title }“ – { $score } von 100 ({ $ratings ->
    [one] 1 Bewertung
   *[other] { $ratings } Bewertungen
}, Spanne { $spread })
admin-assigned = { $id } liegt jetzt bei: { $department }
admin-history-assigned = { $time } { $by }: zugewiesen an { $department }
digest-jury = Urteil der Jury bisher:

## Questions to authors
idea-question =
    Eine Frage des Ministeriums zu Ihrer Idee { $id } „{ $title }“:
    { $question }
    Antworten Sie einfach hier – Ihre nächste Nachricht geht an das Team.
admin-asked = Die Frage zu { $id } ist gespeichert. { $reachable ->
    [yes] Die einreichende Person bekommt sie; ihre Antwort kommt hierher.
   *[no] Die einreichende Person ist nicht mehr erreichbar.
}
admin-history-question = { $time } { $by }: Frage an die einreichende Person: { $text }
admin-history-reply = { $time } Antwort der einreichenden Person: { $text }
idea-reply-sent = Danke! Ihre Antwort zu { $id } ist beim Team.
idea-reply-came =
    Antwort zu { $id } „{ $title }“:
    { $text }

## Own ideas
idea-status-withdrawn = zurückgezogen
choice-edit-idea = { $id } ändern
choice-withdraw-idea = { $id } zurückziehen
idea-withdrawn = { $id } ist zurückgezogen: Sie wird nicht weiter bewertet und nicht veröffentlicht.
idea-edited = Ihre Änderungen an { $id } sind gespeichert.
idea-no-longer-open = Diese Idee wird schon bearbeitet und kann nicht mehr geändert oder zurückgezogen werden.
admin-history-author = { $time } von der einreichenden Person { $kind ->
    [edited] geändert
   *[withdrawn] zurückgezogen
}
admin-publish-withdrawn = { $id } wurde von der einreichenden Person zurückgezogen und wird nicht veröffentlicht.

## Phases and results
command-results = Stand und Ergebnisse einer Konsultation
supports-closed = Unterstützen ist in dieser Phase nicht mehr möglich. Mit /results sehen Sie, wie es weitergeht.
results-title = „{ $title }“
phase-now = Jetzt (seit { $since }): { $phase }
phase-next = Danach (ab { $from }): { $phase }
results-not-yet = Ergebnisse gibt es noch nicht; wir melden uns, sobald es so weit ist.
results-link = Mehr dazu: { $link }
results-figures = In Zahlen ({ $participants } Teilnehmende):
results-question = { $question } ({ $answered ->
    [one] 1 Antwort
   *[other] { $answered } Antworten
})
results-option = · { $label }: { $percent } %
results-ranked = { $place }. { $label }
admin-results-released = Die Zahlen zu „{ $title }“ sind in /results jetzt { $on ->
    [yes] zu sehen.
   *[no] nicht mehr zu sehen.
}
consultation-in-phase = „{ $title }“ nimmt keine Antworten mehr an. Jetzt: { $phase }. Mit /results sehen Sie, wie es weitergeht.
command-follow = Neuigkeiten zu einer Konsultation bekommen
idea-status-awarded = ausgezeichnet
idea-awarded-news = Ausgezeichnet: Die Idee { $id } „{ $title }“ hat im Ideenwettbewerb gewonnen. Mit /ideas und /results erfahren Sie mehr.
follow-started = Sie folgen „{ $title }“: Wir melden uns, wenn eine neue Phase beginnt, wenn Ideen ausgezeichnet werden und mit Mitteilungen des Ministeriums. Mit /follow hören Sie auf.
follow-stopped = Sie folgen „{ $title }“ nicht mehr.
phase-started = Neuigkeiten zu „{ $title }“ – jetzt beginnt: { $phase }. Mit /results sehen Sie mehr.

## Duplicates
idea-status-merged = zusammengeführt
idea-similar = Eine ähnliche Idee gibt es schon: { $id } „{ $title }“. Sie können sie unterstützen, statt eine neue einzureichen.
choice-support-instead = 👍 { $id } unterstützen statt absenden
idea-merged = Ihre Idee { $id } wird mit der ähnlichen Idee { $into } „{ $title }“ zusammengeführt; die Unterstützungen zählen jetzt dort.
idea-merged-into = Die ähnliche Idee { $from } „{ $title }“ wurde mit Ihrer Idee { $id } zusammengeführt; ihre Unterstützungen zählen jetzt bei Ihrer.
admin-merged = { $from } ist mit { $into } zusammengeführt; { $into } hat jetzt { $supporters } Unterstützung(en). Beide einreichenden Personen werden benachrichtigt.
admin-history-merged = { $time } { $by }: zusammengeführt mit { $with }

## Invitations
invite-accepted = Willkommen! Sie sind persönlich eingeladen und sehen auch die Fragen für Ihre Gruppe.
admin-invited = { $count ->
    [one] Ein Einladungscode
   *[other] { $count } Einladungscodes
} für „{ $audience }“ ({ $single ->
    [yes] je für eine Person
   *[no] mehrfach nutzbar
}) stehen in der ZIP-Datei: eine Tabelle mit den Links für Telegram und der Form für Matrix, dazu je Code ein QR-Code zum Drucken. Gespeichert ist nur ein Fingerabdruck – bewahren Sie die Datei gut auf.
admin-no-invites = Es gibt noch keine Einladungscodes.
admin-invites-line = { $audience }: { $made } Codes, { $used }-mal genutzt, { $valid } noch gültig
admin-invites-revoked = { $count } gültige Codes für „{ $audience }“ sind zurückgezogen.
admin-unknown-audience = Eine Gruppe „{ $audience }“ kommt in keiner Konsultation vor (bekannt: { $known }).
admin-invite-staff = Zur Gruppe „staff“ gehört, wer im Team-Raum ist (Matrix); dafür gibt es keine Codes.
digest-sources = Über Veranstaltungs-Links begonnen: { $list }
admin-source-links =
    Links für „{ $tag }“ – wer darüber beginnt, wird (ohne Personenbezug) dieser Veranstaltung zugezählt:
    Telegram: { $telegram }
    Matrix: { $matrix }

## Invited experts' reviews
command-review = Ideen als eingeladene Fachperson einschätzen
review-not-expert = Einschätzungen geben eingeladene Fachleute. Wenn Sie eine Einladung haben, starten Sie mit ihrem Link oder Code.
review-none-left = Danke! Zurzeit gibt es keine veröffentlichte Idee, die Sie noch nicht eingeschätzt haben.
review-text = Ihre Einschätzung in Worten: Was überzeugt, was fehlt, was empfehlen Sie? (höchstens { $max } Zeichen)
review-saved = Danke! Ihre Einschätzung zu { $id } ist beim Team. Veröffentlicht wird sie nur, wenn das Team es entscheidet.
review-stopped = Einschätzen beendet. Mit /review machen Sie weiter.
ideas-public-review = Einschätzung aus der Fachwelt: { $text }
mydata-review = Ihre Einschätzung zu { $id }: { $text }
admin-review-line = { $n }. Einschätzung ({ $audience }, { $time }): { $scores } – { $text } { $published ->
    [yes] (öffentlich)
   *[no] (intern; veröffentlichen mit: review { $id } { $n } on)
}
admin-review-unknown = { $id } hat keine Einschätzung Nr. { $n }.
admin-review-published = Die Einschätzung Nr. { $n } zu { $id } ist { $on ->
    [yes] jetzt öffentlich (unter der Idee in /ideas).
   *[no] jetzt nur noch für das Team sichtbar.
}
digest-reviews-new = Neue Einschätzungen von Fachleuten: { $count }
digest-review = { $id } „{ $title }“ ({ $audience }): { $scores } – { $text }
digest-by-audience = Gruppe
digest-by-source = Veranstaltung
digest-group = { $by } „{ $value }“ ({ $runs ->
    [one] 1 Teilnahme
   *[other] { $runs } Teilnahmen
}):

## Confirmations and reminders
restart-question = Wirklich neu beginnen? Ihre { $count ->
    [one] bisherige Antwort zu „{ $title }“ wird
   *[other] { $count } bisherigen Antworten zu „{ $title }“ werden
} dann gelöscht.
choice-restart-yes = Ja, neu beginnen
choice-restart-no = Nein, weitermachen
restart-kept = Gut – Ihre Antworten bleiben.
consent-reminder = Bitte antworten Sie mit „Ja, einverstanden“ oder „Nein“. Den Datenschutzhinweis zeigt /privacy jederzeit.
datetime = { $day }.{ $month }.{ $year }, { $hour }:{ $minute } Uhr
