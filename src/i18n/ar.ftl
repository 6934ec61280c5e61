# نصوص واجهة maturity باللغة العربية. لكل ملف لغة معرّفات الرسائل نفسها؛
# أما نصوص البنك (الأسئلة والمراحل والنصائح) فموجودة في بنك الأسئلة.

## الأخطاء

error-label = خطأ
error-read = تعذّرت قراءة { $kind ->
        [bank] بنك الأسئلة
       *[answers] ملف الإجابات
    } { $path }: { $reason }
error-invalid = { $count ->
        [zero] { $kind ->
            [bank] بنك الأسئلة
           *[answers] ملف الإجابات
        } { $file } غير صالح:
        [one] { $kind ->
            [bank] بنك الأسئلة
           *[answers] ملف الإجابات
        } { $file } غير صالح:
        [two] { $kind ->
            [bank] بنك الأسئلة
           *[answers] ملف الإجابات
        } { $file } غير صالح (مشكلتان):
        [few] { $kind ->
            [bank] بنك الأسئلة
           *[answers] ملف الإجابات
        } { $file } غير صالح ({ $count } مشكلات):
        [many] { $kind ->
            [bank] بنك الأسئلة
           *[answers] ملف الإجابات
        } { $file } غير صالح ({ $count } مشكلة):
       *[other] { $kind ->
            [bank] بنك الأسئلة
           *[answers] ملف الإجابات
        } { $file } غير صالح ({ $count } مشكلة):
    }
error-write = تعذّرت كتابة { $path }: { $reason }
error-yaml = { $detail }
error-internal = خطأ داخلي (خلل برمجي في maturity)؛ يُرجى الإبلاغ عنه مع ذكر الأمر والمدخلات التي تسببت فيه
error-too-large = حجمه أكبر من { $mib } MiB؛ هل هذا هو الملف الصحيح؟
error-not-utf8 = ليس نصًا بترميز UTF-8 (بايت غير صالح عند الموضع { $offset })؛ احفظه بترميز UTF-8

## ملفات الإجابات

did-you-mean = { $suggestion ->
        [none] {""}
       *[other] {" "}(هل تقصد `{ $suggestion }`؟)
    }
answers-wrong-bank = أُعدّت هذه الإجابات لبنك الأسئلة `{ $made_for }`، لكن بنك الأسئلة المستخدم هو `{ $bank }`؛ حدّد بنك الأسئلة الذي أُعدّت له باستخدام --bank PATH
answers-twice = أُجيب عن السؤال `{ $question }` مرتين؛ أبقِ إجابة واحدة فقط
answers-unknown-question = السؤال `{ $question }` غير موجود في بنك الأسئلة `{ $bank }` { $version }{ did-you-mean }
answers-list-for-single = السؤال `{ $question }` يقبل خيارًا واحدًا، لا قائمة؛ اختر واحدًا من { $options }، أو `unsure` (لا أعرف / لا ينطبق)
answers-empty-list = قائمة السؤال `{ $question }` فارغة؛ اختر واحدًا أو أكثر من { $options }، أو `unsure` (لا أعرف / لا ينطبق)
answers-reserved-in-list = السؤال `{ $question }`: الكلمة `{ $word }` تُكتب وحدها، لا داخل قائمة؛ اكتب `{ $question }: { $word }`
answers-option-twice = السؤال `{ $question }`: الخيار `{ $option }` مختار مرتين
answers-unknown-option = السؤال `{ $question }` ليس له خيار `{ $option }`{ did-you-mean }؛ اختر واحدًا من { $options }، أو `unsure` (لا أعرف / لا ينطبق)

## بنوك الأسئلة

kind-name = { $what ->
        [stage] مرحلة
        [dimension] مجال
        [question] سؤال
        [option] خيار
        [gate] بوابة
        [conflict] تعارض
        [situation] حالة
       *[step] خطوة تالية
    }
