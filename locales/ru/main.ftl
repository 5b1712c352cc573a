# mitreden – тексты на русском языке.
# Каждое сообщение должно быть на каждом языке; это проверяет `mitreden check`.

language-name = Русский
language-choice = { $name }
error-missing-text = Извините, этот текст отсутствует. Пожалуйста, сообщите об этом оператору.

## Приветствие и справка

welcome = Добро пожаловать в mitreden! Здесь Вы можете участвовать в консультациях: отвечать на вопросы и предлагать собственные идеи — прямо в чате.
welcome-back = С возвращением!
idle-hint = Отправьте /start, чтобы начать или продолжить консультацию, /idea — чтобы предложить идею; /help покажет все команды.
help =
    Как работает mitreden:
    /start — начать или продолжить консультацию
    /consultations — показать открытые консультации
    /idea — предложить идею
    /back — к предыдущему вопросу
    /skip — пропустить необязательный вопрос
    /restart — начать консультацию заново
    /cancel — отменить текущий шаг
    /language — сменить язык
    /privacy — информация о защите данных
    /myideas — Ваши идеи и их статус
    /ideas — посмотреть и поддержать опубликованные идеи
    /review — дать отзыв об идеях (для приглашённых специалистов)
    /results — ход консультации и её результаты
    /follow — получать новости: новые этапы, награждённые идеи, сообщения министерства
    /mydata — посмотреть Ваши сохранённые данные
    /forget — удалить все Ваши данные
    /help — эта справка
    Отвечайте с помощью кнопок, номера ответа или его текста.
questions-count = { $count ->
    [one] { $count } вопрос
    [few] { $count } вопроса
    [many] { $count } вопросов
   *[other] { $count } вопроса
}

## Защита данных и согласие

privacy-notice =
    Информация о защите данных (версия { $version })
    Ответственный за обработку данных: { $controller }
    Контакт по вопросам, запросам на доступ к данным и их удаление: { $contact }
    Что мы храним: Ваши ответы и идеи под псевдонимом — не под Вашим именем и не под идентификатором Вашей учётной записи. Мы анализируем их только в рамках этой консультации.
    Правовым основанием обработки является Ваше согласие (подп. «a» п. 1 ст. 6 Общего регламента по защите данных, GDPR). Участие добровольное; Вы можете в любой момент отозвать своё согласие.
    Как долго: Ваш адрес в чате мы удаляем через { $retention ->
        [one] { $retention } день
        [few] { $retention } дня
        [many] { $retention } дней
       *[other] { $retention } дня
    } после окончания консультации. Ответы под псевдонимом сохраняются для анализа, пока Вы не удалите их с помощью /forget.
    Ваши сообщения проходят через серверы мессенджера (Telegram или Вашего сервера Matrix); на это распространяются его правила защиты данных.
    Идеи мы публикуем, только если Вы разрешили это при отправке. Новости и сообщения министерства Вы получаете, только если подписались на них с помощью /follow.
    Если Вам меньше 16 лет, необходимо также согласие Ваших родителей.
    С помощью /mydata Вы в любой момент можете увидеть всё, что мы о Вас сохранили; с помощью /forget Вы удаляете эти данные. Вы вправе подать жалобу в надзорный орган по защите данных: { $authority }.
consent-question = Вы (а если Вам меньше 16 лет, то и Ваши родители) согласны, чтобы мы хранили Ваши ответы таким образом?
choice-consent-yes = Да, даю согласие
choice-consent-no = Нет
choice-other-language = 🌐 Другой язык / Language
consent-thanks = Спасибо за Ваше согласие.
consent-refused = Хорошо — без Вашего согласия мы не сохраняем ответы. Если Вы передумаете, отправьте /start.

## Консультации

choose-consultation = В какой консультации Вы хотите принять участие?
choose-consultation-idea = В рамках какой консультации Вы хотите предложить идею?
no-open-consultations = Сейчас нет открытых консультаций. Загляните, пожалуйста, позже.
no-ideas-open = Сейчас ни одна консультация не принимает идеи.
consultation-intro =
    { $title }
    { $intro }
