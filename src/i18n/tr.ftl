# maturity arayüz metinleri, Türkçe. Diğer tüm dil dosyaları aynı mesaj kimliklerine
# sahiptir; banka metinleri (sorular, aşamalar, tavsiyeler) soru bankasında bulunur.

## Hatalar

error-label = hata
error-read = { $kind ->
        [bank] soru bankası
       *[answers] yanıt dosyası
    } okunamıyor ({ $path }): { $reason }
error-invalid = { $count ->
        [one] { $kind ->
            [bank] soru bankası
           *[answers] yanıt dosyası
        } geçerli değil ({ $file }):
       *[other] { $kind ->
            [bank] soru bankası
           *[answers] yanıt dosyası
        } geçerli değil ({ $file }, { $count } sorun):
    }
error-write = { $path } dosyasına yazılamıyor: { $reason }
error-yaml = { $detail }
error-internal = dahili hata (maturity programında bir yazılım hatası); lütfen hataya yol açan komut ve girdiyle birlikte bildirin
error-too-large = { $mib } MiB sınırını aşıyor; doğru dosya bu mu?
error-not-utf8 = UTF-8 metin değil ({ $offset } konumunda geçersiz bayt); dosyayı UTF-8 olarak kaydedin

## Yanıt dosyaları

did-you-mean = { $suggestion ->
        [none] {""}
       *[other] {" "}(şunu mu demek istediniz: `{ $suggestion }`?)
    }
answers-wrong-bank = bu yanıtlar `{ $made_for }` soru bankası için hazırlanmış, ancak kullanılan soru bankası `{ $bank }`; yanıtların hazırlandığı soru bankasını --bank PATH ile belirtin
answers-twice = `{ $question }` sorusu iki kez yanıtlanmış; yalnızca bir yanıt bırakın
answers-unknown-question = `{ $question }` sorusu `{ $bank }` { $version } soru bankasında yok{ did-you-mean }
answers-list-for-single = `{ $question }` sorusu liste değil, tek bir seçenek alır; şunlardan birini seçin: { $options } ya da `unsure` (bilmiyorum / geçerli değil)
answers-empty-list = `{ $question }` sorusunun listesi boş; şunlardan bir ya da birkaçını seçin: { $options } ya da `unsure` (bilmiyorum / geçerli değil)
answers-reserved-in-list = `{ $question }` sorusu: `{ $word }` bir listenin içinde değil, tek başına yazılır; `{ $question }: { $word }` yazın
answers-option-twice = `{ $question }` sorusu: `{ $option }` seçeneği iki kez seçilmiş
answers-unknown-option = `{ $question }` sorusunda `{ $option }` diye bir seçenek yok{ did-you-mean }; şunlardan birini seçin: { $options } ya da `unsure` (bilmiyorum / geçerli değil)

## Soru bankaları

kind-name = { $what ->
        [stage] aşama
        [dimension] alan
        [question] soru
        [option] seçenek
        [gate] eşik
        [conflict] çelişki
        [situation] durum
       *[step] sonraki adım
    }
