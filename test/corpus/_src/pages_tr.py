PAGES = []

# ------------------------------------------------------------------ tr-01
PAGES.append(dict(
    id='tr-01', lang='tr', site='Hukuk Gündemi',
    title='BOZDAĞ, RUS BAŞSAVCI KRASNOV İLE GÖRÜŞTÜ',
    date='2022-11-24', time='12:00', datestyle='meta', author='Zeynep Arslan',
    nav=['Anasayfa', 'Hukuk', 'Adalet Bakanlığı', 'Dünya', 'Kripto'],
    traps=['scope'],
    h1='{{surname-before-full-name|başlık, tam addan önce; büyük harf|BOZDAĞ}}, RUS BAŞSAVCI {{surname-before-full-name|başlık, tam addan önce; büyük harf|KRASNOV}} İLE GÖRÜŞTÜ',
    body='''
    <p>Adalet Bakanı [[bekir-bozdag|dated-role~Adalet Bakanı Haziran 2023’e kadar|Bekir Bozdağ]], Rusya Federasyonu Başsavcısı [[igor-krasnov|turkish-i~Türkçe yazımda noktalı büyük İ; dated-role|İgor Krasnov]] ile Ankara’da bir araya geldi.</p>
    <p>[[bekir-bozdag|turkish-i~kesme işaretinden sonraki ek altın metne dahil değil|Bozdağ]]'ın açıklamasına göre görüşmede kripto varlıklarla işlenen dolandırıcılık suçlarında adli yardımlaşma ele alındı.</p>
    <p>[[igor-krasnov||Krasnov]], iki ülke arasındaki talep sayısının arttığını belirterek ortak bir çalışma programı önerdi. [[tr-ministry-of-justice|turkish-i|Adalet Bakanlığı]]'nın yaptığı açıklamada programın önümüzdeki yıl imzalanabileceği kaydedildi.</p>
    <h2>[[bekir-bozdag|turkish-i~büyük harf, tam addan sonra|BOZDAĞ]]: SUÇ GELİRLERİNİN İZİ SÜRÜLMELİ</h2>
    <p>Bakan, suç gelirlerinin kripto borsaları üzerinden yurt dışına çıkarıldığına dikkat çekti. Şüpheli işlemlerle ilgili bildirimler [[tr-masak||MASAK]] tarafından inceleniyor.</p>
    <p>Cumhurbaşkanı [[recep-tayyip-erdogan||Recep Tayyip Erdoğan]] da geçen ay benzer bir çağrı yapmıştı. Görüşmenin ayrıntıları [[recep-tayyip-erdogan|turkish-i|Erdoğan]]'a sunulacak.</p>
    <p>Rus heyeti Ankara’daki temaslarının ardından İzmir’e geçti; heyetin programında {{common-word|İzmir’deki dağ ve kayak merkezi, bakan değil|Bozdağ}} Kayak Merkezi ziyareti de vardı.</p>
''',
    related=['Bozdağ: yargı reformu sürecek', 'Krasnov kimdir?', 'MASAK’ın kripto raporu'],
    comments=[('av.mehmet', 'Bozdag bu konuda kararlı görünüyor.'),
              ('Elif', 'Krasnov ile ikinci görüşme sanırım.')],
    footer='<p>© 2022 Hukuk Gündemi, Ankara.</p>',
))

