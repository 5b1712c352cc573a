# mitreden – Texte in Leichter Sprache (de-simple).
# Jede Nachricht muss es in jeder Sprache geben; `mitreden check` prüft das.

language-name = Deutsch – Leichte Sprache
language-choice = { $name }
error-missing-text =
    Entschuldigung!
    Dieser Text fehlt.
    Bitte sagen Sie das dem Team von mitreden.

## Begrüßung und Hilfe

welcome =
    Willkommen bei mitreden!
    Hier können Sie bei Konsultationen mitmachen.
    Konsultation bedeutet: Das Ministerium fragt Sie nach Ihrer Meinung.
    Sie beantworten Fragen.
    Und Sie können eigene Ideen schicken.
    Das geht alles direkt hier im Chat.
welcome-back = Willkommen zurück!
idle-hint =
    Mit /start fangen Sie eine Konsultation an.
    Oder Sie machen bei einer Konsultation weiter.
    Mit /idea schicken Sie eine Idee.
    Mit /help sehen Sie alle Befehle.
help =
    So funktioniert mitreden:
    Konsultation bedeutet: Das Ministerium fragt Sie nach Ihrer Meinung.
    Sie können hier Befehle benutzen.
    Ein Befehl ist ein Wort mit einem Schräg·strich vorne.
    Tippen Sie auf den Befehl.
    Oder schreiben Sie den Befehl in den Chat.
    Das sind die Befehle:
    /start – eine Konsultation anfangen oder weitermachen
    /consultations – offene Konsultationen zeigen
    /idea – eine Idee schicken
    /back – zurück zur Frage davor
    /skip – eine freiwillige Frage überspringen
    /restart – eine Konsultation neu anfangen
    /cancel – abbrechen, was Sie gerade machen
    /language – die Sprache ändern
    /privacy – So schützen wir Ihre Daten
    /myideas – Ihre Ideen: Wie weit sind sie?
    /ideas – öffentliche Ideen ansehen und unterstützen
    /review – Ihre Meinung zu Ideen sagen (nur für eingeladene Fach·leute)
    /results – Wie weit ist eine Konsultation? Was sind die Ergebnisse?
    /follow – Neuigkeiten bekommen: neue Abschnitte, Ideen mit Preis, Nachrichten vom Ministerium
    /mydata – Ihre gespeicherten Daten ansehen
    /forget – alle Ihre Daten löschen
    /help – diese Hilfe
    So antworten Sie auf eine Frage:
    Tippen Sie auf einen Knopf.
    Oder schreiben Sie die Nummer von der Antwort.
    Oder schreiben Sie die Antwort als Text.
questions-count = { $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
}

## Daten·schutz und Einwilligung

privacy-notice =
    Hinweise zum Daten·schutz (Version { $version })
    Daten·schutz bedeutet: Wir passen gut auf Ihre Daten auf.
    Verantwortlich für Ihre Daten ist: { $controller }
    Sie haben Fragen zu Ihren Daten?
    Sie möchten wissen: Was haben wir über Sie gespeichert?
    Oder wir sollen Ihre Daten löschen?
    Dann schreiben Sie an: { $contact }
    Was speichern wir?
    Wir speichern Ihre Antworten und Ideen unter einem Pseudonym.
    Ein Pseudonym ist ein Ersatz·name aus Buchstaben und Zahlen.
    Wir speichern Ihre Antworten und Ideen also ohne Ihren Namen.
    Und ohne die Kennung von Ihrem Chat-Konto.
    Wir benutzen Ihre Antworten und Ideen nur für diese Konsultation.
    Warum dürfen wir das?
    Weil Sie damit einverstanden sind.
    Das nennt man: Einwilligung.
    So steht es im Gesetz: Artikel 6 Absatz 1 Buchstabe a DSGVO.
    DSGVO ist die Abkürzung für: Datenschutz-Grundverordnung.
    Das ist ein Gesetz für den Daten·schutz in Europa.
    Das Mitmachen ist freiwillig.
    Sie können Ihre Einwilligung jederzeit zurücknehmen.
    Wie lange speichern wir Ihre Daten?
    Wir speichern auch Ihre Chat-Adresse.
    Wir löschen Ihre Chat-Adresse { $retention ->
        [one] 1 Tag
       *[other] { $retention } Tage
    } nach dem Ende von der Konsultation.
    Ihre Antworten mit dem Pseudonym bleiben gespeichert.
    Wir brauchen die Antworten für die Auswertung.
    Auswertung bedeutet: Wir sehen uns alle Antworten zusammen an.
    Mit /forget können Sie Ihre Antworten löschen.
    Ihre Nachrichten gehen über die Computer von Ihrer Chat-App.
    Das sind die Computer von Telegram.
    Oder von Ihrem Matrix-Server.
    Dafür gelten die Daten·schutz-Regeln von Ihrer Chat-App.
    Wir zeigen Ihre Idee nur öffentlich, wenn Sie das erlauben.
    Das fragen wir Sie, wenn Sie die Idee schicken.
    Sie möchten Neuigkeiten und Nachrichten vom Ministerium bekommen?
    Dann bestellen Sie das mit /follow.
    Ohne /follow schicken wir Ihnen keine Neuigkeiten.
    Sie sind jünger als 16 Jahre?
    Dann müssen auch Ihre Eltern einverstanden sein.
    Mit /mydata sehen Sie jederzeit alle Daten über Sie.
    Mit /forget löschen Sie alle Daten über Sie.
    Sie finden: Wir gehen mit Ihren Daten nicht richtig um?
    Dann können Sie sich beschweren.
    Das geht bei der Aufsicht für den Daten·schutz: { $authority }.
consent-question =
    Sind Sie einverstanden?
    Dürfen wir Ihre Antworten so speichern?
    Sie sind jünger als 16 Jahre?
    Dann müssen auch Ihre Eltern einverstanden sein.