bank-duplicate-id = معرّف { kind-name } `{ $id }` مستخدم أكثر من مرة؛ يجب أن تكون المعرّفات فريدة
bank-reserved-id = معرّف { kind-name } `{ $id }` محجوز أو فارغ؛ اختر معرّفًا آخر
bank-needs-english = يجب أن تتضمن bank.languages اللغة `en`، وهي اللغة التي يُرجع إليها أي نص عند غياب ترجمته
bank-stage-numbers = أرقام المراحل هي { $numbers }؛ يجب ترقيمها 1، 2، ... دون فجوة أو تكرار، وأن تكون مرحلتين على الأقل
bank-empty-dimension = المجال `{ $dimension }` ليس فيه أسئلة؛ أضف سؤالًا أو احذف المجال
bank-unknown-dimension = `{ $owner }` يشير إلى المجال `{ $dimension }`، وهو غير موجود؛ المجالات المعروفة: { $known }
bank-unknown-step = `{ $owner }` يشير إلى الخطوة التالية `{ $step }`، وهي غير موجودة في next-steps
bank-stage-out-of-range = `{ $owner }` { $field }: المرحلة { $stage } خارج النطاق؛ المسموح هنا: من { $lowest } إلى { $top }
bank-yes-no-options = يجب أن يكون لسؤال نعم/لا `{ $question }` الخياران `yes` و`no` فقط، لا { $options }
bank-too-few-options = السؤال `{ $question }` يحتاج إلى خيارين على الأقل
bank-question-without-steps = السؤال `{ $question }` ليست له next-steps؛ يجب أن تُرفق بكل إجابة ضعيفة نصيحة
bank-ask-if-not-answer = السؤال `{ $question }`: يمكن لـ ask-if أن يختبر الإجابات فقط (`answer`، `all`، `any`، `some`)، لا مستويات المجالات ولا عدد المجالات التي تبلغ مستوى معينًا
bank-ask-if-unknown = السؤال `{ $question }`: يشير ask-if إلى السؤال `{ $target }`، وهو غير موجود
bank-ask-if-itself = السؤال `{ $question }`: يشير ask-if إلى السؤال نفسه، وهذه حلقة مفرغة؛ أشر إلى سؤال سابق
bank-ask-if-later = السؤال `{ $question }`: يشير ask-if إلى `{ $target }`، وهو سؤال يأتي لاحقًا، فإما أن تنشأ حلقة مفرغة وإما ألا تُعرف إجابته أبدًا؛ أشر فقط إلى أسئلة تُطرح قبله
bank-unused-step = الخطوة التالية `{ $step }` لا تُقترح أبدًا: لا يشير إليها أي سؤال أو بوابة أو مرحلة
bank-stage-without-gates = المرحلة { $number } (`{ $stage }`) ليست لها بوابات، لذا سيجتازها كل متجر؛ أضف بوابة واحدة على الأقل تحمل `stage: { $number }`
bank-empty-list = في البوابة `{ $gate }` قائمة `all`/`any` فارغة
bank-some-count = البوابة `{ $gate }` تطلب تحقق { $count } من شروطها البالغ عددها { $of }؛ المسموح: من 1 إلى { $of }
bank-unknown-question = البوابة `{ $gate }` تشير إلى السؤال `{ $question }`، وهو غير موجود
bank-breadth-count = البوابة `{ $gate }` تطلب عددًا من المجالات قدره { $count }، بينما عدد المجالات في بنك الأسئلة { $dimensions }
bank-missing-text = `{ $owner }` { $field }: النص باللغة `{ $lang }` مفقود
bank-undeclared-language = `{ $owner }` { $field }: اللغة `{ $lang }` ليست في bank.languages ({ $declared })
bank-gate-never-passes = البوابة `{ $gate }` لا يمكن اجتيازها أبدًا، حتى مع أفضل إجابة عن كل سؤال، لذا لا يمكن بلوغ المرحلة { $stage } أبدًا؛ خفّف ما تطلبه
bank-builds-on-cycle = تشكّل قيم builds-on للمجالات حلقة مغلقة؛ لا يجوز لمجال أن يُبنى إلا على مجالات لا تُبنى عليه بدورها
bank-gate-kind = البوابة `{ $gate }` من نوع { $kind }، لذا لا يجوز أن تختبر إلا { $kind ->
        [transition] الإجابات (`answer` مع `all` و`any` و`some`)
        [mark] الإجابات ومستويات المجالات (`answer` و`level` مع `all` و`any` و`some`)
       *[breadth] أعداد المجالات (`breadth` مع `all` و`any` و`some`)
    }
bank-mark-reads-transition = بوابة العلامة `{ $gate }` تقرأ `{ $question }`، وهو سؤال يحسم انتقالًا؛ يجوز أن تحسم الإجابة انتقالًا أو علامة، لا الاثنين معًا
bank-conflict-too-few = التعارض `{ $conflict }` يذكر أقل من إجابتين؛ التعارض إجابات لا يمكن أن تصح كلها معًا
bank-option-without-gap = الخيار `{ $option }` في السؤال `{ $question }` أدنى من أعلى خيارات السؤال لكن ليس له `gap:`؛ اذكر ما ينقص المتجر الذي يختاره
bank-empty-tool-kind = الخطوة التالية `{ $step }` حقل tool-kind فيها فارغ؛ سمِّ نوع الأداة التي تحتاجها بمعرّف (مثل `email-platform`)، أو اكتب `none`
bank-situation-empty = الحالة `{ $situation }` تحتاج إلى إجابة واحدة على الأقل وخطوة واحدة على الأقل في `first`
bank-empty-range = `{ $owner }`: نطاق `{ $question }` فارغ؛ حدّد `at-least` أو `at-most` أو كليهما، على ألا تزيد `at-least` على `at-most`
bank-empty-source = مصدر `{ $owner }` فارغ؛ اذكر الموضع الذي يأتي منه في النموذج (مثل `000 §Stage 2`)، أو اكتب `beyond-seeds: <السبب>`

## سطر الأوامر

usage-unknown-lang = --lang { $lang }: لا توجد لغة بهذا الرمز؛ اللغات المدعومة: { $supported }
usage-no-command = لم تحدد أي أمر، والأداة لا تعمل في طرفية، فلا يمكن طرح أي سؤال.

    { $help }