# ------------------------------------------------------------------ tr-02
PAGES.append(dict(
    id='tr-02', lang='tr', site='Ekonomi Masası',
    title='Merkez Bankası kripto varlıkların ödemelerde kullanımını yasakladı',
    date='2021-04-16', time='08:30', datestyle='time', author='Burak Çelik',
    nav=['Anasayfa', 'Ekonomi', 'TCMB', 'Borsa', 'Kripto'],
    traps=['scope'],
    h1='[[tr-tcmb||Merkez Bankası]] kripto varlıkların ödemelerde kullanımını yasakladı',
    body='''
    <p>[[tr-tcmb||Türkiye Cumhuriyet Merkez Bankası]] ([[tr-tcmb||TCMB]]), [[tr-crypto-payments-regulation-2021||Ödemelerde Kripto Varlıkların Kullanılmamasına Dair Yönetmelik]]’i Resmi Gazete’de yayımladı. Düzenleme 30 Nisan’da yürürlüğe girecek.</p>
    <p>Başkan [[sahap-kavcioglu|split-tags~dated-role: Haziran 2023’e kadar başkan|<a href="/kisi/kavcioglu">Şahap</a> <em>Kavcıoğlu</em>]] göreve geleli henüz bir ay oldu. Yönetmeliğe ilişkin sorular [[sahap-kavcioglu|turkish-i~ek kesme işaretinden sonra|Kavcıoğlu]]'na yöneltildi.</p>
    <p>[[tr-tcmb|turkish-i|TCMB]]'nin açıklamasına göre kripto varlıkların ödemelerde doğrudan ya da dolaylı kullanılması yasak; ödeme kuruluşları da kripto platformlarına aracılık edemeyecek.</p>
    <figure>
      <img src="/img/tcmb.jpg" alt="Merkez Bankası binası">
      <figcaption>[[tr-tcmb||TCMB]] BAŞKANI [[sahap-kavcioglu|turkish-i~tamamı büyük harf|ŞAHAP KAVCIOĞLU]] (Arşiv)</figcaption>
    </figure>
    <p>Kripto para borsalarının [[tr-masak||Mali Suçları Araştırma Kurulu]] mevzuatı kapsamına alınması için de çalışma yapılıyor. [[tr-spk||Sermaye Piyasası Kurulu]] ise henüz bir düzenleme açıklamadı.</p>
    <p>Cumhurbaşkanı [[recep-tayyip-erdogan||Erdoğan]] geçen hafta vatandaşlara tasarruflarını Türk lirasında tutma çağrısı yapmıştı.</p>
    <blockquote>
      <p>“Alım satım devam eder, ama artık kahve alamazsınız,” diyor İstanbul’da işlem yapan Murat Kaya.</p>
    </blockquote>
''',
    related=['Kavcıoğlu’nun ilk ayı', 'Kripto borsalarına MASAK düzenlemesi', 'Erdoğan: tasarrufunuzu lirada tutun'],
    comments=[('kripto_can', 'Kavcıoğlu yasak değil diyor ama yasak bu.'),
              ('Hülya', 'TCMB’nin kararı doğru.')],
    footer='<p>Ekonomi Masası, İstanbul. © 2021</p>',
))

# ------------------------------------------------------------------ tr-03
PAGES.append(dict(
    id='tr-03', lang='tr', site='Kripto Gündem',
    title='7518 sayılı Kanun yürürlükte: SPK’nın yetkileri genişliyor',
    date='2024-07-02', time='06:00', datestyle='jsonld', author='Can Yurt',
    nav=['Anasayfa', 'SPK', 'Borsalar', 'Mevzuat', 'Analiz'],
    traps=['scope'],
    h1='[[tr-law-7518||7518 sayılı Kanun]] yürürlükte: [[tr-spk|turkish-i~kesme işaretinden sonraki ek altın metne dahil değil|SPK]]’nın yetkileri genişliyor',
    body='''
    <p>İSTANBUL — Kripto varlık hizmet sağlayıcılarını düzenleyen [[tr-law-7518||7518 sayılı Kanun]] Resmi Gazete’de yayımlanarak yürürlüğe girdi. Kanunla [[tr-spk||Sermaye Piyasası Kurulu]] ([[tr-spk||SPK]]) platformlara lisans verme ve denetleme yetkisi kazandı.</p>
    <p>Hazine ve Maliye Bakanı [[mehmet-simsek||Mehmet Şimşek]], düzenlemenin yatırımcıyı koruyacağını söyledi. [[mehmet-simsek|turkish-i~ek kesme işaretinden sonra|Şimşek]]'in açıklamasına göre yurt dışındaki platformların Türkiye’de reklam yapması da yasaklanıyor.</p>
    <p>Piyasa temsilcileri ise sürecin {{common-word|sıradan kelime “şimşek” (yıldırım), bakan değil|şimşek}} hızıyla ilerlediğini, başvurular için sürenin kısa olduğunu belirtiyor.</p>
    <p>[[tr-ministry-treasury-finance||Hazine ve Maliye Bakanlığı]] kanunun hazırlanmasında [[tr-spk||SPK]] ile birlikte çalıştı. Platformlar şüpheli işlemleri [[tr-masak|turkish-i|MASAK]]'a bildirmekle yükümlü olacak.</p>
    <blockquote>
      <p>“Amaç, yatırımcının parasını koruyacak bir çerçeve kurmak.” — [[mehmet-simsek|turkish-i~tamamı büyük harf|MEHMET ŞİMŞEK]]</p>
    </blockquote>
    <p>Düzenleme, [[int-fatf|turkish-i~tipografik kesme işaretinden sonraki ek dahil değil|FATF]]’nin Türkiye hakkındaki olumlu kararından kısa süre sonra geldi.</p>
''',
    related=['SPK lisans başvurularını açtı', 'Şimşek: programdan taviz yok', 'MASAK bildirim rehberi'],
    comments=[('borsaci34', 'SPK’nın işi çok zor, yüzlerce başvuru gelecek.'),
              ('Gizem', 'Şimşek yine şimşek gibi.')],
    footer='<p>Kripto Gündem, İstanbul. © 2024</p>',
))

