# mitreden – Türkçe metinler.
# Her ileti her dilde bulunmalıdır; `mitreden check` bunu denetler.

language-name = Türkçe
language-choice = { $name }
error-missing-text = Özür dileriz, bu metin eksik. Lütfen durumu hizmeti işleten kuruma bildirin.

## Karşılama ve yardım

welcome = mitreden’e hoş geldiniz! Burada istişarelere katılabilirsiniz: Soruları yanıtlayabilir ve kendi fikirlerinizi sunabilirsiniz – doğrudan sohbet üzerinden.
welcome-back = Tekrar hoş geldiniz!
idle-hint = Bir istişareye başlamak veya devam etmek için /start, fikir sunmak için /idea yazın; tüm komutları /help ile görebilirsiniz.
help =
    mitreden şöyle çalışır:
    /start – bir istişareye başlayın veya devam edin
    /consultations – açık istişareleri görün
    /idea – bir fikir sunun
    /back – önceki soruya dönün
    /skip – isteğe bağlı bir soruyu atlayın
    /restart – istişareye baştan başlayın
    /cancel – geçerli adımı iptal edin
    /language – dili değiştirin
    /privacy – veri koruma bilgilendirmesini görün
    /myideas – fikirleriniz ve durumları
    /ideas – yayımlanan fikirleri görün ve destekleyin
    /review – fikirler hakkında görüş bildirin (davetli uzmanlar için)
    /results – bir istişarenin geldiği aşama ve sonuçları
    /follow – haberdar olun: yeni aşamalar, ödül alan fikirler, duyurular
    /mydata – kayıtlı verilerinizi görün
    /forget – tüm verilerinizi silin
    /help – bu yardım metni
    Düğmelerle, bir yanıtın numarasıyla ya da metniyle yanıt verebilirsiniz.
questions-count = { $count } soru

## Veri koruma ve onay

privacy-notice =
    Veri koruma bilgilendirmesi (sürüm { $version })
    Veri sorumlusu: { $controller }
    Sorular, bilgi edinme ve silme talepleri için iletişim: { $contact }
    Neleri kaydediyoruz: Yanıtlarınızı ve fikirlerinizi adınızla veya hesap kimliğinizle değil, bir takma adla kaydediyoruz. Bunları yalnızca bu istişare için değerlendiriyoruz.
    Verilerinizin işlenmesinin hukuki dayanağı rızanızdır (AB Genel Veri Koruma Tüzüğü – GDPR – madde 6 fıkra 1 bent a). Katılım gönüllüdür; rızanızı istediğiniz zaman geri alabilirsiniz.
    Ne kadar süreyle: Sohbet adresinizi, istişarenin sona ermesinden { $retention } gün sonra sileriz. Takma adla kaydedilen yanıtlar ise siz /forget ile silene kadar değerlendirme için saklanır.
    Mesajlarınız, mesajlaşma uygulamasının sunucuları (Telegram veya kullandığınız Matrix sunucusu) üzerinden iletilir; bu konuda ilgili uygulamanın veri koruma kuralları geçerlidir.
    Fikirleri yalnızca gönderirken izin verdiyseniz yayımlarız. Haberleri ve duyuruları yalnızca /follow ile talep ederseniz alırsınız.
    16 yaşından küçükseniz ebeveynlerinizin de onay vermesi gerekir.
    /mydata ile hakkınızda kaydettiğimiz her şeyi istediğiniz zaman görebilirsiniz; /forget ile bunları silebilirsiniz. Veri koruma denetim makamına şikâyette bulunma hakkınız vardır: { $authority }.
consent-question = Yanıtlarınızın bu şekilde kaydedilmesini kabul ediyor musunuz (16 yaşından küçükseniz ebeveynleriniz de kabul ediyor mu)?
choice-consent-yes = Evet, kabul ediyorum
choice-consent-no = Hayır
choice-other-language = 🌐 Başka dil / Language
consent-thanks = Onayınız için teşekkür ederiz.
consent-refused = Anlaşıldı – onayınız olmadan hiçbir yanıtı kaydetmiyoruz. Fikrinizi değiştirirseniz /start yazmanız yeterli.

## İstişareler

choose-consultation = Hangi istişareyi yanıtlamak istersiniz?
choose-consultation-idea = Hangi istişareye fikir sunmak istersiniz?
no-open-consultations = Şu anda açık bir istişare bulunmuyor. Lütfen daha sonra tekrar uğrayın.
no-ideas-open = Şu anda fikir kabul eden bir istişare bulunmuyor.
consultation-intro =
    { $title }
    { $intro }
