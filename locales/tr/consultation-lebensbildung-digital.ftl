# “lebensbildung.digital” örnek istişaresinin metinleri.

lebensbildung-digital-title = lebensbildung.digital – Dijitalleşme ve toplum
lebensbildung-digital-intro = Dijitalleşme hayatımızı değiştiriyor – ailede, öğrenmede, kültürde ve sporda. Kuzey Ren-Vestfalya Eyaleti Aile, Çocuk, Gençlik, Kültür ve Spor Bakanlığı, bunu nasıl deneyimlediğinizi öğrenmek istiyor: Size ne yardımcı oluyor, sizi ne kaygılandırıyor ve eyalet neyi ele almalı? Bu yaklaşık beş dakika sürer. Sonunda kendi fikrinizi de sunabilirsiniz.

## Sorular

lebensbildung-digital-q-rolle = Hangi sıfatla katılıyorsunuz? (Alan profesyoneli: Mesleki olarak çocuklar, gençler veya ailelerle ya da kültür veya spor alanında çalışan kişi.)
lebensbildung-digital-q-rolle-buerger = Vatandaş olarak
lebensbildung-digital-q-rolle-fachkraft = Alan profesyoneli olarak
lebensbildung-digital-q-rolle-verwaltung = Kamu yönetiminden
lebensbildung-digital-q-rolle-wissenschaft = Bilim dünyasından
lebensbildung-digital-q-rolle-andere = Diğer

lebensbildung-digital-q-alter = Kaç yaşındasınız?

lebensbildung-digital-q-alltag = Dijitalleşme günlük hayatınızı ne kadar değiştiriyor?
lebensbildung-digital-q-alltag-min = hiç
lebensbildung-digital-q-alltag-max = çok fazla

lebensbildung-digital-q-chancen = Dijitalleşme size en çok hangi konularda yardımcı oluyor?
lebensbildung-digital-q-chancen-kontakt = İletişimde kalmak
lebensbildung-digital-q-chancen-informieren = Bilgi edinmek
lebensbildung-digital-q-chancen-lernen = Öğrenmek ve kendini geliştirmek
lebensbildung-digital-q-chancen-arbeit = İş ve meslek hayatı
lebensbildung-digital-q-chancen-freizeit = Kültür, spor, boş zaman
lebensbildung-digital-q-chancen-erledigen = İşleri hızlıca halletmek
lebensbildung-digital-q-chancen-keine = Aslında hiçbir konuda

lebensbildung-digital-q-sorgen = Dijitalleşmeyle ilgili sizi neler kaygılandırıyor?
lebensbildung-digital-q-sorgen-daten = Veri koruma ve mahremiyet
lebensbildung-digital-q-sorgen-hass = Nefret söylemi ve yalan haberler
lebensbildung-digital-q-sorgen-kinder = İnternette çocuklar ve gençler
lebensbildung-digital-q-sorgen-abgehaengt = Bazı insanların geride kalması
lebensbildung-digital-q-sorgen-stress = Sürekli ulaşılabilir olmak
lebensbildung-digital-q-sorgen-begegnung = Gerçek buluşmaların azalması
lebensbildung-digital-q-sorgen-keine = Aslında hiçbir şey

lebensbildung-digital-q-lernen = Öğrenmenin yaşı yoktur: Bilgisayar, cep telefonu ve internet hakkında nerede daha fazla şey öğrenmek isterdiniz?
lebensbildung-digital-q-lernen-vhs = Halk eğitim merkezinde
lebensbildung-digital-q-lernen-bibliothek = Kütüphanede
lebensbildung-digital-q-lernen-familie = Ebeveyn ve aile kurslarında
lebensbildung-digital-q-lernen-jugend = Gençlik merkezinde veya kulüpte
lebensbildung-digital-q-lernen-online = Çevrim içi kurs ve videolarla
lebensbildung-digital-q-lernen-privat = Aile ve arkadaşlarımdan
lebensbildung-digital-q-lernen-keine = Şu an ihtiyacım yok

lebensbildung-digital-q-kultur = Kültür ve spor alanında hangi dijital hizmetleri isterdiniz?
lebensbildung-digital-q-kultur-museen = Çevrim içi müzeler ve arşivler
lebensbildung-digital-q-kultur-buehne = Canlı yayında konser ve tiyatro
lebensbildung-digital-q-kultur-kreativ = Kendim üretmek: müzik, film, oyun
lebensbildung-digital-q-kultur-bewegung = Uygulama veya videoyla antrenman
lebensbildung-digital-q-kultur-verein = Kulüp hayatını çevrim içi düzenlemek
lebensbildung-digital-q-kultur-buchen = Kurs, bilet, salon rezervasyonu
lebensbildung-digital-q-kultur-vorort = Hiçbiri – yüz yüze tercih ederim

