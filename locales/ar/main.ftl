# mitreden – النصوص العربية.
# يجب أن تتوفر كل رسالة بكل لغة؛ ويتحقق `mitreden check` من ذلك.

language-name = العربية
language-choice = { $name }
error-missing-text = عذرًا، هذا النص غير موجود. يُرجى إبلاغ الجهة المشغِّلة بذلك.

## الترحيب والمساعدة

welcome = مرحبًا بك في mitreden! يمكنك هنا المشاركة في المشاورات العامة: الإجابة عن الأسئلة وتقديم أفكارك الخاصة – مباشرةً في المحادثة.
welcome-back = مرحبًا بعودتك!
idle-hint = يمكنك بدء مشاورة أو متابعتها عبر /start، وتقديم فكرة عبر /idea، ويعرض /help جميع الأوامر.
help =
    طريقة عمل mitreden:
    /start – بدء مشاورة أو متابعتها
    /consultations – عرض المشاورات المفتوحة
    /idea – تقديم فكرة
    /back – العودة إلى السؤال السابق
    /skip – تخطي سؤال اختياري
    /restart – بدء المشاورة من جديد
    /cancel – إلغاء الخطوة الحالية
    /language – تغيير اللغة
    /privacy – عرض إشعار حماية البيانات
    /myideas – أفكارك وحالتها
    /ideas – عرض الأفكار المنشورة ودعمها
    /review – إبداء الرأي في الأفكار (للخبراء المدعوّين)
    /results – المرحلة التي بلغتها المشاورة، ونتائجها
    /follow – تلقي المستجدات: المراحل الجديدة، والأفكار الفائزة، والإعلانات
    /mydata – عرض بياناتك المحفوظة
    /forget – حذف جميع بياناتك
    /help – هذه المساعدة
    يمكنك الإجابة بالأزرار، أو برقم الإجابة، أو بنصها.
questions-count = { $count ->
    [zero] لا أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
}

## حماية البيانات والموافقة

privacy-notice =
    إشعار حماية البيانات (الإصدار { $version })
    الجهة المسؤولة عن معالجة البيانات: { $controller }
    للتواصل بشأن الاستفسارات وطلبات الاطلاع على البيانات وحذفها: { $contact }
    ما الذي نحفظه: إجاباتك وأفكارك تحت اسم مستعار – لا باسمك ولا بمعرِّف حسابك. ولا نحللها إلا لأغراض هذه المشاورة.
    الأساس القانوني للمعالجة هو موافقتك (البند (أ) من الفقرة 1 من المادة 6 من اللائحة العامة لحماية البيانات، GDPR). المشاركة طوعية، ويمكنك سحب موافقتك في أي وقت.
    مدة الحفظ: نحذف عنوان محادثتك بعد { $retention ->
        [zero] انتهاء المشاورة مباشرةً
        [one] يوم واحد من انتهاء المشاورة
        [two] يومين من انتهاء المشاورة
        [few] { $retention } أيام من انتهاء المشاورة
        [many] { $retention } يومًا من انتهاء المشاورة
       *[other] { $retention } يوم من انتهاء المشاورة
    }. أما الإجابات المحفوظة تحت اسم مستعار فتبقى لأغراض التحليل إلى أن تحذفها عبر /forget.
    تمرّ رسائلك عبر خوادم تطبيق المراسلة (Telegram أو خادم Matrix الذي تستخدمه)، وتسري على ذلك قواعد حماية البيانات الخاصة به.
    لا ننشر أي فكرة إلا إذا سمحت بذلك عند إرسالها. ولا تصلك المستجدات والإعلانات إلا إذا طلبتها عبر /follow.
    إذا كان عمرك أقل من 16 عامًا، فيجب أن يوافق والداك أيضًا.
    يمكنك في أي وقت الاطلاع عبر /mydata على كل ما حفظناه عنك، وحذفه عبر /forget. ويحق لك تقديم شكوى إلى السلطة الرقابية المختصة بحماية البيانات: { $authority }.
consent-question = هل نحظى بموافقتك على حفظ إجاباتك بهذه الطريقة (وبموافقة والديك أيضًا إن كان عمرك أقل من 16 عامًا)؟
choice-consent-yes = نعم، أوافق
choice-consent-no = لا
choice-other-language = 🌐 لغة أخرى / Language
consent-thanks = شكرًا لك على موافقتك.
consent-refused = لا بأس – دون موافقتك لا نحفظ أي إجابات. وإذا غيّرت رأيك، فيكفي إرسال /start.

## المشاورات

choose-consultation = أيّ مشاورة بودّك الإجابة عنها؟
choose-consultation-idea = في أيّ مشاورة بودّك تقديم فكرة؟
no-open-consultations = لا توجد حاليًا أي مشاورة مفتوحة. يُرجى العودة لاحقًا.
no-ideas-open = لا توجد حاليًا أي مشاورة تستقبل الأفكار.
consultation-intro =
    { $title }
    { $intro }
