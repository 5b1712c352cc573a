# Тексти прикладової консультації «lebensbildung.digital».

lebensbildung-digital-title = lebensbildung.digital — цифровізація та суспільство
lebensbildung-digital-intro = Цифровізація змінює наше життя. Міністерство у справах сім’ї, дітей, молоді, культури та спорту хоче дізнатися, як Ви це відчуваєте і що для Вас важливо. Відповіді займуть близько п’яти хвилин.

lebensbildung-digital-q-rolle = У якій ролі Ви берете участь?
lebensbildung-digital-q-rolle-buerger = Як приватна особа
lebensbildung-digital-q-rolle-fachkraft = Як фахівець або фахівчиня в роботі з дітьми, молоддю, сім’ями чи у сфері культури
lebensbildung-digital-q-rolle-verwaltung = З органів державного управління
lebensbildung-digital-q-rolle-wissenschaft = З науки чи досліджень
lebensbildung-digital-q-rolle-andere = Інше

lebensbildung-digital-q-alter = Скільки Вам років?

lebensbildung-digital-q-alltag = Наскільки сильно цифровізація змінює Ваше повсякденне життя?
lebensbildung-digital-q-alltag-min = зовсім не змінює
lebensbildung-digital-q-alltag-max = дуже сильно

lebensbildung-digital-q-handlungsfelder = Які напрями діяльності міністерства для Вас найважливіші?
lebensbildung-digital-q-handlungsfelder-ausrichtung = Суспільна та галузева політика
lebensbildung-digital-q-handlungsfelder-arbeitsprozesse = Цифровізація робочих процесів
lebensbildung-digital-q-handlungsfelder-partizipation = Участь і співпраця

lebensbildung-digital-q-themen = Якими темами міністерству варто зайнятися насамперед?
lebensbildung-digital-q-themen-medienkompetenz = Медіаграмотність
lebensbildung-digital-q-themen-datenschutz = Захист даних і приватність
lebensbildung-digital-q-themen-teilhabe = Цифрова інклюзія для всіх
lebensbildung-digital-q-themen-kultur = Культура в цифровому просторі
lebensbildung-digital-q-themen-jugend = Молодь і цифрові медіа
lebensbildung-digital-q-themen-familie = Сім’я та цифровізація

lebensbildung-digital-q-beteiligt = Чи брали Ви коли-небудь участь в онлайн-консультації або конкурсі ідей?

lebensbildung-digital-q-erfahrung = Що Вам тоді сподобалося або чого бракувало?

lebensbildung-digital-q-verwaltung = Наскільки успішно органам управління вдається переводити свої робочі процеси в цифровий формат?
lebensbildung-digital-q-verwaltung-min = дуже погано
lebensbildung-digital-q-verwaltung-max = дуже добре

lebensbildung-digital-q-verbesserung = Що в роботі органів управління слід змінити насамперед?

lebensbildung-digital-q-kanal = Як Вам було б найзручніше брати участь у майбутньому?
lebensbildung-digital-q-kanal-messenger = У месенджері, як тут
lebensbildung-digital-q-kanal-plattform = На онлайн-платформі для участі
lebensbildung-digital-q-kanal-veranstaltung = На заходах і семінарах
lebensbildung-digital-q-kanal-post = Поштою або телефоном

lebensbildung-digital-q-prioritaeten = Чим міністерству варто зайнятися насамперед? Розташуйте три напрями діяльності у власному порядку.
lebensbildung-digital-q-prioritaeten-ausrichtung = Суспільна та галузева політика
lebensbildung-digital-q-prioritaeten-arbeitsprozesse = Цифровізація робочих процесів
lebensbildung-digital-q-prioritaeten-partizipation = Участь і співпраця

lebensbildung-digital-field-ausrichtung = Суспільна та галузева політика
lebensbildung-digital-field-arbeitsprozesse = Цифровізація робочих процесів
lebensbildung-digital-field-partizipation = Участь і співпраця

lebensbildung-digital-ideas-terms =
    Умови участі в конкурсі ідей:
    • Брати участь може кожен і кожна. Подавайте лише власні ідеї, які не порушують прав інших осіб.
    • Фахівці міністерства та журі оцінюють ідеї у внутрішньому порядку за встановленими критеріями; відібрані ідеї доопрацьовують на семінарах разом з їхніми авторами та авторками. Права на реалізацію ідеї чи на винагороду не виникає.
    • Ви дозволяєте міністерству безоплатно використовувати й розвивати Вашу ідею в межах цього процесу, а також — лише якщо Ви оберете «можна публікувати» — публікувати її без Вашого імені, щоб інші могли її побачити й підтримати.
    • Доки Вашу ідею не опубліковано, Ви можете видалити її разом з іншими Вашими даними за допомогою /forget.

lebensbildung-digital-criterion-nutzen = Користь для людей у Північному Рейні-Вестфалії
lebensbildung-digital-criterion-machbarkeit = Здійсненність
lebensbildung-digital-criterion-neuheit = Новизна ідеї

lebensbildung-digital-phase-beteiligung = Участь: відповіді на запитання, подання та підтримка ідей
lebensbildung-digital-phase-jury = Оцінювання: журі оцінює ідеї, найкращі з них доопрацьовують на семінарах разом з їхніми авторами та авторками
lebensbildung-digital-phase-ergebnisse = Результати: міністерство представляє, що буде зроблено за підсумками відповідей та ідей учасників
lebensbildung-digital-results = Дякуємо всім, хто взяв участь! Результати ввійдуть до цифрової стратегії міністерства; нагороджені ідеї буде втілено як пілотні проєкти.

lebensbildung-digital-q-einschaetzung = Для фахівців: наскільки добре органи управління Північного Рейну-Вестфалії підготовлені до цифрової трансформації?
lebensbildung-digital-q-einschaetzung-min = зовсім не підготовлені
lebensbildung-digital-q-einschaetzung-max = дуже добре
lebensbildung-digital-q-empfehlung = Для фахівців: який наступний крок Ви рекомендуєте міністерству?