choice-consent-yes = Ja, einverstanden
choice-consent-no = Nein
choice-other-language = 🌐 Andere Sprache / Language
consent-thanks = Danke! Sie sind mit dem Speichern einverstanden.
consent-refused =
    In Ordnung.
    Sie sind nicht einverstanden.
    Darum speichern wir keine Antworten von Ihnen.
    Sie möchten doch mitmachen?
    Dann schreiben Sie /start.

## Konsultationen

choose-consultation = Bei welcher Konsultation möchten Sie mitmachen?
choose-consultation-idea = Zu welcher Konsultation möchten Sie eine Idee schicken?
no-open-consultations =
    Im Moment ist keine Konsultation offen.
    Bitte schauen Sie später wieder vorbei.
no-ideas-open = Im Moment können Sie leider keine Ideen schicken.
consultation-intro =
    { $title }
    { $intro }
consultation-closed =
    Die Konsultation „{ $title }“ ist vorbei.
    Vielen Dank für Ihr Interesse!
    { $results ->
        [none] Wir machen die Ergebnisse später öffentlich.
       *[other] Hier finden Sie die Ergebnisse: { $results }
    }
error-unknown-consultation = Die Konsultation „{ $id }“ gibt es nicht.
already-completed =
    Sie haben „{ $title }“ schon beantwortet.
    Vielen Dank!
    Sie möchten noch einmal von vorne anfangen?
    Dann schreiben Sie /restart.
resuming = Es geht weiter mit „{ $title }“.
completed =
    Geschafft!
    Vielen Dank für Ihre Antworten zu „{ $title }“.
    Sie möchten Neuigkeiten zu dieser Konsultation bekommen?
    Dann schreiben Sie /follow.
    Wir sagen Ihnen dann zum Beispiel Bescheid: Die Ergebnisse sind da.
restarted =
    Wir haben Ihre bisherigen Antworten gelöscht.
    Sie fangen jetzt von vorne an.
nothing-to-restart =
    Sie haben noch keine Konsultation angefangen.
    Mit /start geht es los.
paused =
    Pause.
    Wir haben Ihre Antworten gespeichert.
    Mit /start machen Sie an der gleichen Stelle weiter.
goodbye =
    Vielen Dank!
    Sie haben noch eine Idee?
    Mit /idea können Sie jederzeit eine Idee schicken.
cancelled = Sie haben abgebrochen.
nothing-to-cancel = Im Moment gibt es nichts zum Abbrechen.

## Fragen

progress = Frage { $position } von { $total }
hint-multi =
    Sie können mehrere Antworten wählen.
    { $min ->
        [0] Wählen Sie höchstens { $max ->
            [one] 1 Antwort
           *[other] { $max } Antworten
        }.
       *[other] Wählen Sie { $min } bis { $max } Antworten.
    }
    Tippen Sie dann auf „Fertig“.
    Oder schreiben Sie die Nummern von den Antworten.
    Zum Beispiel: 1, 3
hint-scale =
    { $min } bedeutet: { $minLabel }
    { $max } bedeutet: { $maxLabel }
scale-value = { $value }
hint-text =
    Bitte schreiben Sie Ihre Antwort als Text.
    Ihr Text darf höchstens { $max } Zeichen haben.
number-whole = Zahl ohne Komma
number-any = Zahl
hint-number = { $range ->
    [both] Bitte schreiben Sie eine { $kind } von { $min } bis { $max }.
    [min] Bitte schreiben Sie eine { $kind } ab { $min }.
    [max] Bitte schreiben Sie eine { $kind } bis { $max }.
   *[none] Bitte schreiben Sie eine { $kind }.
}
hint-optional =
    Diese Frage ist freiwillig.
    Sie können die Frage auch überspringen.
previous-answer = Das haben Sie vorher geantwortet: { $answer }
answer-value = { $value }
answer-skipped = (übersprungen)
choice-yes = Ja
choice-no = Nein
choice-done = Fertig
choice-skip = Überspringen
choice-back = Zurück
choice-cancel = Abbrechen

## Ideen

offer-idea =
    Es gibt auch einen Ideen·wettbewerb.
    Ideen·wettbewerb bedeutet: Viele Menschen schicken Ideen. Die besten Ideen gewinnen.
    Möchten Sie eine eigene Idee schicken?
idea-ask-title =
    Wie heißt Ihre Idee?
    Bitte schreiben Sie einen kurzen Titel.
    Der Titel darf höchstens { $max } Zeichen haben.
idea-ask-description =
    Bitte beschreiben Sie Ihre Idee.
    Was soll anders werden?
    Wem hilft das?
    Ihr Text darf höchstens { $max } Zeichen haben.
idea-ask-field =
    Das Ministerium arbeitet in verschiedenen Bereichen.
    Zu welchem Bereich passt Ihre Idee?
idea-confirm =
    Bitte prüfen Sie Ihre Idee:
    Titel: { $title }
    Beschreibung: { $description }
    Bereich: { $field }
choice-send-public = Schicken – alle dürfen sie sehen
choice-send-internal = Schicken – nur für das Ministerium
choice-edit-title = Titel ändern
choice-edit-description = Beschreibung ändern
choice-edit-field = Bereich ändern
idea-submitted =
    Danke!
    Wir haben Ihre Idee bekommen.
    Ihre Idee hat die Nummer { $id }.
    Fach·leute vom Ministerium bewerten jetzt Ihre Idee.
idea-discarded =
    Gut.
    Wir haben Ihre Idee gelöscht.
    Die Idee ist nicht abgeschickt.

## Sprache

choose-language = Welche Sprache möchten Sie benutzen?
language-set = Sie bekommen jetzt alle Texte in Leichter Sprache.
error-unknown-language = Die Sprache „{ $code }“ gibt es hier nicht.

## Fehler und Hinweise

error-unknown-command =
    Den Befehl /{ $command } kenne ich nicht.
    Mit /help sehen Sie alle Befehle.