bank-duplicate-id = { kind-name } kimliği `{ $id }` birden fazla kez kullanılıyor; kimlikler benzersiz olmalıdır
bank-reserved-id = { kind-name } kimliği `{ $id }` ayrılmış ya da boş; başka bir kimlik seçin
bank-needs-english = bank.languages listesinde `en` bulunmalıdır; her metin eksik olduğunda bu dile geri döner
bank-stage-numbers = aşamalar { $numbers } olarak numaralanmış; boşluksuz ve tekrarsız olarak 1, 2, ... diye numaralanmalı ve en az iki aşama olmalıdır
bank-empty-dimension = `{ $dimension }` alanında hiç soru yok; bir soru ekleyin ya da alanı kaldırın
bank-unknown-dimension = `{ $owner }`, var olmayan `{ $dimension }` alanına başvuruyor; bilinen alanlar: { $known }
bank-unknown-step = `{ $owner }`, next-steps içinde bulunmayan `{ $step }` sonraki adımına başvuruyor
bank-stage-out-of-range = `{ $owner }` { $field }: aşama { $stage } izin verilen aralığın dışında; burada izin verilen: { $lowest } ile { $top } arası
bank-yes-no-options = `{ $question }` evet/hayır sorusunun seçenekleri tam olarak `yes` ve `no` olmalıdır, { $options } değil
bank-too-few-options = `{ $question }` sorusunun en az iki seçeneği olmalıdır
bank-question-without-steps = `{ $question }` sorusunda next-steps yok; zayıf bir yanıtın yanında mutlaka bir tavsiye olmalıdır
bank-ask-if-not-answer = `{ $question }` sorusu: ask-if yalnızca yanıtları sınayabilir (`answer`, `all`, `any`, `some`), alan düzeylerini ya da alan sayısını değil
bank-ask-if-unknown = `{ $question }` sorusu: ask-if, var olmayan `{ $target }` sorusuna başvuruyor
bank-ask-if-itself = `{ $question }` sorusu: ask-if sorunun kendisine başvuruyor, bu bir döngü; daha önceki bir soruya başvurun
bank-ask-if-later = `{ $question }` sorusu: ask-if daha sonra gelen `{ $target }` sorusuna başvuruyor; bu durumda döngü oluşur ya da yanıt hiç bilinemez; yalnızca bu sorudan önce sorulan sorulara başvurun
bank-unused-step = `{ $step }` sonraki adımı hiçbir zaman önerilmiyor: hiçbir soru, eşik ya da aşama ona başvurmuyor
bank-stage-without-gates = { $number }. aşamanın (`{ $stage }`) hiç eşiği yok, bu yüzden her perakendeci bu aşamayı geçer; `stage: { $number }` içeren en az bir eşik ekleyin
bank-empty-list = `{ $gate }` eşiğinde boş bir `all`/`any` listesi var
bank-some-count = `{ $gate }` eşiği { $of } koşuldan { $count } tanesini istiyor; izin verilen: 1 ile { $of } arası
bank-unknown-question = `{ $gate }` eşiği, var olmayan `{ $question }` sorusuna başvuruyor
bank-breadth-count = `{ $gate }` eşiği { $count } alan istiyor; bankada { $dimensions } alan var
bank-missing-text = `{ $owner }` { $field }: `{ $lang }` metni eksik
bank-undeclared-language = `{ $owner }` { $field }: `{ $lang }` dili bank.languages içinde yok ({ $declared })
bank-gate-never-passes = `{ $gate }` eşiği, her soruya en iyi yanıt verilse bile hiçbir zaman geçilemez, bu yüzden { $stage }. aşamaya hiçbir zaman ulaşılamaz; eşiğin koşullarını hafifletin
bank-builds-on-cycle = alanların builds-on tanımları bir döngü oluşturuyor; bir alan yalnızca kendisine dayanmayan alanların üzerine kurulabilir
bank-gate-kind = `{ $gate }` bir { $kind } eşiği olduğu için yalnızca { $kind ->
        [transition] yanıtları (`answer`; `all`, `any`, `some` ile)
        [mark] yanıtları ve alan düzeylerini (`answer`, `level`; `all`, `any`, `some` ile)
       *[breadth] alan sayılarını (`breadth`; `all`, `any`, `some` ile)
    } sınayabilir