consultation-closed = Консультация «{ $title }» закрыта. Благодарим Вас за интерес! { $results ->
    [none] Результаты будут опубликованы.
   *[other] Результаты будут опубликованы здесь: { $results }
}
error-unknown-consultation = Консультации «{ $id }» не существует.
already-completed = Вы уже ответили на вопросы консультации «{ $title }» — большое спасибо! Чтобы начать заново, отправьте /restart.
resuming = Продолжаем консультацию «{ $title }».
completed = Готово — большое спасибо за Ваши ответы в консультации «{ $title }»! С помощью /follow Вы можете получать новости о ней, например когда появятся результаты.
restarted = Ваши прежние ответы удалены; Вы начинаете сначала.
nothing-to-restart = Вы ещё не начали ни одной консультации. Чтобы начать, отправьте /start.
paused = Приостановлено. Ваши ответы сохранены; отправьте /start, чтобы продолжить с того же места.
goodbye = Большое спасибо! С помощью /idea Вы можете в любой момент предложить идею.
cancelled = Отменено.
nothing-to-cancel = Сейчас нечего отменять.

## Вопросы

progress = Вопрос { $position } из { $total }
hint-multi = Выберите { $min ->
    [0] до { $max }
   *[other] от { $min } до { $max }
} { $max ->
    [one] варианта
    [few] вариантов
    [many] вариантов
   *[other] варианта
} и нажмите «Готово» — или напишите их номера, например: 1, 3.
hint-scale = { $min } = { $minLabel } … { $max } = { $maxLabel }
scale-value = { $value }
hint-text = Пожалуйста, ответьте текстом (не более { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
}).
number-whole = целое число
number-any = число
hint-number = { $range ->
    [both] Пожалуйста, введите { $kind } от { $min } до { $max }.
    [min] Пожалуйста, введите { $kind } не меньше { $min }.
    [max] Пожалуйста, введите { $kind } не больше { $max }.
   *[none] Пожалуйста, введите { $kind }.
}
hint-optional = Это необязательный вопрос.
previous-answer = Ваш прежний ответ: { $answer }
answer-value = { $value }
answer-skipped = (пропущено)
choice-yes = Да
choice-no = Нет
choice-done = Готово
choice-skip = Пропустить
choice-back = Назад
choice-cancel = Отмена

## Идеи

offer-idea = Хотите также предложить собственную идею для конкурса идей?
idea-ask-title = Как будет называться Ваша идея? Пожалуйста, напишите краткое название (не более { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
}).
idea-ask-description = Опишите Вашу идею: что должно измениться и кому это поможет? (не более { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
})
idea-ask-field = К какому направлению деятельности относится Ваша идея?
idea-confirm =
    Пожалуйста, проверьте Вашу идею:
    Название: { $title }
    Описание: { $description }
    Направление деятельности: { $field }
choice-send-public = Отправить — можно публиковать
choice-send-internal = Отправить — только для министерства
choice-edit-title = Изменить название
choice-edit-description = Изменить описание
choice-edit-field = Изменить направление
idea-submitted = Спасибо! Ваша идея получена, её номер — { $id }. Её оценят специалисты министерства.
idea-discarded = Черновик Вашей идеи удалён.

## Язык

choose-language = Какой язык Вы хотите использовать?
language-set = Выбран русский язык.
error-unknown-language = Язык «{ $code }» здесь недоступен.

## Ошибки и подсказки

error-unknown-command = Команда /{ $command } мне неизвестна. /help покажет все команды.
error-unsupported = Пожалуйста, отвечайте текстом или с помощью кнопок — изображения, голосовые сообщения и файлы я здесь обработать не могу.
error-stale-button = Эта кнопка относится к одному из предыдущих вопросов. Пожалуйста, ответьте на текущий:
error-use-choices = Пожалуйста, выберите один из ответов: кнопкой, его номером или текстом.
error-scale = Пожалуйста, выберите значение от { $min } до { $max }.
error-too-many = Пожалуйста, выберите не более { $max ->
    [one] { $max } ответа
    [few] { $max } ответов
    [many] { $max } ответов
   *[other] { $max } ответа
}.
error-too-few = Пожалуйста, выберите не менее { $min ->
    [one] { $min } ответа
    [few] { $min } ответов
    [many] { $min } ответов
   *[other] { $min } ответа
}.
error-empty = Ответ пустой. Пожалуйста, напишите что-нибудь.
error-too-long = В Вашем тексте { $length ->
    [one] { $length } символ
    [few] { $length } символа
    [many] { $length } символов
   *[other] { $length } символа
}, а допускается не более { $max }. Пожалуйста, сократите его.
error-not-a-number = Это некорректное число. { $hint }
error-out-of-range = Это число выходит за пределы допустимого диапазона. { $hint }
error-no-back = Дальше назад вернуться нельзя.
error-cannot-skip = Этот вопрос нельзя пропустить.
error-internal = Извините, произошла техническая ошибка. Пожалуйста, попробуйте ещё раз чуть позже.
record-reset = К сожалению, нам не удалось прочитать Ваши прежние данные, поэтому Вы начинаете сначала. Старые данные сохранены; по Вашему запросу команда может их проверить.

