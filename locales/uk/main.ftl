# mitreden – тексти українською мовою.
# Кожне повідомлення має бути кожною мовою; це перевіряє `mitreden check`.

language-name = Українська
language-choice = { $name }
error-missing-text = Вибачте, цей текст відсутній. Будь ласка, повідомте про це операторові.

## Вітання та довідка

welcome = Ласкаво просимо до mitreden! Тут Ви можете брати участь у консультаціях: відповідати на запитання та подавати власні ідеї — просто в чаті.
welcome-back = З поверненням!
idle-hint = Надішліть /start, щоб почати або продовжити консультацію, /idea — щоб подати ідею; /help покаже всі команди.
help =
    Як працює mitreden:
    /start — почати або продовжити консультацію
    /consultations — показати відкриті консультації
    /idea — подати ідею
    /back — до попереднього запитання
    /skip — пропустити необов’язкове запитання
    /restart — почати консультацію заново
    /cancel — скасувати поточний крок
    /language — змінити мову
    /privacy — інформація про захист даних
    /myideas — Ваші ідеї та їхній статус
    /ideas — переглянути й підтримати опубліковані ідеї
    /review — дати відгук щодо ідей (для запрошених фахівців)
    /results — стан консультації та її результати
    /follow — отримувати новини: нові етапи, нагороджені ідеї, повідомлення міністерства
    /mydata — переглянути Ваші збережені дані
    /forget — видалити всі Ваші дані
    /help — ця довідка
    Відповідайте за допомогою кнопок, номера відповіді або її тексту.
questions-count = { $count ->
    [one] { $count } запитання
    [few] { $count } запитання
    [many] { $count } запитань
   *[other] { $count } запитання
}

## Захист даних і згода

privacy-notice =
    Інформація про захист даних (версія { $version })
    Відповідальний за обробку даних: { $controller }
    Контакт для запитань, запитів щодо доступу до даних та їх видалення: { $contact }
    Що ми зберігаємо: Ваші відповіді та ідеї під псевдонімом — не під Вашим ім’ям і не під ідентифікатором Вашого облікового запису. Ми аналізуємо їх лише в межах цієї консультації.
    Правовою підставою обробки є Ваша згода (підпункт «a» пункту 1 статті 6 Загального регламенту про захист даних, GDPR). Участь добровільна; Ви можете будь-коли відкликати свою згоду.
    Як довго: Вашу адресу в чаті ми видаляємо через { $retention ->
        [one] { $retention } день
        [few] { $retention } дні
        [many] { $retention } днів
       *[other] { $retention } дня
    } після завершення консультації. Відповіді під псевдонімом зберігаються для аналізу, доки Ви не видалите їх за допомогою /forget.
    Ваші повідомлення проходять через сервери месенджера (Telegram або Вашого сервера Matrix); на це поширюються його правила захисту даних.
    Ідеї ми публікуємо, лише якщо Ви дозволили це під час надсилання. Новини й повідомлення міністерства Ви отримуєте, лише якщо підписалися на них за допомогою /follow.
    Якщо Вам менше 16 років, потрібна також згода Ваших батьків.
    За допомогою /mydata Ви будь-коли можете переглянути все, що ми про Вас зберегли; за допомогою /forget Ви видаляєте ці дані. Ви маєте право подати скаргу до наглядового органу із захисту даних: { $authority }.
consent-question = Чи погоджуєтеся Ви (а якщо Вам менше 16 років, то й Ваші батьки), щоб ми зберігали Ваші відповіді в такий спосіб?
choice-consent-yes = Так, даю згоду
choice-consent-no = Ні
choice-other-language = 🌐 Інша мова / Language
consent-thanks = Дякуємо за Вашу згоду.
consent-refused = Гаразд — без Вашої згоди ми не зберігаємо відповідей. Якщо Ви передумаєте, надішліть /start.

## Консультації

choose-consultation = У якій консультації Ви хочете взяти участь?
choose-consultation-idea = У межах якої консультації Ви хочете подати ідею?
no-open-consultations = Зараз немає відкритих консультацій. Загляньте, будь ласка, пізніше.
no-ideas-open = Зараз жодна консультація не приймає ідей.
consultation-intro =
    { $title }
    { $intro }