bank-mark-reads-transition = `{ $gate }` işaret eşiği, bir geçişi belirleyen `{ $question }` sorusunu okuyor; bir yanıt ya bir geçişi ya da bir işareti belirleyebilir, ikisini birden değil
bank-conflict-too-few = `{ $conflict }` çelişkisi ikiden az yanıt sayıyor; çelişki, hepsi birlikte doğru olamayacak yanıtlardır
bank-option-without-gap = `{ $question }` sorusunun `{ $option }` seçeneği sorunun en üst seçeneğinin altında ama `gap:` alanı yok; onu seçen bir perakendecinin neyi eksik olduğunu yazın
bank-empty-tool-kind = `{ $step }` sonraki adımının tool-kind alanı boş; gereken araç türünü bir kimlikle yazın (örneğin `email-platform`) ya da `none` yazın
bank-situation-empty = `{ $situation }` durumu en az bir yanıt ve `first` içinde en az bir adım gerektirir
bank-empty-range = `{ $owner }`: `{ $question }` için aralık boş; `at-least`, `at-most` ya da ikisini birden verin ve `at-least`, `at-most` değerinden büyük olmasın
bank-empty-source = `{ $owner }` için source boş; modelin hangi bölümünden geldiğini yazın (örneğin `000 §Stage 2`) ya da `beyond-seeds: <gerekçe>` yazın

## Komut satırı

usage-unknown-lang = --lang { $lang }: böyle bir dil yok; desteklenen diller: { $supported }
usage-no-command = hiçbir komut verilmedi ve bu bir terminal değil, bu yüzden soru sorulamıyor.

    { $help }
usage-assess-needs-terminal = maturity assess sorularını bir terminalde sorar, ancak bu bir terminal değil. Bir dosyadaki yanıtları puanlamak için şunu çalıştırın: maturity score FILE
usage-save-exists = { $path } zaten var; `maturity assess --resume { $path }` ile bu dosyaya devam edin ya da --save PATH ile başka bir dosya seçin
note-other-version = not: { $file }, soru bankası sürümü { $made_for } için hazırlanmış; ortak yanıtlar { $version } sürümüyle puanlanıyor
note-left-out = not: hesaba katılmadı: { $what }
note-dropped = not: artık soru bankasında olmadığı için çıkarıldı: { $what }
note-bank-language = not: soru bankasında `{ $lang }` metinleri yok ({ $available }); metinler İngilizce gösteriliyor
validate-ok = tamam: { $file }: `{ $bank }` soru bankası, sürüm { $version }: { $stages } aşama, { $dimensions } alan, { $questions } soru, { $gates } eşik, { $steps } sonraki adım; tüm başvurular çözümleniyor, her eşik geçilebiliyor ve her aşamaya ulaşılabiliyor
assess-saved = Yanıtlarınız { $path } dosyasına kaydedildi.
    Yeniden puanlamak için: maturity score { $path }
assess-stopped = Durduruldu. Verdiğiniz tüm yanıtlar { $path } dosyasına kaydedildi.
    Kaldığınız yerden devam etmek için: maturity assess --resume { $path }
assess-stopped-empty = İlk yanıttan önce durduruldu; hiçbir şey kaydedilmedi.

## Rapor

report-stage-title = Aşama { $number }/{ $total }: { $name }
report-bank = soru bankası { $id } { $version }
report-dimensions = Alanlar
report-col-dimension = Alan
report-col-level = Düzey
report-col-answered = Yanıtlanan
report-gaps-heading = { $number }. aşamaya ({ $name }) ulaşmanızı engelleyenler
report-top-stage = En üst aşamadasınız. Hâlâ bu aşamanın gerisinde kalan yanıtlar
report-nothing-left = Hiçbir şey: tüm yanıtlar en üst aşamada.
report-weak-answers = { $stage }. aşamanın altında kalan { $other ->
        [yes] diğer yanıtlar
       *[no] yanıtlar
    }, en zayıfından başlayarak ({ $count }):
report-more = … ve { $count ->
        [one] bir
       *[other] { $count }
    } { $what ->
        [answers] { $count ->
            [one] yanıt
           *[other] yanıt
        }
       *[steps] { $count ->
            [one] sonraki adım
           *[other] sonraki adım
        }
    } daha (--all hepsini gösterir)