## Меню команд (Telegram показывает его рядом с полем ввода)

command-start = Начать или продолжить консультацию
command-help = Справка и все команды
command-consultations = Открытые консультации
command-idea = Предложить идею
command-language = Сменить язык
command-privacy = Информация о защите данных
command-back = К предыдущему вопросу
command-cancel = Отменить текущий шаг

## Telegram

telegram-group-pointer = В группах я ответы не принимаю — Ваши ответы принадлежат Вам. Пожалуйста, напишите мне в личные сообщения: { $link }

## Мои данные и удаление

mydata-intro = Вот что мы сохранили о Вас (псевдоним { $id }, с { $since }):
mydata-language = Язык: { $language }
mydata-consent = Согласие: { $given ->
    [yes] дано
   *[no] не дано
}, дата: { $at } (информация о защите данных, версия { $version })
mydata-no-consent = Согласие: ещё не запрашивалось
mydata-contact = Адрес, по которому мы Вам отвечаем: { $platform } { $address }
mydata-consultation = { $title }: { $count ->
    [one] { $count } ответ
    [few] { $count } ответа
    [many] { $count } ответов
   *[other] { $count } ответа
}, { $completed ->
    [yes] завершено
   *[no] ещё не завершено
}
mydata-answer = – { $question } → { $answer }
mydata-idea = Идея { $id } «{ $title }»: { $status }
mydata-nothing = У Вас пока нет ни ответов, ни идей.
mydata-file = Все эти данные Вы также получаете в виде файла (JSON). С помощью /forget Вы можете удалить их полностью.
idea-status-submitted = подано
idea-status-review = на рассмотрении
idea-status-accepted = принято
idea-status-rejected = отклонено
idea-status-implemented = реализовано
forget-question = Удалить всё, что мы о Вас сохранили, — ответы, идеи, согласие и Ваш адрес? Отменить это действие будет невозможно.
choice-forget-yes = Да, удалить всё
choice-forget-no = Нет, сохранить
forget-done = Готово: все Ваши данные удалены. Если захотите снова принять участие, отправьте /start — Вы начнёте заново.
forget-kept = Хорошо, Ваши данные остаются сохранёнными.
command-mydata = Мои сохранённые данные
command-forget = Удалить все мои данные
file-attached = Файл { $name }:

## Matrix

matrix-group-decline = Здравствуйте! Я провожу консультации только в личном чате с одним человеком, чтобы Ваши ответы принадлежали только Вам. Пожалуйста, пригласите меня в личный чат. Сейчас я покину эту комнату.
matrix-room-exposed = Эта комната указана как комната администраторов или сотрудников, но вход в неё возможен не только по приглашению. Пока это так, я не принимаю здесь команды и не отправляю сюда сводки. Пожалуйста, сделайте комнату доступной «Только по приглашению».

## Сводка для команды (digest)

digest-title = mitreden — сводка с { $from } по { $to }
digest-nothing = С { $from } новых материалов нет.
digest-runs = Новые: начато — { $started }, завершено — { $completed }. Всего: начато — { $totalStarted }, завершено — { $totalCompleted } ({ $rate } %).
digest-answered = { $answered ->
    [one] { $answered } ответ
    [few] { $answered } ответа
    [many] { $answered } ответов
   *[other] { $answered } ответа
}, пропущено: { $skipped }
digest-number = Среднее { $mean }, медиана { $median }
digest-ideas-new = Новые идеи: { $count }
digest-idea = { $id } «{ $title }» — { $field }, { $time }, автор: { $author }
digest-idea-statuses = Идеи по статусам: { $list }
digest-file = Ответы и идеи за этот период — в прикреплённом CSV-файле.
error-unreadable = Ваше сообщение пришло в зашифрованном виде, но прочитать его не удалось. Пожалуйста, отправьте его ещё раз.
myideas-none = Вы ещё не предложили ни одной идеи. Это можно сделать в любой момент с помощью /idea.
command-myideas = Мои идеи и их статус

## Администрирование (администраторы)