usage-assess-needs-terminal = يطرح الأمر maturity assess أسئلته في طرفية، والأداة لا تعمل الآن في طرفية. لتقييم إجابات من ملف، شغّل: maturity score FILE
usage-save-exists = الملف { $path } موجود بالفعل؛ تابع العمل عليه باستخدام `maturity assess --resume { $path }`، أو اختر ملفًا آخر باستخدام --save PATH
note-other-version = ملاحظة: أُعدّ { $file } لإصدار بنك الأسئلة { $made_for }؛ يجري التقييم بالإصدار { $version } على الإجابات المشتركة بينهما
note-left-out = ملاحظة: لم يُحتسب: { $what }
note-dropped = ملاحظة: حُذف لأنه لم يعد في بنك الأسئلة: { $what }
note-bank-language = ملاحظة: لا يحتوي بنك الأسئلة على نصوص باللغة `{ $lang }` ({ $available })؛ لذا تُعرض نصوصه بالإنجليزية
validate-ok = سليم: { $file }: بنك الأسئلة `{ $bank }` الإصدار { $version }: عدد المراحل { $stages }، وعدد المجالات { $dimensions }، وعدد الأسئلة { $questions }، وعدد البوابات { $gates }، وعدد الخطوات التالية { $steps }؛ كل المراجع تشير إلى عناصر موجودة، ويمكن اجتياز كل بوابة وبلوغ كل مرحلة
assess-saved = حُفظت إجاباتك في { $path }.
    لتقييمها مجددًا، شغّل: maturity score { $path }
assess-stopped = توقّف التقييم. كل إجابة قدّمتها محفوظة في { $path }.
    لمتابعة التقييم من حيث توقفت، شغّل: maturity assess --resume { $path }
assess-stopped-empty = توقّف التقييم قبل الإجابة الأولى؛ لم يُحفظ شيء.

## التقرير

report-stage-title = المرحلة { $number } من { $total }: { $name }
report-bank = بنك الأسئلة { $id } { $version }
report-dimensions = المجالات
report-col-dimension = المجال
report-col-level = المستوى
report-col-answered = المُجاب عنها
report-gaps-heading = ما يفصلك عن المرحلة { $number } ({ $name })
report-top-stage = أنت في أعلى مرحلة. إجابات لا تزال دون مستواها
report-nothing-left = لا شيء: كل إجاباتك في مستوى أعلى مرحلة.
report-weak-answers = { $other ->
        [yes] إجابات أخرى
       *[no] الإجابات
    } دون المرحلة { $stage }، الأضعف أولًا ({ $count }):
report-more = … { $what ->
        [answers] { $count ->
            [zero] ولا إجابات أخرى
            [one] وإجابة واحدة أخرى
            [two] وإجابتان أخريان
            [few] و{ $count } إجابات أخرى
            [many] و{ $count } إجابة أخرى
           *[other] و{ $count } إجابة أخرى
        }
       *[steps] { $count ->
            [zero] ولا خطوات تالية أخرى
            [one] وخطوة تالية واحدة أخرى
            [two] وخطوتان تاليتان أخريان
            [few] و{ $count } خطوات تالية أخرى
            [many] و{ $count } خطوة تالية أخرى
           *[other] و{ $count } خطوة تالية أخرى
        }
    } (يعرضها الخيار --all كلها)
report-answered = إجابتك: { $answer } (المرحلة { $level })؛ والمرحلة { $required } تتطلب أكثر من ذلك
report-not-answered = لم تُجب، أو أجبت «لا أعرف»؛ والمرحلة { $required } تتطلب إجابة
report-note = ملاحظتك: { $note }
report-evidence = الدليل: { $evidence }
report-level = مجال { $name } في المستوى { $level }؛ والمطلوب { $required }
report-breadth = المجالات التي في المستوى { $required } أو أعلى: { $actual }؛ والمطلوب: { $count }
report-breadth-below = دون المستوى { $required }: { $names }
report-list-separator = {"، "}
report-sentence-separator = {" "}
report-steps-heading = الخطوات التالية، الأعلى قيمةً أولًا
report-none = لا شيء.
report-why-first = لماذا أولًا: { $text }
report-goal = الهدف: { $goal }
report-strategy = الاستراتيجية: { $text }
report-tactic = الأسلوب: { $text }
report-tool = الأداة: { $text }
report-effort = الجهد { $effort }، والأثر { $impact }{ $opens ->
        [yes] ، ويفتح الطريق إلى المرحلة التالية
       *[no] {""}
    }
goal-revenue = الإيرادات
goal-retention = الاحتفاظ بالعملاء
goal-clv = قيمة العميل مدى الحياة
goal-aov = متوسط قيمة الطلب
goal-profit = الربح
rating-low = منخفض
rating-medium = متوسط
rating-high = مرتفع
report-completeness = الاكتمال
report-answered-count = الأسئلة المُجاب عنها: { $answered } من { $questions } ({ $percent }%)
report-unsure-list = لا أعرف / لا ينطبق: { $list }
report-missing-list = لم تُجب عنها: { $list }
report-skipped-list = لم تُطرح (تم تخطيها): { $list }
report-unknown-explained = الإجابات غير المعروفة لا تُحتسب دليلًا: يمكنها أن تُبقي المرحلة منخفضة فقط، ولا ترفعها أبدًا.
report-provisional-answered = نتيجة مؤقتة: أُجيب عن { $answered } من أصل { $questions ->
        [zero] { $questions } سؤال
        [one] سؤال واحد
        [two] سؤالين
        [few] { $questions } أسئلة
        [many] { $questions } سؤالًا
       *[other] { $questions } سؤال
    }.