report-answered = yanıtınız: { $answer } ({ $level }. aşama); { $required }. aşama daha fazlasını gerektiriyor
report-not-answered = yanıtlanmamış ya da "bilmiyorum"; { $required }. aşama bir yanıt gerektiriyor
report-note = notunuz: { $note }
report-evidence = kanıt: { $evidence }
report-level = { $name } alanı { $level }. düzeyde; gereken: { $required }. düzey
report-breadth = { $required }. düzeyde ya da üstünde olan alanlar: { $actual }; gereken: { $count }
report-breadth-below = { $required }. düzeyin altında: { $names }
report-list-separator = {", "}
report-sentence-separator = {" "}
report-steps-heading = Sonraki adımlar, en değerliden başlayarak
report-none = Yok.
report-why-first = Neden önce: { $text }
report-goal = Hedef: { $goal }
report-strategy = Strateji: { $text }
report-tactic = Taktik: { $text }
report-tool = Araç: { $text }
report-effort = Çaba { $effort }, etki { $impact }{ $opens ->
        [yes] , sonraki aşamanın yolunu açar
       *[no] {""}
    }
goal-revenue = gelir
goal-retention = müşteriyi elde tutma
goal-clv = müşteri yaşam boyu değeri
goal-aov = ortalama sipariş değeri
goal-profit = kâr
rating-low = düşük
rating-medium = orta
rating-high = yüksek
report-completeness = Tamamlanma
report-answered-count = { $questions } sorudan { $answered } tanesi yanıtlandı (%{ $percent })
report-unsure-list = Bilmiyorum / geçerli değil: { $list }
report-missing-list = Yanıtlanmadı: { $list }
report-skipped-list = Sorulmadı (atlandı): { $list }
report-unknown-explained = Bilinmeyen yanıtlar kanıt sayılmaz: aşamayı yalnızca aşağıda tutabilirler, asla yükseltemezler.
report-provisional-answered = Geçici: { $questions } sorudan { $answered } tanesi yanıtlandı.
report-could-change = { $questions } sorusunu yanıtlamak bu aşamayı değiştirebilir (açık soruların hepsi yanıtlanırsa en fazla { $stage }. aşamaya kadar).
report-could-reach = { $count ->
        [one] Açık soruyu yanıtlamak sizi en fazla { $stage }. aşamaya taşıyabilir.
       *[other] Açık { $count } soruyu yanıtlamak sizi en fazla { $stage }. aşamaya taşıyabilir.
    }
report-settled = { $count ->
        [one] Açık soru bu aşamayı değiştiremez.
       *[other] Açık { $count } soru bu aşamayı değiştiremez.
    }
report-held-back = Diğer yanıtlarınız { $rest }. aşamayı gösteriyor; daha önceki bir aşamanın eksik bir işareti sizi bunun bir aşama altında tutuyor.
report-conflicts-heading = Kontrol edilmesi gereken yanıtlar
report-conflict-answer = yanıtınız { $answer } ({ $level }. aşama)

## Banka listesi

questions-title = { $title } { $version }: { $count } soru
questions-col-question = Soru
questions-col-dimension = Alan
questions-col-kind = Tür
questions-col-options = Seçenekler (aşama)
questions-kind-single = tek
questions-kind-multi = birden çok
questions-kind-yes-no = evet/hayır

## Anket

intro-purpose = Mağazanızın pazarlamasının nerede durduğunu, onu neyin geride tuttuğunu ve sırada ne yapmanız gerektiğini öğrenin.
intro-stages = Modelin { $count } aşaması var:
intro-length = { $areas } alanda { $questions } soru, yaklaşık { $minutes } dakika.
intro-keys = Ok tuşları ve Enter ile yanıtlayın. Esc ya da son seçenek olan "{ $back }" sizi önceki soruya götürür. Ctrl-C, tüm yanıtlarınızı koruyarak istediğiniz an durdurur.
intro-saved-to = Yanıtlarınız her sorudan sonra { $path } dosyasına kaydedilir.
intro-welcome-back = Tekrar hoş geldiniz: { $total } sorudan { $done } tanesi tamamlandı; kaldığınız yerden devam ediyoruz.
prompt-store-name = Mağazanızın adı (isteğe bağlı; atlamak için Enter)
prompt-notes = İlerlerken not eklemek ister misiniz?
prompt-notes-no = Yalnızca yanıtlar
prompt-notes-yes = Yanıtlar ve her birine isteğe bağlı bir not ya da kanıt
prompt-first-question = Bu ilk soru.
prompt-why = Neden önemli: { $help }
prompt-note = Not ya da kanıt (isteğe bağlı; atlamak için Enter)
prompt-dont-know = Bilmiyorum / geçerli değil
prompt-back = ← Geri
prompt-multi = { $question } (Space işaretler, Enter onaylar, Esc geri döner)
prompt-tick-one = En az bir yanıtı işaretleyin ya da "{ $dont_know }" seçeneğini seçin.