# ------------------------------------------------------------------ tr-04
PAGES.append(dict(
    id='tr-04', lang='tr', site='Finans Haber Ajansı',
    title='Hafize Gaye Erkan İstanbul’da yatırımcılarla buluştu',
    date='2023-09-21', time='15:00', datestyle='meta', author='Deniz Kara',
    nav=['Anasayfa', 'Merkez Bankası', 'Faiz', 'Döviz', 'Kripto'],
    traps=['scope'],
    h1='[[hafize-gaye-erkan|turkish-i~tamamı büyük harf, noktalı İ|HAFİZE GAYE ERKAN]] İSTANBUL’DA YATIRIMCILARLA BULUŞTU',
    body='''
    <p>[[tr-tcmb||Merkez Bankası]] Başkanı [[hafize-gaye-erkan|dated-role~Şubat 2024’e kadar başkan|Hafize Gaye Erkan]], İstanbul’da yerli ve yabancı yatırımcılarla bir araya geldi.</p>
    <p>Toplantıya katılanlara göre [[hafize-gaye-erkan||Gaye Erkan]] sıkı para politikasının süreceğini vurguladı. [[hafize-gaye-erkan|turkish-i~ek kesme işaretinden sonra|Erkan]]'ın sunumunda kripto varlıklara ayrı bir bölüm ayrılmadı.</p>
    <p>Toplantıya katılan bireysel yatırımcı {{common-word|başka bir kişinin adı, başkan değil|Erkan}} Yıldız, kripto sorularının yanıtsız kaldığını söyledi.</p>
    <p>Hazine ve Maliye Bakanı [[mehmet-simsek||Mehmet Şimşek]] de kısa bir konuşma yaptı. [[mehmet-simsek||Şimşek]], kripto varlıklara ilişkin yasal düzenlemenin Meclis’e geleceğini hatırlattı.</p>
    <p>[[tr-tcmb||TCMB]] ile [[tr-spk||SPK]] arasında kripto platformlarının denetimi konusunda görüşmelerin sürdüğü biliniyor.</p>
    <ul>
      <li>Politika faizi yüzde 30’a yükseltildi.</li>
      <li>Rezervlerde toparlanma sürüyor.</li>
      <li>Kripto düzenlemesi [[tr-ministry-treasury-finance||Hazine ve Maliye Bakanlığı]] koordinasyonunda hazırlanıyor.</li>
    </ul>
''',
    related=['Gaye Erkan’ın ilk 100 günü', 'Şimşek Londra’da yatırımcılarla', 'SPK kripto taslağı'],
    comments=[('fx_trader', 'Erkan güven veriyor ama kripto konusu yine yok.'),
              ('Erkan Y.', 'Ben de oradaydım, sorularımızı almadılar.')],
    footer='<p>Finans Haber Ajansı. © 2023</p>',
))