admin-not-permitted = Это могут делать только администраторы. Что Вы можете сделать здесь, покажет /help.
admin-unknown = Команды администратора «{ $command }» не существует. /admin help покажет все команды.
admin-usage = Не совсем так: см. /admin help, команда «{ $command }».
admin-help =
    Команды администратора (в личном чате — с /admin в начале, в комнате администраторов — с !):
    consultations — все консультации со статусом и цифрами
    ideas [new|review|accepted|rejected|implemented|published|all] — список идей
    idea ID — идея целиком
    idea ID status review|accepted|rejected|implemented|awarded [ответ] — установить статус; ответ увидят автор идеи, поддержавшие её и публичный список
    idea ID note ТЕКСТ — внутренняя заметка (только для команды, никогда для граждан)
    review ID N on|off — сделать N-й отзыв специалистов об идее публичным или снова только внутренним
    merge ID ЦЕЛЬ — объединить идею-дубликат с другой (голоса поддержки переходят к ней)
    ask ID ВОПРОС — задать вопрос автору идеи; ответ придёт в этот чат
    ideas ranked — идеи по оценке жюри (взвешенное среднее, число оценок, разброс)
    ideas department НАЗВАНИЕ — идеи одного отдела
    idea ID assign НАЗВАНИЕ — передать идею отделу
    publish ID / unpublish ID — опубликовать идею (граждане смогут её поддержать) или снять с публикации
    open ID / close ID — открыть или закрыть консультацию сейчас
    schedule ID С ПО — задать период (2026-12-01 или 2026-12-01T08:00:00+01:00)
    reload — заново загрузить файлы консультаций и тексты
    settings — показать настройки
    set КЛЮЧ ЗНАЧЕНИЕ / unset КЛЮЧ — изменить настройку или вернуть значение из конфигурации
    broadcast ID СООБЩЕНИЕ — сообщение всем, кто участвовал в ID и дал согласие
    admins / add КТО / remove КТО — показать, добавить, удалить администраторов (@name:server или Telegram-ID)
    jurors / juror add КТО / juror remove КТО — жюри: кто оценивает идеи с помощью /rate
    invite ГРУППА N [single|multi] [until ДАТА] / invites / revoke ГРУППА — коды приглашения для группы (например, experts) в виде файла, их учёт, отзыв
    qr ID МЕТКА — ссылка и QR-код для мероприятия (например, семинара); участие через них учитывается отдельно по каждому мероприятию
    results ID on|off — показывать или не показывать в /results цифры по выбранным вопросам
    export [ID] [json] — все данные (или данные одной консультации) в виде файла: CSV для Excel или JSON
    audit [N] — последние записи журнала
admin-consultation = { $id }: { $title } — { $state ->
    [open] открыта
    [draft] ещё не открыта
   *[closed] закрыта
} (с { $opens } по { $closes }), участников: { $participants }, завершили: { $completed }
admin-no-ideas = Идей нет.
admin-idea-line = { $id } «{ $title }» — { $field } — { $status } — { $supporters ->
    [one] { $supporters } голос поддержки
    [few] { $supporters } голоса поддержки
    [many] { $supporters } голосов поддержки
   *[other] { $supporters } голоса поддержки
}{ $published ->
    [yes] , опубликована
   *[no] {""}
}
admin-unknown-idea = Идеи { $id } не существует.
admin-idea-full =
    { $id } «{ $title }»
    { $description }
    Направление деятельности: { $field }; статус: { $status }; подана { $time }, автор: { $author }
    { $supporters ->
        [one] { $supporters } голос поддержки
        [few] { $supporters } голоса поддержки
        [many] { $supporters } голосов поддержки
       *[other] { $supporters } голоса поддержки
    }; { $published ->
        [yes] опубликована
       *[no] не опубликована
    }; { $publishable ->
        [yes] можно публиковать
       *[no] только для внутреннего пользования (не публиковать)
    }
admin-status-set = Статус идеи { $id } теперь «{ $status }». { $notified ->
    [yes] Автор идеи получит уведомление.
   *[no] С автором идеи больше нельзя связаться.
}
admin-audit-line = { $at } { $actor }: { $action } — { $detail }
idea-status-changed = Новости о Вашей идее { $id } «{ $title }»: её статус теперь «{ $status }». { $comment }
admin-window-set = Консультация «{ $title }» теперь { $state ->
    [open] открыта
   *[closed] закрыта
}.