## explain

explain-title = Neden { $total } aşamanın { $number }. aşamasındasınız: { $name }
explain-stage = Aşama { $number }: { $name }
explain-stage-result = { $failed ->
        [0] { $count ->
            [one] tek eşiği geçiliyor
           *[other] { $count } eşiğin tümü geçiliyor
        }
       *[other] { $count } eşikten { $failed } tanesi geçilemiyor
    }
explain-verdict = { $number }. aşamadasınız, çünkü bu aşamaya kadarki tüm eşikler geçiliyor; { $next }. aşamanın yolunu ✗ ile işaretli eşikler kapatıyor.
explain-verdict-top = Tüm eşikler geçiliyor: en üst aşamadasınız.
explain-verdict-held = { $number }. aşamadasınız: diğer yanıtlarınız { $rest }. aşamayı gösteriyor, ancak daha önceki bir aşamanın eksik bir işareti (✗) sizi bunun bir aşama altında tutuyor.
explain-kind = { $kind ->
        [transition] geçiş
        [mark] işaret
       *[breadth] genişlik
    }
explain-answer = yanıtınız: { $answer } ({ $level }. aşama); gereken: { $required }. aşama
explain-unanswered = yanıtlanmamış ya da "bilmiyorum"; gereken: { $required }. aşama

## plan

plan-title = Plan: { $from }. aşamadan ({ $from_name }) { $target }. aşamaya ({ $target_name })
plan-summary = { $count ->
        [one] İyileştirilecek bir yanıt
       *[other] İyileştirilecek { $count } yanıt
    }, toplamda { $steps } düzeylik ilerleme; önce temeller.
plan-lands-above = Üstteki aşamaların eşikleri zaten geçiliyor, bu yüzden bu değişiklikler sizi { $lands }. aşamaya ({ $name }) taşıyor.
plan-now = şu an: { $answer }
plan-now-unknown = şu an: yanıtlanmamış ya da "bilmiyorum"
plan-aim = şunu hedefleyin: { $answer } ({ $level }. aşama)
plan-already = Zaten { $stage }. aşamadasınız, bu yüzden { $target }. aşama için planlanacak bir şey yok.
plan-no-such-stage = { $target }. aşama yok; modeldeki aşamalar 1 ile { $top } arasında
plan-try-target = Sonraki aşamayı planlamak için: --target { $next }

## compare

compare-title = Aşama { $before } ({ $before_name }) → Aşama { $after } ({ $after_name })
compare-dimensions = Alanlar
compare-col-before = Önce
compare-col-after = Sonra
compare-closed = Giderilen eksikler ({ $count })
compare-opened = Ortaya çıkan eksikler ({ $count })
compare-steps = Şimdi atılacak sonraki adımlar
compare-none = yok
compare-versions = Dosyalar { $old } ve { $new } soru bankası sürümleri için hazırlanmış: karşılaştırma, iki dosyada da yanıtlanan sorular üzerinden yapılıyor.
compare-not-compared = Karşılaştırılmadı, yalnızca bir dosyada yanıtlanmış: { $list }
plan-same-step = Sonraki adım: yukarıdaki { $item }. maddedeki gibi.

## batch

batch-col-retailer = Mağaza
batch-col-stage = Aşama
batch-summary = { $scored ->
        [one] Bir mağaza puanlandı:
       *[other] { $scored } mağaza puanlandı:
    }
