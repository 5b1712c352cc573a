# “lebensbildung.digital” örnek istişaresinin metinleri.

lebensbildung-digital-title = lebensbildung.digital – Dijitalleşme ve toplum
lebensbildung-digital-intro = Dijitalleşme hayatımızı değiştiriyor. Aile, Çocuk, Gençlik, Kültür ve Spor Bakanlığı, bunu nasıl deneyimlediğinizi ve sizin için neyin önemli olduğunu öğrenmek istiyor. Yanıtlamak yaklaşık beş dakika sürer.

lebensbildung-digital-q-rolle = Hangi sıfatla katılıyorsunuz?
lebensbildung-digital-q-rolle-buerger = Vatandaş olarak
lebensbildung-digital-q-rolle-fachkraft = Çocuk, gençlik, aile veya kültür alanında çalışan uzman olarak
lebensbildung-digital-q-rolle-verwaltung = Kamu yönetiminden
lebensbildung-digital-q-rolle-wissenschaft = Bilim veya araştırma alanından
lebensbildung-digital-q-rolle-andere = Diğer

lebensbildung-digital-q-alter = Kaç yaşındasınız?

lebensbildung-digital-q-alltag = Dijitalleşme günlük hayatınızı ne kadar değiştiriyor?
lebensbildung-digital-q-alltag-min = hiç
lebensbildung-digital-q-alltag-max = çok fazla

lebensbildung-digital-q-handlungsfelder = Bakanlığın hangi eylem alanları sizin için en önemli?
lebensbildung-digital-q-handlungsfelder-ausrichtung = Toplumsal ve sektörel politika yönelimi
lebensbildung-digital-q-handlungsfelder-arbeitsprozesse = İş süreçlerinin dijitalleştirilmesi
lebensbildung-digital-q-handlungsfelder-partizipation = Katılım ve iş birliği

lebensbildung-digital-q-themen = Bakanlık öncelikle hangi konuları ele almalı?
lebensbildung-digital-q-themen-medienkompetenz = Medya okuryazarlığı
lebensbildung-digital-q-themen-datenschutz = Veri koruma ve mahremiyet
lebensbildung-digital-q-themen-teilhabe = Herkes için dijital katılım
lebensbildung-digital-q-themen-kultur = Dijital ortamda kültür
lebensbildung-digital-q-themen-jugend = Gençlik ve dijital medya
lebensbildung-digital-q-themen-familie = Aile ve dijitalleşme

lebensbildung-digital-q-beteiligt = Daha önce çevrim içi bir istişareye veya fikir yarışmasına katıldınız mı?

lebensbildung-digital-q-erfahrung = Bu deneyimde neyi beğendiniz, neyi eksik buldunuz?

lebensbildung-digital-q-verwaltung = Kamu yönetimi, iş süreçlerini dijitalleştirmeyi ne kadar başarıyor?
lebensbildung-digital-q-verwaltung-min = çok kötü
lebensbildung-digital-q-verwaltung-max = çok iyi

lebensbildung-digital-q-verbesserung = Kamu yönetiminde ilk olarak ne değişmeli?

lebensbildung-digital-q-kanal = Gelecekte en çok hangi yolla katılmak istersiniz?
lebensbildung-digital-q-kanal-messenger = Buradaki gibi bir mesajlaşma uygulamasında
lebensbildung-digital-q-kanal-plattform = İnternetteki bir katılım platformunda
lebensbildung-digital-q-kanal-veranstaltung = Etkinliklerde ve çalıştaylarda
lebensbildung-digital-q-kanal-post = Posta veya telefonla

lebensbildung-digital-q-prioritaeten = Bakanlık önce neyi ele almalı? Üç eylem alanını kendi önem sıranıza koyun.
lebensbildung-digital-q-prioritaeten-ausrichtung = Toplumsal ve sektörel politika yönelimi
lebensbildung-digital-q-prioritaeten-arbeitsprozesse = İş süreçlerinin dijitalleştirilmesi
lebensbildung-digital-q-prioritaeten-partizipation = Katılım ve iş birliği

lebensbildung-digital-field-ausrichtung = Toplumsal ve sektörel politika yönelimi
lebensbildung-digital-field-arbeitsprozesse = İş süreçlerinin dijitalleştirilmesi
lebensbildung-digital-field-partizipation = Katılım ve iş birliği

lebensbildung-digital-ideas-terms =
    Fikir yarışmasının katılım koşulları:
    • Herkes katılabilir. Lütfen yalnızca size ait olan ve başkalarının haklarını ihlal etmeyen fikirler sunun.
    • Bakanlığın uzmanları ve bir jüri, fikirleri belirlenmiş ölçütlere göre kurum içinde değerlendirir; seçilen fikirler, sahipleriyle birlikte çalıştaylarda geliştirilir. Fikrin uygulanmasını veya ücret ödenmesini talep etme hakkı doğmaz.
    • Bakanlığa, fikrinizi bu süreç için ücretsiz olarak kullanma ve geliştirme izni verirsiniz; ayrıca yalnızca “yayımlanabilir” seçeneğini seçerseniz, başkalarının görüp destekleyebilmesi için fikrinizi adınız belirtilmeden yayımlama izni de vermiş olursunuz.
    • Fikriniz yayımlanmadığı sürece, onu diğer verilerinizle birlikte /forget ile sildirebilirsiniz.

lebensbildung-digital-criterion-nutzen = NRW’de yaşayan insanlara yararı
lebensbildung-digital-criterion-machbarkeit = Uygulanabilirlik
lebensbildung-digital-criterion-neuheit = Fikrin yeniliği

lebensbildung-digital-phase-beteiligung = Katılım: Soruları yanıtlama, fikir sunma ve fikirleri destekleme
lebensbildung-digital-phase-jury = Değerlendirme: Jüri fikirleri değerlendirir; en iyi fikirler, sahipleriyle birlikte çalıştaylarda geliştirilir
lebensbildung-digital-phase-ergebnisse = Sonuçlar: Bakanlık, katkılardan neler çıktığını sunar
lebensbildung-digital-results = Katılan herkese teşekkür ederiz! Sonuçlar Bakanlığın dijital stratejisine yansıyacak; ödül alan fikirler pilot proje olarak hayata geçirilecek.

lebensbildung-digital-q-einschaetzung = Uzmanlar için: NRW’de kamu yönetimi dijital dönüşüme ne kadar iyi hazırlanmış?
lebensbildung-digital-q-einschaetzung-min = hiç hazırlanmamış
lebensbildung-digital-q-einschaetzung-max = çok iyi hazırlanmış
lebensbildung-digital-q-empfehlung = Uzmanlar için: Bakanlığa bir sonraki adım olarak ne önerirsiniz?