consultation-closed = Консультацію «{ $title }» закрито. Дякуємо за Ваш інтерес! { $results ->
    [none] Результати буде опубліковано.
   *[other] Результати буде опубліковано тут: { $results }
}
error-unknown-consultation = Консультації «{ $id }» не існує.
already-completed = Ви вже відповіли на запитання консультації «{ $title }» — щиро дякуємо! Щоб почати заново, надішліть /restart.
resuming = Продовжуємо консультацію «{ $title }».
completed = Готово — щиро дякуємо за Ваші відповіді в консультації «{ $title }»! За допомогою /follow Ви можете отримувати новини про неї, наприклад коли з’являться результати.
restarted = Ваші попередні відповіді видалено; Ви починаєте спочатку.
nothing-to-restart = Ви ще не почали жодної консультації. Щоб почати, надішліть /start.
paused = Призупинено. Ваші відповіді збережено; надішліть /start, щоб продовжити з того самого місця.
goodbye = Щиро дякуємо! За допомогою /idea Ви будь-коли можете подати ідею.
cancelled = Скасовано.
nothing-to-cancel = Зараз нічого скасовувати.

## Запитання

progress = Запитання { $position } з { $total }
hint-multi = Оберіть { $min ->
    [0] до { $max }
   *[other] від { $min } до { $max }
} { $max ->
    [one] відповіді
    [few] відповідей
    [many] відповідей
   *[other] відповіді
} та натисніть «Готово» — або напишіть їхні номери, наприклад: 1, 3.
hint-scale = { $min } = { $minLabel } … { $max } = { $maxLabel }
scale-value = { $value }
hint-text = Будь ласка, дайте відповідь текстом (щонайбільше { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
}).
number-whole = ціле число
number-any = число
hint-number = { $range ->
    [both] Будь ласка, введіть { $kind } від { $min } до { $max }.
    [min] Будь ласка, введіть { $kind } не менше ніж { $min }.
    [max] Будь ласка, введіть { $kind } не більше ніж { $max }.
   *[none] Будь ласка, введіть { $kind }.
}
hint-optional = Це запитання необов’язкове.
previous-answer = Ваша попередня відповідь: { $answer }
answer-value = { $value }
answer-skipped = (пропущено)
choice-yes = Так
choice-no = Ні
choice-done = Готово
choice-skip = Пропустити
choice-back = Назад
choice-cancel = Скасувати

## Ідеї

offer-idea = Бажаєте також подати власну ідею на конкурс ідей?
idea-ask-title = Як називатиметься Ваша ідея? Будь ласка, напишіть коротку назву (щонайбільше { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
}).
idea-ask-description = Опишіть Вашу ідею: що має змінитися і кому це допоможе? (щонайбільше { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
})
idea-ask-field = До якого напряму діяльності належить Ваша ідея?
idea-confirm =
    Будь ласка, перевірте Вашу ідею:
    Назва: { $title }
    Опис: { $description }
    Напрям діяльності: { $field }
choice-send-public = Надіслати — можна публікувати
choice-send-internal = Надіслати — лише для міністерства
choice-edit-title = Змінити назву
choice-edit-description = Змінити опис
choice-edit-field = Змінити напрям
idea-submitted = Дякуємо! Вашу ідею отримано, її номер — { $id }. Її оцінять фахівці міністерства.
idea-discarded = Чернетку Вашої ідеї видалено.

## Мова

choose-language = Якою мовою Ви хочете користуватися?
language-set = Обрано українську мову.
error-unknown-language = Мова «{ $code }» тут недоступна.

## Помилки та підказки

error-unknown-command = Команда /{ $command } мені невідома. /help покаже всі команди.
error-unsupported = Будь ласка, відповідайте текстом або за допомогою кнопок — зображення, голосові повідомлення й файли я тут обробити не можу.
error-stale-button = Ця кнопка належить до одного з попередніх запитань. Будь ласка, дайте відповідь на поточне:
error-use-choices = Будь ласка, оберіть одну з відповідей: кнопкою, її номером або текстом.
error-scale = Будь ласка, оберіть значення від { $min } до { $max }.
error-too-many = Будь ласка, оберіть щонайбільше { $max ->
    [one] { $max } відповідь
    [few] { $max } відповіді
    [many] { $max } відповідей
   *[other] { $max } відповіді
}.
error-too-few = Будь ласка, оберіть щонайменше { $min ->
    [one] { $min } відповідь
    [few] { $min } відповіді
    [many] { $min } відповідей
   *[other] { $min } відповіді
}.
error-empty = Відповідь порожня. Будь ласка, напишіть щось.
error-too-long = Ваш текст містить { $length ->
    [one] { $length } символ
    [few] { $length } символи
    [many] { $length } символів
   *[other] { $length } символу
}, а дозволено щонайбільше { $max }. Будь ласка, скоротіть його.
error-not-a-number = Це некоректне число. { $hint }
error-out-of-range = Це число виходить за межі допустимого діапазону. { $hint }
error-no-back = Далі назад повернутися не можна.
error-cannot-skip = Це запитання не можна пропустити.
error-internal = Вибачте, сталася технічна помилка. Будь ласка, спробуйте ще раз трохи згодом.
record-reset = На жаль, нам не вдалося прочитати Ваші попередні дані, тому Ви починаєте спочатку. Старі дані збережено; на Ваш запит команда може їх перевірити.

