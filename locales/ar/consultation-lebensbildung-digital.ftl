# نصوص المشاورة النموذجية «lebensbildung.digital».

lebensbildung-digital-title = lebensbildung.digital – الرقمنة والمجتمع
lebensbildung-digital-intro = تُغيّر الرقمنة حياتنا – في الأسرة، وفي التعلّم، وفي الثقافة والرياضة. وتودّ وزارة الأسرة والطفولة والشباب والثقافة والرياضة في ولاية شمال الراين-وستفاليا التعرّف على تجربتك مع ذلك: ما الذي يساعدك، وما الذي يقلقك، وما الذي ينبغي للولاية أن تعمل عليه؟ يستغرق ذلك نحو خمس دقائق. ويمكنك في النهاية أيضًا تقديم فكرتك الخاصة.

## الأسئلة

lebensbildung-digital-q-rolle = ما صفة مشاركتك؟ (الصفة المهنية تعني أنك تعمل بحكم مهنتك مع الأطفال أو الشباب أو الأسر، أو في مجال الثقافة أو الرياضة.)
lebensbildung-digital-q-rolle-buerger = بصفة مواطن أو مواطنة
lebensbildung-digital-q-rolle-fachkraft = بصفة مهنية
lebensbildung-digital-q-rolle-verwaltung = من الإدارة العامة
lebensbildung-digital-q-rolle-wissenschaft = من الوسط العلمي
lebensbildung-digital-q-rolle-andere = صفة أخرى

lebensbildung-digital-q-alter = كم عمرك؟

lebensbildung-digital-q-alltag = إلى أي مدى تُغيّر الرقمنة حياتك اليومية؟
lebensbildung-digital-q-alltag-min = لا على الإطلاق
lebensbildung-digital-q-alltag-max = بدرجة كبيرة جدًا

lebensbildung-digital-q-chancen = في أيّ المجالات تساعدك الرقمنة أكثر من غيرها؟
lebensbildung-digital-q-chancen-kontakt = البقاء على تواصل
lebensbildung-digital-q-chancen-informieren = الحصول على المعلومات
lebensbildung-digital-q-chancen-lernen = التعلّم وتطوير المهارات
lebensbildung-digital-q-chancen-arbeit = العمل والمهنة
lebensbildung-digital-q-chancen-freizeit = الثقافة والرياضة ووقت الفراغ
lebensbildung-digital-q-chancen-erledigen = إنجاز الأمور بسرعة
lebensbildung-digital-q-chancen-keine = لا تساعدني في الحقيقة

lebensbildung-digital-q-sorgen = ما الذي يقلقك في الرقمنة؟
lebensbildung-digital-q-sorgen-daten = حماية البيانات والخصوصية
lebensbildung-digital-q-sorgen-hass = خطاب الكراهية والأخبار الكاذبة
lebensbildung-digital-q-sorgen-kinder = الأطفال والشباب على الإنترنت
lebensbildung-digital-q-sorgen-abgehaengt = تخلّف بعض الناس عن الركب
lebensbildung-digital-q-sorgen-stress = أن يكون المرء متاحًا طوال الوقت
lebensbildung-digital-q-sorgen-begegnung = تراجع اللقاءات الحقيقية
lebensbildung-digital-q-sorgen-keine = لا شيء في الحقيقة

lebensbildung-digital-q-lernen = التعلّم لا يتوقف: أين بودّك أن تتعلّم المزيد عن الحاسوب والهاتف المحمول والإنترنت؟
lebensbildung-digital-q-lernen-vhs = في مركز لتعليم الكبار
lebensbildung-digital-q-lernen-bibliothek = في المكتبة
lebensbildung-digital-q-lernen-familie = في دورات للوالدين والأسر
lebensbildung-digital-q-lernen-jugend = في مركز للشباب أو نادٍ
lebensbildung-digital-q-lernen-online = عبر الإنترنت بدورات ومقاطع فيديو
lebensbildung-digital-q-lernen-privat = من الأهل والأصدقاء
lebensbildung-digital-q-lernen-keine = لا أحتاج إلى ذلك حاليًا

lebensbildung-digital-q-kultur = ما العروض الرقمية التي تتمنّاها في مجالَي الثقافة والرياضة؟
lebensbildung-digital-q-kultur-museen = المتاحف والأرشيفات على الإنترنت
lebensbildung-digital-q-kultur-buehne = بثّ الحفلات الموسيقية والمسرحيات
lebensbildung-digital-q-kultur-kreativ = الإبداع الذاتي: موسيقى، أفلام، ألعاب
lebensbildung-digital-q-kultur-bewegung = التمارين عبر تطبيق أو فيديو
lebensbildung-digital-q-kultur-verein = تنظيم أنشطة النادي عبر الإنترنت
lebensbildung-digital-q-kultur-buchen = حجز الدورات والتذاكر والقاعات
lebensbildung-digital-q-kultur-vorort = لا شيء – أفضّل الحضور شخصيًا