consultation-closed = “{ $title }” istişaresi kapanmıştır. İlginiz için çok teşekkür ederiz! { $results ->
    [none] Sonuçlar yayımlanacaktır.
   *[other] Sonuçları şu adreste bulabilirsiniz: { $results }
}
error-unknown-consultation = “{ $id }” adlı bir istişare bulunmuyor.
already-completed = “{ $title }” istişaresini zaten yanıtladınız – teşekkür ederiz! /restart ile baştan başlayabilirsiniz.
resuming = “{ $title }” ile devam ediyoruz.
completed = Tamamlandı – “{ $title }” için verdiğiniz yanıtlara çok teşekkür ederiz! /follow yazarsanız bu istişareyle ilgili gelişmelerden, örneğin sonuçların açıklandığından, haberdar olursunuz.
restarted = Önceki yanıtlarınız silindi; baştan başlıyorsunuz.
nothing-to-restart = Henüz bir istişareye başlamadınız. Başlamak için /start yazın.
paused = Ara verildi. Yanıtlarınız kaydedildi; /start ile kaldığınız yerden devam edebilirsiniz.
goodbye = Teşekkür ederiz! Dilediğiniz zaman /idea ile bir fikir de sunabilirsiniz.
cancelled = İptal edildi.
nothing-to-cancel = Şu anda iptal edilebilecek bir işlem yok.

## Sorular

progress = Soru { $position } / { $total }
hint-multi = { $min ->
    [0] En fazla { $max }
   *[other] { $min } ile { $max } arasında
} yanıt seçip “Tamam” düğmesine dokunun – ya da numaralarını yazın, ör. 1, 3.
hint-scale = { $min } = { $minLabel } … { $max } = { $maxLabel }
scale-value = { $value }
hint-text = Lütfen metin olarak yanıt verin (en fazla { $max } karakter).
number-whole = tam sayı
number-any = sayı
hint-number = { $range ->
    [both] Lütfen { $min } ile { $max } arasında bir { $kind } girin.
    [min] Lütfen en az { $min } olan bir { $kind } girin.
    [max] Lütfen en fazla { $max } olan bir { $kind } girin.
   *[none] Lütfen bir { $kind } girin.
}
hint-optional = Bu soru isteğe bağlıdır.
previous-answer = Önceki yanıtınız: { $answer }
answer-value = { $value }
answer-skipped = (atlandı)
choice-yes = Evet
choice-no = Hayır
choice-done = Tamam
choice-skip = Atla
choice-back = Geri
choice-cancel = İptal

## Fikirler

offer-idea = Fikir yarışmasına kendi fikrinizi de sunmak ister misiniz?
idea-ask-title = Fikrinizin adı ne olsun? Lütfen kısa bir başlık yazın (en fazla { $max } karakter).
idea-ask-description = Fikrinizi anlatın: Ne değişmeli ve bu kimin işine yarar? (en fazla { $max } karakter)
idea-ask-field = Fikriniz hangi eylem alanına giriyor?
idea-confirm =
    Lütfen fikrinizi kontrol edin:
    Başlık: { $title }
    Açıklama: { $description }
    Eylem alanı: { $field }
choice-send-public = Gönder – yayımlanabilir
choice-send-internal = Gönder – yalnızca Bakanlık için
choice-edit-title = Başlığı değiştir
choice-edit-description = Açıklamayı değiştir
choice-edit-field = Eylem alanını değiştir
idea-submitted = Teşekkür ederiz! Fikriniz { $id } numarasıyla alındı. Bakanlığın uzmanları fikrinizi değerlendirecek.
idea-discarded = Fikir taslağınız silindi.

## Dil

choose-language = Hangi dili kullanmak istersiniz?
language-set = Dil Türkçe olarak ayarlandı.
error-unknown-language = “{ $code }” dili burada mevcut değil.

## Hatalar ve uyarılar

error-unknown-command = /{ $command } komutunu tanımıyorum. Tüm komutları /help ile görebilirsiniz.
error-unsupported = Lütfen metinle ya da düğmelerle yanıt verin – burada resim, sesli mesaj ve dosyaları işleyemiyorum.
error-stale-button = Bu düğme önceki bir soruya ait. Lütfen güncel soruyu yanıtlayın:
error-use-choices = Lütfen yanıtlardan birini seçin: düğmeyle, numarasıyla ya da metniyle.
error-scale = Lütfen { $min } ile { $max } arasında bir değer seçin.
error-too-many = Lütfen en fazla { $max } yanıt seçin.
error-too-few = Lütfen en az { $min } yanıt seçin.
error-empty = Yanıt boş. Lütfen bir şey yazın.
error-too-long = Metniniz { $length } karakter uzunluğunda, ancak en fazla { $max } karaktere izin veriliyor. Lütfen metni kısaltın.
error-not-a-number = Bu geçerli bir sayı değil. { $hint }
error-out-of-range = Bu sayı izin verilen aralığın dışında. { $hint }
error-no-back = Buradan daha geriye gidilemiyor.
error-cannot-skip = Bu soru atlanamaz.
error-internal = Özür dileriz, teknik bir hata oluştu. Lütfen birazdan tekrar deneyin.
record-reset = Önceki bilgilerinizi maalesef okuyamadık. Bu nedenle baştan başlıyorsunuz. Eski bilgileriniz güvenle saklanıyor; talep etmeniz hâlinde ekip bunları inceleyebilir.