consultation-closed = أُغلقت المشاورة «{ $title }». شكرًا جزيلًا لاهتمامك! { $results ->
    [none] ستُنشر النتائج لاحقًا.
   *[other] ستُنشر النتائج على: { $results }
}
error-unknown-consultation = لا توجد مشاورة باسم «{ $id }».
already-completed = لقد أجبت عن «{ $title }» من قبل – شكرًا لك! يمكنك البدء من جديد عبر /restart.
resuming = نتابع «{ $title }».
completed = تمّ – شكرًا جزيلًا لك على إجاباتك في «{ $title }»! ويمكنك عبر /follow تلقي المستجدات بشأنها، مثلًا عند صدور النتائج.
restarted = حُذفت إجاباتك السابقة، ونبدأ الآن من البداية.
nothing-to-restart = ليست لديك مشاورة بدأتها بعد. يمكنك البدء عبر /start.
paused = تم الإيقاف مؤقتًا. إجاباتك محفوظة، ويمكنك المتابعة من حيث توقفت عبر /start.
goodbye = شكرًا لك! يمكنك في أي وقت تقديم فكرة أيضًا عبر /idea.
cancelled = تم الإلغاء.
nothing-to-cancel = لا يوجد حاليًا ما يمكن إلغاؤه.

## الأسئلة

progress = السؤال { $position } من { $total }
hint-multi = يُرجى اختيار { $min ->
    [0] ما يصل إلى { $max }
   *[other] من { $min } إلى { $max }
} من الإجابات ثم الضغط على «تم» – أو كتابة أرقامها، مثل: 1, 3.
hint-scale = { $min } = { $minLabel } … { $max } = { $maxLabel }
scale-value = { $value }
hint-text = يُرجى الإجابة بنص (الحد الأقصى لعدد الأحرف: { $max }).
number-whole = عدد صحيح
number-any = عدد
hint-number = { $range ->
    [both] يُرجى إدخال { $kind } من { $min } إلى { $max }.
    [min] يُرجى إدخال { $kind } لا يقل عن { $min }.
    [max] يُرجى إدخال { $kind } لا يزيد على { $max }.
   *[none] يُرجى إدخال { $kind }.
}
hint-optional = هذا السؤال اختياري.
previous-answer = إجابتك السابقة: { $answer }
answer-value = { $value }
answer-skipped = (تم التخطي)
choice-yes = نعم
choice-no = لا
choice-done = تم
choice-skip = تخطي
choice-back = رجوع
choice-cancel = إلغاء

## الأفكار

offer-idea = هل بودّك أيضًا تقديم فكرتك الخاصة إلى مسابقة الأفكار؟
idea-ask-title = ما اسم فكرتك؟ يُرجى كتابة عنوان قصير (الحد الأقصى لعدد الأحرف: { $max }).
idea-ask-description = يُرجى وصف فكرتك: ما الذي ينبغي أن يتغير، ومَن المستفيد من ذلك؟ (الحد الأقصى لعدد الأحرف: { $max })
idea-ask-field = إلى أيّ مجال عمل تنتمي فكرتك؟
idea-confirm =
    يُرجى مراجعة فكرتك:
    العنوان: { $title }
    الوصف: { $description }
    مجال العمل: { $field }
choice-send-public = إرسال – يجوز نشرها
choice-send-internal = إرسال – للوزارة فقط
choice-edit-title = تعديل العنوان
choice-edit-description = تعديل الوصف
choice-edit-field = تعديل مجال العمل
idea-submitted = شكرًا لك! تم استلام فكرتك برقم { $id }. وسيتولى خبراء الوزارة تقييمها.
idea-discarded = تم حذف مسودة فكرتك.

## اللغة

choose-language = ما اللغة التي بودّك استخدامها؟
language-set = تم ضبط اللغة على العربية.
error-unknown-language = اللغة «{ $code }» غير متاحة هنا.

## الأخطاء والتنبيهات

error-unknown-command = لا أعرف الأمر /{ $command }. يعرض /help جميع الأوامر.
error-unsupported = يُرجى الإجابة بنص أو بالأزرار – لا يمكنني هنا معالجة الصور أو الرسائل الصوتية أو الملفات.
error-stale-button = هذا الزر يخص سؤالًا سابقًا. يُرجى الإجابة عن السؤال الحالي:
error-use-choices = يُرجى اختيار إحدى الإجابات: بالزر، أو برقمها، أو بنصها.
error-scale = يُرجى اختيار قيمة من { $min } إلى { $max }.
error-too-many = { $max ->
    [zero] يُرجى عدم اختيار أي إجابة.
    [one] يُرجى اختيار إجابة واحدة على الأكثر.
    [two] يُرجى اختيار إجابتين على الأكثر.
    [few] يُرجى اختيار { $max } إجابات على الأكثر.
    [many] يُرجى اختيار { $max } إجابة على الأكثر.
   *[other] يُرجى اختيار { $max } إجابة على الأكثر.
}
error-too-few = { $min ->
    [zero] لا يلزم اختيار أي إجابة.
    [one] يُرجى اختيار إجابة واحدة على الأقل.
    [two] يُرجى اختيار إجابتين على الأقل.
    [few] يُرجى اختيار { $min } إجابات على الأقل.
    [many] يُرجى اختيار { $min } إجابة على الأقل.
   *[other] يُرجى اختيار { $min } إجابة على الأقل.
}
error-empty = الإجابة فارغة. يُرجى كتابة شيء ما.
error-too-long = عدد أحرف نصك { $length }، والحد الأقصى المسموح به { $max }. يُرجى اختصاره.
error-not-a-number = هذا ليس عددًا صالحًا. { $hint }
error-out-of-range = هذا العدد خارج النطاق المسموح به. { $hint }
error-no-back = لا يمكن الرجوع أكثر من ذلك هنا.
error-cannot-skip = لا يمكن تخطي هذا السؤال.
error-internal = عذرًا، حدث خطأ تقني. يُرجى المحاولة مرة أخرى بعد قليل.
record-reset = تعذّر علينا للأسف قراءة بياناتك السابقة، لذا نبدأ معك من البداية. البيانات القديمة محفوظة بأمان، ويمكن للفريق مراجعتها عند الطلب.

