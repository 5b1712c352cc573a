# mitreden – English texts.

language-name = English
language-choice = { $name }
error-missing-text = Sorry, this text is missing. Please tell the operator.

## Greeting and help

welcome = Welcome to mitreden! Here you can take part in public consultations: answer questions and submit your own ideas – right in this chat.
welcome-back = Welcome back!
idle-hint = Use /start to begin or continue a consultation, /idea to submit an idea, and /help for all commands.
help =
    How mitreden works:
    /start – begin or continue a consultation
    /consultations – list open consultations
    /idea – submit an idea
    /back – go to the previous question
    /skip – skip an optional question
    /restart – start a consultation over
    /cancel – cancel the current step
    /language – change the language
    /privacy – show the privacy notice
    /myideas – your ideas and their status
    /ideas – see and support published ideas
    /review – review ideas (for invited experts)
    /results – where a consultation stands, and its results
    /follow – get news: new phases, awarded ideas, announcements
    /mydata – see your stored data
    /forget – erase all your data
    /help – this help
    Answer with the buttons, an answer's number or its text.
questions-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}

## Privacy and consent

privacy-notice =
    Privacy notice (version { $version })
    Controller: { $controller }
    Contact for questions, access and erasure: { $contact }
    What we store: your answers and ideas under a pseudonym – not under your name or account id. We analyse them only for this consultation.
    The legal basis is your consent (Art. 6(1)(a) GDPR). Taking part is voluntary; you can withdraw your consent at any time.
    How long: we delete your chat address { $retention } days after the consultation ends. The pseudonymous answers stay for the analysis until you erase them with /forget.
    Your messages pass through the messenger's servers (Telegram or your Matrix server); its privacy rules apply to that.
    We publish an idea only if you allow it when you send it. You get news and announcements only if you ask for them with /follow.
    If you are younger than 16, your parents must agree.
    With /mydata you can see everything we have stored about you at any time; /forget erases it. You can complain to the data protection authority: { $authority }.
consent-question = Do you agree that we store your answers this way (and, if you are under 16, do your parents)?
choice-consent-yes = Yes, I agree
choice-consent-no = No
choice-other-language = 🌐 Other language / Sprache
consent-thanks = Thank you for your consent.
consent-refused = All right – without your consent we store no answers. If you change your mind, send /start.

## Consultations

choose-consultation = Which consultation would you like to answer?
choose-consultation-idea = Which consultation would you like to submit an idea to?
no-open-consultations = No consultation is open right now. Please come back later.
no-ideas-open = No consultation accepts ideas right now.
consultation-intro =
    { $title }
    { $intro }
consultation-closed = The consultation “{ $title }” is closed. Thank you for your interest! { $results ->
    [none] The results will be published.
   *[other] The results will appear at { $results }
}
error-unknown-consultation = There is no consultation “{ $id }”.
already-completed = You have already answered “{ $title }” – thank you! Send /restart to start over.
resuming = Continuing with “{ $title }”.
completed = Done – thank you for your answers to “{ $title }”! With /follow you get news about it, for example when the results are out.
restarted = Your previous answers are deleted; you are starting over.
nothing-to-restart = You have not started a consultation yet. Send /start to begin.
paused = Paused. Your answers are saved; send /start to continue where you left off.
goodbye = Thank you! You can submit an idea at any time with /idea.
cancelled = Cancelled.
nothing-to-cancel = There is nothing to cancel right now.

## Questions

progress = Question { $position } of { $total }
hint-multi = Choose { $min ->
    [0] up to { $max }
   *[other] { $min } to { $max }
} answers, then “Done” – or type their numbers, e.g. 1, 3.
hint-scale = { $min } = { $minLabel } … { $max } = { $maxLabel }
scale-value = { $value }
hint-text = Please answer with a text (at most { $max } characters).
number-whole = whole number
number-any = number
hint-number = { $range ->
    [both] Please enter a { $kind } from { $min } to { $max }.
    [min] Please enter a { $kind } of at least { $min }.
    [max] Please enter a { $kind } of at most { $max }.
   *[none] Please enter a { $kind }.
}
hint-optional = This question is optional.
previous-answer = Previous answer: { $answer }
answer-value = { $value }
answer-skipped = (skipped)
choice-yes = Yes
choice-no = No
choice-done = Done
choice-skip = Skip
choice-back = Back
choice-cancel = Cancel

## Ideas