## Меню команд (Telegram показує його поруч із полем введення)

command-start = Почати або продовжити консультацію
command-help = Довідка та всі команди
command-consultations = Відкриті консультації
command-idea = Подати ідею
command-language = Змінити мову
command-privacy = Інформація про захист даних
command-back = До попереднього запитання
command-cancel = Скасувати поточний крок

## Telegram

telegram-group-pointer = У групах я не приймаю відповідей — Ваші відповіді належать Вам. Будь ласка, напишіть мені в особисті повідомлення: { $link }

## Мої дані та видалення

mydata-intro = Ось що ми зберегли про Вас (псевдонім { $id }, з { $since }):
mydata-language = Мова: { $language }
mydata-consent = Згода: { $given ->
    [yes] надана
   *[no] не надана
}, дата: { $at } (інформація про захист даних, версія { $version })
mydata-no-consent = Згода: ще не запитувалася
mydata-contact = Адреса, на яку ми Вам відповідаємо: { $platform } { $address }
mydata-consultation = { $title }: { $count ->
    [one] { $count } відповідь
    [few] { $count } відповіді
    [many] { $count } відповідей
   *[other] { $count } відповіді
}, { $completed ->
    [yes] завершено
   *[no] ще не завершено
}
mydata-answer = – { $question } → { $answer }
mydata-idea = Ідея { $id } «{ $title }»: { $status }
mydata-nothing = У Вас поки що немає ні відповідей, ні ідей.
mydata-file = Усі ці дані Ви також отримуєте у вигляді файлу (JSON). За допомогою /forget Ви можете видалити їх повністю.
idea-status-submitted = подано
idea-status-review = на розгляді
idea-status-accepted = прийнято
idea-status-rejected = відхилено
idea-status-implemented = реалізовано
forget-question = Видалити все, що ми про Вас зберегли, — відповіді, ідеї, згоду та Вашу адресу? Скасувати цю дію буде неможливо.
choice-forget-yes = Так, видалити все
choice-forget-no = Ні, залишити
forget-done = Готово: усі Ваші дані видалено. Якщо захочете знову взяти участь, надішліть /start — Ви почнете заново.
forget-kept = Гаразд, Ваші дані залишаються збереженими.
command-mydata = Мої збережені дані
command-forget = Видалити всі мої дані
file-attached = Файл { $name }:

## Matrix

matrix-group-decline = Добрий день! Я проводжу консультації лише в особистому чаті з однією людиною, щоб Ваші відповіді належали тільки Вам. Будь ласка, запросіть мене в особистий чат. Зараз я залишу цю кімнату.
matrix-room-exposed = Цю кімнату вказано як кімнату адміністраторів або працівників, але доступ до неї відкритий не лише за запрошенням. Доки це так, я не приймаю тут команд і не надсилаю сюди зведень. Будь ласка, зробіть кімнату доступною «Лише за запрошенням».

## Зведення для команди (digest)

digest-title = mitreden — зведення з { $from } по { $to }
digest-nothing = Нових матеріалів із { $from } немає.
digest-runs = Нові: розпочато — { $started }, завершено — { $completed }. Усього: розпочато — { $totalStarted }, завершено — { $totalCompleted } ({ $rate } %).
digest-answered = { $answered ->
    [one] { $answered } відповідь
    [few] { $answered } відповіді
    [many] { $answered } відповідей
   *[other] { $answered } відповіді
}, пропущено: { $skipped }
digest-number = Середнє { $mean }, медіана { $median }
digest-ideas-new = Нові ідеї: { $count }
digest-idea = { $id } «{ $title }» — { $field }, { $time }, від { $author }
digest-idea-statuses = Ідеї за статусами: { $list }
digest-file = Відповіді та ідеї за цей період — у доданому CSV-файлі.
error-unreadable = Ваше повідомлення надійшло в зашифрованому вигляді, але прочитати його не вдалося. Будь ласка, надішліть його ще раз.
myideas-none = Ви ще не подали жодної ідеї. Це можна зробити будь-коли за допомогою /idea.
command-myideas = Мої ідеї та їхній статус

## Адміністрування (адміністратори)