# ------------------------------------------------------------------ tr-05
PAGES.append(dict(
    id='tr-05', lang='tr', site='Ekonomi Masası',
    title='Karahan’dan kripto uyarısı',
    date='2025-03-12', time='10:45', datestyle='meta', author='Burak Çelik',
    nav=['Anasayfa', 'Ekonomi', 'TCMB', 'SPK', 'Kripto'],
    traps=['scope'],
    h1='{{surname-before-full-name|başlık, tam addan önce; ek kesme işaretinden sonra|Karahan}}’dan kripto uyarısı',
    body='''
    <p>[[tr-tcmb||Türkiye Cumhuriyet Merkez Bankası]] Başkanı [[fatih-karahan||Fatih Karahan]], yatırımcıları lisanssız kripto platformlarına karşı uyardı.</p>
    <p>[[fatih-karahan|turkish-i~ek kesme işaretinden sonra|Karahan]]'ın Ankara’daki konuşmasına göre kripto varlıklar finansal istikrar açısından yakından izleniyor; ancak ödeme yasağında bir değişiklik gündemde değil.</p>
    <p>[[tr-spk|turkish-i|SPK]]'nın lisans listesinde şu ana kadar sınırlı sayıda platform yer alıyor. [[tr-law-7518||7518 sayılı Kanun]] uyarınca başvuru yapmayan şirketlerin faaliyetlerini durdurması gerekiyor.</p>
    <h2>[[recep-tayyip-erdogan|turkish-i~tamamı büyük harf|ERDOĞAN]]: DEZENFLASYON SÜRECEK</h2>
    <p>Cumhurbaşkanı [[recep-tayyip-erdogan||Erdoğan]] da aynı gün enflasyonla mücadelenin süreceğini söyledi.</p>
    <p>[[int-fatf|turkish-i|FATF]]'nin son değerlendirmesi ve [[int-imf||IMF]] raporu, Türkiye’de kripto hizmet sağlayıcılarının denetiminin güçlendirilmesini öneriyor.</p>
    <p>Uzmanlar, {{ambiguous-acronym|genel ifade, takma ad değil|merkez bankaları}} arasında kripto konusunda ortak bir tutum oluşmadığını hatırlatıyor.</p>
''',
    related=['Karahan: faiz kararında veri odaklıyız', 'SPK lisans listesi güncellendi', 'FATF sonrası Türkiye'],
    comments=[('ekonomist_ank', 'Karahan sakin ve tutarlı.'),
              ('Selim', 'Erdoğan ve Karahan aynı dili konuşuyor.')],
    footer='<p>Ekonomi Masası, İstanbul. © 2025</p>',
))

# ------------------------------------------------------------------ tr-06
PAGES.append(dict(
    id='tr-06', lang='tr', site='Dış Politika Notları',
    title='ERDOĞAN VE PUTİN ÖDEME SİSTEMLERİNİ GÖRÜŞTÜ',
    date='2022-09-30', time='18:00', datestyle='time', author='Ece Demir',
    nav=['Anasayfa', 'Dünya', 'Rusya', 'Bankacılık', 'Analiz'],
    traps=['scope'],
    h1='[[recep-tayyip-erdogan|turkish-i~tamamı büyük harf|ERDOĞAN]] VE [[vladimir-putin|turkish-i~tamamı büyük harf, noktalı İ|PUTİN]] ÖDEME SİSTEMLERİNİ GÖRÜŞTÜ',
    body='''
    <p>Cumhurbaşkanı [[recep-tayyip-erdogan||Recep Tayyip Erdoğan]] ile Rusya Devlet Başkanı [[vladimir-putin||Vladimir Putin]], iki ülke arasındaki ödemelerde yaşanan sorunları görüştü.</p>
    <p>Bazı Türk bankalarının Rus {{common-word|Rus ödeme kartı sistemi, veritabanında yok|Mir}} kartlarını kabul etmeyi durdurması sonrasında turizm sektörü alternatif yollar arıyor.</p>
    <p>[[recep-tayyip-erdogan|turkish-i~ek kesme işaretinden sonra|Erdoğan]]'ın danışmanlarına göre kripto varlıklarla ödeme seçeneği masada değil; [[tr-tcmb||TCMB]] kripto ile ödemeyi 2021’den beri yasaklıyor.</p>
    <p>[[ru-bank-of-russia|~Türkçe ad; içindeki “Merkez Bankası” TCMB takma adıdır, yanlış varlık tuzağı|Rusya Merkez Bankası]] Başkanı [[elvira-nabiullina||Elvira Nabiullina]] ise yaptırımlar nedeniyle alternatif ödeme altyapılarının önemine dikkat çekti.</p>
    <p>[[vladimir-putin|turkish-i~ek kesme işaretinden sonra|Putin]]'le yapılan görüşmenin ardından [[tr-ministry-treasury-finance||Hazine ve Maliye Bakanlığı]] ve [[tr-masak||MASAK]] yetkililerinin bankalarla toplantı yapması bekleniyor.</p>
    <blockquote>
      <p>“Turist gelir, kartı çalışmazsa nakit getirir,” diyor Antalya’da otelci Hakan Tunç.</p>
    </blockquote>
''',
    related=['Mir kartları neden durduruldu?', 'Putin–Erdoğan görüşmesinin ayrıntıları', 'Nabiullina: yaptırımlar ve ruble'],
    comments=[('antalya_otel', 'Mir kartları olmadan sezon zor geçti.'),
              ('Okan', 'Erdoğan dengeyi koruyor.')],
    footer='<p>Dış Politika Notları. © 2022</p>',
))