batch-provisional = ? geçici: aşamalardan { $count } tanesi yanıtların %80inden azına dayanıyor ya da açık sorular onları değiştirebilir.
batch-failed = { $failed ->
        [one] Bir kayıt puanlanamadı (yukarıdaki mesajlara bakın).
       *[other] { $failed } kayıt puanlanamadı (yukarıdaki mesajlara bakın).
    }
usage-batch-format = --format { $format } tek bir mağaza içindir; birden çok mağaza table, csv veya jsonl olarak yazılır
usage-batch-json = --format json tek bir mağazanın tüm değerlendirmesidir; birden çok mağaza için --format jsonl kullanın, her mağaza için bir JSON nesnesi
usage-no-input = bir yanıt dosyası, birden çok dosya, bir klasör veya --jsonl FILE verin

## cohort

cohort-heading = Benzerleriniz arasında ({ $peers } mağaza)
cohort-stage = Aşamanız benzerlerinizin %{ $percentile } kadarının önünde; tipik bir benzeriniz { $typical }. aşamada ({ $name }).
cohort-dimension = { $name }: siz { $level }, tipik benzer { $typical }, %{ $percentile } kadarının önünde
cohort-too-small = karşılaştırma grubunda { $peers } kullanılabilir kayıt var; hiçbir benzerin tanınamaması için en az { $min } kayıt gerekir
min-stage-below = { $stage }. aşama, istenen { $min }. aşamanın altında.
error-too-deep = { $max } düzeyden daha derin iç içe geçmiş; bir yanıt dosyası veya soru bankası yalnızca birkaç düzey gerektirir
usage-empty-folder = { $folder } içinde yanıt dosyası (.yaml, .yml, .json) yok

## saving answers

usage-save-folder = { $path } bir dosya değil, klasör; içinde bir dosya adı verin, örneğin { $example }
usage-save-no-folder = yanıtlar { $path } dosyasına kaydedilemiyor: { $folder } klasörü yok; önce oluşturun ya da var olan bir klasörde bir dosya verin
usage-save-unwritable = yanıtlar { $path } dosyasına kaydedilemiyor: { $reason }; yazabildiğiniz bir klasörde bir dosya verin
note-recovered = not: { $path } dosyasına yapılan son kayıt yarıda kalmıştı; verilen en son yanıtlar dosyaya geri kondu

## Rapor düzeni ve ifadeler

report-quoted = “{ $text }”

## multiple choice: options that go alone
prompt-goes-alone = "{ $option }" tek başına seçilir: onun ya da diğer yanıtların işaretini kaldırın.
answers-exclusive = `{ $question }` sorusu: `{ $option }` seçeneği tek başına seçilir, diğer seçeneklerle birlikte seçilemez; ya yalnızca `{ $option }` seçeneğini ya da yalnızca diğerlerini bırakın
bank-exclusive-not-multi = `{ $question }` sorusu, `{ $option }` seçeneği: yalnızca çoktan seçmeli bir sorunun seçeneği `exclusive` olabilir

## shell: init, example, man, schema

