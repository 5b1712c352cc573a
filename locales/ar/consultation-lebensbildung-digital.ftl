# نصوص المشاورة النموذجية «lebensbildung.digital».

lebensbildung-digital-title = lebensbildung.digital – الرقمنة والمجتمع
lebensbildung-digital-intro = تُغيّر الرقمنة حياتنا. وتودّ وزارة الأسرة والطفولة والشباب والثقافة والرياضة التعرّف على تجربتك مع ذلك وعلى ما يهمك. تستغرق الإجابة نحو خمس دقائق.

lebensbildung-digital-q-rolle = ما صفة مشاركتك؟
lebensbildung-digital-q-rolle-buerger = بصفة مواطن أو مواطنة
lebensbildung-digital-q-rolle-fachkraft = بصفة مهنية في العمل مع الأطفال أو الشباب أو الأسر أو في المجال الثقافي
lebensbildung-digital-q-rolle-verwaltung = من الإدارة العامة
lebensbildung-digital-q-rolle-wissenschaft = من مجال العلوم أو البحث العلمي
lebensbildung-digital-q-rolle-andere = صفة أخرى

lebensbildung-digital-q-alter = كم عمرك؟

lebensbildung-digital-q-alltag = إلى أي مدى تُغيّر الرقمنة حياتك اليومية؟
lebensbildung-digital-q-alltag-min = لا على الإطلاق
lebensbildung-digital-q-alltag-max = بدرجة كبيرة جدًا

lebensbildung-digital-q-handlungsfelder = أيّ مجالات عمل الوزارة هي الأهم بالنسبة إليك؟
lebensbildung-digital-q-handlungsfelder-ausrichtung = التوجهات المجتمعية والسياسات القطاعية
lebensbildung-digital-q-handlungsfelder-arbeitsprozesse = رقمنة إجراءات العمل
lebensbildung-digital-q-handlungsfelder-partizipation = المشاركة والتعاون

lebensbildung-digital-q-themen = ما الموضوعات التي ينبغي للوزارة أن تتناولها أولًا؟
lebensbildung-digital-q-themen-medienkompetenz = الثقافة الإعلامية
lebensbildung-digital-q-themen-datenschutz = حماية البيانات والخصوصية
lebensbildung-digital-q-themen-teilhabe = الشمول الرقمي للجميع
lebensbildung-digital-q-themen-kultur = الثقافة في الفضاء الرقمي
lebensbildung-digital-q-themen-jugend = الشباب والوسائط الرقمية
lebensbildung-digital-q-themen-familie = الأسرة والرقمنة

lebensbildung-digital-q-beteiligt = هل سبق لك أن شاركت في مشاورة أو مسابقة أفكار عبر الإنترنت؟

lebensbildung-digital-q-erfahrung = ما الذي أعجبك في ذلك، أو ما الذي كان ينقصه؟

lebensbildung-digital-q-verwaltung = إلى أي مدى تنجح الإدارة العامة في رقمنة إجراءات عملها؟
lebensbildung-digital-q-verwaltung-min = سيئ جدًا
lebensbildung-digital-q-verwaltung-max = جيد جدًا

lebensbildung-digital-q-verbesserung = ما الذي ينبغي أن يتغير أولًا في الإدارة العامة؟

lebensbildung-digital-q-kanal = ما الطريقة المفضلة لديك للمشاركة مستقبلًا؟
lebensbildung-digital-q-kanal-messenger = عبر تطبيق مراسلة، كما هنا
lebensbildung-digital-q-kanal-plattform = عبر منصة مشاركة على الإنترنت
lebensbildung-digital-q-kanal-veranstaltung = في الفعاليات وورش العمل
lebensbildung-digital-q-kanal-post = بالبريد أو الهاتف

lebensbildung-digital-q-prioritaeten = بماذا ينبغي للوزارة أن تبدأ؟ يُرجى ترتيب مجالات العمل الثلاثة حسب أولويتك.
lebensbildung-digital-q-prioritaeten-ausrichtung = التوجهات المجتمعية والسياسات القطاعية
lebensbildung-digital-q-prioritaeten-arbeitsprozesse = رقمنة إجراءات العمل
lebensbildung-digital-q-prioritaeten-partizipation = المشاركة والتعاون

lebensbildung-digital-field-ausrichtung = التوجهات المجتمعية والسياسات القطاعية
lebensbildung-digital-field-arbeitsprozesse = رقمنة إجراءات العمل
lebensbildung-digital-field-partizipation = المشاركة والتعاون

lebensbildung-digital-ideas-terms =
    شروط المشاركة في مسابقة الأفكار:
    • المشاركة مفتوحة للجميع. يُرجى الاقتصار على تقديم أفكارك الخاصة التي لا تنتهك حقوق الآخرين.
    • يقيّم خبراء الوزارة ولجنة تحكيم الأفكارَ داخليًا وفق معايير محددة؛ وتُطوَّر الأفكار المختارة في ورش عمل مع أصحابها. ولا ينشأ عن ذلك أي حق في التنفيذ أو في الحصول على مقابل مالي.
    • يُعدّ تقديم الفكرة إذنًا منك للوزارة باستخدامها وتطويرها مجانًا لأغراض هذه العملية – وكذلك بنشرها دون ذكر اسمك ليتمكن الآخرون من الاطلاع عليها ودعمها، وذلك فقط إذا اخترت «يجوز نشرها».
    • ما دامت فكرتك غير منشورة، يمكنك طلب حذفها عبر /forget مع سائر بياناتك.

lebensbildung-digital-criterion-nutzen = الفائدة لسكان ولاية شمال الراين-وستفاليا
lebensbildung-digital-criterion-machbarkeit = قابلية التنفيذ
lebensbildung-digital-criterion-neuheit = جِدّة الفكرة

lebensbildung-digital-phase-beteiligung = المشاركة: الإجابة عن الأسئلة، وتقديم الأفكار ودعمها
lebensbildung-digital-phase-jury = التقييم: تقيّم لجنة التحكيم الأفكار، وتُطوَّر أفضلها في ورش عمل مع أصحابها
lebensbildung-digital-phase-ergebnisse = النتائج: تعرض الوزارة ما ستؤول إليه المساهمات
lebensbildung-digital-results = شكرًا لكل من شارك! ستُدرج النتائج في الاستراتيجية الرقمية للوزارة، وستُنفَّذ الأفكار الفائزة بوصفها مشاريع تجريبية.

lebensbildung-digital-q-einschaetzung = لأهل الاختصاص: ما مدى استعداد الإدارة العامة في ولاية شمال الراين-وستفاليا للتحول الرقمي؟
lebensbildung-digital-q-einschaetzung-min = غير مستعدة إطلاقًا
lebensbildung-digital-q-einschaetzung-max = مستعدة جيدًا جدًا
lebensbildung-digital-q-empfehlung = لأهل الاختصاص: ما توصيتك للوزارة بشأن الخطوة التالية؟