error-unsupported =
    Bitte antworten Sie mit Text oder mit den Knöpfen.
    Bilder, Sprach·nachrichten und Dateien verstehe ich hier nicht.
error-stale-button =
    Dieser Knopf gehört zu einer alten Frage.
    Bitte antworten Sie auf diese Frage:
error-use-choices =
    Bitte wählen Sie eine von den Antworten.
    Tippen Sie auf einen Knopf.
    Oder schreiben Sie die Nummer von der Antwort.
    Oder schreiben Sie den Text von der Antwort.
error-scale = Bitte wählen Sie eine Zahl von { $min } bis { $max }.
error-too-many = Bitte wählen Sie höchstens { $max ->
    [one] 1 Antwort
   *[other] { $max } Antworten
}.
error-too-few = Bitte wählen Sie mindestens { $min ->
    [one] 1 Antwort
   *[other] { $min } Antworten
}.
error-empty =
    Ihre Antwort ist leer.
    Bitte schreiben Sie etwas.
error-too-long =
    Ihr Text ist zu lang.
    Ihr Text hat { $length } Zeichen.
    Erlaubt sind höchstens { $max } Zeichen.
    Bitte machen Sie den Text kürzer.
error-not-a-number =
    Das ist keine Zahl.
    { $hint }
error-out-of-range =
    Diese Zahl ist zu groß oder zu klein.
    { $hint }
error-no-back = Weiter zurück geht es hier nicht.
error-cannot-skip = Diese Frage müssen Sie beantworten.
error-internal =
    Entschuldigung!
    Es gibt gerade einen technischen Fehler.
    Bitte versuchen Sie es gleich noch einmal.
record-reset =
    Es gibt leider ein Problem:
    Wir können Ihre bisherigen Daten nicht lesen.
    Darum fangen Sie jetzt von vorne an.
    Wir haben die alten Daten aufbewahrt.
    Sie möchten die alten Daten prüfen lassen?
    Dann fragen Sie das Team.

## Befehls·menü (Telegram zeigt es neben dem Eingabe·feld)

command-start = Konsultation anfangen oder weitermachen
command-help = Hilfe und alle Befehle
command-consultations = Offene Konsultationen zeigen
command-idea = Eine Idee schicken
command-language = Sprache ändern
command-privacy = So schützen wir Ihre Daten
command-back = Zurück zur Frage davor
command-cancel = Abbrechen, was Sie gerade machen

## Telegram

telegram-group-pointer =
    In Gruppen nehme ich keine Antworten an.
    Denn Ihre Antworten gehören Ihnen.
    Bitte schreiben Sie mir privat: { $link }

## Meine Daten und Löschen

mydata-intro =
    Ihr Pseudonym ist: { $id }
    Ein Pseudonym ist ein Ersatz·name aus Buchstaben und Zahlen.
    Wir speichern seit { $since } Daten über Sie.
    Das haben wir über Sie gespeichert:
mydata-language = Sprache: { $language }
mydata-consent =
    Sind Sie mit dem Speichern einverstanden? { $given ->
        [yes] Ja.
       *[no] Nein.
    }
    Das haben Sie am { $at } gesagt.
    Dabei galten die Hinweise zum Daten·schutz in Version { $version }.
mydata-no-consent = Sind Sie mit dem Speichern einverstanden? Das haben wir Sie noch nicht gefragt.
mydata-contact = Unter dieser Chat-Adresse antworten wir Ihnen: { $platform } { $address }
mydata-consultation = { $title }: { $count ->
    [one] 1 Antwort
   *[other] { $count } Antworten
}, { $completed ->
    [yes] fertig
   *[no] noch nicht fertig
}
mydata-answer = – { $question } → { $answer }
mydata-idea = Idee { $id } „{ $title }“: { $status }
mydata-nothing = Sie haben noch keine Antworten und keine Ideen.
mydata-file =
    Sie bekommen alle Daten auch als Datei.
    Die Datei ist im Format JSON.
    Mit /forget können Sie alles löschen.
idea-status-submitted = geschickt
idea-status-review = in Prüfung
idea-status-accepted = angenommen
idea-status-rejected = abgelehnt
idea-status-implemented = umgesetzt
forget-question =
    Sollen wir alle Daten über Sie löschen?
    Das sind: Ihre Antworten, Ihre Ideen, Ihre Einwilligung und Ihre Chat-Adresse.
    Einwilligung bedeutet: Sie sind mit dem Speichern einverstanden.
    Achtung: Gelöschte Daten können wir nicht zurückholen.
choice-forget-yes = Ja, alles löschen
choice-forget-no = Nein, behalten
forget-done =
    Fertig: Wir haben alle Ihre Daten gelöscht.
    Sie möchten wieder mitmachen?
    Dann schreiben Sie /start.
    Sie fangen dann neu an.
forget-kept = Gut. Ihre Daten bleiben gespeichert.
command-mydata = Meine gespeicherten Daten zeigen
command-forget = Alle meine Daten löschen
file-attached = Datei { $name }:

## Matrix

matrix-group-decline =
    Hallo!
    Ich mache Konsultationen nur im Chat mit 1 Person.
    So gehören Ihre Antworten nur Ihnen.
    Bitte laden Sie mich in einen Direkt·chat ein.
    Im Direkt·chat sind nur Sie und ich.
    Ich verlasse diesen Raum jetzt.
matrix-room-exposed =
    Jemand hat diesen Raum als Raum für Admins oder für das Team eingetragen.
    Aber jeder kann ohne Einladung in diesen Raum kommen.
    Darum nehme ich hier im Moment keine Befehle an.
    Und ich schicke keine Berichte in diesen Raum.
    Bitte stellen Sie den Raum um auf „Nur auf Einladung“.

## Zusammen·fassung für das Team