report-could-change = الإجابة عن { $questions } قد تغيّر هذه المرحلة (حتى المرحلة { $stage } إذا أُجيب عن كل الأسئلة المفتوحة).
report-could-reach = { $count ->
        [zero] لا أسئلة مفتوحة يمكن أن ترفع مرحلتك فوق المرحلة { $stage }.
        [one] الإجابة عن السؤال المفتوح قد تضعك في المرحلة { $stage } كحد أقصى.
        [two] الإجابة عن السؤالين المفتوحين قد تضعك في المرحلة { $stage } كحد أقصى.
        [few] الإجابة عن الأسئلة المفتوحة الـ{ $count } قد تضعك في المرحلة { $stage } كحد أقصى.
       *[other] الإجابة عن الأسئلة المفتوحة الـ{ $count } قد تضعك في المرحلة { $stage } كحد أقصى.
    }
report-settled = { $count ->
        [zero] لا أسئلة مفتوحة يمكن أن تغيّر هذه المرحلة.
        [one] السؤال المفتوح لا يمكن أن يغيّر هذه المرحلة.
        [two] السؤالان المفتوحان لا يمكن أن يغيّرا هذه المرحلة.
       *[other] الأسئلة المفتوحة الـ{ $count } لا يمكن أن تغيّر هذه المرحلة.
    }
report-held-back = بقية إجاباتك تدل على المرحلة { $rest }؛ لكن علامة ناقصة من مرحلة سابقة تُبقيك دونها بمرحلة واحدة.
report-conflicts-heading = إجابات تحتاج إلى مراجعة
report-conflict-answer = أجبت { $answer } (المرحلة { $level })

## قائمة البنك

questions-title = { $title } { $version }: { $count ->
        [zero] لا أسئلة
        [one] سؤال واحد
        [two] سؤالان
        [few] { $count } أسئلة
        [many] { $count } سؤالًا
       *[other] { $count } سؤال
    }
questions-col-question = السؤال
questions-col-dimension = المجال
questions-col-kind = النوع
questions-col-options = الخيارات (المرحلة)
questions-kind-single = خيار واحد
questions-kind-multi = عدة خيارات
questions-kind-yes-no = نعم/لا

## الاستبيان

intro-purpose = اعرف أين يقف تسويق متجرك، وما الذي يعيقه، وما الذي عليك فعله بعد ذلك.
intro-stages = { $count ->
        [zero] لا يتضمن النموذج أي مرحلة:
        [one] يتكون النموذج من مرحلة واحدة:
        [two] يتكون النموذج من مرحلتين:
        [few] يتكون النموذج من { $count } مراحل:
        [many] يتكون النموذج من { $count } مرحلة:
       *[other] يتكون النموذج من { $count } مرحلة:
    }
intro-length = { $questions ->
        [zero] لا أسئلة
        [one] سؤال واحد
        [two] سؤالان
        [few] { $questions } أسئلة
        [many] { $questions } سؤالًا
       *[other] { $questions } سؤال
    } في { $areas ->
        [zero] { $areas } مجال
        [one] مجال واحد
        [two] مجالين
        [few] { $areas } مجالات
        [many] { $areas } مجالًا
       *[other] { $areas } مجال
    }، وتستغرق الإجابة نحو { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }.
intro-keys = أجب باستخدام مفاتيح الأسهم وEnter. اضغط Esc، أو اختر البند الأخير «{ $back }»، للعودة إلى السؤال السابق. واضغط Ctrl-C للتوقف في أي وقت، مع الاحتفاظ بكل إجاباتك.
intro-saved-to = تُحفظ إجاباتك في { $path } بعد كل سؤال.
intro-welcome-back = مرحبًا بعودتك: أجبت عن { $done } من الأسئلة من أصل { $total }؛ سنتابع من حيث توقفت.
prompt-store-name = اسم متجرك (اختياري؛ اضغط Enter للتخطي)
prompt-notes = هل تريد إضافة ملاحظات أثناء الإجابة؟
prompt-notes-no = الإجابات فقط
prompt-notes-yes = الإجابات، مع ملاحظة أو دليل اختياري لكل منها
prompt-first-question = هذا هو السؤال الأول.
prompt-why = لماذا يهم هذا: { $help }
prompt-note = ملاحظة أو دليل (اختياري؛ اضغط Enter للتخطي)
prompt-dont-know = لا أعرف / لا ينطبق
prompt-back = → رجوع
prompt-multi = { $question } (اضغط Space للتحديد، وEnter للتأكيد، وEsc للرجوع)
prompt-tick-one = حدّد إجابة واحدة على الأقل، أو «{ $dont_know }».
plan-same-step = الخطوة التالية: كما في البند { $item } أعلاه.