lebensbildung-digital-q-verwaltung = Resmî işlerinizi, örneğin başvuruları veya randevuları, bugün internet üzerinden ne kadar iyi halledebiliyorsunuz? Henüz denemediyseniz bu soruyu atlamanız yeterli.
lebensbildung-digital-q-verwaltung-min = çok kötü
lebensbildung-digital-q-verwaltung-max = çok iyi

lebensbildung-digital-q-verbesserung = Ne aksadı – ve ilk olarak ne iyileşmeli?

lebensbildung-digital-q-beteiligt = Daha önce hiç çevrim içi bir vatandaş katılımı sürecine, örneğin bir kamu kurumunun anketine veya bir fikir yarışmasına katıldınız mı?

lebensbildung-digital-q-erfahrung = Bu deneyimde neyi beğendiniz – ve neyi eksik buldunuz?

lebensbildung-digital-q-kanal = Gelecekte görüşlerinizi en çok hangi yolla dile getirmek istersiniz?
lebensbildung-digital-q-kanal-messenger = Buradaki gibi bir mesajlaşma uygulamasında
lebensbildung-digital-q-kanal-plattform = Bir internet sitesinde
lebensbildung-digital-q-kanal-veranstaltung = Yüz yüze toplantılarda
lebensbildung-digital-q-kanal-post = Posta veya telefonla

lebensbildung-digital-q-prioritaeten = Bakanlık önce neyi ele almalı?
lebensbildung-digital-q-prioritaeten-lernen = Her yaşta öğrenme
lebensbildung-digital-q-prioritaeten-jugend = Çocuk ve gençleri internette güçlendirme
lebensbildung-digital-q-prioritaeten-teilhabe = Kimseyi geride bırakmama
lebensbildung-digital-q-prioritaeten-kultur = Dijital kültür ve spor
lebensbildung-digital-q-prioritaeten-dienste = Basit çevrim içi hizmetler
lebensbildung-digital-q-prioritaeten-mitreden = Herkese daha fazla söz hakkı

lebensbildung-digital-q-anmerkungen = Son olarak: Bakanlığa iletmek istediğiniz başka bir şey var mı – bir fırsat, bir kaygı ya da bir dilek? Kendi fikrinizi hemen ardından sunabilirsiniz.

## Yalnızca davetli uzmanlar için

lebensbildung-digital-q-einschaetzung = Uzmanlar için: NRW’de kamu yönetimi dijital dönüşüme ne kadar iyi hazırlanmış?
lebensbildung-digital-q-einschaetzung-min = hiç hazırlanmamış
lebensbildung-digital-q-einschaetzung-max = çok iyi hazırlanmış
lebensbildung-digital-q-empfehlung = Uzmanlar için: Bakanlığa bir sonraki adım olarak ne önerirsiniz?

## Fikir yarışması

lebensbildung-digital-field-ausrichtung = Dijital dünyada yaşamak ve öğrenmek
lebensbildung-digital-field-arbeitsprozesse = Basit ve dijital kamu yönetimi
lebensbildung-digital-field-partizipation = Söz sahibi olmak ve birlikte çalışmak

lebensbildung-digital-ideas-terms =
    Fikir yarışmasının katılım koşulları:
    • Herkes katılabilir. Lütfen yalnızca size ait olan ve başkalarının haklarını ihlal etmeyen fikirler sunun.
    • Bakanlığın uzmanları ve bir jüri, fikirleri belirlenmiş ölçütlere göre kurum içinde değerlendirir; seçilen fikirler, sahipleriyle birlikte çalıştaylarda geliştirilir. Fikrin uygulanmasını veya ücret ödenmesini talep etme hakkı doğmaz.
    • Bakanlığa, fikrinizi bu süreç için ücretsiz olarak kullanma ve geliştirme izni verirsiniz; ayrıca yalnızca “yayımlanabilir” seçeneğini seçerseniz, başkalarının görüp destekleyebilmesi için fikrinizi adınız belirtilmeden yayımlama izni de vermiş olursunuz.
    • Fikriniz yayımlanmadığı sürece, onu diğer verilerinizle birlikte /forget ile sildirebilirsiniz.

lebensbildung-digital-criterion-nutzen = NRW’de yaşayan insanlara yararı
lebensbildung-digital-criterion-machbarkeit = Uygulanabilirlik
lebensbildung-digital-criterion-neuheit = Fikrin yeniliği

## Aşamalar ve sonuçlar

lebensbildung-digital-phase-beteiligung = Katılım: Soruları yanıtlama, fikir sunma ve fikirleri destekleme
lebensbildung-digital-phase-jury = Değerlendirme: Jüri fikirleri değerlendirir; en iyi fikirler, sahipleriyle birlikte çalıştaylarda geliştirilir
lebensbildung-digital-phase-ergebnisse = Sonuçlar: Bakanlık, katkılardan neler çıktığını sunar
lebensbildung-digital-results = Katılan herkese teşekkür ederiz! Yanıtlarınız Bakanlığın dijital stratejisine yansıyacak. Bakanlık, ödül alan fikirleri sahipleriyle birlikte pilot projelere dönüştürecek.