digest-title = mitreden – Zusammen·fassung { $from } bis { $to }
digest-nothing = Seit { $from } gibt es keine neuen Beiträge.
digest-runs = Neu: { $started } angefangen, { $completed } fertig. Insgesamt: { $totalStarted } angefangen, { $totalCompleted } fertig ({ $rate } Prozent).
digest-answered = { $answered ->
    [one] 1 Antwort
   *[other] { $answered } Antworten
}, { $skipped } übersprungen
digest-number = Durchschnitt { $mean }, Median { $median }
digest-ideas-new = Neue Ideen: { $count }
digest-idea = { $id } „{ $title }“ – { $field }, { $time }, von { $author }
digest-idea-statuses = Ideen nach Stand: { $list }
digest-file = Die Antworten und Ideen aus dieser Zeit stehen in der CSV-Datei im Anhang.
error-unreadable =
    Ihre Nachricht ist angekommen.
    Aber die Nachricht ist verschlüsselt. Ich kann sie leider nicht lesen.
    Bitte schicken Sie die Nachricht noch einmal.
myideas-none =
    Sie haben noch keine Idee geschickt.
    Mit /idea können Sie jederzeit eine Idee schicken.
command-myideas = Meine Ideen: Wie weit sind sie?

## Verwaltung (Admins)

admin-not-permitted =
    Das dürfen nur Admins.
    Admins verwalten mitreden.
    Mit /help sehen Sie, was Sie hier machen können.
admin-unknown =
    Den Admin-Befehl „{ $command }“ gibt es nicht.
    /admin help zeigt alle Admin-Befehle.
admin-usage = So geht der Befehl nicht. Unter /admin help steht, wie „{ $command }“ geht.
admin-help =
    Admin-Befehle:
    Im privaten Chat schreiben Sie /admin davor.
    Im Admin-Raum schreiben Sie ! davor.
    consultations – alle Konsultationen mit Stand und Zahlen
    ideas [new|review|accepted|rejected|implemented|published|all] – Ideen zeigen
    idea ID – eine Idee ganz zeigen
    idea ID status review|accepted|rejected|implemented|awarded [Antwort] – den Stand ändern. Die Antwort sehen: die Person, die die Idee geschickt hat, und alle Unterstützenden. Die Antwort steht auch in der öffentlichen Liste.
    idea ID note TEXT – eine interne Notiz schreiben. Nur das Team sieht die Notiz. Bürgerinnen und Bürger sehen die Notiz nie.
    review ID N on|off – die Meinung Nummer N von Fach·leuten zu einer Idee öffentlich machen. Oder die Meinung wieder nur für das Team zeigen.
    merge ID ZIEL – eine doppelte Idee mit einer anderen Idee zusammenlegen. Die Unterstützungen kommen mit.
    ask ID FRAGE – der Person, die die Idee geschickt hat, eine Frage stellen. Die Antwort kommt in diesen Chat.
    ideas ranked – Ideen nach der Bewertung von der Jury (gewichteter Durchschnitt, Zahl der Bewertungen, Spanne)
    ideas department NAME – die Ideen von einem Referat
    idea ID assign NAME – eine Idee an ein Referat geben
    publish ID / unpublish ID – eine Idee öffentlich machen oder aus der öffentlichen Liste nehmen. Öffentliche Ideen können Bürgerinnen und Bürger unterstützen.
    open ID / close ID – eine Konsultation jetzt öffnen oder schließen
    schedule ID VON BIS – die Zeit festlegen (2026-12-01 oder 2026-12-01T08:00:00+01:00)
    reload – die Dateien für die Konsultationen und die Texte neu laden
    settings – die Einstellungen zeigen
    set SCHLÜSSEL WERT / unset SCHLÜSSEL – eine Einstellung ändern oder zurück auf die Konfiguration setzen
    broadcast ID NACHRICHT – eine Nachricht an alle schicken: Sie haben bei ID mitgemacht und sind mit dem Speichern einverstanden.
    admins / add WER / remove WER – Admins zeigen, hinzufügen, entfernen (@name:server oder Telegram-ID)
    jurors / juror add WER / juror remove WER – die Jury: Diese Menschen bewerten Ideen mit /rate.
    invite GRUPPE N [single|multi] [until DATUM] / invites / revoke GRUPPE – Einladungs·codes für eine Gruppe (zum Beispiel experts): als Datei bekommen, zählen, ungültig machen
    qr ID TAG – Link und QR-Code für eine Veranstaltung (zum Beispiel einen Workshop). Wer über den Link oder den QR-Code mitmacht, zählt für diese Veranstaltung.
    results ID on|off – die Zahlen von den gewählten Fragen in /results zeigen oder verstecken
    export [ID] [json] – alle Daten (oder die Daten von einer Konsultation) als Datei: CSV für Excel oder JSON
    audit [N] – die letzten Einträge im Protokoll
admin-consultation = { $id }: { $title } – { $state ->
    [open] offen
    [draft] noch nicht offen
   *[closed] geschlossen
} ({ $opens } bis { $closes }), mitgemacht: { $participants }, fertig: { $completed }
admin-no-ideas = Es gibt keine Ideen.
admin-idea-line = { $id } „{ $title }“ – { $field } – { $status } – { $supporters ->
    [one] 1 Unterstützung
   *[other] { $supporters } Unterstützungen
}{ $published ->
    [yes] , öffentlich
   *[no] {""}
}
admin-unknown-idea = Die Idee { $id } gibt es nicht.
admin-idea-full =
    { $id } „{ $title }“
    { $description }
    Bereich: { $field }
    Stand: { $status }
    Geschickt: { $time } von { $author }
    { $supporters ->
        [one] 1 Unterstützung
       *[other] { $supporters } Unterstützungen
    }; { $published ->
        [yes] öffentlich
       *[no] nicht öffentlich
    }; { $publishable ->
        [yes] darf öffentlich werden
       *[no] nur intern (nicht öffentlich machen)
    }
admin-status-set =
    { $id } ist jetzt „{ $status }“.
    { $notified ->
        [yes] Wir sagen der Person Bescheid, die die Idee geschickt hat.
       *[no] Wir können die Person nicht mehr erreichen, die die Idee geschickt hat.
    }