## explain

explain-title = لماذا أنت في المرحلة { $number } من { $total }: { $name }
explain-stage = المرحلة { $number }: { $name }
explain-stage-result = { $failed ->
        [0] { $count ->
            [zero] لا بوابات فيها
            [one] اجتزت بوابتها الوحيدة
            [two] اجتزت بوابتيها كلتيهما
            [few] اجتزت بواباتها الـ{ $count } كلها
            [many] اجتزت بواباتها الـ{ $count } كلها
           *[other] اجتزت بواباتها الـ{ $count } كلها
        }
        [one] { $count ->
            [one] لم تجتز بوابتها الوحيدة
            [two] لم تجتز بوابة واحدة من بوابتيها
           *[other] لم تجتز بوابة واحدة من أصل { $count }
        }
        [two] { $count ->
            [two] لم تجتز بوابتيها كلتيهما
           *[other] لم تجتز بوابتين من أصل { $count }
        }
       *[other] { $count ->
            [few] لم تجتز { $failed } من أصل { $count } بوابات
            [many] لم تجتز { $failed } من أصل { $count } بوابة
           *[other] لم تجتز { $failed } من أصل { $count } بوابة
        }
    }
explain-verdict = أنت في المرحلة { $number } لأنك اجتزت كل البوابات حتى هذه المرحلة؛ والبوابات المعلَّمة بالعلامة ✗ هي ما يفصلك عن المرحلة { $next }.
explain-verdict-top = اجتزت كل البوابات: أنت في أعلى مرحلة.
explain-verdict-held = أنت في المرحلة { $number }: بقية إجاباتك تدل على المرحلة { $rest }، لكن علامة ناقصة من مرحلة سابقة (✗) تُبقيك دونها بمرحلة واحدة.
explain-kind = { $kind ->
        [transition] انتقال
        [mark] علامة
       *[breadth] اتساع
    }
explain-answer = إجابتك: { $answer } (المرحلة { $level })؛ والمطلوب: المرحلة { $required }
explain-unanswered = لم تُجب، أو أجبت «لا أعرف»؛ والمطلوب: المرحلة { $required }

## plan

plan-title = الخطة: من المرحلة { $from } ({ $from_name }) إلى المرحلة { $target } ({ $target_name })
plan-summary = { $count ->
        [zero] لا إجابات تحتاج إلى تحسين
        [one] إجابة واحدة تحتاج إلى تحسين
        [two] إجابتان تحتاجان إلى تحسين
        [few] { $count } إجابات تحتاج إلى تحسين
        [many] { $count } إجابة تحتاج إلى تحسين
       *[other] { $count } إجابة تحتاج إلى تحسين
    }، والارتقاء المطلوب إجمالًا { $steps ->
        [zero] لا شيء
        [one] مستوى واحد
        [two] مستويان
        [few] { $steps } مستويات
        [many] { $steps } مستوًى
       *[other] { $steps } مستوى
    }؛ الأساسيات أولًا.
plan-lands-above = أنت تجتاز بالفعل بوابات المراحل الأعلى، لذا ستنقلك هذه التغييرات إلى المرحلة { $lands } ({ $name }).
plan-now = إجابتك الحالية: { $answer }
plan-now-unknown = إجابتك الحالية: لم تُجب، أو أجبت «لا أعرف»
plan-aim = الإجابة المنشودة: { $answer } (المرحلة { $level })
plan-already = أنت في المرحلة { $stage } بالفعل، فلا حاجة إلى خطة لبلوغ المرحلة { $target }.
plan-no-such-stage = المرحلة { $target } غير موجودة؛ مراحل النموذج مرقّمة من 1 إلى { $top }
plan-try-target = للتخطيط للمرحلة التالية، استخدم: --target { $next }

## compare

compare-title = المرحلة { $before } ({ $before_name }) → المرحلة { $after } ({ $after_name })
compare-dimensions = المجالات
compare-col-before = قبل
compare-col-after = بعد
compare-closed = الفجوات التي سُدَّت ({ $count })
compare-opened = الفجوات التي ظهرت ({ $count })
compare-steps = الخطوات التالية الآن
compare-none = لا شيء
compare-versions = أُعدّ الملفان لإصدارَي بنك الأسئلة { $old } و{ $new }: تجري المقارنة على الأسئلة التي أُجيب عنها في كليهما.
compare-not-compared = لم تُقارن لأنها مُجاب عنها في ملف واحد فقط: { $list }

## batch

batch-col-retailer = المتجر
batch-col-stage = المرحلة
batch-summary = { $scored ->
        [zero] لم يُقيَّم أي متجر:
        [one] قُيِّم متجر واحد:
        [two] قُيِّم متجران:
        [few] قُيِّمت { $scored } متاجر:
        [many] قُيِّم { $scored } متجرًا:
       *[other] قُيِّم { $scored } متجر:
    }