## قائمة الأوامر (يعرضها Telegram بجوار حقل الكتابة)

command-start = بدء مشاورة أو متابعتها
command-help = المساعدة وجميع الأوامر
command-consultations = عرض المشاورات المفتوحة
command-idea = تقديم فكرة
command-language = تغيير اللغة
command-privacy = عرض إشعار حماية البيانات
command-back = العودة إلى السؤال السابق
command-cancel = إلغاء الخطوة الحالية

## Telegram

telegram-group-pointer = لا أستقبل الإجابات في المجموعات – فإجاباتك ملك لك. يُرجى مراسلتي في محادثة خاصة: { $link }

## بياناتي وحذفها

mydata-intro = هذه هي البيانات التي حفظناها عنك (الاسم المستعار { $id }، منذ { $since }):
mydata-language = اللغة: { $language }
mydata-consent = الموافقة: { $given ->
    [yes] مُنحت
   *[no] رُفضت
} في { $at } (إشعار حماية البيانات، الإصدار { $version })
mydata-no-consent = الموافقة: لم تُطلب بعد
mydata-contact = العنوان الذي نرد عليك عبره: { $platform } { $address }
mydata-consultation = { $title }: { $count ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابة
   *[other] { $count } إجابة
}، { $completed ->
    [yes] مكتملة
   *[no] غير مكتملة بعد
}
mydata-answer = – { $question } ← { $answer }
mydata-idea = الفكرة { $id } «{ $title }»: { $status }
mydata-nothing = ليست لديك أي إجابات أو أفكار بعد.
mydata-file = ستصلك كل هذه البيانات أيضًا في ملف (JSON). ويمكنك طلب حذفها كلها عبر /forget.
idea-status-submitted = مقدَّمة
idea-status-review = قيد المراجعة
idea-status-accepted = مقبولة
idea-status-rejected = مرفوضة
idea-status-implemented = منفَّذة
forget-question = هل نحذف كل ما حفظناه عنك – إجاباتك وأفكارك وموافقتك وعنوانك؟ لا يمكن التراجع عن ذلك.
choice-forget-yes = نعم، أريد حذف كل شيء
choice-forget-no = لا، أريد الاحتفاظ بها
forget-done = تم: حُذفت جميع بياناتك. وإذا رغبت في المشاركة مجددًا، فيكفي إرسال /start – وتبدأ مشاركتك عندئذٍ من جديد.
forget-kept = حسنًا، ستبقى بياناتك محفوظة.
command-mydata = عرض بياناتي المحفوظة
command-forget = حذف جميع بياناتي
file-attached = الملف { $name }:

## Matrix

matrix-group-decline = مرحبًا! لا أجري المشاورات إلا في محادثة مباشرة مع شخص واحد، حتى تبقى إجاباتك ملكًا لك. يُرجى دعوتي إلى محادثة مباشرة. سأغادر هذه الغرفة الآن.
matrix-room-exposed = هذه الغرفة مسجّلة غرفةً للمشرفين أو للفريق، لكن الدخول إليها غير مقصور على المدعوين. وما دام الأمر كذلك، فلن أقبل هنا أي أوامر ولن أرسل إليها أي تقارير. يُرجى ضبط الغرفة على «بالدعوة فقط».

## ملخص للفريق (Digest)

digest-title = mitreden – ملخص الفترة من { $from } إلى { $to }
digest-nothing = لا مساهمات جديدة منذ { $from }.
digest-runs = الجديد – مشاركات بدأت: { $started }، مشاركات اكتملت: { $completed }. الإجمالي – بدأت: { $totalStarted }، اكتملت: { $totalCompleted } ({ $rate }%).
digest-answered = { $answered ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $answered } إجابات
    [many] { $answered } إجابة
   *[other] { $answered } إجابة
}، مرات التخطي: { $skipped }
digest-number = المتوسط { $mean }، الوسيط { $median }
digest-ideas-new = أفكار جديدة: { $count }
digest-idea = { $id } «{ $title }» – { $field }، { $time }، من { $author }
digest-idea-statuses = الأفكار حسب الحالة: { $list }
digest-file = إجابات هذه الفترة وأفكارها موجودة في ملف CSV المرفق.
error-unreadable = وصلت رسالتك مشفّرة، لكنني لم أتمكن من قراءتها. يُرجى إرسالها مرة أخرى.
myideas-none = لا توجد لديك أفكار مقدَّمة بعد. يمكنك تقديم فكرة في أي وقت عبر /idea.
command-myideas = أفكاري وحالتها

## الإدارة (المشرفون)

