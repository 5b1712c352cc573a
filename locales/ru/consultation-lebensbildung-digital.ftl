# Тексты примерной консультации «lebensbildung.digital».

lebensbildung-digital-title = lebensbildung.digital — цифровизация и общество
lebensbildung-digital-intro = Цифровизация меняет нашу жизнь — в семье, в учёбе, в культуре и спорте. Министерство по делам семьи, детей, молодёжи, культуры и спорта земли Северный Рейн-Вестфалия хотело бы узнать, как Вы это ощущаете: что Вам помогает, что Вас беспокоит и чем следует заняться земле? Это займёт около пяти минут. В конце Вы также сможете предложить собственную идею.

## Вопросы

lebensbildung-digital-q-rolle = В каком качестве Вы участвуете? («Специалист» означает: Вы профессионально работаете с детьми, молодёжью или семьями, в сфере культуры или спорта.)
lebensbildung-digital-q-rolle-buerger = Как частное лицо
lebensbildung-digital-q-rolle-fachkraft = Как специалист
lebensbildung-digital-q-rolle-verwaltung = Из органов власти
lebensbildung-digital-q-rolle-wissenschaft = Из научной сферы
lebensbildung-digital-q-rolle-andere = Другое

lebensbildung-digital-q-alter = Сколько Вам лет?

lebensbildung-digital-q-alltag = Насколько сильно цифровизация меняет Вашу повседневную жизнь?
lebensbildung-digital-q-alltag-min = совсем не меняет
lebensbildung-digital-q-alltag-max = очень сильно

lebensbildung-digital-q-chancen = В чём цифровизация помогает Вам больше всего?
lebensbildung-digital-q-chancen-kontakt = Оставаться на связи
lebensbildung-digital-q-chancen-informieren = Получать информацию
lebensbildung-digital-q-chancen-lernen = Учиться и развиваться
lebensbildung-digital-q-chancen-arbeit = Работа и профессия
lebensbildung-digital-q-chancen-freizeit = Культура, спорт, досуг
lebensbildung-digital-q-chancen-erledigen = Быстро решать дела
lebensbildung-digital-q-chancen-keine = Пожалуй, ни в чём

lebensbildung-digital-q-sorgen = Что Вас беспокоит в цифровизации?
lebensbildung-digital-q-sorgen-daten = Защита данных и приватность
lebensbildung-digital-q-sorgen-hass = Ненависть и дезинформация
lebensbildung-digital-q-sorgen-kinder = Дети и молодёжь в интернете
lebensbildung-digital-q-sorgen-abgehaengt = Кто-то остаётся позади
lebensbildung-digital-q-sorgen-stress = Постоянно быть на связи
lebensbildung-digital-q-sorgen-begegnung = Меньше живого общения
lebensbildung-digital-q-sorgen-keine = Пожалуй, ничего

lebensbildung-digital-q-lernen = Учиться можно всю жизнь: где Вы хотели бы больше узнать о компьютере, смартфоне и интернете?
lebensbildung-digital-q-lernen-vhs = В народном университете (VHS)
lebensbildung-digital-q-lernen-bibliothek = В библиотеке
lebensbildung-digital-q-lernen-familie = На курсах для родителей и семей
lebensbildung-digital-q-lernen-jugend = В молодёжном центре или клубе
lebensbildung-digital-q-lernen-online = Онлайн: курсы и видео
lebensbildung-digital-q-lernen-privat = У родных и друзей
lebensbildung-digital-q-lernen-keine = Мне сейчас не нужно

lebensbildung-digital-q-kultur = Какие цифровые возможности Вы хотели бы видеть в культуре и спорте?
lebensbildung-digital-q-kultur-museen = Музеи и архивы онлайн
lebensbildung-digital-q-kultur-buehne = Трансляции концертов и спектаклей
lebensbildung-digital-q-kultur-kreativ = Своё творчество: музыка, кино, игры
lebensbildung-digital-q-kultur-bewegung = Тренировки в приложении или по видео
lebensbildung-digital-q-kultur-verein = Организация жизни клуба онлайн
lebensbildung-digital-q-kultur-buchen = Бронировать курсы, билеты, залы
lebensbildung-digital-q-kultur-vorort = Никакие — лучше вживую

