# Тексты примерной консультации «lebensbildung.digital».

lebensbildung-digital-title = lebensbildung.digital — цифровизация и общество
lebensbildung-digital-intro = Цифровизация меняет нашу жизнь. Министерство по делам семьи, детей, молодёжи, культуры и спорта хотело бы узнать, как Вы это ощущаете и что для Вас важно. Ответы займут около пяти минут.

lebensbildung-digital-q-rolle = В каком качестве Вы участвуете?
lebensbildung-digital-q-rolle-buerger = Как частное лицо
lebensbildung-digital-q-rolle-fachkraft = Как специалист в работе с детьми, молодёжью, семьями или в сфере культуры
lebensbildung-digital-q-rolle-verwaltung = Из органов государственного управления
lebensbildung-digital-q-rolle-wissenschaft = Из науки или исследовательской сферы
lebensbildung-digital-q-rolle-andere = Другое

lebensbildung-digital-q-alter = Сколько Вам лет?

lebensbildung-digital-q-alltag = Насколько сильно цифровизация меняет Вашу повседневную жизнь?
lebensbildung-digital-q-alltag-min = совсем не меняет
lebensbildung-digital-q-alltag-max = очень сильно

lebensbildung-digital-q-handlungsfelder = Какие направления деятельности министерства для Вас наиболее важны?
lebensbildung-digital-q-handlungsfelder-ausrichtung = Общественная и отраслевая политика
lebensbildung-digital-q-handlungsfelder-arbeitsprozesse = Цифровизация рабочих процессов
lebensbildung-digital-q-handlungsfelder-partizipation = Участие и сотрудничество

lebensbildung-digital-q-themen = Какими темами министерству следует заняться в первую очередь?
lebensbildung-digital-q-themen-medienkompetenz = Медиаграмотность
lebensbildung-digital-q-themen-datenschutz = Защита данных и неприкосновенность частной жизни
lebensbildung-digital-q-themen-teilhabe = Цифровая инклюзия для всех
lebensbildung-digital-q-themen-kultur = Культура в цифровом пространстве
lebensbildung-digital-q-themen-jugend = Молодёжь и цифровые медиа
lebensbildung-digital-q-themen-familie = Семья и цифровизация

lebensbildung-digital-q-beteiligt = Участвовали ли Вы когда-нибудь в онлайн-консультации или конкурсе идей?

lebensbildung-digital-q-erfahrung = Что Вам тогда понравилось или чего не хватало?

lebensbildung-digital-q-verwaltung = Насколько успешно органы управления переводят свои рабочие процессы в цифровой формат?
lebensbildung-digital-q-verwaltung-min = очень плохо
lebensbildung-digital-q-verwaltung-max = очень хорошо

lebensbildung-digital-q-verbesserung = Что в работе органов управления следует изменить в первую очередь?

lebensbildung-digital-q-kanal = Как Вам было бы удобнее всего участвовать в будущем?
lebensbildung-digital-q-kanal-messenger = В мессенджере, как здесь
lebensbildung-digital-q-kanal-plattform = На онлайн-платформе для участия
lebensbildung-digital-q-kanal-veranstaltung = На мероприятиях и семинарах
lebensbildung-digital-q-kanal-post = По почте или по телефону

lebensbildung-digital-q-prioritaeten = Чем министерству следует заняться в первую очередь? Расставьте три направления деятельности в своём порядке.
lebensbildung-digital-q-prioritaeten-ausrichtung = Общественная и отраслевая политика
lebensbildung-digital-q-prioritaeten-arbeitsprozesse = Цифровизация рабочих процессов
lebensbildung-digital-q-prioritaeten-partizipation = Участие и сотрудничество

lebensbildung-digital-field-ausrichtung = Общественная и отраслевая политика
lebensbildung-digital-field-arbeitsprozesse = Цифровизация рабочих процессов
lebensbildung-digital-field-partizipation = Участие и сотрудничество

lebensbildung-digital-ideas-terms =
    Условия участия в конкурсе идей:
    • Участвовать может каждый. Предлагайте только собственные идеи, которые не нарушают прав других лиц.
    • Специалисты министерства и жюри оценивают идеи в закрытом порядке по установленным критериям; отобранные идеи дорабатываются вместе с их авторами на семинарах. Права на реализацию идеи или на вознаграждение не возникает.
    • Вы разрешаете министерству безвозмездно использовать и развивать Вашу идею в рамках этого процесса, а также — только если Вы выберете «можно публиковать» — публиковать её без указания Вашего имени, чтобы другие могли её увидеть и поддержать.
    • Пока Ваша идея не опубликована, Вы можете удалить её вместе с остальными Вашими данными с помощью /forget.

lebensbildung-digital-criterion-nutzen = Польза для жителей Северного Рейна-Вестфалии
lebensbildung-digital-criterion-machbarkeit = Реализуемость
lebensbildung-digital-criterion-neuheit = Новизна идеи

lebensbildung-digital-phase-beteiligung = Участие: ответы на вопросы, подача и поддержка идей
lebensbildung-digital-phase-jury = Оценка: жюри оценивает идеи, лучшие из них дорабатываются вместе с авторами на семинарах
lebensbildung-digital-phase-ergebnisse = Результаты: министерство представляет, что будет сделано по итогам ответов и идей участников
lebensbildung-digital-results = Спасибо всем, кто принял участие! Результаты войдут в цифровую стратегию министерства; награждённые идеи будут реализованы как пилотные проекты.

lebensbildung-digital-q-einschaetzung = Для специалистов: насколько хорошо органы управления Северного Рейна-Вестфалии подготовлены к цифровой трансформации?
lebensbildung-digital-q-einschaetzung-min = совсем не подготовлены
lebensbildung-digital-q-einschaetzung-max = очень хорошо
lebensbildung-digital-q-empfehlung = Для специалистов: какой следующий шаг Вы рекомендуете министерству?