batch-provisional = ? نتيجة مؤقتة: { $count } من المراحل تستند إلى أقل من 80% من الإجابات، أو قد تغيّرها الأسئلة المفتوحة.
batch-failed = { $failed ->
        [zero] لم يتعذّر تقييم أي سجل.
        [one] تعذّر تقييم سجل واحد (انظر الرسائل أعلاه).
        [two] تعذّر تقييم سجلين (انظر الرسائل أعلاه).
        [few] تعذّر تقييم { $failed } سجلات (انظر الرسائل أعلاه).
        [many] تعذّر تقييم { $failed } سجلًا (انظر الرسائل أعلاه).
       *[other] تعذّر تقييم { $failed } سجل (انظر الرسائل أعلاه).
    }
usage-batch-format = الخيار --format { $format } لمتجر واحد؛ أما عدة متاجر فتُكتب بتنسيق table أو csv أو jsonl
usage-batch-json = الخيار --format json يعرض التقييم الكامل لمتجر واحد؛ أما لعدة متاجر فاستخدم --format jsonl، كائن JSON واحد لكل متجر
usage-no-input = قدّم ملف إجابات، أو عدة ملفات، أو مجلدًا، أو --jsonl FILE

## cohort

cohort-heading = بين نظرائك ({ $peers ->
        [zero] لا متاجر
        [one] متجر واحد
        [two] متجران
        [few] { $peers } متاجر
        [many] { $peers } متجرًا
       *[other] { $peers } متجر
    })
cohort-stage = مرحلتك متقدمة على { $percentile }% من نظرائك؛ والنظير المعتاد في المرحلة { $typical } ({ $name }).
cohort-dimension = { $name }: أنت { $level }، والنظير المعتاد { $typical }، متقدم على { $percentile }%
cohort-too-small = تضم مجموعة النظراء { $peers } من السجلات الصالحة؛ ويلزم { $min } على الأقل حتى لا يمكن تمييز أي نظير
min-stage-below = المرحلة { $stage } أدنى من المرحلة المطلوبة { $min }.
error-too-deep = التداخل أعمق من { $max ->
        [zero] { $max } مستوى
        [one] مستوى واحد
        [two] مستويين
        [few] { $max } مستويات
        [many] { $max } مستوًى
       *[other] { $max } مستوى
    }؛ ولا يحتاج ملف الإجابات أو بنك الأسئلة إلا إلى بضعة مستويات
usage-empty-folder = لا توجد ملفات إجابات (‎.yaml أو ‎.yml أو ‎.json) في { $folder }

## saving answers

usage-save-folder = المسار { $path } مجلد وليس ملفًا؛ أعطِ اسم ملف داخله، مثل { $example }
usage-save-no-folder = تعذّر حفظ الإجابات في { $path }: المجلد { $folder } غير موجود؛ أنشئه أولًا، أو اختر ملفًا في مجلد موجود
usage-save-unwritable = تعذّر حفظ الإجابات في { $path }: { $reason }؛ اختر ملفًا في مجلد يمكنك الكتابة فيه
note-recovered = ملاحظة: انقطع آخر حفظ في { $path }؛ وأُعيدت أحدث الإجابات المعطاة إلى الملف

## تخطيط التقرير وصياغته

report-quoted = «{ $text }»

## multiple choice: options that go alone
prompt-goes-alone = «{ $option }» يُختار وحده: ألغِ تحديده أو ألغِ تحديد الإجابات الأخرى.
answers-exclusive = السؤال `{ $question }`: الخيار `{ $option }` يُختار وحده ولا يجتمع مع خيارات أخرى؛ أبقِ `{ $option }` وحده، أو أبقِ الخيارات الأخرى فقط
bank-exclusive-not-multi = السؤال `{ $question }`، الخيار `{ $option }`: لا يكون `exclusive` إلا خيارًا في سؤال متعدد الاختيارات

## shell: init, example, man, schema

init-intro = إجابات «{ $title }» (الإصدار { $version }). قيّمها بالأمر: maturity score { $file }
init-how = استبدل كل `unsure` بمعرّف الخيار المناسب من الخيارات المذكورة فوقه؛ وحيث يجوز اختيار أكثر من خيار، اكتب قائمة [id, id]. اترك `unsure` حيث لا تعرف الإجابة. لإضافة ملاحظة أو رابط إلى دليل، اكتب `choice: id` في سطر مستقل تحت معرّف السؤال، ومعه `note:` و`evidence:`.
init-retailer = اسم المتجر
init-date = تاريخ الإجابات، بصيغة YYYY-MM-DD
init-takes-one = الإجابة: معرّف خيار واحد، أو unsure.
init-takes-many = الإجابة: معرّف خيار أو أكثر في قائمة [id, id]، أو unsure.
init-takes-yes-no = الإجابة: yes أو no، أو unsure.
init-written = كُتب الملف { $path } وفيه { $count ->
        [zero] لا أسئلة
        [one] سؤال واحد
        [two] سؤالان
        [few] { $count } أسئلة
        [many] { $count } سؤالًا
       *[other] { $count } سؤال
    }، إجابة كلٍّ منها `unsure` إلى أن يُجاب عنه. قيّمه بالأمر: maturity score { $path }