admin-audit-line = { $at } { $actor }: { $action } – { $detail }
idea-status-changed =
    Neuigkeiten zu Ihrer Idee { $id } „{ $title }“:
    Ihre Idee ist jetzt „{ $status }“. { $comment }
admin-window-set = „{ $title }“ ist jetzt { $state ->
    [open] offen
   *[closed] geschlossen
}.

admin-help-staff =
    Befehle für das Team:
    Im Team-Raum schreiben Sie ! davor.
    consultations – alle Konsultationen mit Stand und Zahlen
    ideas [new|review|accepted|rejected|implemented|published|all] – Ideen zeigen
    idea ID – eine Idee ganz zeigen
    idea ID status review|accepted|rejected|implemented|awarded [Antwort] – den Stand ändern. Die Antwort sehen: die Person, die die Idee geschickt hat, und alle Unterstützenden. Die Antwort steht auch in der öffentlichen Liste.
    idea ID note TEXT – eine interne Notiz schreiben. Nur das Team sieht die Notiz. Bürgerinnen und Bürger sehen die Notiz nie.
    review ID N on|off – die Meinung Nummer N von Fach·leuten zu einer Idee öffentlich machen. Oder die Meinung wieder nur für das Team zeigen.
    merge ID ZIEL – eine doppelte Idee mit einer anderen Idee zusammenlegen. Die Unterstützungen kommen mit.
    ask ID FRAGE – der Person, die die Idee geschickt hat, eine Frage stellen. Die Antwort kommt in diesen Chat.
    ideas ranked – Ideen nach der Bewertung von der Jury (gewichteter Durchschnitt, Zahl der Bewertungen, Spanne)
    ideas department NAME – die Ideen von einem Referat
    idea ID assign NAME – eine Idee an ein Referat geben
    publish ID / unpublish ID – eine Idee öffentlich machen oder aus der öffentlichen Liste nehmen
    export [ID] [json] – die Daten als Datei (CSV für Excel oder JSON)
    digest – die Zusammen·fassung jetzt schicken
admin-published =
    { $id } ist jetzt öffentlich.
    Bürgerinnen und Bürger können die Idee mit /ideas unterstützen.
admin-unpublished = { $id } ist nicht mehr öffentlich.
admin-reloaded = Neu geladen: { $count ->
    [one] 1 Konsultation
   *[other] { $count } Konsultationen
}.
admin-reload-failed =
    Neu laden hat nicht geklappt.
    Es gilt weiter der alte Stand.
    Der Fehler:
    { $error }
admin-setting-line = { $key } = { $value } ({ $source ->
    [chat] im Chat gesetzt
   *[config] aus der Konfiguration
})
admin-setting-unknown =
    Die Einstellung „{ $key }“ gibt es nicht.
    /admin settings zeigt alle Einstellungen.