## Komut menüsü (Telegram bunu yazma alanının yanında gösterir)

command-start = İstişareye başla veya devam et
command-help = Yardım ve tüm komutlar
command-consultations = Açık istişareleri göster
command-idea = Fikir sun
command-language = Dili değiştir
command-privacy = Veri koruma bilgilendirmesini göster
command-back = Önceki soruya dön
command-cancel = Geçerli adımı iptal et

## Telegram

telegram-group-pointer = Gruplarda yanıt kabul etmiyorum – yanıtlarınız size aittir. Lütfen bana özelden yazın: { $link }

## Verilerim ve silme

mydata-intro = Hakkınızda kaydettiğimiz bilgiler (takma ad: { $id }, { $since } tarihinden beri):
mydata-language = Dil: { $language }
mydata-consent = Onay: { $at } tarihinde { $given ->
    [yes] verildi
   *[no] reddedildi
} (veri koruma bilgilendirmesi, sürüm { $version })
mydata-no-consent = Onay: henüz sorulmadı
mydata-contact = Size yanıt verdiğimiz adres: { $platform } { $address }
mydata-consultation = { $title }: { $count } yanıt, { $completed ->
    [yes] tamamlandı
   *[no] henüz tamamlanmadı
}
mydata-answer = – { $question } → { $answer }
mydata-idea = Fikir { $id } “{ $title }”: { $status }
mydata-nothing = Henüz yanıtınız veya fikriniz bulunmuyor.
mydata-file = Tüm bilgileri bir dosya (JSON) olarak da alırsınız. /forget ile hepsini sildirebilirsiniz.
idea-status-submitted = sunuldu
idea-status-review = inceleniyor
idea-status-accepted = kabul edildi
idea-status-rejected = reddedildi
idea-status-implemented = uygulandı
forget-question = Hakkınızda kaydettiğimiz her şeyi – yanıtlarınızı, fikirlerinizi, onayınızı ve adresinizi – silelim mi? Bu işlem geri alınamaz.
choice-forget-yes = Evet, hepsini sil
choice-forget-no = Hayır, kalsın
forget-done = Tamamlandı: Tüm verileriniz silindi. Yeniden katılmak isterseniz /start yazın – o zaman baştan başlarsınız.
forget-kept = Peki, verileriniz kayıtlı kalıyor.
command-mydata = Kayıtlı verilerimi göster
command-forget = Tüm verilerimi sil
file-attached = Dosya { $name }:

## Matrix

matrix-group-decline = Merhaba! Yanıtlarınız size ait kalsın diye istişareleri yalnızca tek bir kişiyle doğrudan sohbette yürütüyorum. Lütfen beni doğrudan bir sohbete davet edin. Şimdi bu odadan ayrılıyorum.
matrix-room-exposed = Bu oda yönetici veya ekip odası olarak kayıtlı, ancak yalnızca davetle erişilebilen bir oda değil. Bu durum sürdüğü sürece burada komut kabul etmiyor ve buraya rapor göndermiyorum. Lütfen odayı “Yalnızca davetle” olarak ayarlayın.

## Ekip için özet (Digest)

digest-title = mitreden – özet: { $from } – { $to }
digest-nothing = { $from } tarihinden bu yana yeni katkı yok.
digest-runs = Yeni: { $started } başlatıldı, { $completed } tamamlandı. Toplam: { $totalStarted } başlatıldı, { $totalCompleted } tamamlandı (%{ $rate }).
digest-answered = { $answered } yanıt, { $skipped } kez atlandı
digest-number = Ortalama { $mean }, medyan { $median }
digest-ideas-new = Yeni fikirler: { $count }
digest-idea = { $id } “{ $title }” – { $field }, { $time }, gönderen: { $author }
digest-idea-statuses = Duruma göre fikirler: { $list }
digest-file = Bu döneme ait yanıtlar ve fikirler ekteki CSV dosyasındadır.
error-unreadable = Mesajınız şifreli olarak ulaştı, ancak okuyamadım. Lütfen tekrar gönderin.
myideas-none = Henüz bir fikir sunmadınız. Bunu istediğiniz zaman /idea ile yapabilirsiniz.
command-myideas = Fikirlerim ve durumları