admin-not-permitted = هذا الإجراء متاح للمشرفين فقط. ويعرض /help ما يمكنك القيام به هنا.
admin-unknown = لا يوجد أمر إداري باسم «{ $command }». يعرض /admin help جميع الأوامر.
admin-usage = الصيغة غير صحيحة: يُرجى مراجعة /admin help بشأن «{ $command }».
admin-help =
    أوامر الإدارة (في المحادثة الخاصة تسبقها /admin، وفي غرفة الإدارة تسبقها !):
    consultations – جميع المشاورات مع حالتها وأرقامها
    ideas [new|review|accepted|rejected|implemented|published|all] – عرض قائمة الأفكار
    idea ID – فكرة واحدة كاملة
    idea ID status review|accepted|rejected|implemented|awarded [answer] – تحديد الحالة؛ ويرى الرد الشخصُ الذي قدّم الفكرة والداعمون والقائمة العامة
    idea ID note TEXT – ملاحظة داخلية (للفريق فقط، ولا تظهر للجمهور أبدًا)
    review ID N on|off – نشر الرأي رقم N من آراء الخبراء في فكرة ما، أو جعله داخليًا فقط من جديد
    merge ID TARGET – دمج فكرة مكررة في فكرة أخرى (وينتقل دعمها معها)
    ask ID QUESTION – طرح سؤال على الشخص الذي قدّم الفكرة؛ ويصل رده إلى هذه المحادثة
    ideas ranked – الأفكار حسب حكم لجنة التحكيم (المتوسط المرجّح، عدد التقييمات، المدى)
    ideas department NAME – أفكار قسم معيّن
    idea ID assign NAME – إسناد فكرة إلى قسم
    publish ID / unpublish ID – نشر فكرة (ليتمكن الجمهور من دعمها) أو سحبها من النشر
    open ID / close ID – فتح المشاورة أو إغلاقها الآن
    schedule ID FROM TO – تحديد فترة المشاورة (2026-12-01 أو 2026-12-01T08:00:00+01:00)
    reload – إعادة تحميل ملفات المشاورات والنصوص
    settings – عرض الإعدادات
    set KEY VALUE / unset KEY – تغيير إعداد أو إعادته إلى قيمة ملف الإعدادات
    broadcast ID MESSAGE – إعلان لكل من شارك في ID ومنح موافقته
    admins / add WHO / remove WHO – عرض المشرفين وإضافتهم وإزالتهم (@name:server أو معرِّف Telegram)
    jurors / juror add WHO / juror remove WHO – لجنة التحكيم: مَن يقيّم الأفكار عبر /rate
    invite GROUP N [single|multi] [until DATE] / invites / revoke GROUP – رموز دعوة لمجموعة (مثل experts) في ملف، وعددها، وسحبها
    qr ID TAG – رابط ورمز QR لفعالية (مثل ورشة عمل)؛ وتُحتسب المشاركات التي تبدأ عبرهما لكل فعالية على حدة
    results ID on|off – إظهار أرقام الأسئلة المختارة في /results أو إخفاؤها
    export [ID] [json] – جميع البيانات (أو بيانات مشاورة واحدة) في ملف: CSV لبرنامج Excel أو JSON
    audit [N] – أحدث إدخالات سجل التدقيق
admin-consultation = { $id }: { $title } – { $state ->
    [open] مفتوحة
    [draft] لم تُفتح بعد
   *[closed] مغلقة
} (من { $opens } إلى { $closes })، المشاركون: { $participants }، المكتملة: { $completed }
admin-no-ideas = لا توجد أفكار.
admin-idea-line = { $id } «{ $title }» – { $field } – { $status } – الداعمون: { $supporters }{ $published ->
    [yes] ، منشورة
   *[no] {""}
}
admin-unknown-idea = لا توجد فكرة برقم { $id }.
admin-idea-full =
    { $id } «{ $title }»
    { $description }
    مجال العمل: { $field }؛ الحالة: { $status }؛ قُدّمت في { $time } من { $author }
    الداعمون: { $supporters }؛ { $published ->
        [yes] منشورة
       *[no] غير منشورة
    }؛ { $publishable ->
        [yes] يجوز نشرها
       *[no] داخلية فقط (لا تُنشر)
    }
admin-status-set = أصبحت الفكرة { $id } الآن «{ $status }». { $notified ->
    [yes] وسيتلقى الشخص الذي قدّمها إشعارًا بذلك.
   *[no] ولم يعد من الممكن التواصل مع الشخص الذي قدّمها.
}
admin-audit-line = { $at } { $actor }: { $action } – { $detail }
idea-status-changed = مستجدات بشأن فكرتك { $id } «{ $title }»: أصبحت الآن «{ $status }». { $comment }
admin-window-set = أصبحت المشاورة «{ $title }» الآن { $state ->
    [open] مفتوحة
   *[closed] مغلقة
}.

admin-help-staff =
    أوامر الفريق (في غرفة الفريق تسبقها !):
    consultations – جميع المشاورات مع حالتها وأرقامها
    ideas [new|review|accepted|rejected|implemented|published|all] – عرض قائمة الأفكار
    idea ID – فكرة واحدة كاملة
    idea ID status review|accepted|rejected|implemented|awarded [answer] – تحديد الحالة؛ ويرى الرد الشخصُ الذي قدّم الفكرة والداعمون والقائمة العامة
    idea ID note TEXT – ملاحظة داخلية (للفريق فقط، ولا تظهر للجمهور أبدًا)
    review ID N on|off – نشر الرأي رقم N من آراء الخبراء في فكرة ما، أو جعله داخليًا فقط من جديد
    merge ID TARGET – دمج فكرة مكررة في فكرة أخرى (وينتقل دعمها معها)
    ask ID QUESTION – طرح سؤال على الشخص الذي قدّم الفكرة؛ ويصل رده إلى هذه المحادثة
    ideas ranked – الأفكار حسب حكم لجنة التحكيم (المتوسط المرجّح، عدد التقييمات، المدى)
    ideas department NAME – أفكار قسم معيّن
    idea ID assign NAME – إسناد فكرة إلى قسم
    publish ID / unpublish ID – نشر فكرة أو سحبها من النشر
    export [ID] [json] – البيانات في ملف (CSV لبرنامج Excel أو JSON)
    digest – إعداد ملخص الآن