init-exists = الملف { $path } موجود بالفعل؛ اختر مسارًا آخر، أو استخدم --force لاستبداله
example-unknown = لا يوجد مثال باسم { $which }؛ اذكر مرحلة (من 1 إلى 4) أو أحد هذه الأسماء: { $names }
man-written = كُتبت صفحة دليل لكل أمر في { $dir }.
schema-skipped = لم يُطرح: شرط ask-if للسؤال لم يتحقق.
plan-at-top = أنت في المرحلة { $stage }، وهي أعلى مراحل النموذج: لم تبقَ مرحلة أخرى لبلوغها. حافظ على ما أوصلك إلى هنا، وأعد التقييم كل عام (يُظهر الأمر maturity compare OLD NEW ما تغيّر).
batch-col-levels = المستويات
batch-legend = الأعمدة: { $list }.
batch-legend-levels = المستويات بالترتيب: { $list }.
batch-below = { $count ->
        [one] متجر واحد من { $scored } أدنى من المرحلة { $min }:
        [two] متجران من { $scored } أدنى من المرحلة { $min }:
        [few] { $count } متاجر من { $scored } أدنى من المرحلة { $min }:
        [many] { $count } متجرًا من { $scored } أدنى من المرحلة { $min }:
       *[other] { $count } متجر من { $scored } أدنى من المرحلة { $min }:
    }
batch-below-stage = المرحلة { $stage }
batch-below-more = … و{ $count } غيرها

## حدود المدخلات العدائية

error-more-problems = { $count ->
        [one] … ومشكلة أخرى واحدة
        [two] … ومشكلتان أخريان
        [few] … و{ $count } مشكلات أخرى
       *[other] … و{ $count } مشكلة أخرى
    }
error-aliases = الأسماء المستعارة (aliases) فيه ستضيف عند توسيعها أكثر من { $kib } KiB إلى محتواه؛ ولا يجوز أن تضيف الأسماء المستعارة أكثر مما يحتويه الملف نفسه (ويُسمح بـ 1024 KiB على الأقل)
bank-too-many = في بنك الأسئلة عدد كبير جدًا من { $what ->
        [stages] المراحل
        [dimensions] المجالات
        [questions] الأسئلة
        [gates] البوابات
        [conflicts] الإجابات المتعارضة
        [situations] الحالات
       *[other] الخطوات التالية
    }: الحد الأقصى المسموح به في بنك الأسئلة هو { $max }
plan-too-complex = تعذّر التخطيط الدقيق للوصول إلى المرحلة { $target }: تتطلب البوابة `{ $gate }` عملًا يفوق ما تتحمله الخطة (الحد الأقصى لطرق اجتياز البوابات التي تزنها الخطة: { $ways }، ولخطوات الحساب: { $steps })؛ بسّط شروط `any` أو `some` أو `breadth` فيها
error-line-too-long = السطر أطول من { $mib } MiB؛ يجب أن يكون كل سجل JSON Lines في سطر واحد لا يتجاوز { $mib } MiB
cohort-too-large = تضم مجموعة النظراء أكثر من { $max } نظير؛ قارن بعيّنة منهم
cohort-repeats = ملاحظة: { $file }: { $repeats ->
        [one] سجل واحد يكرر
        [two] سجلان يكرران
        [few] { $repeats } سجلات تكرر
        [many] { $repeats } سجلًا تكرر
       *[other] { $repeats } سجل تكرر
    } إجابات نظير سابق أو اسمه، لذا يُحتسب كل نظير مرة واحدة
cohort-failed = { $failed ->
        [one] تعذّرت قراءة سجل واحد من مجموعة النظراء (انظر الرسائل أعلاه)؛ ولم يُحتسب في الترتيب.
        [two] تعذّرت قراءة سجلين من مجموعة النظراء (انظر الرسائل أعلاه)؛ ولم يُحتسبا في الترتيب.
        [few] تعذّرت قراءة { $failed } سجلات من مجموعة النظراء (انظر الرسائل أعلاه)؛ ولم تُحتسب في الترتيب.
        [many] تعذّرت قراءة { $failed } سجلًا من مجموعة النظراء (انظر الرسائل أعلاه)؛ ولم تُحتسب في الترتيب.
       *[other] تعذّرت قراءة { $failed } سجل من مجموعة النظراء (انظر الرسائل أعلاه)؛ ولم تُحتسب في الترتيب.
    }
usage-min-stage-above-top = ‎--min-stage { $min }: بنك الأسئلة هذا مراحله مرقّمة من 1 إلى { $top }
answers-too-many-entries = يحتوي على أكثر من { $max } عنصر (مفاتيح ومعرّفات وقوائم ونصوص)، وهو أكثر بكثير مما تحتاجه إجابات أي بنك

## hostile input: paths that are not files

error-not-a-file = تعذّرت قراءة { $kind ->
        [bank] بنك الأسئلة
       *[answers] ملف الإجابات
    } { $path }: { $what ->
        [folder] إنه مجلد
        [fifo] إنه أنبوب مسمّى (FIFO)
        [device] إنه جهاز
        [socket] إنه مقبس
       *[other] إنه ليس ملفًا عاديًا
    }؛ أعطِ مسار ملف عادي، أو «-» لقراءة الإدخال القياسي