admin-not-permitted = Це можуть робити лише адміністратори. Команда /help покаже, що Ви можете тут зробити.
admin-unknown = Команди адміністратора «{ $command }» не існує. /admin help покаже всі команди.
admin-usage = Не зовсім так: див. /admin help, команда «{ $command }».
admin-help =
    Команди адміністратора (в особистому чаті — з /admin на початку, у кімнаті адміністраторів — з !):
    consultations — усі консультації зі статусом і цифрами
    ideas [new|review|accepted|rejected|implemented|published|all] — список ідей
    idea ID — ідея повністю
    idea ID status review|accepted|rejected|implemented|awarded [відповідь] — встановити статус; відповідь побачать особа, яка подала ідею, ті, хто її підтримав, і публічний список
    idea ID note ТЕКСТ — внутрішня нотатка (лише для команди, ніколи для громадян)
    review ID N on|off — зробити N-й відгук фахівців щодо ідеї публічним або знову лише внутрішнім
    merge ID ЦІЛЬ — об’єднати ідею-дублікат з іншою (голоси підтримки переходять до неї)
    ask ID ЗАПИТАННЯ — поставити запитання особі, яка подала ідею; її відповідь надійде в цей чат
    ideas ranked — ідеї за оцінкою журі (зважене середнє, кількість оцінок, розкид)
    ideas department НАЗВА — ідеї одного відділу
    idea ID assign НАЗВА — передати ідею відділу
    publish ID / unpublish ID — опублікувати ідею (громадяни зможуть її підтримати) або зняти з публікації
    open ID / close ID — відкрити або закрити консультацію зараз
    schedule ID ВІД ДО — задати період (2026-12-01 або 2026-12-01T08:00:00+01:00)
    reload — заново завантажити файли консультацій і тексти
    settings — показати налаштування
    set КЛЮЧ ЗНАЧЕННЯ / unset КЛЮЧ — змінити налаштування або повернути значення з конфігурації
    broadcast ID ПОВІДОМЛЕННЯ — повідомлення всім, хто брав участь в ID і дав згоду
    admins / add ХТО / remove ХТО — показати, додати, видалити адміністраторів (@name:server або Telegram-ID)
    jurors / juror add ХТО / juror remove ХТО — журі: хто оцінює ідеї за допомогою /rate
    invite ГРУПА N [single|multi] [until ДАТА] / invites / revoke ГРУПА — коди запрошення для групи (наприклад, experts) у вигляді файлу, їх облік, відкликання
    qr ID МІТКА — посилання та QR-код для заходу (наприклад, семінару); участь через них враховується окремо для кожного заходу
    results ID on|off — показувати чи не показувати в /results цифри щодо вибраних запитань
    export [ID] [json] — усі дані (або дані однієї консультації) у вигляді файлу: CSV для Excel або JSON
    audit [N] — останні записи журналу
admin-consultation = { $id }: { $title } — { $state ->
    [open] відкрита
    [draft] ще не відкрита
   *[closed] закрита
} (з { $opens } по { $closes }), учасників: { $participants }, завершили: { $completed }
admin-no-ideas = Ідей немає.
admin-idea-line = { $id } «{ $title }» — { $field } — { $status } — { $supporters ->
    [one] { $supporters } голос підтримки
    [few] { $supporters } голоси підтримки
    [many] { $supporters } голосів підтримки
   *[other] { $supporters } голосу підтримки
}{ $published ->
    [yes] , опублікована
   *[no] {""}
}
admin-unknown-idea = Ідеї { $id } не існує.
admin-idea-full =
    { $id } «{ $title }»
    { $description }
    Напрям діяльності: { $field }; статус: { $status }; подано { $time }, від { $author }
    { $supporters ->
        [one] { $supporters } голос підтримки
        [few] { $supporters } голоси підтримки
        [many] { $supporters } голосів підтримки
       *[other] { $supporters } голосу підтримки
    }; { $published ->
        [yes] опублікована
       *[no] не опублікована
    }; { $publishable ->
        [yes] можна публікувати
       *[no] лише для внутрішнього використання (не публікувати)
    }
admin-status-set = Статус ідеї { $id } тепер «{ $status }». { $notified ->
    [yes] Особа, яка подала ідею, отримає сповіщення.
   *[no] З особою, яка подала ідею, більше неможливо зв’язатися.
}
admin-audit-line = { $at } { $actor }: { $action } — { $detail }
idea-status-changed = Новини щодо Вашої ідеї { $id } «{ $title }»: її статус тепер «{ $status }». { $comment }
admin-window-set = Консультація «{ $title }» тепер { $state ->
    [open] відкрита
   *[closed] закрита
}.