offer-idea = Would you also like to submit your own idea to the idea competition?
idea-ask-title = What should your idea be called? Please write a short title (at most { $max } characters).
idea-ask-description = Describe your idea: what should change, and whom does it help? (at most { $max } characters)
idea-ask-field = Which field of action does your idea belong to?
idea-confirm =
    Please check your idea:
    Title: { $title }
    Description: { $description }
    Field of action: { $field }
choice-send-public = Send – may be published
choice-send-internal = Send – for the ministry only
choice-edit-title = Edit title
choice-edit-description = Edit description
choice-edit-field = Change field of action
idea-submitted = Thank you! Your idea has been received with the number { $id }. The ministry's experts will evaluate it.
idea-discarded = Your idea draft has been discarded.

## Language

choose-language = Which language would you like to use?
language-set = The language is now English.
error-unknown-language = The language “{ $code }” is not available here.

## Errors and hints

error-unknown-command = I don't know the command /{ $command }. /help lists all commands.
error-unsupported = Please answer with text or the buttons – I cannot process pictures, voice messages or files here.
error-stale-button = That button belongs to an earlier question. Please answer the current one:
error-use-choices = Please pick one of the answers: with a button, its number or its text.
error-scale = Please choose a value from { $min } to { $max }.
error-too-many = Please choose at most { $max ->
    [one] one answer
   *[other] { $max } answers
}.
error-too-few = Please choose at least { $min ->
    [one] one answer
   *[other] { $min } answers
}.
error-empty = The answer is empty. Please write something.
error-too-long = Your text has { $length } characters; at most { $max } are allowed. Please shorten it.
error-not-a-number = That is not a valid number. { $hint }
error-out-of-range = That number is outside the allowed range. { $hint }
error-no-back = You cannot go back any further here.
error-cannot-skip = This question cannot be skipped.
error-internal = Sorry, a technical error occurred. Please try again in a moment.
record-reset = Sorry, we could not read what you entered before, so you start again from the beginning. The old entries are kept safe; the team can look into them if you ask.

## Command menu (Telegram shows it next to the input field)

command-start = Begin or continue a consultation
command-help = Help and all commands
command-consultations = List open consultations
command-idea = Submit an idea
command-language = Change the language
command-privacy = Show the privacy notice
command-back = Go to the previous question
command-cancel = Cancel the current step

## Telegram

telegram-group-pointer = I don't take answers in groups – your answers are yours. Please write to me privately: { $link }

## My data and erasure

mydata-intro = This is what we have stored about you (pseudonym { $id }, since { $since }):
mydata-language = Language: { $language }
mydata-consent = Consent: { $given ->
    [yes] given
   *[no] refused
} on { $at } (privacy notice version { $version })
mydata-no-consent = Consent: not asked yet
mydata-contact = Address we reply to: { $platform } { $address }
mydata-consultation = { $title }: { $count ->
    [one] 1 answer
   *[other] { $count } answers
}, { $completed ->
    [yes] completed
   *[no] not completed yet
}
mydata-answer = – { $question } → { $answer }
mydata-idea = Idea { $id } “{ $title }”: { $status }
mydata-nothing = You have no answers or ideas yet.
mydata-file = You also get all of it as a file (JSON). Send /forget to have everything erased.
idea-status-submitted = submitted
idea-status-review = under review
idea-status-accepted = accepted
idea-status-rejected = rejected
idea-status-implemented = implemented
forget-question = Shall we erase everything we have stored about you – answers, ideas, consent and your address? This cannot be undone.
choice-forget-yes = Yes, erase everything
choice-forget-no = No, keep it
forget-done = Done: all your data is erased. If you want to take part again, send /start – you will start afresh.
forget-kept = All right, your data stays stored.
command-mydata = Show my stored data
command-forget = Erase all my data
file-attached = File { $name }:

## Matrix

matrix-group-decline = Hello! I only run consultations in a direct chat with one person, so that your answers stay yours. Please invite me to a direct chat. I am leaving this room now.
matrix-room-exposed = This room is set as the admin or staff room, but anyone can join it, not only invited people. Until that changes I take no commands here and send no digests here. Please make the room invite-only.

## Staff digest