admin-help-staff =
    Команды для сотрудников (в комнате команды — с !):
    consultations — все консультации со статусом и цифрами
    ideas [new|review|accepted|rejected|implemented|published|all] — список идей
    idea ID — идея целиком
    idea ID status review|accepted|rejected|implemented|awarded [ответ] — установить статус; ответ увидят автор идеи, поддержавшие её и публичный список
    idea ID note ТЕКСТ — внутренняя заметка (только для команды, никогда для граждан)
    review ID N on|off — сделать N-й отзыв специалистов об идее публичным или снова только внутренним
    merge ID ЦЕЛЬ — объединить идею-дубликат с другой (голоса поддержки переходят к ней)
    ask ID ВОПРОС — задать вопрос автору идеи; ответ придёт в этот чат
    ideas ranked — идеи по оценке жюри (взвешенное среднее, число оценок, разброс)
    ideas department НАЗВАНИЕ — идеи одного отдела
    idea ID assign НАЗВАНИЕ — передать идею отделу
    publish ID / unpublish ID — опубликовать идею или снять с публикации
    export [ID] [json] — данные в виде файла (CSV для Excel или JSON)
    digest — сводка прямо сейчас
admin-published = Идея { $id } опубликована; граждане могут поддержать её через /ideas.
admin-unpublished = Идея { $id } снята с публикации.
admin-reloaded = Загружено заново: { $count ->
    [one] { $count } консультация
    [few] { $count } консультации
    [many] { $count } консультаций
   *[other] { $count } консультации
}.
admin-reload-failed =
    Повторная загрузка отклонена; продолжает действовать прежняя версия. Ошибка:
    { $error }