admin-published = أصبحت الفكرة { $id } منشورة الآن؛ ويمكن للجمهور دعمها عبر /ideas.
admin-unpublished = لم تعد الفكرة { $id } منشورة.
admin-reloaded = تمت إعادة التحميل: { $count ->
    [zero] لا مشاورات
    [one] مشاورة واحدة
    [two] مشاورتان
    [few] { $count } مشاورات
    [many] { $count } مشاورة
   *[other] { $count } مشاورة
}.
admin-reload-failed =
    رُفضت إعادة التحميل؛ وتبقى الحالة السابقة سارية. الخطأ:
    { $error }
admin-setting-line = { $key } = { $value } ({ $source ->
    [chat] ضُبط في المحادثة
   *[config] ملف الإعدادات
})
admin-setting-unknown = لا يوجد إعداد باسم «{ $key }». يعرض /admin settings جميع الإعدادات.
admin-setting-set = أصبحت قيمة { $key } الآن «{ $value }».
admin-setting-unset = عادت قيمة { $key } إلى ما في ملف الإعدادات: «{ $value }».
admin-setting-invalid = القيمة «{ $value }» غير مناسبة للإعداد { $key }: { $hint }
setting-hint-language = لغة يعرفها mitreden (de, en).
setting-hint-onoff = on أو off.
setting-hint-max = عدد صحيح من 0 (بلا حد) إلى 1000.
setting-hint-rate = عدد الرسائل في الدقيقة، من 0 (بلا حد) إلى 600.
setting-hint-room = معرِّف غرفة في Matrix (!abc:server). وفي محادثة Matrix يمكنك أيضًا إدخال اسم بديل للغرفة (#team:server)؛ فيُحوَّل فورًا إلى معرِّف الغرفة، ولذلك يجب أن يكون موجودًا مسبقًا.
setting-hint-schedule = daily 08:00 أو weekly mon 08:00 أو every 6h (وكذلك 30m و 90s؛ بحد أدنى 10s).
setting-hint-timezone = منطقة زمنية وفق IANA، مثل Europe/Berlin.
setting-hint-text = نص يتراوح طوله بين 1 و1000 حرف.
admin-broadcast-queued = { $count ->
    [zero] لن يُرسل الإعلان إلى أي شخص.
    [one] سيُرسل الإعلان إلى شخص واحد.
    [two] سيُرسل الإعلان إلى شخصين.
    [few] سيُرسل الإعلان إلى { $count } أشخاص.
    [many] سيُرسل الإعلان إلى { $count } شخصًا.
   *[other] سيُرسل الإعلان إلى { $count } شخص.
} وسأُطلعك على سير الإرسال.
admin-broadcast-progress = الإعلان: أُرسل { $done } من { $total } …
admin-broadcast-done = اكتمل إرسال الإعلان – سُلِّم: { $delivered }، تعذّر: { $failed }.
broadcast-message =
    إعلان بشأن المشاورة «{ $title }»:
    { $message }
admin-admin-line = { $who } ({ $source ->
    [chat] أُضيف في المحادثة
   *[config] ملف الإعدادات
})
admin-admin-added = أُضيف المعرِّف { $who } إلى المشرفين.
admin-admin-exists = المعرِّف { $who } ضمن المشرفين بالفعل.
admin-admin-configured = المعرِّف { $who } مُدرج في ملف الإعدادات، ولا يمكن إزالته إلا من هناك.
admin-admin-removed = لم يعد المعرِّف { $who } ضمن المشرفين.
admin-admin-unknown = المعرِّف { $who } ليس من المشرفين المضافين عبر المحادثة.

## دعم الأفكار

ideas-public-none = لم تُنشر أي أفكار بعد. يُرجى العودة لاحقًا.
ideas-public-page = الأفكار المنشورة (الصفحة { $page } من { $pages }):
ideas-public-line = { $id } «{ $title }» – { $field }: { $description } ({ $supporters ->
    [zero] بلا داعمين بعد
    [one] داعم واحد
    [two] داعمان
    [few] { $supporters } داعمين
    [many] { $supporters } داعمًا
   *[other] { $supporters } داعم
}{ $mark ->
    [own] ، فكرتك
    [supported] ، بدعم منك
   *[none] {""}
})
choice-support = 👍 دعم { $id }
choice-previous = ▶ السابق
choice-next = التالي ◀
browse-closed = حسنًا. يمكنك العودة في أي وقت عبر /ideas.
idea-supported = شكرًا لك! سُجّل دعمك للفكرة { $id } – { $supporters ->
    [zero] ولا داعمين لها الآن
    [one] ولها الآن داعم واحد
    [two] ولها الآن داعمان
    [few] ولها الآن { $supporters } داعمين
    [many] ولها الآن { $supporters } داعمًا
   *[other] ولها الآن { $supporters } داعم
}.
idea-support-twice = سبق أن دعمت الفكرة { $id }.
idea-support-own = لا يمكنك دعم فكرتك الخاصة.
idea-published = نُشرت فكرتك { $id } «{ $title }»: يمكن للآخرين الآن الاطلاع عليها ودعمها عبر /ideas.
mydata-supports = الأفكار المدعومة منك: { $ids }
command-ideas = دعم الأفكار المنشورة
ideas-paused = لا نستقبل أفكارًا في الوقت الحالي. أما إجاباتك عن الأسئلة فلا تزال موضع ترحيب.
ideas-limit = { $max ->
    [zero] لا يمكن تقديم أفكار في هذه المشاورة.
    [one] لقد قدّمت فكرة واحدة في هذه المشاورة بالفعل؛ ولا يمكن تقديم المزيد.
    [two] لقد قدّمت فكرتين في هذه المشاورة بالفعل؛ ولا يمكن تقديم المزيد.
    [few] لقد قدّمت { $max } أفكار في هذه المشاورة بالفعل؛ ولا يمكن تقديم المزيد.
    [many] لقد قدّمت { $max } فكرة في هذه المشاورة بالفعل؛ ولا يمكن تقديم المزيد.
   *[other] لقد قدّمت { $max } فكرة في هذه المشاورة بالفعل؛ ولا يمكن تقديم المزيد.
}
error-too-fast = وصلت رسائل كثيرة جدًا في وقت قصير. يُرجى الانتظار دقيقة، ثم إرسال رسالتك الأخيرة مرة أخرى.
welcome-custom = { $text }
idea-supported-status-changed = مستجدات بشأن فكرة تحظى بدعمك: أصبحت الفكرة { $id } «{ $title }» الآن «{ $status }». { $comment }
digest-most-supported = الأفكار المنشورة الأكثر دعمًا:
digest-supported-idea = { $id } «{ $title }» – { $supporters ->
    [zero] بلا داعمين
    [one] داعم واحد
    [two] داعمان
    [few] { $supporters } داعمين
    [many] { $supporters } داعمًا
   *[other] { $supporters } داعم
}
admin-export-ready = البيانات في ملف (بأسماء مستعارة). المشاركات: { $runs }، الإجابات: { $answers }، الأفكار: { $ideas }.
admin-export-not-here = لأسباب تتعلق بحماية البيانات، لا تُرسل ملفات التصدير إلا إلى المحادثات على: { $platforms }. يُرجى طلب التصدير هناك.

## الإجابات الأخرى والترتيب
choice-other = إجابة أخرى …
hint-other = يُرجى كتابة إجابتك الخاصة (الحد الأقصى لعدد الأحرف: { $max }).
other-chosen-so-far = اخترت كذلك: { $chosen }
hint-ranking = يُرجى ترتيب الإجابات الـ{ $count } حسب أولويتك: بالضغط أولًا على الأهم، ثم على ما يليه – أو بكتابة أرقامها حسب ترتيبك، مثل: 3, 1, 2.
ranking-so-far = ترتيبك حتى الآن: { $order }
choice-undo = التراجع عن آخر اختيار
error-ranking = يُرجى ذكر كل رقم من الأرقام الـ{ $count } مرة واحدة فقط، حسب ترتيبك، مثل: 3, 1, 2.
digest-other = إجابة أخرى
digest-ranked = { $place }. { $label } – متوسط المرتبة: { $mean }، عدد مرات المرتبة الأولى: { $first }

## سجل الفكرة
admin-history-status = { $time } { $by }: الحالة «{ $status }» – الرد: { $answer }
admin-history-note = { $time } { $by }: ملاحظة داخلية: { $text }
admin-history-published = { $time } { $by }: { $published ->
    [yes] نُشرت
   *[no] أُزيلت من القائمة العامة
}
admin-note-added = حُفظت الملاحظة على { $id } (مرئية للفريق فقط).
idea-answer = رد الوزارة بشأن { $id }: { $answer }
choice-unsupport = ↩ إلغاء دعم { $id }
choice-more = المزيد عن { $id }
ideas-public-full =
    { $id } «{ $title }»
    { $description }
idea-unsupported = أُلغي دعمك للفكرة { $id } – { $supporters ->
    [zero] ولا داعمين لها الآن
    [one] ولها الآن داعم واحد
    [two] ولها الآن داعمان
    [few] ولها الآن { $supporters } داعمين
    [many] ولها الآن { $supporters } داعمًا
   *[other] ولها الآن { $supporters } داعم
}.
idea-terms-hint = يُعدّ إرسال الفكرة موافقةً منك على هذه الشروط. أما السماح بنشر فكرتك فالقرار فيه لك، وذلك باختيار الزر المناسب.
idea-internal-only = ستبقى فكرتك داخلية: سيجري تقييمها، لكنها لن تُنشر.
admin-publish-internal = قُدّمت الفكرة { $id } «للوزارة فقط»، ولن تُنشر.

## لجنة التحكيم
rate-not-juror = تقييم الأفكار متاح لأعضاء لجنة التحكيم فقط.
rate-none-left = تم تقييم جميع الأفكار – شكرًا لك! يمكنك لاحقًا التحقق عبر /rate من وصول أفكار جديدة.
rate-stopped = توقف التقييم مؤقتًا. يمكنك المتابعة عبر /rate.
rate-idea =
    الفكرة { $id } «{ $title }» – { $field }
    { $description }
rate-criterion = المعيار { $position } من { $total }: { $criterion } ({ $min } = لا على الإطلاق … { $max } = بدرجة كبيرة جدًا)
rate-note = هل بودّك إضافة ملاحظة للجنة التحكيم (الحد الأقصى لعدد الأحرف: { $max })؟ يكفي كتابتها هنا، أو الضغط على «بلا ملاحظة».
choice-no-note = بلا ملاحظة
choice-rate-skip = تقييم هذه الفكرة لاحقًا
rate-saved = تم الحفظ. حصلت الفكرة { $id } حتى الآن على { $score } من 100 نقطة ({ $ratings ->
    [zero] بلا تقييمات
    [one] تقييم واحد
    [two] تقييمان
    [few] { $ratings } تقييمات
    [many] { $ratings } تقييمًا
   *[other] { $ratings } تقييم
}، المدى { $spread }).
admin-juror-line = { $who }
admin-no-jurors = لا يوجد أحد في لجنة التحكيم بعد. يمكنك إضافة أعضاء عبر «juror add WHO».
admin-juror-added = أُضيف المعرِّف { $who } إلى لجنة التحكيم، ويمكن لصاحبه الآن تقييم الأفكار عبر /rate.
admin-juror-removed = أُزيل المعرِّف { $who } من لجنة التحكيم.
admin-juror-unknown = المعرِّف { $who } ليس ضمن لجنة التحكيم.
admin-none-rated = لم تُقيَّم أي فكرة بعد.
admin-ranked-line = { $place }. { $id } «{ $title }» – { $score } من 100 ({ $ratings ->
    [zero] بلا تقييمات
    [one] تقييم واحد
    [two] تقييمان
    [few] { $ratings } تقييمات
    [many] { $ratings } تقييمًا
   *[other] { $ratings } تقييم
}، المدى { $spread })
admin-assigned = الفكرة { $id } الآن لدى: { $department }
admin-history-assigned = { $time } { $by }: أُسندت إلى { $department }
digest-jury = حكم لجنة التحكيم حتى الآن:

## أسئلة إلى مقدّمي الأفكار
idea-question =
    سؤال من الوزارة بشأن فكرتك { $id } «{ $title }»:
    { $question }
    يمكنك الرد هنا مباشرةً – فرسالتك التالية ستصل إلى الفريق.
admin-asked = حُفظ السؤال بشأن { $id }. { $reachable ->
    [yes] سيصل السؤال إلى الشخص الذي قدّم الفكرة، وسيصل رده إلى هنا.
   *[no] لم يعد من الممكن التواصل مع الشخص الذي قدّم الفكرة.
}
admin-history-question = { $time } { $by }: سؤال إلى مقدّم الفكرة: { $text }
admin-history-reply = { $time } رد مقدّم الفكرة: { $text }
idea-reply-sent = شكرًا لك! وصل ردك بشأن { $id } إلى الفريق.
idea-reply-came =
    رد بشأن { $id } «{ $title }»:
    { $text }

## الأفكار الخاصة
idea-status-withdrawn = مسحوبة
choice-edit-idea = تعديل { $id }
choice-withdraw-idea = سحب { $id }
idea-withdrawn = سُحبت الفكرة { $id }: لن يستمر تقييمها ولن تُنشر.
idea-edited = حُفظت تعديلاتك على { $id }.
idea-no-longer-open = يجري العمل على هذه الفكرة بالفعل، ولم يعد من الممكن تعديلها أو سحبها.
admin-history-author = { $time } { $kind ->
    [edited] عُدّلت
   *[withdrawn] سُحبت
} من قِبل مقدّم الفكرة
admin-publish-withdrawn = سُحبت الفكرة { $id } من قِبل مقدّمها، ولن تُنشر.

## المراحل والنتائج
command-results = حالة المشاورة ونتائجها
supports-closed = لم يعد دعم الأفكار ممكنًا في هذه المرحلة. يمكنك معرفة الخطوات التالية عبر /results.
results-title = «{ $title }»
phase-now = الآن (منذ { $since }): { $phase }
phase-next = بعد ذلك (اعتبارًا من { $from }): { $phase }
results-not-yet = لا توجد نتائج بعد؛ وسنبلغك حين تصبح جاهزة.
results-link = لمزيد من المعلومات: { $link }
results-figures = بالأرقام (عدد المشاركين: { $participants }):
results-question = { $question } ({ $answered ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $answered } إجابات
    [many] { $answered } إجابة
   *[other] { $answered } إجابة
})
results-option = · { $label }: { $percent }%
results-ranked = { $place }. { $label }
admin-results-released = أرقام «{ $title }» { $on ->
    [yes] تظهر الآن في /results.
   *[no] لم تعد تظهر في /results.
}
consultation-in-phase = لم تعد المشاورة «{ $title }» تستقبل إجابات. المرحلة الحالية: { $phase }. يمكنك معرفة الخطوات التالية عبر /results.
command-follow = تلقي مستجدات مشاورة
idea-status-awarded = فائزة
idea-awarded-news = فكرة فائزة: فازت الفكرة { $id } «{ $title }» في مسابقة الأفكار. يمكنك معرفة المزيد عبر /ideas و /results.
follow-started = تم تفعيل متابعتك للمشاورة «{ $title }»: سنبلغك عند بدء مرحلة جديدة وعند فوز أفكار بجوائز، وسنوافيك بإعلانات الوزارة. ولإيقاف المتابعة يكفي إرسال /follow مرة أخرى.
follow-stopped = أُوقفت متابعتك للمشاورة «{ $title }».
phase-started = مستجدات بشأن «{ $title }» – تبدأ الآن مرحلة: { $phase }. لمزيد من المعلومات: /results.