init-intro = “{ $title }” (sürüm { $version }) için yanıtlar. Şu komutla puanlayın: maturity score { $file }
init-how = Her `unsure` değerini, üstünde listelenen seçeneklerden uygun olanın kimliğiyle değiştirin; birden çok seçeneğin seçilebildiği sorularda bir liste yazın: [id, id]. Bilmediğiniz yerde `unsure` bırakın. Not ya da kanıt bağlantısı eklemek için soru kimliğinin altına ayrı bir satırda `choice: id` yazın, yanına `note:` ve `evidence:` ekleyin.
init-retailer = mağazanın adı
init-date = yanıtların tarihi, YYYY-MM-DD
init-takes-one = Yanıt: bir seçenek kimliği ya da unsure.
init-takes-many = Yanıt: [id, id] biçiminde bir ya da daha çok seçenek kimliği ya da unsure.
init-takes-yes-no = Yanıt: yes ya da no, ya da unsure.
init-written = { $path } yazıldı: { $count } soru, yanıtlanana kadar her biri `unsure`. Şu komutla puanlayın: maturity score { $path }
init-exists = { $path } zaten var; başka bir yol verin ya da değiştirmek için --force kullanın
example-unknown = { $which } adında bir örnek yok; bir aşama (1 ile 4 arası) ya da şunlardan birini verin: { $names }
man-written = Her komutun kılavuz sayfası { $dir } içine yazıldı.
schema-skipped = Sorulmadı: sorunun ask-if koşulu sağlanmadı.
plan-at-top = { $stage }. aşamadasınız, modelin en üst aşaması: ulaşılacak başka bir aşama kalmadı. Sizi buraya getiren çalışmaları sürdürün ve her yıl yeniden değerlendirin (maturity compare OLD NEW neyin değiştiğini gösterir).
batch-col-levels = Düzeyler
batch-legend = Sütunlar: { $list }.
batch-legend-levels = Sırasıyla düzeyler: { $list }.
batch-below = { $scored } mağazadan { $count } tanesi { $min }. aşamanın altında:
batch-below-stage = { $stage }. aşama
batch-below-more = … ve { $count } tane daha

## Kötü niyetli girdiye karşı sınırlar

error-more-problems = { $count ->
        [one] … ve bir tane daha
       *[other] … ve { $count } tane daha
    }
error-aliases = takma adları (alias) açıldığında içeriğine { $kib } KiB'tan fazla ekler; takma adlar en fazla dosyanın kendi içeriği kadar ekleyebilir (en az 1024 KiB'a izin verilir)
bank-too-many = soru bankasında { $max } taneden fazla { $what ->
        [stages] aşama
        [dimensions] alan
        [questions] soru
        [gates] eşik
        [conflicts] çelişki
        [situations] durum
       *[other] sonraki adım
    } var; bir soru bankası en fazla bu kadarını içerebilir
plan-too-complex = { $target }. aşamaya kesin bir plan yapılamıyor: `{ $gate }` eşiği bir planın üstlendiğinden fazla iş gerektiriyor (eşikleri karşılamanın en fazla { $ways } yolu, en fazla { $steps } adımda tartılır); eşiğin `any`, `some` veya `breadth` koşullarını sadeleştirin
error-line-too-long = satır { $mib } MiB'tan uzun; bir JSON Lines kaydı en fazla { $mib } MiB'lık tek bir satıra sığmalıdır
cohort-too-large = karşılaştırma grubunda { $max } benzerden fazlası var; bunların bir örneklemiyle karşılaştırın
cohort-repeats = not: { $file }: { $repeats ->
        [one] bir kayıt
       *[other] { $repeats } kayıt
    } önceki bir benzerin yanıtlarını veya adını tekrarlıyor; her benzer bir kez sayılır
cohort-failed = { $failed ->
        [one] Karşılaştırma grubundaki bir kayıt okunamadı (yukarıdaki mesajlara bakın); sıralama bu kaydı dışarıda bırakır.
       *[other] Karşılaştırma grubundaki { $failed } kayıt okunamadı (yukarıdaki mesajlara bakın); sıralama bunları dışarıda bırakır.
    }
usage-min-stage-above-top = --min-stage { $min }: soru bankasının aşamaları 1 ile { $top } arasında
answers-too-many-entries = { $max } öğeden fazlasını içeriyor (anahtarlar, kimlikler, listeler ve metinler); bu, herhangi bir soru bankasının yanıtlarının gerektirdiğinden çok daha fazladır

## hostile input: paths that are not files

error-not-a-file = { $kind ->
        [bank] soru bankası
       *[answers] yanıt dosyası
    } okunamıyor ({ $path }): bu { $what ->
        [folder] bir klasör
        [fifo] bir adlandırılmış kanal (FIFO)
        [device] bir aygıt
        [socket] bir soket
       *[other] normal bir dosya değil
    }; normal bir dosyanın yolunu verin ya da standart girdiyi okumak için - kullanın

## hostile input: parse errors placed and said plainly