lebensbildung-digital-q-verwaltung = Насколько хорошо Вы сегодня можете решать дела с ведомствами онлайн, например подавать заявления или записываться на приём? Если Вы ещё не пробовали, просто пропустите этот вопрос.
lebensbildung-digital-q-verwaltung-min = очень плохо
lebensbildung-digital-q-verwaltung-max = очень хорошо

lebensbildung-digital-q-verbesserung = Что не получилось — и что следует улучшить в первую очередь?

lebensbildung-digital-q-beteiligt = Участвовали ли Вы когда-нибудь в общественном обсуждении онлайн, например в опросе ведомства или в конкурсе идей?

lebensbildung-digital-q-erfahrung = Что Вам тогда понравилось — и чего не хватало?

lebensbildung-digital-q-kanal = Как Вам было бы удобнее всего высказывать своё мнение в будущем?
lebensbildung-digital-q-kanal-messenger = В мессенджере, как здесь
lebensbildung-digital-q-kanal-plattform = На сайте
lebensbildung-digital-q-kanal-veranstaltung = На встречах вживую
lebensbildung-digital-q-kanal-post = По почте или по телефону

lebensbildung-digital-q-prioritaeten = Чем министерству следует заняться в первую очередь?
lebensbildung-digital-q-prioritaeten-lernen = Обучение в любом возрасте
lebensbildung-digital-q-prioritaeten-jugend = Поддержка детей и молодёжи в сети
lebensbildung-digital-q-prioritaeten-teilhabe = Никого не оставить позади
lebensbildung-digital-q-prioritaeten-kultur = Культура и спорт онлайн
lebensbildung-digital-q-prioritaeten-dienste = Простые онлайн-услуги
lebensbildung-digital-q-prioritaeten-mitreden = Больше права голоса для всех

lebensbildung-digital-q-anmerkungen = Напоследок: хотите ли Вы ещё что-нибудь сказать министерству — о возможностях, опасениях или пожеланиях? Собственную идею Вы сможете предложить сразу после этого.

## Только для приглашённых специалистов

lebensbildung-digital-q-einschaetzung = Для специалистов: насколько хорошо органы управления Северного Рейна-Вестфалии подготовлены к цифровой трансформации?
lebensbildung-digital-q-einschaetzung-min = совсем не подготовлены
lebensbildung-digital-q-einschaetzung-max = очень хорошо
lebensbildung-digital-q-empfehlung = Для специалистов: какой следующий шаг Вы рекомендуете министерству?

## Конкурс идей

lebensbildung-digital-field-ausrichtung = Жизнь и обучение в цифровом мире
lebensbildung-digital-field-arbeitsprozesse = Простая и цифровая администрация
lebensbildung-digital-field-partizipation = Право голоса и сотрудничество

lebensbildung-digital-ideas-terms =
    Условия участия в конкурсе идей:
    • Участвовать может каждый. Предлагайте только собственные идеи, которые не нарушают прав других лиц.
    • Специалисты министерства и жюри оценивают идеи в закрытом порядке по установленным критериям; отобранные идеи дорабатываются вместе с их авторами на семинарах. Права на реализацию идеи или на вознаграждение не возникает.
    • Вы разрешаете министерству безвозмездно использовать и развивать Вашу идею в рамках этого процесса, а также — только если Вы выберете «можно публиковать» — публиковать её без указания Вашего имени, чтобы другие могли её увидеть и поддержать.
    • Пока Ваша идея не опубликована, Вы можете удалить её вместе с остальными Вашими данными с помощью /forget.

lebensbildung-digital-criterion-nutzen = Польза для жителей Северного Рейна-Вестфалии
lebensbildung-digital-criterion-machbarkeit = Реализуемость
lebensbildung-digital-criterion-neuheit = Новизна идеи

## Этапы и результаты

lebensbildung-digital-phase-beteiligung = Участие: ответы на вопросы, подача и поддержка идей
lebensbildung-digital-phase-jury = Оценка: жюри оценивает идеи, лучшие из них дорабатываются вместе с авторами на семинарах
lebensbildung-digital-phase-ergebnisse = Результаты: министерство представляет, что будет сделано по итогам ответов и идей участников
lebensbildung-digital-results = Спасибо всем, кто принял участие! Ваши ответы будут учтены в цифровой стратегии министерства. Награждённые идеи министерство вместе с их авторами доработает до пилотных проектов.