admin-setting-set = { $key } ist jetzt „{ $value }“.
admin-setting-unset = { $key } kommt wieder aus der Konfiguration: „{ $value }“.
admin-setting-invalid = „{ $value }“ passt nicht zu { $key }. Erlaubt ist: { $hint }
setting-hint-language = eine Sprache, die mitreden kennt (zum Beispiel de oder en).
setting-hint-onoff = on oder off.
setting-hint-max = eine Zahl ohne Komma von 0 bis 1000 (0 bedeutet: keine Grenze).
setting-hint-rate = Nachrichten pro Minute: 0 bis 600 (0 bedeutet: keine Grenze).
setting-hint-room = eine Raum-ID von Matrix (!abc:server). In einem Matrix-Chat geht auch ein Alias (#team:server). Ich übersetze den Alias dann sofort in die Raum-ID. Dafür muss es den Alias schon geben.
setting-hint-schedule = daily 08:00, weekly mon 08:00 oder every 6h (auch 30m, 90s; mindestens 10s).
setting-hint-timezone = eine Zeit·zone von IANA, zum Beispiel Europe/Berlin.
setting-hint-text = ein Text mit 1 bis 1000 Zeichen.
admin-broadcast-queued =
    Die Nachricht geht an { $count ->
        [one] 1 Person
       *[other] { $count } Personen
    }.
    Ich sage Ihnen, wie weit ich bin.
admin-broadcast-progress = Nachricht: { $done } von { $total } verschickt …
admin-broadcast-done = Nachricht fertig: { $delivered } angekommen, { $failed } nicht angekommen.
broadcast-message =
    Nachricht zur Konsultation „{ $title }“:
    { $message }
admin-admin-line = { $who } ({ $source ->
    [chat] im Chat hinzugefügt
   *[config] aus der Konfiguration
})
admin-admin-added = { $who } ist jetzt Admin.
admin-admin-exists = { $who } ist schon Admin.
admin-admin-configured = { $who } steht in der Konfiguration. Nur dort können Sie { $who } entfernen.
admin-admin-removed = { $who } ist kein Admin mehr.
admin-admin-unknown = Niemand hat { $who } im Chat als Admin hinzugefügt.

## Ideen unterstützen

ideas-public-none =
    Es gibt noch keine öffentlichen Ideen.
    Bitte schauen Sie später wieder vorbei.
ideas-public-page =
    Finden Sie eine Idee gut? Dann können Sie die Idee unterstützen.
    Öffentliche Ideen (Seite { $page } von { $pages }):
ideas-public-line = { $id } „{ $title }“ – { $field }: { $description } ({ $supporters ->
    [one] 1 Unterstützung
   *[other] { $supporters } Unterstützungen
}{ $mark ->
    [own] , Ihre Idee
    [supported] , Sie unterstützen die Idee
   *[none] {""}
})
choice-support = 👍 { $id } unterstützen
choice-previous = ◀ Zurück
choice-next = Weiter ▶
browse-closed = Gut. Mit /ideas kommen Sie jederzeit zurück.
idea-supported =
    Danke! Sie unterstützen { $id }.
    Die Idee hat jetzt { $supporters ->
        [one] 1 Unterstützung
       *[other] { $supporters } Unterstützungen
    }.
idea-support-twice = Sie unterstützen { $id } schon.
idea-support-own =
    Das ist Ihre eigene Idee.
    Ihre eigene Idee können Sie nicht unterstützen.
idea-published =
    Ihre Idee { $id } „{ $title }“ ist jetzt öffentlich.
    Andere Menschen können die Idee mit /ideas sehen und unterstützen.
mydata-supports = Sie unterstützen diese Ideen: { $ids }
command-ideas = Öffentliche Ideen unterstützen
ideas-paused =
    Im Moment können Sie keine Ideen schicken.
    Ihre Antworten auf die Fragen sind aber weiter willkommen.
ideas-limit =
    Sie haben für diese Konsultation schon { $max ->
        [one] 1 Idee
       *[other] { $max } Ideen
    } geschickt.
    Mehr Ideen gehen nicht.
error-too-fast =
    Sie haben sehr viele Nachrichten in kurzer Zeit geschickt.
    Bitte warten Sie 1 Minute.
    Dann schicken Sie Ihre letzte Nachricht noch einmal.
welcome-custom = { $text }
idea-supported-status-changed =
    Sie unterstützen die Idee { $id } „{ $title }“.
    Dazu gibt es Neuigkeiten: Die Idee ist jetzt „{ $status }“. { $comment }
digest-most-supported = Öffentliche Ideen mit den meisten Unterstützungen:
digest-supported-idea = { $id } „{ $title }“ – { $supporters ->
    [one] 1 Unterstützung
   *[other] { $supporters } Unterstützungen
}
admin-export-ready = Hier sind die Daten als Datei (mit Pseudonymen statt Namen). Teilnahmen: { $runs }, Antworten: { $answers }, Ideen: { $ideas }.
admin-export-not-here =
    Die Datei mit den Daten gibt es nur in Chats auf: { $platforms }.
    Der Grund ist der Daten·schutz: Wir passen gut auf die Daten auf.
    Bitte fragen Sie dort nach der Datei.

## Andere Antworten und Reihen·folgen
choice-other = Andere Antwort …
hint-other =
    Bitte schreiben Sie Ihre eigene Antwort.
    Ihr Text darf höchstens { $max } Zeichen haben.
other-chosen-so-far = Sie haben auch gewählt: { $chosen }
hint-ranking =
    Bitte bringen Sie die { $count } Antworten in Ihre Reihen·folge.
    Tippen Sie zuerst auf die wichtigste Antwort.
    Dann tippen Sie auf die zweit·wichtigste Antwort.
    Und so weiter.
    Oder schreiben Sie die Nummern in Ihrer Reihen·folge.
    Zum Beispiel: 3, 1, 2
ranking-so-far = Ihre Reihen·folge bis jetzt: { $order }
choice-undo = Letzte Wahl löschen
error-ranking =
    Es gibt { $count } Nummern.
    Bitte schreiben Sie jede Nummer genau 1-mal.
    Schreiben Sie die Nummern in Ihrer Reihen·folge.
    Zum Beispiel: 3, 1, 2
digest-other = Andere Antwort
digest-ranked = { $place }. { $label } – im Durchschnitt Platz { $mean }, { $first }-mal auf Platz 1

## Verlauf von einer Idee
admin-history-status = { $time } { $by }: Stand „{ $status }“ – Antwort: { $answer }
admin-history-note = { $time } { $by }: interne Notiz: { $text }
admin-history-published = { $time } { $by }: { $published ->
    [yes] öffentlich gemacht
   *[no] aus der öffentlichen Liste genommen
}
admin-note-added = Wir haben die Notiz zu { $id } gespeichert. Nur das Team sieht die Notiz.
idea-answer =
    Antwort vom Ministerium zu { $id }:
    { $answer }
choice-unsupport = ↩ { $id } nicht mehr unterstützen
choice-more = Mehr zu { $id }
ideas-public-full =
    { $id } „{ $title }“
    { $description }
idea-unsupported =
    Sie unterstützen { $id } nicht mehr.
    Die Idee hat jetzt { $supporters ->
        [one] 1 Unterstützung
       *[other] { $supporters } Unterstützungen
    }.
idea-terms-hint =
    Sie schicken Ihre Idee?
    Dann sind Sie mit diesen Regeln einverstanden.
    Mit dem Knopf entscheiden Sie auch: Dürfen alle Ihre Idee sehen? Oder nur das Ministerium?
idea-internal-only =
    Ihre Idee bleibt intern.
    Das bedeutet: Wir machen Ihre Idee nicht öffentlich.
    Aber wir bewerten Ihre Idee.
admin-publish-internal = { $id } soll „nur für das Ministerium“ sein. Darum machen wir die Idee nicht öffentlich.

## Jury
rate-not-juror =
    Nur die Jury darf Ideen bewerten.
    Die Jury ist eine Gruppe von Menschen. Die Jury entscheidet: Welche Ideen sind am besten?
    Sie gehören nicht zur Jury.
rate-none-left =
    Sie haben alle Ideen bewertet. Danke!
    Vielleicht kommen später neue Ideen dazu.
    Mit /rate sehen Sie nach.
rate-stopped =
    Pause beim Bewerten.
    Mit /rate geht es weiter.
rate-idea =
    Idee { $id } „{ $title }“ – { $field }
    { $description }
rate-criterion =
    Frage { $position } von { $total }: { $criterion }
    { $min } bedeutet: gar nicht. { $max } bedeutet: sehr.
rate-note =
    Möchten Sie eine Anmerkung für die Jury schreiben?
    Eine Anmerkung ist ein kurzer Text zu der Idee.
    Ihr Text darf höchstens { $max } Zeichen haben.
    Schreiben Sie den Text einfach hier.
    Oder tippen Sie auf „Ohne Anmerkung“.
choice-no-note = Ohne Anmerkung
choice-rate-skip = Diese Idee später
rate-saved =
    Gespeichert.
    { $id } hat jetzt { $score } von 100 Punkten.
    { $ratings ->
        [one] 1 Bewertung
       *[other] { $ratings } Bewertungen
    }, Spanne { $spread }
admin-juror-line = { $who }
admin-no-jurors =
    Noch gehört niemand zur Jury.
    Mit „juror add WER“ nehmen Sie jemanden in die Jury auf.
admin-juror-added = { $who } gehört jetzt zur Jury und bewertet Ideen mit /rate.
admin-juror-removed = { $who } gehört nicht mehr zur Jury.
admin-juror-unknown = { $who } gehört nicht zur Jury.
admin-none-rated = Noch hat niemand eine Idee bewertet.
admin-ranked-line = { $place }. { $id } „{ $title }“ – { $score } von 100 ({ $ratings ->
    [one] 1 Bewertung
   *[other] { $ratings } Bewertungen
}, Spanne { $spread })
admin-assigned = { $id } ist jetzt bei: { $department }
admin-history-assigned = { $time } { $by }: an { $department } gegeben
digest-jury = Bewertung von der Jury bis jetzt:

## Fragen an die Person mit der Idee
idea-question =
    Das Ministerium hat eine Frage zu Ihrer Idee { $id } „{ $title }“:
    { $question }
    Antworten Sie einfach hier.
    Ihre nächste Nachricht geht an das Team.
admin-asked =
    Wir haben die Frage zu { $id } gespeichert.
    { $reachable ->
        [yes] Die Person, die die Idee geschickt hat, bekommt die Frage. Die Antwort von der Person kommt hierher.
       *[no] Wir können die Person nicht mehr erreichen, die die Idee geschickt hat.
    }
admin-history-question = { $time } { $by }: Frage an die Person, die die Idee geschickt hat: { $text }
admin-history-reply = { $time } Antwort von der Person, die die Idee geschickt hat: { $text }
idea-reply-sent = Danke! Ihre Antwort zu { $id } ist beim Team angekommen.
idea-reply-came =
    Antwort zu { $id } „{ $title }“:
    { $text }

## Eigene Ideen
idea-status-withdrawn = zurückgenommen
choice-edit-idea = { $id } ändern
choice-withdraw-idea = { $id } zurücknehmen
idea-withdrawn =
    Sie haben { $id } zurückgenommen.
    Wir bewerten die Idee nicht weiter.
    Und wir machen die Idee nicht öffentlich.
idea-edited = Wir haben Ihre Änderungen an { $id } gespeichert.
idea-no-longer-open =
    Das Ministerium bearbeitet diese Idee schon.
    Darum können Sie die Idee nicht mehr ändern.
    Und Sie können die Idee nicht mehr zurücknehmen.
admin-history-author = { $time } Die Person, die die Idee geschickt hat, hat die Idee { $kind ->
    [edited] geändert
   *[withdrawn] zurückgenommen
}.
admin-publish-withdrawn = Die Person, die die Idee geschickt hat, hat { $id } zurückgenommen. Darum machen wir die Idee nicht öffentlich.

## Abschnitte und Ergebnisse
command-results = Stand und Ergebnisse von einer Konsultation
supports-closed =
    Die Konsultation ist jetzt in einem neuen Abschnitt.
    Darum können Sie Ideen nicht mehr unterstützen.
    Mit /results sehen Sie, wie es weitergeht.
results-title = „{ $title }“
phase-now = Jetzt (seit { $since }): { $phase }
phase-next = Danach (ab { $from }): { $phase }
results-not-yet =
    Es gibt noch keine Ergebnisse.
    Wir melden uns, wenn es Ergebnisse gibt.
results-link = Mehr dazu: { $link }
results-figures = Die Ergebnisse in Zahlen. { $participants ->
    [one] 1 Person hat
   *[other] { $participants } Personen haben
} mitgemacht.
results-question = { $question } ({ $answered ->
    [one] 1 Antwort
   *[other] { $answered } Antworten
})
results-option = • { $label }: { $percent } Prozent
results-ranked = { $place }. { $label }
admin-results-released = Die Zahlen zu „{ $title }“ sind in /results jetzt { $on ->
    [yes] zu sehen.
   *[no] versteckt.
}
consultation-in-phase =
    Bei „{ $title }“ können Sie nicht mehr antworten.
    Jetzt ist dieser Abschnitt: { $phase }
    Mit /results sehen Sie, wie es weitergeht.
command-follow = Neuigkeiten zu einer Konsultation bekommen
idea-status-awarded = ausgezeichnet
idea-awarded-news =
    Ausgezeichnet!
    Die Idee { $id } „{ $title }“ hat beim Ideen·wettbewerb gewonnen.
    Mit /ideas und /results erfahren Sie mehr.
follow-started =
    Sie bekommen jetzt Neuigkeiten zu „{ $title }“.
    Eine Konsultation hat mehrere Abschnitte.
    Ein neuer Abschnitt fängt an? Dann schicken wir Ihnen eine Nachricht.
    Ideen gewinnen? Dann schicken wir Ihnen auch eine Nachricht.
    Das Ministerium möchte Ihnen etwas mitteilen? Dann schicken wir Ihnen das auch.
    Sie möchten keine Neuigkeiten mehr?
    Dann schreiben Sie noch einmal /follow.
follow-stopped = Sie bekommen keine Neuigkeiten mehr zu „{ $title }“.
phase-started =
    Neuigkeiten zu „{ $title }“:
    Jetzt fängt ein neuer Abschnitt an: { $phase }
    Mit /results sehen Sie mehr.

## Doppelte Ideen
idea-status-merged = zusammengelegt
idea-similar =
    Es gibt schon eine ähnliche Idee: { $id } „{ $title }“.
    Sie können diese Idee unterstützen.
    Dann brauchen Sie keine neue Idee zu schicken.
choice-support-instead = 👍 { $id } unterstützen statt schicken
idea-merged =
    Ihre Idee { $id } ist ähnlich wie die Idee { $into } „{ $title }“.
    Darum legen wir die beiden Ideen zusammen.
    Die Unterstützungen für Ihre Idee zählen jetzt bei { $into }.
idea-merged-into =
    Die Idee { $from } „{ $title }“ ist ähnlich wie Ihre Idee { $id }.
    Darum haben wir die beiden Ideen zusammengelegt.
    Die Unterstützungen für { $from } zählen jetzt bei Ihrer Idee.
admin-merged =
    Wir haben { $from } mit { $into } zusammengelegt.
    { $into } hat jetzt { $supporters ->
        [one] 1 Unterstützung
       *[other] { $supporters } Unterstützungen
    }.
    Wir sagen beiden Personen Bescheid, die die Ideen geschickt haben.
admin-history-merged = { $time } { $by }: zusammengelegt mit { $with }

## Einladungen
invite-accepted =
    Willkommen!
    Sie sind persönlich eingeladen.
    Darum sehen Sie auch die Fragen für Ihre Gruppe.
admin-invited =
    In der ZIP-Datei: { $count ->
        [one] 1 Einladungs·code
       *[other] { $count } Einladungs·codes
    } für „{ $audience }“ ({ $single ->
        [yes] jeder Code für 1 Person
       *[no] mehrmals nutzbar
    }).
    Eine ZIP-Datei ist ein Paket mit mehreren Dateien.
    In der ZIP-Datei ist eine Tabelle mit den Links für Telegram und der Form für Matrix.
    Und für jeden Code ist ein QR-Code zum Drucken in der ZIP-Datei.
    Ein QR-Code ist ein Bild aus kleinen Kästchen. Man kann das Bild mit dem Handy scannen.
    Wir speichern nur einen Finger·abdruck von den Codes.
    Bitte bewahren Sie die Datei gut auf.
admin-no-invites = Es gibt noch keine Einladungs·codes.
admin-invites-line = { $audience }: Einladungs·codes: { $made }, benutzt: { $used }-mal, noch gültig: { $valid }
admin-invites-revoked = { $count ->
    [one] 1 gültiger Einladungs·code für „{ $audience }“ ist jetzt ungültig.
   *[other] { $count } gültige Einladungs·codes für „{ $audience }“ sind jetzt ungültig.
}
admin-unknown-audience = Die Gruppe „{ $audience }“ gibt es in keiner Konsultation. Diese Gruppen gibt es: { $known }
admin-invite-staff = Zur Gruppe „staff“ gehören alle im Team-Raum (Matrix). Für diese Gruppe gibt es keine Einladungs·codes.
digest-sources = Angefangen über Links von Veranstaltungen: { $list }
admin-source-links =
    Links für „{ $tag }“:
    Wer über diese Links anfängt, zählt für diese Veranstaltung.
    Wir speichern dabei nicht, wer die Person ist.
    Telegram: { $telegram }
    Matrix: { $matrix }

## Meinungen von eingeladenen Fach·leuten
command-review = Meinung zu Ideen sagen (für Fach·leute)
review-not-expert =
    Hier sagen eingeladene Fach·leute ihre Meinung zu Ideen.
    Fach·leute wissen sehr viel über ein Thema.
    Haben Sie eine Einladung?
    Dann fangen Sie mit dem Link oder mit dem Code aus der Einladung an.
review-none-left =
    Danke!
    Sie haben Ihre Meinung zu allen öffentlichen Ideen schon gesagt.
    Im Moment gibt es keine neue Idee für Sie.
review-text =
    Bitte schreiben Sie Ihre Meinung zu der Idee.
    Was ist gut an der Idee?
    Was fehlt?
    Was empfehlen Sie?
    Ihr Text darf höchstens { $max } Zeichen haben.
review-saved =
    Danke!
    Ihre Meinung zu { $id } ist beim Team angekommen.
    Das Team entscheidet: Machen wir Ihre Meinung öffentlich?
review-stopped =
    Sie haben jetzt aufgehört.
    Mit /review sagen Sie später weiter Ihre Meinung zu Ideen.
ideas-public-review = Meinung von Fach·leuten: { $text }
mydata-review = Ihre Meinung zu { $id }: { $text }
admin-review-line = Meinung Nummer { $n } ({ $audience }, { $time }): { $scores } – { $text } { $published ->
    [yes] (öffentlich)
   *[no] (intern; öffentlich machen mit: review { $id } { $n } on)
}
admin-review-unknown = Zu { $id } gibt es keine Meinung Nummer { $n }.
admin-review-published = { $on ->
    [yes] Die Meinung Nummer { $n } zu { $id } ist jetzt öffentlich. Sie steht in /ideas unter der Idee.
   *[no] Die Meinung Nummer { $n } zu { $id } sieht jetzt nur noch das Team.
}
digest-reviews-new = Neue Meinungen von Fach·leuten: { $count }
digest-review = { $id } „{ $title }“ ({ $audience }): { $scores } – { $text }
digest-by-audience = Gruppe
digest-by-source = Veranstaltung
digest-group = { $by } „{ $value }“ ({ $runs ->
    [one] 1 Teilnahme
   *[other] { $runs } Teilnahmen
}):

## Nachfragen und Erinnerungen
restart-question =
    Möchten Sie wirklich neu anfangen?
    Dann löschen wir { $count ->
        [one] Ihre Antwort
       *[other] Ihre { $count } Antworten
    } zu „{ $title }“.
choice-restart-yes = Ja, neu anfangen
choice-restart-no = Nein, weitermachen
restart-kept = Gut. Ihre Antworten bleiben gespeichert.
consent-reminder =
    Bitte antworten Sie mit „Ja, einverstanden“ oder mit „Nein“.
    Mit /privacy sehen Sie jederzeit, wie wir Ihre Daten schützen.
datetime = { $day }.{ $month }.{ $year }, { $hour }:{ $minute } Uhr