error-control-char = { $code } denetim karakterine burada izin verilmez; silin
error-nul-byte = burada NUL baytına izin verilmez; NUL baytlarıyla dolu bir dosya büyük olasılıkla UTF-16 olarak kaydedilmiştir: UTF-8 olarak kaydedin
error-repeated-key = `{ $key }` aynı eşlemede ikinci kez verilmiş; birini bırakın
error-merge-key = birleştirme anahtarları (`<<`) desteklenmez; girdileri tam olarak yazın
error-comment = `{ $start }` ile başlayan yorum ne JSON ne de YAML'dır; YAML yorumları `#` ile başlar, JSON'da ise yorum yoktur

## output files: -o

output-is-input = { $path }, { $input } girdi dosyasıyla aynı dosya; çıktıyı oraya yazmak onu silerdi. -o için başka bir yol verin.
output-not-a-file = { $path } { $kind ->
        [folder] bir klasördür
        [fifo] adlandırılmış bir borudur (FIFO)
        [device] bir aygıttır
       *[other] sıradan bir dosya değildir
    }; -o yalnızca sıradan bir dosyaya yazar ve onu tek adımda değiştirir

## plan and compare: answers, retailers, new gaps

compare-other-retailer = Uyarı: iki dosya farklı perakendecilerin adını taşıyor, “{ $old }” ve “{ $new }”. Karşılaştırma, tek bir mağazanın kendi iki cevap seti arasındaki ilerlemesini gösterir.
compare-answers = Değişen cevaplar ({ $count })
compare-side = { $answer } (Aşama { $level })
compare-unknown = bilmiyorum / cevaplanmadı
compare-better = { $levels } seviye daha iyi
compare-worse = { $levels } seviye daha kötü
compare-same-level = aynı seviyede başka bir cevap
compare-no-dimension-moved = { $count } cevap daha iyi, ama hiçbir boyutun seviyesi değişmedi: bir boyutun seviyesi cevaplarının medyanıdır, cevaplarının yaklaşık yarısı yükselince o da yükselir.
compare-new = Aşama { $stage } için yeni ({ $count })
compare-new-why = Aşama { $after } düzeyine çıktınız; bunlar artık Aşama { $stage } ({ $name }) için sizden beklenenler, kayıp değil.
compare-col-change = Değişim
compare-legend-before = Önce: Aşama { $stage }
compare-legend-after = Sonra: Aşama { $stage }
compare-page-title = İlerleme: { $who }
plan-page-title = Plan: { $who }
compare-new-answers = Aşama { $stage } altında { $count } cevap: maturity plan önce yükseltilecek en az sayıda cevabı gösterir.

## Reports to share: the stage ladder, the chart's key, questions in words

report-ladder = Aşamalar
report-you-are-here = Buradasınız
report-next-stage = Sonraki
report-chart-next = Kesikli halka: { $stage }. düzey, sonraki aşamanın ({ $name }) düzeyi
report-chart-unanswered = İçi boş gri nokta: alanın hiçbir sorusu yanıtlanmadı, bu yüzden 1. düzey sayılır
report-no-answers = yanıt yok
report-unsure-heading = Bilmiyorum / geçerli değil
report-missing-heading = Yanıtlanmadı
report-skipped-heading = Sorulmadı (atlandı)
cohort-col-you = Siz
cohort-col-typical = Tipik benzer
cohort-col-ahead = Geride bırakılan

## score: options that mean nothing for several retailers

usage-batch-output = -o tek bir mağazanın raporunu yazar; birden çok mağaza standart çıktıya satır satır yazılır, bu yüzden onun yerine çıktıyı yönlendirin (örneğin > rows.csv)
usage-batch-cohort = --cohort tek bir mağazayı benzerleri arasına yerleştirir; birden çok mağaza puanlanırken kullanılamaz
usage-batch-all = --all tek bir mağazanın raporundaki tüm eksikleri ve sonraki adımları gösterir; birden çok mağazanın satırlarında bunlar yer almaz