## hostile input: parse errors placed and said plainly

error-control-char = حرف التحكم { $code } غير مسموح به هنا؛ احذفه
error-nul-byte = بايت NUL غير مسموح به هنا؛ الملف المليء بها حُفظ على الأرجح بترميز UTF-16: احفظه بترميز UTF-8
error-repeated-key = المفتاح `{ $key }` مذكور مرة ثانية في التعيين نفسه؛ أبقِ واحدًا
error-merge-key = مفاتيح الدمج (`<<`) غير مدعومة؛ اكتب المدخلات كاملة
error-comment = التعليق الذي يبدأ بـ `{ $start }` ليس من JSON ولا من YAML؛ تعليقات YAML تبدأ بـ `#`، وJSON لا تعليقات فيه

## output files: -o

output-is-input = { $path } هو نفسه ملف الإدخال { $input }، والكتابة فيه ستستبدله. اختر مسارًا آخر لـ -o.
output-not-a-file = { $path } { $kind ->
        [folder] مجلد
        [fifo] أنبوب مُسمّى (FIFO)
        [device] جهاز
       *[other] ليس ملفًا عاديًا
    }؛ لا يكتب -o إلا في ملف عادي، ويستبدله دفعة واحدة

## plan and compare: answers, retailers, new gaps

compare-other-retailer = تنبيه: يذكر الملفان تاجرَين مختلفين، «{ $old }» و«{ $new }». المقارنة تُظهر تقدّم متجر واحد بين مجموعتين من إجاباته هو.
compare-answers = الإجابات التي تغيّرت ({ $count })
compare-side = { $answer } (المرحلة { $level })
compare-unknown = لا أعرف / بلا إجابة
compare-better = { $levels ->
        [one] أفضل بمستوى واحد
        [two] أفضل بمستويين
        [few] أفضل بـ { $levels } مستويات
        [many] أفضل بـ { $levels } مستوًى
       *[other] أفضل بـ { $levels } مستوى
    }
compare-worse = { $levels ->
        [one] أسوأ بمستوى واحد
        [two] أسوأ بمستويين
        [few] أسوأ بـ { $levels } مستويات
        [many] أسوأ بـ { $levels } مستوًى
       *[other] أسوأ بـ { $levels } مستوى
    }
compare-same-level = إجابة أخرى في المستوى نفسه
compare-no-dimension-moved = { $count ->
        [one] تحسّنت إجابة واحدة
        [two] تحسّنت إجابتان
        [few] تحسّنت { $count } إجابات
       *[other] تحسّنت { $count } إجابة
    }، لكن لم يتغير مستوى أي بُعد: مستوى البُعد هو وسيط إجاباته، فيرتفع حين يرتفع نحو نصفها.
compare-new = جديد في المرحلة { $stage } ({ $count })
compare-new-why = انتقلت إلى المرحلة { $after }، فهذه هي متطلبات المرحلة { $stage } («{ $name }») منك الآن، وليست تراجعًا.
compare-col-change = التغيّر
compare-legend-before = قبل: المرحلة { $stage }
compare-legend-after = بعد: المرحلة { $stage }
compare-page-title = التقدّم: { $who }
plan-page-title = الخطة: { $who }
compare-new-answers = { $count ->
        [one] إجابة واحدة دون المرحلة { $stage }
        [two] إجابتان دون المرحلة { $stage }
        [few] { $count } إجابات دون المرحلة { $stage }
       *[other] { $count } إجابة دون المرحلة { $stage }
    }: يبيّن maturity plan أقل عدد منها يلزم رفعه أولًا.

## Reports to share: the stage ladder, the chart's key, questions in words

report-ladder = المراحل
report-you-are-here = أنت هنا
report-next-stage = التالية
report-chart-next = الحلقة المتقطعة: المستوى { $stage } الذي تطلبه المرحلة التالية ({ $name })
report-chart-unanswered = النقطة الرمادية المجوفة: لم يُجَب عن أي سؤال في هذا المجال، فيُحتسب في المستوى 1
report-no-answers = لا إجابات
report-unsure-heading = لا أعرف / لا ينطبق
report-missing-heading = لم تُجب عنها
report-skipped-heading = لم تُطرح (تم تخطيها)
cohort-col-you = أنت
cohort-col-typical = النظير المعتاد
cohort-col-ahead = متقدم على

## score: options that mean nothing for several retailers

usage-batch-output = الخيار -o يكتب تقرير متجر واحد؛ أما عدة متاجر فتُكتب صفوفًا في المخرج القياسي، فأعد توجيهه بدلًا من ذلك (مثلًا > rows.csv)
usage-batch-cohort = الخيار --cohort يضع متجرًا واحدًا بين نظرائه؛ ولا يمكن استخدامه عند تقييم عدة متاجر
usage-batch-all = الخيار --all يعرض كل الفجوات والخطوات التالية في تقرير متجر واحد؛ وصفوف عدة متاجر لا تتضمن شيئًا منها