## Yönetim (yöneticiler)

admin-not-permitted = Bu işlemi yalnızca yöneticiler yapabilir. Burada neler yapabileceğinizi /help ile görebilirsiniz.
admin-unknown = “{ $command }” adlı bir yönetici komutu yok. Tüm komutları /admin help gösterir.
admin-usage = Kullanım hatalı: “{ $command }” için /admin help komutuna bakın.
admin-help =
    Yönetici komutları (özel sohbette başına /admin, yönetici odasında ! koyarak):
    consultations – tüm istişareler, durumları ve sayılarıyla
    ideas [new|review|accepted|rejected|implemented|published|all] – fikirleri listele
    idea ID – bir fikrin tamamı
    idea ID status review|accepted|rejected|implemented|awarded [YANIT] – durumu belirle; yanıtı fikir sahibi, destekleyenler ve herkese açık liste görür
    idea ID note METİN – dahili not (yalnızca ekip için, vatandaşlar asla görmez)
    review ID N on|off – bir fikre ilişkin N. uzman görüşünü herkese açık yap veya yeniden yalnızca dahili yap
    merge ID HEDEF – yinelenen bir fikri başka bir fikirle birleştir (destekler de aktarılır)
    ask ID SORU – fikir sahibine soru sor; yanıtı bu sohbete gelir
    ideas ranked – jüri değerlendirmesine göre fikirler (ağırlıklı ortalama, değerlendirme sayısı, aralık)
    ideas department AD – bir birimin fikirleri
    idea ID assign AD – fikri bir birime ata
    publish ID / unpublish ID – fikri herkese açık yap (vatandaşlar destekleyebilir) veya yayından kaldır
    open ID / close ID – istişareyi hemen aç veya kapat
    schedule ID BAŞLANGIÇ BİTİŞ – süreyi belirle (2026-12-01 veya 2026-12-01T08:00:00+01:00)
    reload – istişare dosyalarını ve metinleri yeniden yükle
    settings – ayarları göster
    set ANAHTAR DEĞER / unset ANAHTAR – ayarı değiştir veya yapılandırmadaki değere döndür
    broadcast ID MESAJ – ID istişaresine katılmış ve onay vermiş herkese duyuru gönder
    admins / add KİM / remove KİM – yöneticileri göster, ekle, çıkar (@ad:sunucu veya Telegram kimliği)
    jurors / juror add KİM / juror remove KİM – jüri: fikirleri /rate ile kimlerin puanladığı
    invite GRUP N [single|multi] [until TARİH] / invites / revoke GRUP – bir grup (ör. experts) için davet kodları: dosya olarak oluştur, say, geri çek
    qr ID ETİKET – bir etkinlik (ör. bir çalıştay) için bağlantı ve QR kodu; bunlar üzerinden başlayan katılımlar etkinlik başına sayılır
    results ID on|off – seçilen soruların rakamlarını /results içinde göster veya gizle
    export [ID] [json] – tüm veriler (veya tek bir istişareninkiler) dosya olarak: Excel için CSV ya da JSON
    audit [N] – denetim kaydındaki son girişler
admin-consultation = { $id }: { $title } – { $state ->
    [open] açık
    [draft] henüz açılmadı
   *[closed] kapalı
} ({ $opens } – { $closes }), { $participants } katılımcı, { $completed } tamamlandı
admin-no-ideas = Fikir yok.
admin-idea-line = { $id } “{ $title }” – { $field } – { $status } – { $supporters } destek{ $published ->
    [yes] , herkese açık
   *[no] {""}
}
admin-unknown-idea = { $id } numaralı bir fikir bulunmuyor.
admin-idea-full =
    { $id } “{ $title }”
    { $description }
    Eylem alanı: { $field }; durum: { $status }; sunulma: { $time }, sunan: { $author }
    { $supporters } destek; { $published ->
        [yes] herkese açık
       *[no] herkese açık değil
    }; { $publishable ->
        [yes] yayımlanabilir
       *[no] yalnızca dahili (yayımlanmamalı)
    }
admin-status-set = { $id } artık “{ $status }” durumunda. { $notified ->
    [yes] Fikir sahibine bildirim gönderiliyor.
   *[no] Fikir sahibine artık ulaşılamıyor.
}
admin-audit-line = { $at } { $actor }: { $action } – { $detail }
idea-status-changed = { $id } “{ $title }” adlı fikrinizle ilgili yenilik: Fikrinizin durumu artık “{ $status }”. { $comment }
admin-window-set = “{ $title }” artık { $state ->
    [open] açık
   *[closed] kapalı
}.