## الأفكار المكررة
idea-status-merged = مدمجة
idea-similar = توجد بالفعل فكرة مشابهة: { $id } «{ $title }». يمكنك دعمها بدلًا من تقديم فكرة جديدة.
choice-support-instead = 👍 دعم { $id } بدلًا من الإرسال
idea-merged = دُمجت فكرتك { $id } مع الفكرة المشابهة { $into } «{ $title }»؛ وأصبح دعمها يُحتسب الآن هناك.
idea-merged-into = دُمجت الفكرة المشابهة { $from } «{ $title }» مع فكرتك { $id }؛ وأصبح دعمها يُحتسب الآن لفكرتك.
admin-merged = دُمجت { $from } في { $into }؛ وعدد داعمي { $into } الآن: { $supporters }. وسيتلقى مقدّما الفكرتين إشعارًا بذلك.
admin-history-merged = { $time } { $by }: دُمجت مع { $with }

## الدعوات
invite-accepted = مرحبًا بك! لقد تلقيت دعوة شخصية، وتظهر لك أيضًا الأسئلة المخصصة لمجموعتك.
admin-invited = { $count ->
    [zero] لا يحتوي ملف ZIP على أي رمز دعوة
    [one] يحتوي ملف ZIP على رمز دعوة واحد
    [two] يحتوي ملف ZIP على رمزَي دعوة
    [few] يحتوي ملف ZIP على { $count } رموز دعوة
    [many] يحتوي ملف ZIP على { $count } رمز دعوة
   *[other] يحتوي ملف ZIP على { $count } رمز دعوة
} للمجموعة «{ $audience }» ({ $single ->
    [yes] كل رمز لشخص واحد
   *[no] يمكن استخدام كل رمز أكثر من مرة
}): جدول يضم روابط Telegram والصيغة الخاصة بـ Matrix، ورمز QR جاهز للطباعة لكل رمز دعوة. لم نحفظ سوى بصمة رقمية – يُرجى الاحتفاظ بالملف في مكان آمن.
admin-no-invites = لا توجد رموز دعوة بعد.
admin-invites-line = { $audience }: الرموز: { $made }، مرات الاستخدام: { $used }، الصالحة حاليًا: { $valid }
admin-invites-revoked = سُحبت الرموز الصالحة للمجموعة «{ $audience }»، وعددها { $count }.
admin-unknown-audience = لا توجد مجموعة «{ $audience }» في أي مشاورة (المجموعات المعروفة: { $known }).
admin-invite-staff = تضم المجموعة «staff» كل من في غرفة الفريق (Matrix)؛ ولا توجد رموز دعوة لها.
digest-sources = مشاركات بدأت عبر روابط الفعاليات: { $list }
admin-source-links =
    روابط لـ«{ $tag }» – كل من يبدأ المشاركة عبرها يُحتسب (دون بيانات شخصية) لهذه الفعالية:
    Telegram: { $telegram }
    Matrix: { $matrix }