lebensbildung-digital-q-verwaltung = إلى أي مدى يمكنك اليوم إنجاز معاملاتك لدى الجهات الرسمية عبر الإنترنت، مثل تقديم الطلبات أو حجز المواعيد؟ إذا لم تجرّب ذلك بعد، فيمكنك ببساطة تخطي هذا السؤال.
lebensbildung-digital-q-verwaltung-min = سيئ جدًا
lebensbildung-digital-q-verwaltung-max = جيد جدًا

lebensbildung-digital-q-verbesserung = ما الذي لم ينجح – وما الذي ينبغي تحسينه أولًا؟

lebensbildung-digital-q-beteiligt = هل سبق لك أن أسهمت عبر الإنترنت في عملية لإشراك المواطنين، مثل استطلاع رأي أجرته جهة رسمية أو مسابقة أفكار؟

lebensbildung-digital-q-erfahrung = ما الذي أعجبك في ذلك – وما الذي كان ينقصه؟

lebensbildung-digital-q-kanal = ما الطريقة التي تفضّلها لإبداء رأيك مستقبلًا؟
lebensbildung-digital-q-kanal-messenger = عبر تطبيق مراسلة، كما هنا
lebensbildung-digital-q-kanal-plattform = عبر موقع إلكتروني
lebensbildung-digital-q-kanal-veranstaltung = في لقاءات حضورية
lebensbildung-digital-q-kanal-post = بالبريد أو الهاتف

lebensbildung-digital-q-prioritaeten = بماذا ينبغي للوزارة أن تبدأ؟
lebensbildung-digital-q-prioritaeten-lernen = التعلّم في كل الأعمار
lebensbildung-digital-q-prioritaeten-jugend = تمكين الأطفال والشباب على الإنترنت
lebensbildung-digital-q-prioritaeten-teilhabe = ألّا يتخلّف أحد عن الركب
lebensbildung-digital-q-prioritaeten-kultur = الثقافة والرياضة رقميًا
lebensbildung-digital-q-prioritaeten-dienste = خدمات إلكترونية بسيطة
lebensbildung-digital-q-prioritaeten-mitreden = مشاركة أكبر للجميع في القرار

lebensbildung-digital-q-anmerkungen = وأخيرًا: هل بودّك أن تنقل إلى الوزارة شيئًا آخر – فرصة أو مصدر قلق أو أمنية؟ ويمكنك بعد ذلك مباشرةً تقديم فكرتك الخاصة.

## لأهل الاختصاص المدعوّين فقط

lebensbildung-digital-q-einschaetzung = لأهل الاختصاص: ما مدى استعداد الإدارة العامة في ولاية شمال الراين-وستفاليا للتحول الرقمي؟
lebensbildung-digital-q-einschaetzung-min = غير مستعدة إطلاقًا
lebensbildung-digital-q-einschaetzung-max = مستعدة جيدًا جدًا
lebensbildung-digital-q-empfehlung = لأهل الاختصاص: ما توصيتك للوزارة بشأن الخطوة التالية؟

## مسابقة الأفكار

lebensbildung-digital-field-ausrichtung = الحياة والتعلّم في العالم الرقمي
lebensbildung-digital-field-arbeitsprozesse = إدارة عامة بسيطة ورقمية
lebensbildung-digital-field-partizipation = إبداء الرأي والعمل المشترك

lebensbildung-digital-ideas-terms =
    شروط المشاركة في مسابقة الأفكار:
    • المشاركة مفتوحة للجميع. يُرجى الاقتصار على تقديم أفكارك الخاصة التي لا تنتهك حقوق الآخرين.
    • يقيّم خبراء الوزارة ولجنة تحكيم الأفكارَ داخليًا وفق معايير محددة؛ وتُطوَّر الأفكار المختارة في ورش عمل مع أصحابها. ولا ينشأ عن ذلك أي حق في التنفيذ أو في الحصول على مقابل مالي.
    • يُعدّ تقديم الفكرة إذنًا منك للوزارة باستخدامها وتطويرها مجانًا لأغراض هذه العملية – وكذلك بنشرها دون ذكر اسمك ليتمكن الآخرون من الاطلاع عليها ودعمها، وذلك فقط إذا اخترت «يجوز نشرها».
    • ما دامت فكرتك غير منشورة، يمكنك طلب حذفها عبر /forget مع سائر بياناتك.

lebensbildung-digital-criterion-nutzen = الفائدة لسكان ولاية شمال الراين-وستفاليا
lebensbildung-digital-criterion-machbarkeit = قابلية التنفيذ
lebensbildung-digital-criterion-neuheit = جِدّة الفكرة

## المراحل والنتائج

lebensbildung-digital-phase-beteiligung = المشاركة: الإجابة عن الأسئلة، وتقديم الأفكار ودعمها
lebensbildung-digital-phase-jury = التقييم: تقيّم لجنة التحكيم الأفكار، وتُطوَّر أفضلها في ورش عمل مع أصحابها
lebensbildung-digital-phase-ergebnisse = النتائج: تعرض الوزارة ما ستؤول إليه المساهمات
lebensbildung-digital-results = شكرًا لكل من شارك! ستُدرج إجاباتكم في الاستراتيجية الرقمية للوزارة. وستعمل الوزارة مع أصحاب الأفكار الفائزة على تطويرها إلى مشاريع تجريبية.
