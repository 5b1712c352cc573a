# Тексти прикладової консультації «lebensbildung.digital».

lebensbildung-digital-title = lebensbildung.digital — цифровізація та суспільство
lebensbildung-digital-intro = Цифровізація змінює наше життя — у сім’ї, у навчанні, у культурі та спорті. Міністерство у справах сім’ї, дітей, молоді, культури та спорту землі Північний Рейн-Вестфалія хоче дізнатися, як Ви це відчуваєте: що Вам допомагає, що Вас турбує і чим варто зайнятися землі? Це займе близько п’яти хвилин. Наприкінці Ви також зможете подати власну ідею.

## Запитання

lebensbildung-digital-q-rolle = У якій ролі Ви берете участь? («Фахівець або фахівчиня» означає: Ви професійно працюєте з дітьми, молоддю чи сім’ями, у сфері культури або спорту.)
lebensbildung-digital-q-rolle-buerger = Як приватна особа
lebensbildung-digital-q-rolle-fachkraft = Як фахівець або фахівчиня
lebensbildung-digital-q-rolle-verwaltung = З органів влади
lebensbildung-digital-q-rolle-wissenschaft = З наукової сфери
lebensbildung-digital-q-rolle-andere = Інше

lebensbildung-digital-q-alter = Скільки Вам років?

lebensbildung-digital-q-alltag = Наскільки сильно цифровізація змінює Ваше повсякденне життя?
lebensbildung-digital-q-alltag-min = зовсім не змінює
lebensbildung-digital-q-alltag-max = дуже сильно

lebensbildung-digital-q-chancen = У чому цифровізація допомагає Вам найбільше?
lebensbildung-digital-q-chancen-kontakt = Підтримувати зв’язок
lebensbildung-digital-q-chancen-informieren = Шукати інформацію
lebensbildung-digital-q-chancen-lernen = Навчатися й розвиватися
lebensbildung-digital-q-chancen-arbeit = Робота й професія
lebensbildung-digital-q-chancen-freizeit = Культура, спорт, дозвілля
lebensbildung-digital-q-chancen-erledigen = Швидко вирішувати справи
lebensbildung-digital-q-chancen-keine = Власне, ні в чому

lebensbildung-digital-q-sorgen = Що Вас турбує у зв’язку з цифровізацією?
lebensbildung-digital-q-sorgen-daten = Захист даних і приватність
lebensbildung-digital-q-sorgen-hass = Ненависть і дезінформація
lebensbildung-digital-q-sorgen-kinder = Діти й молодь в інтернеті
lebensbildung-digital-q-sorgen-abgehaengt = Дехто залишається позаду
lebensbildung-digital-q-sorgen-stress = Бути постійно на зв’язку
lebensbildung-digital-q-sorgen-begegnung = Менше живого спілкування
lebensbildung-digital-q-sorgen-keine = Власне, нічого

lebensbildung-digital-q-lernen = Навчання триває все життя: де Ви хотіли б більше дізнатися про комп’ютер, смартфон та інтернет?
lebensbildung-digital-q-lernen-vhs = У народному університеті (VHS)
lebensbildung-digital-q-lernen-bibliothek = У бібліотеці
lebensbildung-digital-q-lernen-familie = На курсах для батьків і сімей
lebensbildung-digital-q-lernen-jugend = У молодіжному центрі чи клубі
lebensbildung-digital-q-lernen-online = Онлайн: курси й відео
lebensbildung-digital-q-lernen-privat = Від рідних і друзів
lebensbildung-digital-q-lernen-keine = Мені зараз не потрібно

lebensbildung-digital-q-kultur = Які цифрові послуги у сфері культури та спорту Ви хотіли б мати?
lebensbildung-digital-q-kultur-museen = Музеї та архіви онлайн
lebensbildung-digital-q-kultur-buehne = Трансляції концертів і вистав
lebensbildung-digital-q-kultur-kreativ = Власна творчість: музика, кіно, ігри
lebensbildung-digital-q-kultur-bewegung = Тренування в застосунку чи з відео
lebensbildung-digital-q-kultur-verein = Організація клубного життя онлайн
lebensbildung-digital-q-kultur-buchen = Бронювати курси, квитки, зали
lebensbildung-digital-q-kultur-vorort = Жодних — краще наживо