admin-setting-line = { $key } = { $value } ({ $source ->
    [chat] задано в чате
   *[config] конфигурация
})
admin-setting-unknown = Настройки «{ $key }» не существует. /admin settings покажет все настройки.
admin-setting-set = Значение { $key } теперь: «{ $value }».
admin-setting-unset = Значение { $key } снова берётся из конфигурации: «{ $value }».
admin-setting-invalid = «{ $value }» не подходит для { $key }: { $hint }
setting-hint-language = язык, который знает mitreden (de, en).
setting-hint-onoff = on или off.
setting-hint-max = целое число от 0 (без ограничения) до 1000.
setting-hint-rate = число сообщений в минуту, от 0 (без ограничения) до 600.
setting-hint-room = ID комнаты Matrix (!abc:server). В чате Matrix можно также указать псевдоним (#team:server); он сразу преобразуется в ID и поэтому должен уже существовать.
setting-hint-schedule = daily 08:00, weekly mon 08:00 или every 6h (также 30m, 90s; не менее 10s).
setting-hint-timezone = часовой пояс IANA, например Europe/Berlin.
setting-hint-text = текст длиной от 1 до 1000 символов.
admin-broadcast-queued = Сообщение будет отправлено { $count ->
    [one] { $count } получателю
    [few] { $count } получателям
    [many] { $count } получателям
   *[other] { $count } получателям
}. Я буду сообщать о ходе рассылки.
admin-broadcast-progress = Рассылка: отправлено { $done } из { $total } …
admin-broadcast-done = Рассылка завершена: доставлено — { $delivered }, не доставлено — { $failed }.
broadcast-message =
    Сообщение о консультации «{ $title }»:
    { $message }
admin-admin-line = { $who } ({ $source ->
    [chat] добавлено в чате
   *[config] конфигурация
})
admin-admin-added = { $who } теперь администратор.
admin-admin-exists = { $who } уже администратор.
admin-admin-configured = Администратор { $who } задан в конфигурации, и удалить его можно только там.
admin-admin-removed = { $who } больше не администратор.
admin-admin-unknown = { $who } не входит в число администраторов, добавленных в чате.

## Поддержка идей

ideas-public-none = Опубликованных идей пока нет. Загляните, пожалуйста, позже.
ideas-public-page = Опубликованные идеи (страница { $page } из { $pages }):
ideas-public-line = { $id } «{ $title }» — { $field }: { $description } ({ $supporters ->
    [one] { $supporters } голос поддержки
    [few] { $supporters } голоса поддержки
    [many] { $supporters } голосов поддержки
   *[other] { $supporters } голоса поддержки
}{ $mark ->
    [own] , Ваша идея
    [supported] , Вы её поддерживаете
   *[none] {""}
})
choice-support = 👍 Поддержать { $id }
choice-previous = ◀ Назад
choice-next = Далее ▶
browse-closed = Хорошо. Вернуться можно в любой момент с помощью /ideas.
idea-supported = Спасибо! Вы поддерживаете { $id } — теперь у идеи { $supporters ->
    [one] { $supporters } голос поддержки
    [few] { $supporters } голоса поддержки
    [many] { $supporters } голосов поддержки
   *[other] { $supporters } голоса поддержки
}.
idea-support-twice = Вы уже поддерживаете { $id }.
idea-support-own = Поддержать собственную идею нельзя.
idea-published = Ваша идея { $id } «{ $title }» опубликована: другие участники могут увидеть и поддержать её через /ideas.
mydata-supports = Вы поддерживаете: { $ids }
command-ideas = Поддержать опубликованные идеи
ideas-paused = Сейчас идеи не принимаются. Ваши ответы на вопросы по-прежнему очень важны.
ideas-limit = Вы уже предложили { $max ->
    [one] { $max } идею
    [few] { $max } идеи
    [many] { $max } идей
   *[other] { $max } идеи
} в рамках этой консультации; больше предложить нельзя.
error-too-fast = Вы отправили очень много сообщений за короткое время. Пожалуйста, подождите минуту, а затем отправьте последнее сообщение ещё раз.
welcome-custom = { $text }
idea-supported-status-changed = Новости об идее, которую Вы поддерживаете: статус идеи { $id } «{ $title }» теперь «{ $status }». { $comment }
digest-most-supported = Опубликованные идеи с наибольшей поддержкой:
digest-supported-idea = { $id } «{ $title }» — { $supporters ->
    [one] { $supporters } голос поддержки
    [few] { $supporters } голоса поддержки
    [many] { $supporters } голосов поддержки
   *[other] { $supporters } голоса поддержки
}
admin-export-ready = Данные в виде файла (под псевдонимами). Прохождений: { $runs }, ответов: { $answers }, идей: { $ideas }.
admin-export-not-here = В целях защиты данных экспорт отправляется только в чаты на платформах: { $platforms }. Пожалуйста, запросите экспорт там.

## Другие ответы и ранжирование
choice-other = Другой ответ …
hint-other = Пожалуйста, напишите свой ответ (не более { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
}).
other-chosen-so-far = Также выбрано: { $chosen }
hint-ranking = Расставьте { $count ->
    [one] { $count } вариант
    [few] { $count } варианта
    [many] { $count } вариантов
   *[other] { $count } варианта
} в своём порядке: сначала нажмите на самый важный, затем на следующий — или напишите номера в нужном порядке, например: 3, 1, 2.
ranking-so-far = Ваш порядок на данный момент: { $order }
choice-undo = Отменить последний выбор
error-ranking = Пожалуйста, укажите каждый номер от 1 до { $count } ровно один раз, в нужном Вам порядке, например: 3, 1, 2.
digest-other = Другой ответ
digest-ranked = { $place }. { $label } — среднее место: { $mean }, на 1-м месте: { $first }×

## История идеи
admin-history-status = { $time } { $by }: статус «{ $status }» — ответ: { $answer }
admin-history-note = { $time } { $by }: внутренняя заметка: { $text }
admin-history-published = { $time } { $by }: { $published ->
    [yes] опубликовано
   *[no] убрано из публичного списка
}
admin-note-added = Заметка к { $id } сохранена (видна только команде).
idea-answer = Ответ министерства по идее { $id }: { $answer }
choice-unsupport = ↩ Отозвать поддержку { $id }
choice-more = Подробнее о { $id }
ideas-public-full =
    { $id } «{ $title }»
    { $description }
idea-unsupported = Вы больше не поддерживаете { $id } — теперь у идеи { $supporters ->
    [one] { $supporters } голос поддержки
    [few] { $supporters } голоса поддержки
    [many] { $supporters } голосов поддержки
   *[other] { $supporters } голоса поддержки
}.
idea-terms-hint = Отправляя идею, Вы принимаете эти условия. Можно ли публиковать Вашу идею, Вы решаете сами, выбрав соответствующую кнопку.
idea-internal-only = Ваша идея останется внутренней: её оценят, но не опубликуют.
admin-publish-internal = Идея { $id } подана с пометкой «только для министерства» и не будет опубликована.

## Жюри
rate-not-juror = Оценивать идеи могут только члены жюри.
rate-none-left = Все идеи оценены — спасибо! Позже проверьте с помощью /rate, не появились ли новые.
rate-stopped = Оценка приостановлена. Чтобы продолжить, отправьте /rate.
rate-idea =
    Идея { $id } «{ $title }» — { $field }
    { $description }
rate-criterion = Критерий { $position } из { $total }: { $criterion } ({ $min } = совсем нет … { $max } = в полной мере)
rate-note = Хотите добавить комментарий для жюри (не более { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
})? Просто напишите его или нажмите «Без комментария».
choice-no-note = Без комментария
choice-rate-skip = Эту идею позже
rate-saved = Сохранено. У идеи { $id } сейчас { $score } из 100 баллов ({ $ratings ->
    [one] { $ratings } оценка
    [few] { $ratings } оценки
    [many] { $ratings } оценок
   *[other] { $ratings } оценки
}, разброс { $spread }).
admin-juror-line = { $who }
admin-no-jurors = В жюри пока никого нет. Добавить участника можно командой «juror add КТО».
admin-juror-added = { $who } теперь входит в жюри и оценивает идеи с помощью /rate.
admin-juror-removed = { $who } больше не входит в жюри.
admin-juror-unknown = { $who } не входит в жюри.
admin-none-rated = Пока ни одна идея не оценена.
admin-ranked-line = { $place }. { $id } «{ $title }» — { $score } из 100 ({ $ratings ->
    [one] { $ratings } оценка
    [few] { $ratings } оценки
    [many] { $ratings } оценок
   *[other] { $ratings } оценки
}, разброс { $spread })
admin-assigned = Ответственный за { $id }: { $department }
admin-history-assigned = { $time } { $by }: передано в { $department }
digest-jury = Оценки жюри на данный момент:

## Вопросы авторам
idea-question =
    Вопрос министерства по Вашей идее { $id } «{ $title }»:
    { $question }
    Просто ответьте здесь — Ваше следующее сообщение будет передано команде.
admin-asked = Вопрос по { $id } сохранён. { $reachable ->
    [yes] Автор идеи получит его; ответ придёт сюда.
   *[no] С автором идеи больше нельзя связаться.
}
admin-history-question = { $time } { $by }: вопрос автору идеи: { $text }
admin-history-reply = { $time } ответ автора идеи: { $text }
idea-reply-sent = Спасибо! Ваш ответ по { $id } передан команде.
idea-reply-came =
    Ответ по { $id } «{ $title }»:
    { $text }

## Собственные идеи
idea-status-withdrawn = отозвано
choice-edit-idea = Изменить { $id }
choice-withdraw-idea = Отозвать { $id }
idea-withdrawn = Идея { $id } отозвана: она больше не будет оцениваться и не будет опубликована.
idea-edited = Ваши изменения в { $id } сохранены.
idea-no-longer-open = Эта идея уже рассматривается, поэтому её больше нельзя изменить или отозвать.
admin-history-author = { $time } { $kind ->
    [edited] изменено
   *[withdrawn] отозвано
} автором идеи
admin-publish-withdrawn = Идея { $id } отозвана автором и не будет опубликована.

## Этапы и результаты
command-results = Ход и результаты консультации
supports-closed = На этом этапе поддерживать идеи уже нельзя. Что будет дальше, можно узнать с помощью /results.
results-title = «{ $title }»
phase-now = Сейчас (с { $since }): { $phase }
phase-next = Далее (с { $from }): { $phase }
results-not-yet = Результатов пока нет; мы сообщим, как только они появятся.
results-link = Подробнее: { $link }
results-figures = В цифрах (участников: { $participants }):
results-question = { $question } ({ $answered ->
    [one] { $answered } ответ
    [few] { $answered } ответа
    [many] { $answered } ответов
   *[other] { $answered } ответа
})
results-option = · { $label }: { $percent } %
results-ranked = { $place }. { $label }
admin-results-released = Цифры по консультации «{ $title }» { $on ->
    [yes] теперь видны в /results.
   *[no] больше не видны в /results.
}
consultation-in-phase = Консультация «{ $title }» больше не принимает ответы. Сейчас: { $phase }. Что будет дальше, можно узнать с помощью /results.
command-follow = Получать новости о консультации
idea-status-awarded = награждено
idea-awarded-news = Награждено: идея { $id } «{ $title }» победила в конкурсе идей. Подробнее — в /ideas и /results.
follow-started = Вы следите за консультацией «{ $title }»: мы сообщим Вам, когда начнётся новый этап и когда идеи будут награждены, а также передадим Вам сообщения министерства. Чтобы отписаться, снова отправьте /follow.
follow-stopped = Вы больше не следите за консультацией «{ $title }».
phase-started = Новости консультации «{ $title }» — начинается этап: { $phase }. Подробнее — в /results.

## Дубликаты
idea-status-merged = объединено
idea-similar = Похожая идея уже есть: { $id } «{ $title }». Вы можете поддержать её вместо того, чтобы подавать новую.
choice-support-instead = 👍 Поддержать { $id } вместо отправки
idea-merged = Ваша идея { $id } объединена с похожей идеей { $into } «{ $title }»; голоса поддержки теперь учитываются там.
idea-merged-into = Похожая идея { $from } «{ $title }» объединена с Вашей идеей { $id }; её голоса поддержки теперь засчитываются Вашей идее.
admin-merged = Идея { $from } объединена с { $into }; теперь у { $into } { $supporters ->
    [one] { $supporters } голос поддержки
    [few] { $supporters } голоса поддержки
    [many] { $supporters } голосов поддержки
   *[other] { $supporters } голоса поддержки
}. Авторы обеих идей получат уведомление.
admin-history-merged = { $time } { $by }: объединено с { $with }

## Приглашения
invite-accepted = Добро пожаловать! У Вас персональное приглашение, поэтому Вы видите также вопросы для Вашей группы.
admin-invited = В ZIP-файле { $count ->
    [one] { $count } код приглашения
    [few] { $count } кода приглашения
    [many] { $count } кодов приглашения
   *[other] { $count } кода приглашения
} для группы «{ $audience }» ({ $single ->
    [yes] каждый — для одного человека
   *[no] многократного использования
}): таблица со ссылками для Telegram и вариантом для Matrix, а также QR-код для печати к каждому коду. Сохранён только отпечаток — храните файл в надёжном месте.
admin-no-invites = Кодов приглашения пока нет.
admin-invites-line = { $audience }: создано кодов: { $made }, использований: { $used }, действительных: { $valid }
admin-invites-revoked = Отозвано действительных кодов для «{ $audience }»: { $count }.
admin-unknown-audience = Группа «{ $audience }» не встречается ни в одной консультации (известные группы: { $known }).
admin-invite-staff = К группе «staff» относятся все, кто находится в комнате команды (Matrix); коды для неё не выдаются.
digest-sources = Начали по ссылкам мероприятий: { $list }
admin-source-links =
    Ссылки для «{ $tag }» — участие, начатое по ним, учитывается (без привязки к личности) в статистике этого мероприятия:
    Telegram: { $telegram }
    Matrix: { $matrix }

## Отзывы приглашённых специалистов
command-review = Дать отзыв об идеях (для приглашённых специалистов)
review-not-expert = Отзывы дают приглашённые специалисты. Если у Вас есть приглашение, начните, воспользовавшись ссылкой или кодом из него.
review-none-left = Спасибо! Сейчас нет опубликованных идей, о которых Вы ещё не дали отзыва.
review-text = Ваш отзыв своими словами: что убеждает, чего не хватает, что Вы рекомендуете? (не более { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
})
review-saved = Спасибо! Ваш отзыв об идее { $id } передан команде. Он будет опубликован, только если так решит команда.
review-stopped = Работа над отзывами приостановлена. Чтобы продолжить, отправьте /review.
ideas-public-review = Экспертный отзыв: { $text }
mydata-review = Ваш отзыв об идее { $id }: { $text }
admin-review-line = Отзыв № { $n } ({ $audience }, { $time }): { $scores } — { $text } { $published ->
    [yes] (публичный)
   *[no] (внутренний; опубликовать: review { $id } { $n } on)
}
admin-review-unknown = У идеи { $id } нет отзыва № { $n }.
admin-review-published = Отзыв № { $n } об идее { $id } { $on ->
    [yes] теперь публичный (под идеей в /ideas).
   *[no] теперь виден только команде.
}
digest-reviews-new = Новые отзывы специалистов: { $count }
digest-review = { $id } «{ $title }» ({ $audience }): { $scores } — { $text }
digest-by-audience = Группа
digest-by-source = Мероприятие
digest-group = { $by } «{ $value }» ({ $runs ->
    [one] { $runs } прохождение
    [few] { $runs } прохождения
    [many] { $runs } прохождений
   *[other] { $runs } прохождения
}):

## Подтверждения и напоминания
restart-question = Действительно начать заново? { $count ->
    [one] Ваш { $count } ответ по консультации «{ $title }» будет удалён.
    [few] Ваши { $count } ответа по консультации «{ $title }» будут удалены.
    [many] Ваши { $count } ответов по консультации «{ $title }» будут удалены.
   *[other] Ваши { $count } ответа по консультации «{ $title }» будут удалены.
}
choice-restart-yes = Да, начать заново
choice-restart-no = Нет, продолжить
restart-kept = Хорошо — Ваши ответы сохраняются.
consent-reminder = Пожалуйста, ответьте «Да, даю согласие» или «Нет». Информацию о защите данных можно в любой момент посмотреть с помощью /privacy.
datetime = { $day }.{ $month }.{ $year }, { $hour }:{ $minute }