admin-help-staff =
    Команди для працівників (у кімнаті команди — з !):
    consultations — усі консультації зі статусом і цифрами
    ideas [new|review|accepted|rejected|implemented|published|all] — список ідей
    idea ID — ідея повністю
    idea ID status review|accepted|rejected|implemented|awarded [відповідь] — встановити статус; відповідь побачать особа, яка подала ідею, ті, хто її підтримав, і публічний список
    idea ID note ТЕКСТ — внутрішня нотатка (лише для команди, ніколи для громадян)
    review ID N on|off — зробити N-й відгук фахівців щодо ідеї публічним або знову лише внутрішнім
    merge ID ЦІЛЬ — об’єднати ідею-дублікат з іншою (голоси підтримки переходять до неї)
    ask ID ЗАПИТАННЯ — поставити запитання особі, яка подала ідею; її відповідь надійде в цей чат
    ideas ranked — ідеї за оцінкою журі (зважене середнє, кількість оцінок, розкид)
    ideas department НАЗВА — ідеї одного відділу
    idea ID assign НАЗВА — передати ідею відділу
    publish ID / unpublish ID — опублікувати ідею або зняти з публікації
    export [ID] [json] — дані у вигляді файлу (CSV для Excel або JSON)
    digest — зведення зараз
admin-published = Ідею { $id } опубліковано; громадяни можуть підтримати її через /ideas.
admin-unpublished = Ідею { $id } знято з публікації.
admin-reloaded = Повторно завантажено: { $count ->
    [one] { $count } консультація
    [few] { $count } консультації
    [many] { $count } консультацій
   *[other] { $count } консультації
}.
admin-reload-failed =
    Повторне завантаження відхилено; і далі діє попередня версія. Помилка:
    { $error }