lebensbildung-digital-q-verwaltung = Наскільки добре Ви сьогодні можете вирішувати справи з органами влади онлайн, наприклад подавати заяви чи записуватися на прийом? Якщо Ви ще не пробували, просто пропустіть це запитання.
lebensbildung-digital-q-verwaltung-min = дуже погано
lebensbildung-digital-q-verwaltung-max = дуже добре

lebensbildung-digital-q-verbesserung = Що не вдалося — і що слід покращити насамперед?

lebensbildung-digital-q-beteiligt = Чи брали Ви коли-небудь участь у громадських консультаціях онлайн, наприклад в опитуванні органу влади чи в конкурсі ідей?

lebensbildung-digital-q-erfahrung = Що Вам тоді сподобалося — і чого бракувало?

lebensbildung-digital-q-kanal = Як Вам було б найзручніше висловлювати свою думку в майбутньому?
lebensbildung-digital-q-kanal-messenger = У месенджері, як тут
lebensbildung-digital-q-kanal-plattform = На вебсайті
lebensbildung-digital-q-kanal-veranstaltung = На зустрічах наживо
lebensbildung-digital-q-kanal-post = Поштою або телефоном

lebensbildung-digital-q-prioritaeten = Чим міністерству варто зайнятися насамперед?
lebensbildung-digital-q-prioritaeten-lernen = Навчання в будь-якому віці
lebensbildung-digital-q-prioritaeten-jugend = Підтримка дітей і молоді в мережі
lebensbildung-digital-q-prioritaeten-teilhabe = Нікого не залишити позаду
lebensbildung-digital-q-prioritaeten-kultur = Культура й спорт онлайн
lebensbildung-digital-q-prioritaeten-dienste = Прості онлайн-послуги
lebensbildung-digital-q-prioritaeten-mitreden = Більше права голосу для всіх

lebensbildung-digital-q-anmerkungen = Наостанок: чи хочете Ви ще щось передати міністерству — про можливості, побоювання чи побажання? Власну ідею Ви зможете подати одразу після цього.

## Лише для запрошених фахівців

lebensbildung-digital-q-einschaetzung = Для фахівців: наскільки добре органи управління Північного Рейну-Вестфалії підготовлені до цифрової трансформації?
lebensbildung-digital-q-einschaetzung-min = зовсім не підготовлені
lebensbildung-digital-q-einschaetzung-max = дуже добре
lebensbildung-digital-q-empfehlung = Для фахівців: який наступний крок Ви рекомендуєте міністерству?

## Конкурс ідей

lebensbildung-digital-field-ausrichtung = Життя й навчання в цифровому світі
lebensbildung-digital-field-arbeitsprozesse = Проста й цифрова адміністрація
lebensbildung-digital-field-partizipation = Право голосу й співпраця

lebensbildung-digital-ideas-terms =
    Умови участі в конкурсі ідей:
    • Брати участь може кожен і кожна. Подавайте лише власні ідеї, які не порушують прав інших осіб.
    • Фахівці міністерства та журі оцінюють ідеї за встановленими критеріями (оцінки не публікуються); відібрані ідеї доопрацьовують на семінарах разом з їхніми авторами та авторками. Права на реалізацію ідеї чи на винагороду не виникає.
    • Ви дозволяєте міністерству безоплатно використовувати й розвивати Вашу ідею в межах цього процесу, а також — лише якщо Ви оберете «можна публікувати» — публікувати її без Вашого імені, щоб інші могли її побачити й підтримати.
    • Доки Вашу ідею не опубліковано, Ви можете видалити її разом з іншими Вашими даними за допомогою /forget.

lebensbildung-digital-criterion-nutzen = Користь для людей у Північному Рейні-Вестфалії
lebensbildung-digital-criterion-machbarkeit = Здійсненність
lebensbildung-digital-criterion-neuheit = Новизна ідеї

## Етапи та результати

lebensbildung-digital-phase-beteiligung = Участь: відповіді на запитання, подання та підтримка ідей
lebensbildung-digital-phase-jury = Оцінювання: журі оцінює ідеї, найкращі з них доопрацьовують на семінарах разом з їхніми авторами та авторками
lebensbildung-digital-phase-ergebnisse = Результати: міністерство представляє, що буде зроблено за підсумками відповідей та ідей учасників
lebensbildung-digital-results = Дякуємо всім, хто взяв участь! Ваші відповіді буде враховано в цифровій стратегії міністерства. Нагороджені ідеї міністерство разом з їхніми авторами та авторками розвине в пілотні проєкти.