## آراء الخبراء المدعوّين
command-review = إبداء الرأي في الأفكار (للخبراء المدعوّين)
review-not-expert = إبداء الرأي في الأفكار متاح للخبراء المدعوّين. إذا كانت لديك دعوة، فيُرجى البدء عبر الرابط أو الرمز الوارد فيها.
review-none-left = شكرًا لك! لا توجد حاليًا أي فكرة منشورة لم تُبدِ رأيك فيها بعد.
review-text = يُرجى كتابة رأيك بكلماتك: ما الذي يُقنعك، وما الذي ينقص، وبماذا توصي؟ (الحد الأقصى لعدد الأحرف: { $max })
review-saved = شكرًا لك! وصل رأيك بشأن { $id } إلى الفريق. ولن يُنشر إلا إذا قرّر الفريق ذلك.
review-stopped = توقف إبداء الرأي مؤقتًا. يمكنك المتابعة عبر /review.
ideas-public-review = رأي أهل الاختصاص: { $text }
mydata-review = رأيك بشأن { $id }: { $text }
admin-review-line = الرأي رقم { $n } ({ $audience }، { $time }): { $scores } – { $text } { $published ->
    [yes] (منشور)
   *[no] (داخلي؛ للنشر: review { $id } { $n } on)
}
admin-review-unknown = لا يوجد للفكرة { $id } رأي برقم { $n }.
admin-review-published = أصبح الرأي رقم { $n } بشأن { $id } الآن { $on ->
    [yes] منشورًا (يظهر تحت الفكرة في /ideas).
   *[no] مرئيًا للفريق فقط.
}
digest-reviews-new = آراء جديدة من الخبراء: { $count }
digest-review = { $id } «{ $title }» ({ $audience }): { $scores } – { $text }
digest-by-audience = المجموعة
digest-by-source = الفعالية
digest-group = { $by } «{ $value }» ({ $runs ->
    [zero] لا مشاركات
    [one] مشاركة واحدة
    [two] مشاركتان
    [few] { $runs } مشاركات
    [many] { $runs } مشاركة
   *[other] { $runs } مشاركة
}):

## التأكيدات والتذكيرات
restart-question = هل بودّك فعلًا البدء من جديد؟ { $count ->
    [zero] لا توجد لديك بعد أي إجابات في «{ $title }».
    [one] ستُحذف عندئذٍ إجابتك السابقة في «{ $title }».
    [two] ستُحذف عندئذٍ إجابتاك السابقتان في «{ $title }».
    [few] ستُحذف عندئذٍ إجاباتك الـ{ $count } السابقة في «{ $title }».
    [many] ستُحذف عندئذٍ إجاباتك الـ{ $count } السابقة في «{ $title }».
   *[other] ستُحذف عندئذٍ إجاباتك الـ{ $count } السابقة في «{ $title }».
}
choice-restart-yes = نعم، أريد البدء من جديد
choice-restart-no = لا، أريد المتابعة
restart-kept = حسنًا – ستبقى إجاباتك محفوظة.
consent-reminder = يُرجى الإجابة بـ«نعم، أوافق» أو «لا». ويمكنك في أي وقت عرض إشعار حماية البيانات عبر /privacy.
datetime = { $day }/{ $month }/{ $year } الساعة { $hour }:{ $minute }