admin-setting-line = { $key } = { $value } ({ $source ->
    [chat] задано в чаті
   *[config] конфігурація
})
admin-setting-unknown = Налаштування «{ $key }» не існує. /admin settings покаже всі налаштування.
admin-setting-set = Значення { $key } тепер: «{ $value }».
admin-setting-unset = Значення { $key } знову береться з конфігурації: «{ $value }».
admin-setting-invalid = «{ $value }» не підходить для { $key }: { $hint }
setting-hint-language = мова, яку знає mitreden (de, en).
setting-hint-onoff = on або off.
setting-hint-max = ціле число від 0 (без обмеження) до 1000.
setting-hint-rate = кількість повідомлень на хвилину, від 0 (без обмеження) до 600.
setting-hint-room = ID кімнати Matrix (!abc:server). У чаті Matrix можна також указати псевдонім (#team:server); його одразу буде перетворено на ID, тому він уже має існувати.
setting-hint-schedule = daily 08:00, weekly mon 08:00 або every 6h (також 30m, 90s; щонайменше 10s).
setting-hint-timezone = часовий пояс IANA, наприклад Europe/Berlin.
setting-hint-text = текст довжиною від 1 до 1000 символів.
admin-broadcast-queued = Повідомлення буде надіслано { $count ->
    [one] { $count } особі
    [few] { $count } особам
    [many] { $count } особам
   *[other] { $count } особам
}. Я повідомлятиму про хід розсилки.
admin-broadcast-progress = Розсилка: надіслано { $done } з { $total } …
admin-broadcast-done = Розсилку завершено: доставлено — { $delivered }, не доставлено — { $failed }.
broadcast-message =
    Повідомлення щодо консультації «{ $title }»:
    { $message }
admin-admin-line = { $who } ({ $source ->
    [chat] додано в чаті
   *[config] конфігурація
})
admin-admin-added = { $who } тепер адміністратор.
admin-admin-exists = { $who } уже адміністратор.
admin-admin-configured = Адміністратора { $who } задано в конфігурації, і видалити його можна лише там.
admin-admin-removed = { $who } більше не адміністратор.
admin-admin-unknown = { $who } не належить до адміністраторів, доданих у чаті.

## Підтримка ідей

ideas-public-none = Опублікованих ідей поки що немає. Загляньте, будь ласка, пізніше.
ideas-public-page = Опубліковані ідеї (сторінка { $page } з { $pages }):
ideas-public-line = { $id } «{ $title }» — { $field }: { $description } ({ $supporters ->
    [one] { $supporters } голос підтримки
    [few] { $supporters } голоси підтримки
    [many] { $supporters } голосів підтримки
   *[other] { $supporters } голосу підтримки
}{ $mark ->
    [own] , Ваша ідея
    [supported] , Ви її підтримуєте
   *[none] {""}
})
choice-support = 👍 Підтримати { $id }
choice-previous = ◀ Назад
choice-next = Далі ▶
browse-closed = Гаразд. Повернутися можна будь-коли за допомогою /ideas.
idea-supported = Дякуємо! Ви підтримуєте { $id } — тепер ідея має { $supporters ->
    [one] { $supporters } голос підтримки
    [few] { $supporters } голоси підтримки
    [many] { $supporters } голосів підтримки
   *[other] { $supporters } голосу підтримки
}.
idea-support-twice = Ви вже підтримуєте { $id }.
idea-support-own = Підтримати власну ідею не можна.
idea-published = Вашу ідею { $id } «{ $title }» опубліковано: інші учасники можуть переглянути й підтримати її через /ideas.
mydata-supports = Ви підтримуєте: { $ids }
command-ideas = Підтримати опубліковані ідеї
ideas-paused = Зараз ідеї не приймаються. Ваші відповіді на запитання й надалі дуже важливі.
ideas-limit = Ви вже подали { $max ->
    [one] { $max } ідею
    [few] { $max } ідеї
    [many] { $max } ідей
   *[other] { $max } ідеї
} в межах цієї консультації; більше подати не можна.
error-too-fast = Ви надіслали дуже багато повідомлень за короткий час. Будь ласка, зачекайте хвилину, а потім надішліть останнє повідомлення ще раз.
welcome-custom = { $text }
idea-supported-status-changed = Новини щодо ідеї, яку Ви підтримуєте: статус ідеї { $id } «{ $title }» тепер «{ $status }». { $comment }
digest-most-supported = Опубліковані ідеї з найбільшою підтримкою:
digest-supported-idea = { $id } «{ $title }» — { $supporters ->
    [one] { $supporters } голос підтримки
    [few] { $supporters } голоси підтримки
    [many] { $supporters } голосів підтримки
   *[other] { $supporters } голосу підтримки
}
admin-export-ready = Дані у вигляді файлу (під псевдонімами). Проходжень: { $runs }, відповідей: { $answers }, ідей: { $ideas }.
admin-export-not-here = З міркувань захисту даних експорт надсилається лише в чати на платформах: { $platforms }. Будь ласка, запитайте експорт там.

## Інші відповіді та ранжування
choice-other = Інша відповідь …
hint-other = Будь ласка, напишіть власну відповідь (щонайбільше { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
}).
other-chosen-so-far = Також обрано: { $chosen }
hint-ranking = Розташуйте { $count ->
    [one] { $count } відповідь
    [few] { $count } відповіді
    [many] { $count } відповідей
   *[other] { $count } відповіді
} у власному порядку: спочатку натисніть на найважливішу, потім на наступну — або напишіть номери в потрібному порядку, наприклад: 3, 1, 2.
ranking-so-far = Ваш порядок на цей момент: { $order }
choice-undo = Скасувати останній вибір
error-ranking = Будь ласка, вкажіть кожен номер від 1 до { $count } рівно один раз, у потрібному Вам порядку, наприклад: 3, 1, 2.
digest-other = Інша відповідь
digest-ranked = { $place }. { $label } — середнє місце: { $mean }, на 1-му місці: { $first }×

## Історія ідеї
admin-history-status = { $time } { $by }: статус «{ $status }» — відповідь: { $answer }
admin-history-note = { $time } { $by }: внутрішня нотатка: { $text }
admin-history-published = { $time } { $by }: { $published ->
    [yes] опубліковано
   *[no] прибрано з публічного списку
}
admin-note-added = Нотатку до { $id } збережено (її бачить лише команда).
idea-answer = Відповідь міністерства щодо ідеї { $id }: { $answer }
choice-unsupport = ↩ Відкликати підтримку { $id }
choice-more = Докладніше про { $id }
ideas-public-full =
    { $id } «{ $title }»
    { $description }
idea-unsupported = Ви більше не підтримуєте { $id } — тепер ідея має { $supporters ->
    [one] { $supporters } голос підтримки
    [few] { $supporters } голоси підтримки
    [many] { $supporters } голосів підтримки
   *[other] { $supporters } голосу підтримки
}.
idea-terms-hint = Надсилаючи ідею, Ви приймаєте ці умови. Чи можна публікувати Вашу ідею, Ви вирішуєте самі, обравши відповідну кнопку.
idea-internal-only = Ваша ідея залишиться внутрішньою: її оцінять, але не опублікують.
admin-publish-internal = Ідею { $id } подано з позначкою «лише для міністерства», тому її не буде опубліковано.

## Журі
rate-not-juror = Оцінювати ідеї можуть лише члени журі.
rate-none-left = Усі ідеї оцінено — дякуємо! Пізніше перевірте за допомогою /rate, чи не з’явилися нові.
rate-stopped = Оцінювання призупинено. Щоб продовжити, надішліть /rate.
rate-idea =
    Ідея { $id } «{ $title }» — { $field }
    { $description }
rate-criterion = Критерій { $position } з { $total }: { $criterion } ({ $min } = зовсім ні … { $max } = повною мірою)
rate-note = Бажаєте додати коментар для журі (щонайбільше { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
})? Просто напишіть його або натисніть «Без коментаря».
choice-no-note = Без коментаря
choice-rate-skip = Цю ідею пізніше
rate-saved = Збережено. Ідея { $id } зараз має { $score } зі 100 балів ({ $ratings ->
    [one] { $ratings } оцінка
    [few] { $ratings } оцінки
    [many] { $ratings } оцінок
   *[other] { $ratings } оцінки
}, розкид { $spread }).
admin-juror-line = { $who }
admin-no-jurors = У журі поки що нікого немає. Додати когось можна командою «juror add ХТО».
admin-juror-added = { $who } тепер входить до журі й оцінює ідеї за допомогою /rate.
admin-juror-removed = { $who } більше не входить до журі.
admin-juror-unknown = { $who } не входить до журі.
admin-none-rated = Поки що жодну ідею не оцінено.
admin-ranked-line = { $place }. { $id } «{ $title }» — { $score } зі 100 ({ $ratings ->
    [one] { $ratings } оцінка
    [few] { $ratings } оцінки
    [many] { $ratings } оцінок
   *[other] { $ratings } оцінки
}, розкид { $spread })
admin-assigned = Ідею { $id } тепер опрацьовує: { $department }
admin-history-assigned = { $time } { $by }: передано: { $department }
digest-jury = Оцінки журі на цей момент:

## Запитання до авторів
idea-question =
    Запитання міністерства щодо Вашої ідеї { $id } «{ $title }»:
    { $question }
    Просто дайте відповідь тут — Ваше наступне повідомлення буде передано команді.
admin-asked = Запитання щодо { $id } збережено. { $reachable ->
    [yes] Особа, яка подала ідею, отримає його; її відповідь надійде сюди.
   *[no] З особою, яка подала ідею, більше неможливо зв’язатися.
}
admin-history-question = { $time } { $by }: запитання до особи, яка подала ідею: { $text }
admin-history-reply = { $time } відповідь особи, яка подала ідею: { $text }
idea-reply-sent = Дякуємо! Вашу відповідь щодо { $id } передано команді.
idea-reply-came =
    Відповідь щодо { $id } «{ $title }»:
    { $text }

## Власні ідеї
idea-status-withdrawn = відкликано
choice-edit-idea = Змінити { $id }
choice-withdraw-idea = Відкликати { $id }
idea-withdrawn = Ідею { $id } відкликано: її більше не оцінюватимуть і не опублікують.
idea-edited = Ваші зміни в { $id } збережено.
idea-no-longer-open = Ця ідея вже на розгляді, тому її більше не можна змінити чи відкликати.
admin-history-author = { $time } { $kind ->
    [edited] змінено
   *[withdrawn] відкликано
} особою, яка подала ідею
admin-publish-withdrawn = Ідею { $id } відкликала особа, яка її подала, тому її не буде опубліковано.

## Етапи та результати
command-results = Стан і результати консультації
supports-closed = На цьому етапі підтримувати ідеї вже не можна. Що буде далі, можна дізнатися за допомогою /results.
results-title = «{ $title }»
phase-now = Зараз (з { $since }): { $phase }
phase-next = Далі (з { $from }): { $phase }
results-not-yet = Результатів поки що немає; ми повідомимо, щойно вони з’являться.
results-link = Докладніше: { $link }
results-figures = У цифрах (учасників: { $participants }):
results-question = { $question } ({ $answered ->
    [one] { $answered } відповідь
    [few] { $answered } відповіді
    [many] { $answered } відповідей
   *[other] { $answered } відповіді
})
results-option = · { $label }: { $percent } %
results-ranked = { $place }. { $label }
admin-results-released = Цифри щодо консультації «{ $title }» { $on ->
    [yes] тепер видно в /results.
   *[no] більше не видно в /results.
}
consultation-in-phase = Консультація «{ $title }» більше не приймає відповідей. Зараз: { $phase }. Що буде далі, можна дізнатися за допомогою /results.
command-follow = Отримувати новини про консультацію
idea-status-awarded = нагороджено
idea-awarded-news = Нагороджено: ідея { $id } «{ $title }» перемогла в конкурсі ідей. Докладніше — у /ideas і /results.
follow-started = Ви стежите за консультацією «{ $title }»: ми повідомимо Вам, коли почнеться новий етап і коли ідеї буде нагороджено, а також надсилатимемо Вам повідомлення міністерства. Щоб відписатися, знову надішліть /follow.
follow-stopped = Ви більше не стежите за консультацією «{ $title }».
phase-started = Новини консультації «{ $title }» — починається етап: { $phase }. Докладніше — у /results.

## Дублікати
idea-status-merged = об’єднано
idea-similar = Схожа ідея вже є: { $id } «{ $title }». Ви можете підтримати її замість того, щоб подавати нову.
choice-support-instead = 👍 Підтримати { $id } замість надсилання
idea-merged = Вашу ідею { $id } об’єднано зі схожою ідеєю { $into } «{ $title }»; голоси підтримки тепер зараховуються там.
idea-merged-into = Схожу ідею { $from } «{ $title }» об’єднано з Вашою ідеєю { $id }; її голоси підтримки тепер зараховуються Вашій ідеї.
admin-merged = Ідею { $from } об’єднано з { $into }; тепер { $into } має { $supporters ->
    [one] { $supporters } голос підтримки
    [few] { $supporters } голоси підтримки
    [many] { $supporters } голосів підтримки
   *[other] { $supporters } голосу підтримки
}. Обидві особи, які подали ці ідеї, отримають сповіщення.
admin-history-merged = { $time } { $by }: об’єднано з { $with }

## Запрошення
invite-accepted = Ласкаво просимо! У Вас персональне запрошення, тому Ви бачите також запитання для Вашої групи.
admin-invited = У ZIP-файлі { $count ->
    [one] { $count } код запрошення
    [few] { $count } коди запрошення
    [many] { $count } кодів запрошення
   *[other] { $count } коду запрошення
} для групи «{ $audience }» ({ $single ->
    [yes] кожен — для однієї особи
   *[no] багаторазового використання
}): таблиця з посиланнями для Telegram і варіантом для Matrix, а також QR-код для друку до кожного коду. Збережено лише відбиток — зберігайте файл у надійному місці.
admin-no-invites = Кодів запрошення поки що немає.
admin-invites-line = { $audience }: створено кодів: { $made }, використань: { $used }, дійсних: { $valid }
admin-invites-revoked = Відкликано дійсних кодів для «{ $audience }»: { $count }.
admin-unknown-audience = Група «{ $audience }» не трапляється в жодній консультації (відомі групи: { $known }).
admin-invite-staff = До групи «staff» належать усі, хто перебуває в кімнаті команди (Matrix); коди для неї не видаються.
digest-sources = Розпочали за посиланнями заходів: { $list }
admin-source-links =
    Посилання для «{ $tag }» — участь, розпочата за ними, враховується (без прив’язки до особи) у статистиці цього заходу:
    Telegram: { $telegram }
    Matrix: { $matrix }

## Відгуки запрошених фахівців
command-review = Дати відгук щодо ідей (для запрошених фахівців)
review-not-expert = Відгуки дають запрошені фахівці. Якщо у Вас є запрошення, почніть, скориставшись посиланням або кодом із нього.
review-none-left = Дякуємо! Зараз немає опублікованих ідей, щодо яких Ви ще не дали відгуку.
review-text = Ваш відгук своїми словами: що переконує, чого бракує, що Ви рекомендуєте? (щонайбільше { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
})
review-saved = Дякуємо! Ваш відгук щодо { $id } передано команді. Його опублікують, лише якщо так вирішить команда.
review-stopped = Роботу над відгуками призупинено. Щоб продовжити, надішліть /review.
ideas-public-review = Експертний відгук: { $text }
mydata-review = Ваш відгук щодо { $id }: { $text }
admin-review-line = Відгук № { $n } ({ $audience }, { $time }): { $scores } — { $text } { $published ->
    [yes] (публічний)
   *[no] (внутрішній; опублікувати: review { $id } { $n } on)
}
admin-review-unknown = Ідея { $id } не має відгуку № { $n }.
admin-review-published = Відгук № { $n } щодо { $id } { $on ->
    [yes] тепер публічний (під ідеєю в /ideas).
   *[no] тепер бачить лише команда.
}
digest-reviews-new = Нові відгуки фахівців: { $count }
digest-review = { $id } «{ $title }» ({ $audience }): { $scores } — { $text }
digest-by-audience = Група
digest-by-source = Захід
digest-group = { $by } «{ $value }» ({ $runs ->
    [one] { $runs } проходження
    [few] { $runs } проходження
    [many] { $runs } проходжень
   *[other] { $runs } проходження
}):

## Підтвердження та нагадування
restart-question = Справді почати заново? { $count ->
    [one] Вашу { $count } відповідь у консультації «{ $title }» буде видалено.
    [few] Ваші { $count } відповіді в консультації «{ $title }» буде видалено.
    [many] Ваші { $count } відповідей у консультації «{ $title }» буде видалено.
   *[other] Ваші { $count } відповіді в консультації «{ $title }» буде видалено.
}
choice-restart-yes = Так, почати заново
choice-restart-no = Ні, продовжити
restart-kept = Гаразд — Ваші відповіді залишаються.
consent-reminder = Будь ласка, дайте відповідь «Так, даю згоду» або «Ні». Інформацію про захист даних можна будь-коли переглянути за допомогою /privacy.
datetime = { $day }.{ $month }.{ $year }, { $hour }:{ $minute }