admin-help-staff =
    Ekip komutları (ekip odasında ! ile):
    consultations – tüm istişareler, durumları ve sayılarıyla
    ideas [new|review|accepted|rejected|implemented|published|all] – fikirleri listele
    idea ID – bir fikrin tamamı
    idea ID status review|accepted|rejected|implemented|awarded [YANIT] – durumu belirle; yanıtı fikir sahibi, destekleyenler ve herkese açık liste görür
    idea ID note METİN – dahili not (yalnızca ekip için, vatandaşlar asla görmez)
    review ID N on|off – bir fikre ilişkin N. uzman görüşünü herkese açık yap veya yeniden yalnızca dahili yap
    merge ID HEDEF – yinelenen bir fikri başka bir fikirle birleştir (destekler de aktarılır)
    ask ID SORU – fikir sahibine soru sor; yanıtı bu sohbete gelir
    ideas ranked – jüri değerlendirmesine göre fikirler (ağırlıklı ortalama, değerlendirme sayısı, aralık)
    ideas department AD – bir birimin fikirleri
    idea ID assign AD – fikri bir birime ata
    publish ID / unpublish ID – fikri herkese açık yap veya yayından kaldır
    export [ID] [json] – veriler dosya olarak (Excel için CSV ya da JSON)
    digest – şimdi özet oluştur
admin-published = { $id } artık herkese açık; vatandaşlar bu fikri /ideas ile destekleyebilir.
admin-unpublished = { $id } artık herkese açık değil.
admin-reloaded = Yeniden yüklendi: { $count } istişare.
admin-reload-failed =
    Yeniden yükleme reddedildi; mevcut durum geçerliliğini koruyor. Hata:
    { $error }