# ------------------------------------------------------------------ tr-07
PAGES.append(dict(
    id='tr-07', lang='tr', site='Güvenlik Gündemi',
    title='INTERPOL GENEL KURULU İSTANBUL’DA TOPLANDI',
    date='2021-11-25', time='20:00', datestyle='jsonld', author='Kerem Aydın',
    nav=['Anasayfa', 'Güvenlik', 'Interpol', 'Siber suçlar', 'Dünya'],
    traps=['scope'],
    h1='[[int-interpol-general-assembly|turkish-i~Türkçe ad (Genel Kurulu), büyük harf; yalnız INTERPOL alias|INTERPOL GENEL KURULU]] İSTANBUL’DA TOPLANDI',
    body='''
    <p>[[int-interpol-general-assembly|~Türkçe ad; veritabanında yalnız İngilizce ad var|Interpol Genel Kurulu]] İstanbul’da toplandı. Toplantıda siber suçlar ve kripto varlıklarla işlenen dolandırıcılıklar ana gündem maddeleri arasındaydı.</p>
    <p>Genel Sekreter [[jurgen-stock|dated-role~Genel Sekreter Kasım 2024’e kadar|Jürgen Stock]], üye ülkelerin kripto izleme kapasitesini artırması gerektiğini söyledi. [[jurgen-stock|turkish-i~ek kesme işaretinden sonra|Stock]]'un konuşmasında fidye yazılımı çeteleri öne çıktı.</p>
    <p>{{ambiguous-acronym|kısa genel ad (Genel Kurul), takma ad değil|Genel Kurul}}’da [[ahmed-naser-al-raisi|dated-role~Başkan Kasım 2025’e kadar|Ahmed Naser Al-Raisi]] örgütün yeni başkanı seçildi. [[ahmed-naser-al-raisi|turkish-i~ek kesme işaretinden sonra|Al-Raisi]]'nin seçimi insan hakları örgütlerinin eleştirilerine neden oldu.</p>
    <p>Toplantıya [[int-interpol|turkish-i~tipografik kesme işaretinden sonraki ek dahil değil|Interpol]]’e üye ülkelerden heyetler ve [[eu-europol||Europol]] temsilcileri katıldı.</p>
    <p>Okurlarımız sorularını aşağıdaki forma yazabilir:</p>
    <form class="soru">
      <label>Soru <textarea name="soru">{{form-code|textarea içinde|Jürgen Stock}}’a sorum şu:</textarea></label>
      <label>Konu <input type="text" name="konu" value="{{form-code|input value içinde|INTERPOL}}"></label>
    </form>
    <p>Etiket: <code>{{form-code|code içinde|Interpol}}</code></p>
''',
    related=['Jürgen Stock: siber suçlar sınır tanımıyor', 'Al-Raisi kimdir?', 'Europol’ün kripto birimi'],
    comments=[('siber_uzman', 'Stock haklı, kapasite yetersiz.'),
              ('Melis', 'INTERPOL’ün İstanbul toplantısı önemliydi.')],
    footer='<p>Güvenlik Gündemi. © 2021</p>',
))