digest-title = mitreden – digest { $from } to { $to }
digest-nothing = No new contributions since { $from }.
digest-runs = New: { $started } started, { $completed } completed. In total: { $totalStarted } started, { $totalCompleted } completed ({ $rate } %).
digest-answered = { $answered ->
    [one] 1 answer
   *[other] { $answered } answers
}, { $skipped } skipped
digest-number = mean { $mean }, median { $median }
digest-ideas-new = New ideas: { $count }
digest-idea = { $id } “{ $title }” – { $field }, { $time }, by { $author }
digest-idea-statuses = Ideas by status: { $list }
digest-file = The answers and ideas of this period are in the attached CSV file.
error-unreadable = Your message arrived encrypted, but I could not read it. Please send it again.
myideas-none = You have not submitted an idea yet. Send /idea to do so.
command-myideas = My ideas and their status

## Administration

admin-not-permitted = Only admins may do that. /help shows what you can do here.
admin-unknown = There is no admin command “{ $command }”. /admin help lists them.
admin-usage = Not quite: see /admin help for “{ $command }”.
admin-help =
    Admin commands (privately with /admin in front, in the admin room with !):
    consultations – all consultations with state and numbers
    ideas [new|review|accepted|rejected|implemented|published|all] – list ideas
    idea ID – one idea in full
    idea ID status review|accepted|rejected|implemented|awarded [answer] – set the status; the answer is seen by the submitter, the supporters and the public list
    idea ID note TEXT – internal note (for the team only, never for citizens)
    review ID N on|off – make an expert's N-th review of an idea public, or internal again
    merge ID TARGET – merge a duplicate idea into another (supports move along)
    ask ID QUESTION – ask the submitter a question; their answer comes back to this chat
    ideas ranked – ideas by the jury’s verdict (weighted mean, number of ratings, spread)
    ideas department NAME – the ideas of one department
    idea ID assign NAME – assign an idea to a department
    publish ID / unpublish ID – make an idea public (citizens can support it) or withdraw it
    open ID / close ID – open or close a consultation now
    schedule ID FROM TO – set its window (2026-12-01 or 2026-12-01T08:00:00+01:00)
    reload – read consultation files and texts again
    settings – show the settings
    set KEY VALUE / unset KEY – change a setting or return it to the configuration
    broadcast ID MESSAGE – announce to everyone who took part in ID and consented
    admins / add WHO / remove WHO – list, add, remove admins (@name:server or Telegram id)
    jurors / juror add WHO / juror remove WHO – the jury: who rates ideas with /rate
    invite GROUP N [single|multi] [until DATE] / invites / revoke GROUP – invitation codes for a group (e.g. experts) as a file, counts, revoke
    qr ID TAG – link and QR code for an event (a workshop, say); runs started through them are counted per event
    results ID on|off – show the figures of the chosen questions in /results, or not
    export [ID] [json] – all data (or one consultation's) as a file: CSV for Excel, or JSON
    audit [N] – the newest audit log entries
admin-consultation = { $id }: { $title } – { $state ->
    [open] open
    [draft] not open yet
   *[closed] closed
} ({ $opens } to { $closes }), { $participants } participants, { $completed } completed
admin-no-ideas = No ideas.
admin-idea-line = { $id } “{ $title }” – { $field } – { $status } – { $supporters } support(s){ $published ->
    [yes] , public
   *[no] {""}
}
admin-unknown-idea = There is no idea { $id }.
admin-idea-full =
    { $id } “{ $title }”
    { $description }
    Field of action: { $field }; status: { $status }; submitted { $time } by { $author }
    { $supporters } support(s); { $published ->
        [yes] public
       *[no] not public
    }; { $publishable ->
        [yes] may be published
       *[no] internal only (do not publish)
    }
admin-status-set = { $id } is now “{ $status }”. { $notified ->
    [yes] The submitter will be notified.
   *[no] The submitter can no longer be reached.
}
admin-audit-line = { $at } { $actor }: { $action } – { $detail }
idea-status-changed = News about your idea { $id } “{ $title }”: it is now “{ $status }”. { $comment }
admin-window-set = “{ $title }” is now { $state ->
    [open] open
   *[closed] closed
}.

admin-help-staff =
    Team commands (in the team room with !):
    consultations – all consultations with state and numbers
    ideas [new|review|accepted|rejected|implemented|published|all] – list ideas
    idea ID – one idea in full
    idea ID status review|accepted|rejected|implemented|awarded [answer] – set the status; the answer is seen by the submitter, the supporters and the public list
    idea ID note TEXT – internal note (for the team only, never for citizens)
    review ID N on|off – make an expert's N-th review of an idea public, or internal again
    merge ID TARGET – merge a duplicate idea into another (supports move along)
    ask ID QUESTION – ask the submitter a question; their answer comes back to this chat
    ideas ranked – ideas by the jury’s verdict (weighted mean, number of ratings, spread)
    ideas department NAME – the ideas of one department
    idea ID assign NAME – assign an idea to a department
    publish ID / unpublish ID – make an idea public or withdraw it
    export [ID] [json] – the data as a file (CSV for Excel, or JSON)
    digest – a digest now
admin-published = { $id } is now public; citizens can support it with /ideas.
admin-unpublished = { $id } is no longer public.
admin-reloaded = Reloaded: { $count ->
    [one] one consultation
   *[other] { $count } consultations
}.
admin-reload-failed =
    Reload refused; the running set stays. Error:
    { $error }
admin-setting-line = { $key } = { $value } ({ $source ->
    [chat] set in chat
   *[config] configuration
})
admin-setting-unknown = There is no setting “{ $key }”. /admin settings lists them.
admin-setting-set = { $key } is now “{ $value }”.
admin-setting-unset = { $key } follows the configuration again: “{ $value }”.
admin-setting-invalid = “{ $value }” does not fit { $key }: { $hint }
setting-hint-language = a language mitreden knows (de, en).
setting-hint-onoff = on or off.
setting-hint-max = a whole number from 0 (no limit) to 1000.
setting-hint-rate = messages per minute, 0 (no limit) to 600.
setting-hint-room = a Matrix room id (!abc:server). In a Matrix chat you may also give an alias (#team:server); it is turned into the room id at once and must exist already.
setting-hint-schedule = daily 08:00, weekly mon 08:00 or every 6h (also 30m, 90s; at least 10s).
setting-hint-timezone = an IANA time zone such as Europe/Berlin.
setting-hint-text = a text of 1 to 1000 characters.
admin-broadcast-queued = The announcement goes to { $count ->
    [one] one person
   *[other] { $count } people
}. I will report the progress.
admin-broadcast-progress = Announcement: { $done } of { $total } sent …
admin-broadcast-done = Announcement finished: { $delivered } delivered, { $failed } failed.
broadcast-message =
    Announcement about the consultation “{ $title }”:
    { $message }
admin-admin-line = { $who } ({ $source ->
    [chat] added in chat
   *[config] configuration
})
admin-admin-added = { $who } is now an admin.
admin-admin-exists = { $who } is already an admin.
admin-admin-configured = { $who } is in the configuration and can only be removed there.
admin-admin-removed = { $who } is no longer an admin.
admin-admin-unknown = { $who } is not an admin added in chat.

## Supporting ideas

ideas-public-none = No ideas have been published yet. Please look again later.
ideas-public-page = Published ideas (page { $page } of { $pages }):
ideas-public-line = { $id } “{ $title }” – { $field }: { $description } ({ $supporters ->
    [one] 1 supporter
   *[other] { $supporters } supporters
}{ $mark ->
    [own] , your idea
    [supported] , supported by you
   *[none] {""}
})
choice-support = 👍 Support { $id }
choice-previous = ◀ Back
choice-next = Next ▶
browse-closed = Fine. /ideas brings you back any time.
idea-supported = Thank you! You support { $id } – now { $supporters ->
    [one] 1 supporter
   *[other] { $supporters } supporters
}.
idea-support-twice = You already support { $id }.
idea-support-own = You cannot support your own idea.
idea-published = Your idea { $id } “{ $title }” is now published: others can see and support it with /ideas.
mydata-supports = You support: { $ids }
command-ideas = Support published ideas
ideas-paused = Ideas are not being accepted at the moment. Your answers to the questions are still welcome.
ideas-limit = You have already submitted { $max ->
    [one] one idea
   *[other] { $max } ideas
} for this consultation; no more are possible.
error-too-fast = That was a lot of messages in a short time. Please wait a minute, then send your last message again.
welcome-custom = { $text }
idea-supported-status-changed = News about an idea you support: { $id } “{ $title }” is now “{ $status }”. { $comment }
digest-most-supported = Most supported published ideas:
digest-supported-idea = { $id } “{ $title }” – { $supporters ->
    [one] 1 supporter
   *[other] { $supporters } supporters
}
admin-export-ready = The data as a file (pseudonymous). Runs: { $runs }, answers: { $answers }, ideas: { $ideas }.
admin-export-not-here = For data protection, exports only go to chats on: { $platforms }. Please ask for the export there.

## Other answers and rankings
choice-other = Other answer …
hint-other = Please write your own answer (at most { $max } characters).
other-chosen-so-far = Also chosen: { $chosen }
hint-ranking = Put the { $count } answers in your order: tap the most important one first, then the next – or type their numbers in your order, e.g. 3, 1, 2.
ranking-so-far = Your order so far: { $order }
choice-undo = Undo last pick
error-ranking = Please give each of the { $count } numbers exactly once, in your order, e.g. 3, 1, 2.
digest-other = Other answer
digest-ranked = { $place }. { $label } – average place { $mean }, { $first }× first

## Idea history
admin-history-status = { $time } { $by }: status “{ $status }” – answer: { $answer }
admin-history-note = { $time } { $by }: internal note: { $text }
admin-history-published = { $time } { $by }: { $published ->
    [yes] published
   *[no] taken out of the public list
}
admin-note-added = Note on { $id } saved (visible to the team only).
idea-answer = The ministry's answer on { $id }: { $answer }
choice-unsupport = ↩ Stop supporting { $id }
choice-more = More on { $id }
ideas-public-full =
    { $id } “{ $title }”
    { $description }
idea-unsupported = You no longer support { $id } – now { $supporters ->
    [one] 1 supporter
   *[other] { $supporters } supporters
}.
idea-terms-hint = By sending you accept these terms. Whether your idea may be published is up to you: choose with the button.
idea-internal-only = Your idea stays internal: it will be evaluated, not published.
admin-publish-internal = { $id } was sent “for the ministry only” and will not be published.

## Jury
rate-not-juror = Only members of the jury can rate ideas.
rate-none-left = All ideas are rated – thank you! Use /rate later to see whether new ones came in.
rate-stopped = Rating paused. Use /rate to go on.
rate-idea =
    Idea { $id } “{ $title }” – { $field }
    { $description }
rate-criterion = Criterion { $position } of { $total }: { $criterion } ({ $min } = not at all … { $max } = very)
rate-note = Would you like to add a note for the jury (at most { $max } characters)? Just write it, or tap “No note”.
choice-no-note = No note
choice-rate-skip = This idea later
rate-saved = Saved. { $id } stands at { $score } of 100 points ({ $ratings ->
    [one] 1 rating
   *[other] { $ratings } ratings
}, spread { $spread }).
admin-juror-line = { $who }
admin-no-jurors = Nobody is on the jury yet. Add someone with “juror add WHO”.
admin-juror-added = { $who } is now on the jury and rates ideas with /rate.
admin-juror-removed = { $who } is no longer on the jury.
admin-juror-unknown = { $who } is not on the jury.
admin-none-rated = No idea has been rated yet.
admin-ranked-line = { $place }. { $id } “{ $title }” – { $score } of 100 ({ $ratings ->
    [one] 1 rating
   *[other] { $ratings } ratings
}, spread { $spread })
admin-assigned = { $id } is now with: { $department }
admin-history-assigned = { $time } { $by }: assigned to { $department }
digest-jury = The jury so far:

## Questions to authors
idea-question =
    A question from the ministry about your idea { $id } “{ $title }”:
    { $question }
    Just answer here – your next message goes to the team.
admin-asked = The question on { $id } is saved. { $reachable ->
    [yes] The submitter gets it; their answer comes here.
   *[no] The submitter can no longer be reached.
}
admin-history-question = { $time } { $by }: question to the submitter: { $text }
admin-history-reply = { $time } the submitter's answer: { $text }
idea-reply-sent = Thank you! Your answer on { $id } is with the team.
idea-reply-came =
    Answer on { $id } “{ $title }”:
    { $text }

## Own ideas
idea-status-withdrawn = withdrawn
choice-edit-idea = Change { $id }
choice-withdraw-idea = Withdraw { $id }
idea-withdrawn = { $id } is withdrawn: it will not be evaluated further or published.
idea-edited = Your changes to { $id } are saved.
idea-no-longer-open = This idea is already being evaluated and can no longer be changed or withdrawn.
admin-history-author = { $time } { $kind ->
    [edited] changed
   *[withdrawn] withdrawn
} by the submitter
admin-publish-withdrawn = { $id } was withdrawn by the submitter and will not be published.

## Phases and results
command-results = Where a consultation stands, and its results
supports-closed = Supporting ideas is closed in this phase. /results tells you what comes next.
results-title = “{ $title }”
phase-now = Now (since { $since }): { $phase }
phase-next = Next (from { $from }): { $phase }
results-not-yet = There are no results yet; we will let you know.
results-link = More: { $link }
results-figures = In figures ({ $participants } participants):
results-question = { $question } ({ $answered ->
    [one] 1 answer
   *[other] { $answered } answers
})
results-option = · { $label }: { $percent } %
results-ranked = { $place }. { $label }
admin-results-released = The figures of “{ $title }” are { $on ->
    [yes] now shown in /results.
   *[no] no longer shown in /results.
}
consultation-in-phase = “{ $title }” takes no more answers. Now: { $phase }. /results tells you what comes next.
command-follow = Get news about a consultation
idea-status-awarded = awarded
idea-awarded-news = Awarded: the idea { $id } “{ $title }” won the idea competition. /ideas and /results tell you more.
follow-started = You follow “{ $title }”: we will tell you when a new phase begins, when ideas are awarded, and pass on the ministry's announcements. /follow again to stop.
follow-stopped = You no longer follow “{ $title }”.
phase-started = News on “{ $title }” – now beginning: { $phase }. /results tells you more.

## Duplicates
idea-status-merged = merged
idea-similar = A similar idea exists already: { $id } “{ $title }”. You can support it instead of sending a new one.
choice-support-instead = 👍 Support { $id } instead of sending
idea-merged = Your idea { $id } is merged with the similar idea { $into } “{ $title }”; its supports now count there.
idea-merged-into = The similar idea { $from } “{ $title }” was merged with your idea { $id }; its supports now count for yours.
admin-merged = { $from } is merged into { $into }; { $into } now has { $supporters } support(s). Both submitters are told.
admin-history-merged = { $time } { $by }: merged with { $with }

## Invitations
invite-accepted = Welcome! You are invited personally and also see the questions for your group.
admin-invited = { $count ->
    [one] One invitation code
   *[other] { $count } invitation codes
} for “{ $audience }” ({ $single ->
    [yes] each for one person
   *[no] usable more than once
}) are in the ZIP file: a table with the links for Telegram and the form for Matrix, and a QR code per code to print. Only a fingerprint is stored – keep the file safe.
admin-no-invites = There are no invitation codes yet.
admin-invites-line = { $audience }: { $made } codes, used { $used } times, { $valid } still valid
admin-invites-revoked = { $count } valid codes for “{ $audience }” are revoked.
admin-unknown-audience = No consultation has a group “{ $audience }” (known: { $known }).
admin-invite-staff = The group “staff” is whoever is in the staff room (Matrix); there are no codes for it.
digest-sources = Started through event links: { $list }
admin-source-links =
    Links for “{ $tag }” – whoever starts through them is counted (anonymously) for this event:
    Telegram: { $telegram }
    Matrix: { $matrix }

## Invited experts' reviews
command-review = Review ideas as an invited expert
review-not-expert = Reviews are given by invited experts. If you have an invitation, start with its link or code.
review-none-left = Thank you! At the moment there is no published idea you have not reviewed yet.
review-text = Your assessment in words: what convinces, what is missing, what do you recommend? (at most { $max } characters)
review-saved = Thank you! Your review of { $id } is with the team. It is only published if the team decides so.
review-stopped = Reviewing stopped. Continue with /review.
ideas-public-review = An expert's assessment: { $text }
mydata-review = Your review of { $id }: { $text }
admin-review-line = { $n }. Review ({ $audience }, { $time }): { $scores } – { $text } { $published ->
    [yes] (public)
   *[no] (internal; publish with: review { $id } { $n } on)
}
admin-review-unknown = { $id } has no review no. { $n }.
admin-review-published = Review no. { $n } of { $id } is { $on ->
    [yes] now public (below the idea in /ideas).
   *[no] now visible to the team only.
}
digest-reviews-new = New reviews by experts: { $count }
digest-review = { $id } “{ $title }” ({ $audience }): { $scores } – { $text }
digest-by-audience = Group
digest-by-source = Event
digest-group = { $by } “{ $value }” ({ $runs ->
    [one] 1 run
   *[other] { $runs } runs
}):

## Confirmations and reminders
restart-question = Really start again? Your { $count ->
    [one] answer so far
   *[other] { $count } answers so far
} to “{ $title }” will be deleted.
choice-restart-yes = Yes, start again
choice-restart-no = No, carry on
restart-kept = Fine – your answers stay.
consent-reminder = Please answer “Yes, I agree” or “No”. /privacy shows the privacy notice at any time.
datetime = { $day }/{ $month }/{ $year }, { $hour }:{ $minute }