admin-setting-line = { $key } = { $value } ({ $source ->
    [chat] sohbette ayarlandı
   *[config] yapılandırma
})
admin-setting-unknown = “{ $key }” adlı bir ayar yok. Tüm ayarları /admin settings gösterir.
admin-setting-set = { $key } artık “{ $value }”.
admin-setting-unset = { $key } yeniden yapılandırmadaki değeri kullanıyor: “{ $value }”.
admin-setting-invalid = “{ $value }”, { $key } için uygun değil: { $hint }
setting-hint-language = mitreden’in tanıdığı bir dil (de, en).
setting-hint-onoff = on veya off.
setting-hint-max = 0 (sınır yok) ile 1000 arasında bir tam sayı.
setting-hint-rate = dakika başına mesaj sayısı, 0 (sınır yok) ile 600 arasında.
setting-hint-room = bir Matrix oda kimliği (!abc:server). Bir Matrix sohbetinde oda takma adı (#team:server) da verebilirsiniz; takma ad hemen oda kimliğine çevrilir ve bunun için önceden var olmalıdır.
setting-hint-schedule = daily 08:00, weekly mon 08:00 veya every 6h (ayrıca 30m, 90s; en az 10s).
setting-hint-timezone = Europe/Berlin gibi bir IANA saat dilimi.
setting-hint-text = 1 ile 1000 karakter arasında bir metin.
admin-broadcast-queued = Duyuru { $count } kişiye gönderilecek. İlerlemeyi bildireceğim.
admin-broadcast-progress = Duyuru: { $done } / { $total } gönderildi …
admin-broadcast-done = Duyuru tamamlandı: { $delivered } iletildi, { $failed } başarısız.
broadcast-message =
    “{ $title }” istişaresiyle ilgili duyuru:
    { $message }
admin-admin-line = { $who } ({ $source ->
    [chat] sohbette eklendi
   *[config] yapılandırma
})
admin-admin-added = { $who } artık yönetici.
admin-admin-exists = { $who } zaten yönetici.
admin-admin-configured = { $who } yapılandırmada tanımlı ve yalnızca orada kaldırılabilir.
admin-admin-removed = { $who } artık yönetici değil.
admin-admin-unknown = { $who }, sohbette eklenmiş bir yönetici değil.

## Fikirleri desteklemek

ideas-public-none = Henüz yayımlanmış bir fikir yok. Lütfen daha sonra tekrar bakın.
ideas-public-page = Yayımlanan fikirler (sayfa { $page } / { $pages }):
ideas-public-line = { $id } “{ $title }” – { $field }: { $description } ({ $supporters } destek{ $mark ->
    [own] , sizin fikriniz
    [supported] , desteklediniz
   *[none] {""}
})
choice-support = 👍 Destekle: { $id }
choice-previous = ◀ Geri
choice-next = İleri ▶
browse-closed = Peki. /ideas ile istediğiniz zaman geri dönebilirsiniz.
idea-supported = Teşekkür ederiz! { $id } numaralı fikri destekliyorsunuz – toplam destek: { $supporters }.
idea-support-twice = { $id } numaralı fikri zaten destekliyorsunuz.
idea-support-own = Kendi fikrinizi destekleyemezsiniz.
idea-published = { $id } “{ $title }” adlı fikriniz yayımlandı: Başkaları onu /ideas ile görebilir ve destekleyebilir.
mydata-supports = Desteklediğiniz fikirler: { $ids }
command-ideas = Yayımlanan fikirleri destekle
ideas-paused = Şu anda fikir kabul edilmiyor. Sorulara vereceğiniz yanıtları ise memnuniyetle bekliyoruz.
ideas-limit = Bu istişare için zaten { $max } fikir sundunuz; daha fazlası mümkün değil.
error-too-fast = Kısa sürede çok sayıda mesaj gönderdiniz. Lütfen bir dakika bekleyin, ardından son mesajınızı tekrar gönderin.
welcome-custom = { $text }
idea-supported-status-changed = Desteklediğiniz bir fikirle ilgili yenilik: { $id } “{ $title }” artık “{ $status }” durumunda. { $comment }
digest-most-supported = En çok desteklenen yayımlanmış fikirler:
digest-supported-idea = { $id } “{ $title }” – { $supporters } destek
admin-export-ready = Veriler dosya olarak (takma adlı). Katılımlar: { $runs }, yanıtlar: { $answers }, fikirler: { $ideas }.
admin-export-not-here = Veri koruma nedeniyle dışa aktarımlar yalnızca şu platformlardaki sohbetlere gönderilir: { $platforms }. Lütfen dışa aktarımı orada isteyin.

## Diğer yanıtlar ve sıralamalar
choice-other = Başka bir yanıt …
hint-other = Lütfen kendi yanıtınızı yazın (en fazla { $max } karakter).
other-chosen-so-far = Ayrıca seçilenler: { $chosen }
hint-ranking = { $count } yanıtı kendi önem sıranıza koyun: Önce en önemlisine, sonra bir sonrakine dokunun – ya da numaralarını kendi sıranızla yazın, ör. 3, 1, 2.
ranking-so-far = Şimdiye kadarki sıralamanız: { $order }
choice-undo = Son seçimi geri al
error-ranking = Lütfen { $count } numaranın her birini tam bir kez ve kendi sıranızla yazın, ör. 3, 1, 2.
digest-other = Başka yanıt
digest-ranked = { $place }. { $label } – ortalama sıra { $mean }, { $first } kez birinci sırada

## Fikir geçmişi
admin-history-status = { $time } { $by }: durum “{ $status }” – yanıt: { $answer }
admin-history-note = { $time } { $by }: dahili not: { $text }
admin-history-published = { $time } { $by }: { $published ->
    [yes] yayımlandı
   *[no] herkese açık listeden kaldırıldı
}
admin-note-added = { $id } için not kaydedildi (yalnızca ekip görebilir).
idea-answer = Bakanlığın { $id } hakkındaki yanıtı: { $answer }
choice-unsupport = ↩ Desteği geri çek: { $id }
choice-more = Ayrıntılar: { $id }
ideas-public-full =
    { $id } “{ $title }”
    { $description }
idea-unsupported = { $id } numaralı fikri artık desteklemiyorsunuz – toplam destek: { $supporters }.
idea-terms-hint = Göndererek bu koşulları kabul etmiş olursunuz. Fikrinizin yayımlanıp yayımlanmayacağına düğmeyle siz karar verirsiniz.
idea-internal-only = Fikriniz kurum içinde kalacak: Değerlendirilecek, ancak yayımlanmayacak.
admin-publish-internal = { $id } “yalnızca Bakanlık için” olarak gönderildi ve yayımlanmayacak.

## Jüri
rate-not-juror = Fikirleri yalnızca jüri üyeleri puanlayabilir.
rate-none-left = Tüm fikirler puanlandı – teşekkür ederiz! Yeni fikir gelip gelmediğini daha sonra /rate ile görebilirsiniz.
rate-stopped = Puanlamaya ara verildi. /rate ile devam edebilirsiniz.
rate-idea =
    Fikir { $id } “{ $title }” – { $field }
    { $description }
rate-criterion = Ölçüt { $position } / { $total }: { $criterion } ({ $min } = hiç … { $max } = çok)
rate-note = Jüri için bir not eklemek ister misiniz (en fazla { $max } karakter)? Notunuzu yazmanız yeterli; not eklemek istemiyorsanız “Notsuz” düğmesine dokunun.
choice-no-note = Notsuz
choice-rate-skip = Bu fikri sonra puanla
rate-saved = Kaydedildi. { $id } şu anda 100 üzerinden { $score } puanda ({ $ratings } değerlendirme, aralık { $spread }).
admin-juror-line = { $who }
admin-no-jurors = Jüride henüz kimse yok. “juror add KİM” ile birini ekleyebilirsiniz.
admin-juror-added = { $who } artık jüride ve fikirleri /rate ile puanlıyor.
admin-juror-removed = { $who } artık jüride değil.
admin-juror-unknown = { $who } jüride değil.
admin-none-rated = Henüz hiçbir fikir puanlanmadı.
admin-ranked-line = { $place }. { $id } “{ $title }” – 100 üzerinden { $score } ({ $ratings } değerlendirme, aralık { $spread })
admin-assigned = { $id } artık şu birimde: { $department }
admin-history-assigned = { $time } { $by }: şu birime atandı: { $department }
digest-jury = Şimdiye kadarki jüri değerlendirmesi:

## Fikir sahiplerine sorular
idea-question =
    Bakanlığın { $id } “{ $title }” adlı fikrinizle ilgili bir sorusu var:
    { $question }
    Buradan yanıt vermeniz yeterli – bir sonraki mesajınız ekibe iletilecek.
admin-asked = { $id } hakkındaki soru kaydedildi. { $reachable ->
    [yes] Soru fikir sahibine iletilecek; yanıtı buraya gelecek.
   *[no] Fikir sahibine artık ulaşılamıyor.
}
admin-history-question = { $time } { $by }: fikir sahibine soru: { $text }
admin-history-reply = { $time } fikir sahibinin yanıtı: { $text }
idea-reply-sent = Teşekkür ederiz! { $id } hakkındaki yanıtınız ekibe iletildi.
idea-reply-came =
    { $id } “{ $title }” hakkında yanıt:
    { $text }

## Kendi fikirleri
idea-status-withdrawn = geri çekildi
choice-edit-idea = Değiştir: { $id }
choice-withdraw-idea = Geri çek: { $id }
idea-withdrawn = { $id } geri çekildi: Artık değerlendirilmeyecek ve yayımlanmayacak.
idea-edited = { $id } üzerinde yaptığınız değişiklikler kaydedildi.
idea-no-longer-open = Bu fikir üzerinde çalışılmaya başlandı; artık değiştirilemez veya geri çekilemez.
admin-history-author = { $time } fikir sahibi tarafından { $kind ->
    [edited] değiştirildi
   *[withdrawn] geri çekildi
}
admin-publish-withdrawn = { $id } fikir sahibi tarafından geri çekildi ve yayımlanmayacak.

## Aşamalar ve sonuçlar
command-results = Bir istişarenin durumu ve sonuçları
supports-closed = Bu aşamada artık fikir desteklenemiyor. Sonraki adımları /results ile görebilirsiniz.
results-title = “{ $title }”
phase-now = Şu an ({ $since } tarihinden beri): { $phase }
phase-next = Ardından ({ $from } tarihinden itibaren): { $phase }
results-not-yet = Henüz sonuç yok; sonuçlar hazır olduğunda size haber vereceğiz.
results-link = Ayrıntılı bilgi: { $link }
results-figures = Rakamlarla ({ $participants } katılımcı):
results-question = { $question } ({ $answered } yanıt)
results-option = · { $label }: %{ $percent }
results-ranked = { $place }. { $label }
admin-results-released = “{ $title }” istişaresine ait rakamlar /results içinde artık { $on ->
    [yes] görünüyor.
   *[no] görünmüyor.
}
consultation-in-phase = “{ $title }” artık yanıt kabul etmiyor. Şu anki aşama: { $phase }. Sonraki adımları /results ile görebilirsiniz.
command-follow = Bir istişareden haberdar ol
idea-status-awarded = ödül aldı
idea-awarded-news = Ödül: { $id } “{ $title }” adlı fikir, fikir yarışmasında ödül kazandı. Ayrıntıları /ideas ve /results ile öğrenebilirsiniz.
follow-started = “{ $title }” istişaresini takip ediyorsunuz: Yeni bir aşama başladığında ve fikirler ödül aldığında size haber vereceğiz; Bakanlığın duyurularını da ileteceğiz. Takibi bırakmak için yeniden /follow yazın.
follow-stopped = Artık “{ $title }” istişaresini takip etmiyorsunuz.
phase-started = “{ $title }” ile ilgili yenilik – yeni aşama başladı: { $phase }. Ayrıntıları /results ile görebilirsiniz.

## Benzer fikirler
idea-status-merged = birleştirildi
idea-similar = Benzer bir fikir zaten var: { $id } “{ $title }”. Yeni bir fikir sunmak yerine onu destekleyebilirsiniz.
choice-support-instead = 👍 Göndermek yerine destekle: { $id }
idea-merged = { $id } numaralı fikriniz, benzer fikir { $into } “{ $title }” ile birleştirildi; destekler artık orada sayılıyor.
idea-merged-into = Benzer fikir { $from } “{ $title }”, { $id } numaralı fikrinizle birleştirildi; o fikrin destekleri artık sizin fikrinizde sayılıyor.
admin-merged = { $from }, { $into } ile birleştirildi; { $into } artık toplam { $supporters } desteğe sahip. Her iki fikir sahibine de bildirim gönderiliyor.
admin-history-merged = { $time } { $by }: şununla birleştirildi: { $with }

## Davetler
invite-accepted = Hoş geldiniz! Kişisel olarak davet edildiniz; grubunuza yönelik soruları da görüyorsunuz.
admin-invited = “{ $audience }” için { $count } davet kodu ({ $single ->
    [yes] her biri tek kişilik
   *[no] birden çok kez kullanılabilir
}) ZIP dosyasında yer alıyor: Telegram bağlantılarını ve Matrix için kullanılacak biçimi içeren bir tablo ile her kod için yazdırılabilir bir QR kodu. Sistemde kodların yalnızca parmak izi kayıtlı – dosyayı güvenli bir yerde saklayın.
admin-no-invites = Henüz davet kodu yok.
admin-invites-line = { $audience }: { $made } kod, { $used } kez kullanıldı, { $valid } tanesi hâlâ geçerli
admin-invites-revoked = “{ $audience }” için { $count } geçerli kod geri çekildi.
admin-unknown-audience = Hiçbir istişarede “{ $audience }” adlı bir grup yok (bilinen gruplar: { $known }).
admin-invite-staff = “staff” grubuna ekip odasındaki (Matrix) herkes dahildir; bu grup için kod oluşturulmaz.
digest-sources = Etkinlik bağlantıları üzerinden başlatılanlar: { $list }
admin-source-links =
    “{ $tag }” için bağlantılar – bunlar üzerinden başlayan herkes (kişisel veri tutulmadan) bu etkinlik için sayılır:
    Telegram: { $telegram }
    Matrix: { $matrix }

## Davetli uzmanların görüşleri
command-review = Davetli uzman olarak fikirlere görüş bildir
review-not-expert = Görüşleri davetli uzmanlar bildirir. Davet aldıysanız, davetinizdeki bağlantı veya kodla başlayın.
review-none-left = Teşekkür ederiz! Şu anda henüz görüş bildirmediğiniz yayımlanmış bir fikir bulunmuyor.
review-text = Görüşünüzü kendi sözcüklerinizle yazın: Sizi ne ikna ediyor, ne eksik, ne öneriyorsunuz? (en fazla { $max } karakter)
review-saved = Teşekkür ederiz! { $id } hakkındaki görüşünüz ekibe iletildi. Görüşünüz yalnızca ekip bu yönde karar verirse yayımlanır.
review-stopped = Görüş bildirmeye ara verildi. /review ile devam edebilirsiniz.
ideas-public-review = Uzman görüşü: { $text }
mydata-review = { $id } hakkındaki görüşünüz: { $text }
admin-review-line = { $n }. görüş ({ $audience }, { $time }): { $scores } – { $text } { $published ->
    [yes] (herkese açık)
   *[no] (dahili; yayımlamak için: review { $id } { $n } on)
}
admin-review-unknown = { $id } için { $n } numaralı bir görüş yok.
admin-review-published = { $id } hakkındaki { $n } numaralı görüş { $on ->
    [yes] artık herkese açık (/ideas içinde fikrin altında).
   *[no] artık yalnızca ekip tarafından görülebiliyor.
}
digest-reviews-new = Uzmanlardan yeni görüşler: { $count }
digest-review = { $id } “{ $title }” ({ $audience }): { $scores } – { $text }
digest-by-audience = Grup
digest-by-source = Etkinlik
digest-group = { $by } “{ $value }” ({ $runs } katılım):

## Onaylar ve hatırlatmalar
restart-question = Gerçekten baştan başlamak istiyor musunuz? Bu durumda “{ $title }” için şimdiye kadar verdiğiniz { $count } yanıt silinecek.
choice-restart-yes = Evet, baştan başla
choice-restart-no = Hayır, devam et
restart-kept = Peki – yanıtlarınız korunuyor.
consent-reminder = Lütfen “Evet, kabul ediyorum” veya “Hayır” ile yanıt verin. Veri koruma bilgilendirmesini istediğiniz zaman /privacy ile görebilirsiniz.
datetime = { $day }.{ $month }.{ $year } { $hour }:{ $minute }
