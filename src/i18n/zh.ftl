# maturity 的界面文本（简体中文）。其他每个语言文件都有相同的
# 消息 ID；题库文本（问题、阶段、建议）保存在题库中。

## 错误

error-label = 错误
error-read = 无法读取{ $kind ->
        [bank] 题库
       *[answers] 答案文件
    } { $path }：{ $reason }
error-invalid = { $count ->
       *[other] { $kind ->
            [bank] 题库
           *[answers] 答案文件
        } { $file } 无效（共 { $count } 处错误）：
    }
error-write = 无法写入 { $path }：{ $reason }
error-yaml = { $detail }
error-internal = 内部错误（maturity 程序的缺陷）；请报告此问题，并附上引发错误的命令和输入
error-too-large = 超过 { $mib } MiB；确定是这个文件吗？
error-not-utf8 = 不是 UTF-8 文本（偏移量 { $offset } 处有无效字节）；请将其另存为 UTF-8

## 答案文件

did-you-mean = { $suggestion ->
        [none] {""}
       *[other] {" "}（您是不是想写 `{ $suggestion }`？）
    }
answers-wrong-bank = 这些答案是按题库 `{ $made_for }` 填写的，但当前使用的题库是 `{ $bank }`；请用 --bank PATH 指定它们对应的题库
answers-twice = 问题 `{ $question }` 被回答了两次；请只保留一个答案
answers-unknown-question = 题库 `{ $bank }` { $version } 中没有问题 `{ $question }`{ did-you-mean }
answers-list-for-single = 问题 `{ $question }` 只能选一个选项，不能填列表；请从 { $options } 中选一个，或填 `unsure`（不知道/不适用）
answers-empty-list = 问题 `{ $question }` 的列表为空；请从 { $options } 中选一个或多个，或填 `unsure`（不知道/不适用）
answers-reserved-in-list = 问题 `{ $question }`：`{ $word }` 只能单独使用，不能放在列表中；请写成 `{ $question }: { $word }`
answers-option-twice = 问题 `{ $question }`：选项 `{ $option }` 被选了两次
answers-unknown-option = 问题 `{ $question }` 没有选项 `{ $option }`{ did-you-mean }；请从 { $options } 中选一个，或填 `unsure`（不知道/不适用）

## 题库

kind-name = { $what ->
        [stage] 阶段
        [dimension] 领域
        [question] 问题
        [option] 选项
        [gate] 门槛
        [conflict] 冲突
        [situation] 情形
       *[step] 下一步行动
    }
bank-duplicate-id = { kind-name } ID `{ $id }` 被使用了不止一次；ID 必须唯一
bank-reserved-id = { kind-name } ID `{ $id }` 是保留字或为空；请换一个 ID
bank-needs-english = bank.languages 必须包含 `en`，所有文本都以英文作为后备语言
bank-stage-numbers = 阶段的编号是 { $numbers }；阶段必须依次编号为 1、2、……，不能有间隔或重复，并且至少要有两个阶段
bank-empty-dimension = 领域 `{ $dimension }` 没有任何问题；请添加一个问题或删除该领域
bank-unknown-dimension = `{ $owner }` 引用了领域 `{ $dimension }`，但该领域不存在；已有的领域：{ $known }
bank-unknown-step = `{ $owner }` 引用了下一步行动 `{ $step }`，但 next-steps 中没有它
bank-stage-out-of-range = `{ $owner }` { $field }：阶段 { $stage } 超出范围；此处允许 { $lowest } 到 { $top }
bank-yes-no-options = 是非题 `{ $question }` 必须恰好有 `yes` 和 `no` 两个选项，而不是 { $options }
bank-too-few-options = 问题 `{ $question }` 至少需要两个选项
bank-question-without-steps = 问题 `{ $question }` 没有 next-steps；较弱的答案必须附带建议
bank-ask-if-not-answer = 问题 `{ $question }`：ask-if 只能检查答案（`answer`、`all`、`any`、`some`），不能检查领域水平或覆盖广度
bank-ask-if-unknown = 问题 `{ $question }`：ask-if 引用了问题 `{ $target }`，但该问题不存在
bank-ask-if-itself = 问题 `{ $question }`：ask-if 引用了问题本身，形成循环；请引用排在它前面的问题
bank-ask-if-later = 问题 `{ $question }`：ask-if 引用的 `{ $target }` 排在它后面，会形成循环或永远无法得知答案；只能引用在它之前提问的问题
bank-unused-step = 下一步行动 `{ $step }` 从未被推荐：没有任何问题、门槛或阶段引用它
bank-stage-without-gates = 第 { $number } 阶段（`{ $stage }`）没有门槛，因此所有零售商都能通过；请至少添加一个带有 `stage: { $number }` 的门槛
bank-empty-list = 门槛 `{ $gate }` 的 `all`/`any` 列表为空
bank-some-count = 门槛 `{ $gate }` 要求满足 { $of } 个条件中的 { $count } 个；允许的范围：1 到 { $of }
bank-unknown-question = 门槛 `{ $gate }` 引用了问题 `{ $question }`，但该问题不存在
bank-breadth-count = 门槛 `{ $gate }` 要求 { $count } 个领域，而题库只有 { $dimensions } 个领域
bank-missing-text = `{ $owner }` { $field }：缺少 `{ $lang }` 文本
bank-undeclared-language = `{ $owner }` { $field }：语言 `{ $lang }` 不在 bank.languages（{ $declared }）中
bank-gate-never-passes = 门槛 `{ $gate }` 永远无法通过，即使每个问题都选最好的答案也不行，因此永远无法达到第 { $stage } 阶段；请降低它的要求
bank-builds-on-cycle = 各领域的 builds-on 形成了循环；一个领域只能建立在不反过来依赖它的领域之上
bank-gate-kind = 门槛 `{ $gate }` 属于 { $kind } 类门槛，因此只能检验{ $kind ->
        [transition] 答案（`answer`，可配合 `all`、`any`、`some`）
        [mark] 答案和领域水平（`answer`、`level`，可配合 `all`、`any`、`some`）
       *[breadth] 领域数量（`breadth`，可配合 `all`、`any`、`some`）
    }
bank-mark-reads-transition = 标志门槛 `{ $gate }` 读取了 `{ $question }`，而该问题决定一个转折门槛；一个答案只能决定转折或标志之一，不能两者兼有
bank-conflict-too-few = 冲突 `{ $conflict }` 列出的答案少于两个；冲突指的是不可能同时成立的几个答案
bank-option-without-gap = 问题 `{ $question }` 的选项 `{ $option }` 低于该问题的最高选项，却没有 `gap:`；请写明选择它的零售商还缺少什么
bank-empty-tool-kind = 下一步行动 `{ $step }` 的 tool-kind 为空；请用一个 ID 写明它需要的工具类型（例如 `email-platform`），或写 `none`
bank-situation-empty = 情形 `{ $situation }` 至少需要一个答案，并且 `first` 中至少要有一个行动
bank-empty-range = `{ $owner }`：`{ $question }` 的范围为空；请给出 `at-least`、`at-most` 或两者，且 `at-least` 不高于 `at-most`
bank-empty-source = `{ $owner }` 的 source 为空；请写明它出自模型的哪一部分（例如 `000 §Stage 2`），或写 `beyond-seeds: <原因>`

## 命令行

usage-unknown-lang = --lang { $lang }：没有这种语言；支持的语言：{ $supported }
usage-no-command = 未指定命令，而且当前不是在终端中运行，因此无法向您提问。

    { $help }
usage-assess-needs-terminal = maturity assess 需要在终端中向您提问，但当前不是终端。要为文件中的答案评分，请运行：maturity score FILE
usage-save-exists = { $path } 已存在；可以用 `maturity assess --resume { $path }` 继续填写，或用 --save PATH 另选一个文件
note-other-version = 注意：{ $file } 是按题库版本 { $made_for } 填写的；现在用版本 { $version } 评分，只计算两个版本共有的答案
note-left-out = 注意：已略去：{ $what }
note-dropped = 注意：已舍弃（题库中已不再有）：{ $what }
note-bank-language = 注意：题库没有 `{ $lang }` 文本（现有：{ $available }）；题库文本将以英文显示
validate-ok = 检查通过：{ $file }：题库 `{ $bank }` 版本 { $version }：{ $stages } 个阶段、{ $dimensions } 个领域、{ $questions } 个问题、{ $gates } 个门槛、{ $steps } 个下一步行动；所有引用均有效，每个门槛都能通过，每个阶段都能达到
assess-saved = 您的答案已保存到 { $path }。
    再次评分：maturity score { $path }
assess-stopped = 已停止。您给出的每个答案都已保存到 { $path }。
    从上次中断处继续：maturity assess --resume { $path }
assess-stopped-empty = 在回答第一个问题之前就已停止；没有保存任何内容。

## 报告

report-stage-title = 第 { $number } 阶段（共 { $total } 个阶段）：{ $name }
report-bank = 题库 { $id } { $version }
report-dimensions = 各领域
report-col-dimension = 领域
report-col-level = 水平
report-col-answered = 已回答
report-gaps-heading = 您距离第 { $number } 阶段（{ $name }）还差什么
report-top-stage = 您已处于最高阶段。仍未达到这一阶段的答案
report-nothing-left = 没有：所有答案都已达到最高阶段。
report-weak-answers = 低于第 { $stage } 阶段的{ $other ->
        [yes] 其他答案
       *[no] 答案
    }，从最弱的开始（共 { $count } 个）：
report-more = ……还有 { $count } 个{ $what ->
        [answers] 答案
       *[steps] 下一步行动
    }（使用 --all 显示全部）
report-answered = 您的回答是{ $answer }（第 { $level } 阶段）；要达到第 { $required } 阶段还需更进一步
report-not-answered = 未回答，或回答了“不知道”；要达到第 { $required } 阶段需要回答此问题
report-note = 您的备注：{ $note }
report-evidence = 证据：{ $evidence }
report-level = { $name }的水平为 { $level }；需要达到 { $required }
report-breadth = 水平达到 { $required } 或以上的领域：{ $actual } 个；需要：{ $count } 个
report-breadth-below = 低于水平 { $required }：{ $names }
report-list-separator = 、
report-sentence-separator = {""}
report-steps-heading = 下一步行动（按价值从高到低排列）
report-none = 无。
report-why-first = 为什么优先：{ $text }
report-goal = 目标：{ $goal }
report-strategy = 战略：{ $text }
report-tactic = 战术：{ $text }
report-tool = 工具：{ $text }
report-effort = 投入：{ $effort }，影响：{ $impact }{ $opens ->
        [yes] ，可助您迈入下一阶段
       *[no] {""}
    }
goal-revenue = 收入
goal-retention = 用户留存率
goal-clv = 用户生命周期价值
goal-aov = 客单价
goal-profit = 利润
rating-low = 低
rating-medium = 中
rating-high = 高
report-completeness = 完整度
report-answered-count = { $questions } 个问题中已回答 { $answered } 个（{ $percent }%）
report-unsure-list = 不知道/不适用：{ $list }
report-missing-list = 未回答：{ $list }
report-skipped-list = 未提问（已跳过）：{ $list }
report-unknown-explained = 未知的答案视为没有证据：它们只会拉低阶段，永远不会提升阶段。
report-provisional-answered = 暂定：已回答 { $questions } 个问题中的 { $answered } 个。
report-could-change = 回答 { $questions } 可能改变这一阶段（如果所有未答问题都给出最好的答案，最高可达第 { $stage } 阶段）。
report-could-reach = 回答剩下的 { $count } 个问题，最高可能让您达到第 { $stage } 阶段。
report-settled = 剩下的 { $count } 个问题无论怎么回答都不会改变这一阶段。
report-held-back = 您的其他答案显示为第 { $rest } 阶段；较早阶段的一项标志有所欠缺，使您比它低一个阶段。
report-conflicts-heading = 需要核实的答案
report-conflict-answer = 您的回答是{ $answer }（第 { $level } 阶段）

## 题库列表

questions-title = { $title } { $version }：{ $count } 个问题
questions-col-question = 问题
questions-col-dimension = 领域
questions-col-kind = 类型
questions-col-options = 选项（阶段）
questions-kind-single = 单选
questions-kind-multi = 多选
questions-kind-yes-no = 是/否

## 问卷

intro-purpose = 了解您店铺的营销处于什么水平、是什么在拖后腿，以及下一步该做什么。
intro-stages = 该模型共有 { $count } 个阶段：
intro-length = 共 { $questions } 个问题，涉及 { $areas } 个领域，大约需要 { $minutes } 分钟。
intro-keys = 用方向键和 Enter 回答。按 Esc 或选择最后一项“{ $back }”可返回上一个问题。随时可按 Ctrl-C 停止，所有答案都会保留。
intro-saved-to = 每回答一个问题，您的答案都会保存到 { $path }。
intro-welcome-back = 欢迎回来：{ $total } 个问题中已完成 { $done } 个；将从上次中断处继续。
prompt-store-name = 您的店铺名称（可选；按 Enter 跳过）
prompt-notes = 您想在答题过程中添加备注吗？
prompt-notes-no = 只回答问题
prompt-notes-yes = 回答问题，每个答案可附带备注或证据
prompt-first-question = 这是第一个问题。
prompt-why = 为什么重要：{ $help }
prompt-note = 备注或证据（可选；按 Enter 跳过）
prompt-dont-know = 不知道/不适用
prompt-back = ← 返回
prompt-multi = { $question }（按 Space 勾选，Enter 确认，Esc 返回）
prompt-tick-one = 请至少勾选一个答案，或选择“{ $dont_know }”。
plan-same-step = 下一步行动：同上文第 { $item } 项。

## explain

explain-title = 为什么处于第 { $number } 阶段（共 { $total } 个阶段）：{ $name }
explain-stage = 第 { $number } 阶段：{ $name }
explain-stage-result = { $failed ->
        [0] { $count ->
           *[other] 门槛全部通过（共 { $count } 个）
        }
       *[other] { $failed } 个门槛未通过（共 { $count } 个）
    }
explain-verdict = 您处于第 { $number } 阶段，因为到这一阶段为止的每个门槛都已通过；标有 ✗ 的门槛挡住了第 { $next } 阶段。
explain-verdict-top = 所有门槛都已通过：您已处于最高阶段。
explain-verdict-held = 您处于第 { $number } 阶段：您的其他答案显示为第 { $rest } 阶段，但较早阶段的一项标志有所欠缺（✗），使您比它低一个阶段。
explain-kind = { $kind ->
        [transition] 转折
        [mark] 标志
       *[breadth] 广度
    }
explain-answer = 回答为{ $answer }（第 { $level } 阶段）；需要达到第 { $required } 阶段
explain-unanswered = 未回答，或回答了“不知道”；需要达到第 { $required } 阶段

## plan

plan-title = 计划：从第 { $from } 阶段（{ $from_name }）到第 { $target } 阶段（{ $target_name }）
plan-summary = { $count ->
       *[other] 需要改进 { $count } 个答案
    }，共提升 { $steps } 级；基础项排在前面。
plan-lands-above = 更高阶段的门槛已经通过，因此完成这些改进后，您将达到第 { $lands } 阶段（{ $name }）。
plan-now = 当前：{ $answer }
plan-now-unknown = 当前：未回答，或回答了“不知道”
plan-aim = 争取做到：{ $answer }（第 { $level } 阶段）
plan-already = 您已处于第 { $stage } 阶段，因此无需为第 { $target } 阶段制定计划。
plan-no-such-stage = 没有第 { $target } 阶段；该模型只有第 1 至第 { $top } 阶段
plan-try-target = 要为下一阶段制定计划，请使用：--target { $next }

## compare

compare-title = 第 { $before } 阶段（{ $before_name }） → 第 { $after } 阶段（{ $after_name }）
compare-dimensions = 各领域
compare-col-before = 之前
compare-col-after = 之后
compare-closed = 已弥补的差距（{ $count } 项）
compare-opened = 新增的差距（{ $count } 项）
compare-steps = 当前的下一步行动
compare-none = 无
compare-versions = 这两个文件分别是按题库版本 { $old } 和 { $new } 填写的：只比较两者都回答了的问题。
compare-not-compared = 未比较（只在其中一个文件中回答）：{ $list }

## batch

batch-col-retailer = 零售商
batch-col-stage = 阶段
batch-summary = 共评分 { $scored } 家零售商：
batch-provisional = ? 暂定：其中 { $count } 个阶段所依据的答案不足 80%，或未答问题可能改变它们。
batch-failed = 有 { $failed } 条记录无法评分（见上方消息）。
usage-batch-format = --format { $format } 用于单个零售商；多个零售商请使用 table、csv 或 jsonl
usage-batch-json = --format json 输出单个零售商的完整评估；多个零售商请使用 --format jsonl，每个零售商一个 JSON 对象
usage-no-input = 请提供一个答案文件、多个文件、一个文件夹，或 --jsonl FILE

## cohort

cohort-heading = 与同行相比（{ $peers } 家零售商）
cohort-stage = 您所处的阶段领先 { $percentile }% 的同行；典型同行处于第 { $typical } 阶段（{ $name }）。
cohort-dimension = { $name }：您 { $level }，典型同行 { $typical }，领先 { $percentile }%
cohort-too-small = 同行组只有 { $peers } 条可用记录；至少需要 { $min } 条，以免认出某一家同行
min-stage-below = 第 { $stage } 阶段低于要求的第 { $min } 阶段。
error-too-deep = 嵌套超过 { $max } 层；答案文件或题库只需要几层
usage-empty-folder = { $folder } 中没有答案文件（.yaml、.yml、.json）

## saving answers

usage-save-folder = { $path } 是文件夹，不是文件；请给出其中的文件名，例如 { $example }
usage-save-no-folder = 无法将答案保存到 { $path }：文件夹 { $folder } 不存在；请先创建它，或指定一个现有文件夹中的文件
usage-save-unwritable = 无法将答案保存到 { $path }：{ $reason }；请指定一个您有写入权限的文件夹中的文件
note-recovered = 注意：上次保存到 { $path } 时被中断；最新给出的答案已恢复到该文件中

## 报告排版与措辞

report-quoted = “{ $text }”

## multiple choice: options that go alone
prompt-goes-alone = “{ $option }”只能单独选择：请取消勾选它或其他答案。
answers-exclusive = 问题 `{ $question }`：选项 `{ $option }` 只能单独选择，不能与其他选项一起选；请只保留 `{ $option }`，或只保留其他选项
bank-exclusive-not-multi = 问题 `{ $question }` 的选项 `{ $option }`：只有多选题的选项才能设为 `exclusive`

## shell: init, example, man, schema

init-intro = “{ $title }”（版本 { $version }）的答案。填写后用以下命令评分：maturity score { $file }
init-how = 把每个 `unsure` 替换为上方列出的、符合情况的选项 id；可多选的问题请写成列表 [id, id]。不知道的问题保留 `unsure`。如需添加备注或证据链接，请在问题 id 下另起一行写 `choice: id`，并在旁边写 `note:` 和 `evidence:`。
init-retailer = 店铺名称
init-date = 答题日期，格式为 YYYY-MM-DD
init-takes-one = 答案：一个选项 id，或 unsure。
init-takes-many = 答案：一个或多个选项 id，写成列表 [id, id]，或 unsure。
init-takes-yes-no = 答案：yes 或 no，或 unsure。
init-written = 已写入 { $path }，共 { $count } 个问题，回答之前均为 `unsure`。评分命令：maturity score { $path }
init-exists = { $path } 已存在；请换一个路径，或用 --force 替换它
example-unknown = 没有示例 { $which }；请给出一个阶段（1 到 4），或以下名称之一：{ $names }
man-written = 已将每个命令的手册页写入 { $dir }。
schema-skipped = 未提问：该问题的 ask-if 条件不成立。
plan-at-top = 您已处于第 { $stage } 阶段，这是模型的最高阶段：已经没有更高的阶段需要达到。请保持让您走到这里的做法，并每年重新评估一次（maturity compare OLD NEW 会显示有哪些变化）。
batch-col-levels = 各领域等级
batch-legend = 列名：{ $list }。
batch-legend-levels = 各领域等级依次为：{ $list }。
batch-below = { $scored } 家零售商中有 { $count } 家低于第 { $min } 阶段：
batch-below-stage = 第 { $stage } 阶段
batch-below-more = ……另有 { $count } 家

## 对恶意输入的限制

error-more-problems = … 另有 { $count } 个
error-aliases = 其中的别名展开后会增加超过 { $kib } KiB 的内容；别名增加的内容最多与文件本身一样多（至少允许 1024 KiB）
bank-too-many = 题库的{ $what ->
        [stages] 阶段
        [dimensions] 领域
        [questions] 问题
        [gates] 门槛
        [conflicts] 矛盾答案
        [situations] 特定情况
       *[other] 下一步行动
    }超过 { $max } 个，这是一个题库所能有的上限
plan-too-complex = 无法精确规划到第 { $target } 阶段：门槛 `{ $gate }` 需要的计算量超出了计划的上限（最多权衡 { $ways } 种满足门槛的方式，最多计算 { $steps } 步）；请简化它的 `any`、`some` 或 `breadth` 条件
error-line-too-long = 该行超过 { $mib } MiB；每条 JSON Lines 记录必须写在一行内，且不超过 { $mib } MiB
cohort-too-large = 同行组超过 { $max } 家同行；请改用其中的一部分样本进行比较
cohort-repeats = 注意：{ $file }：有 { $repeats } 条记录与之前某家同行的答案或名称重复，每家同行只计一次
cohort-failed = 有 { $failed } 条同行组记录无法读取（见上方消息）；排名计算未包括这些记录。
usage-min-stage-above-top = --min-stage { $min }：该题库的阶段为第 1 至第 { $top } 阶段
answers-too-many-entries = 包含超过 { $max } 个条目（键、ID、列表和文本），远多于任何题库的答案所需

## hostile input: paths that are not files

error-not-a-file = 无法读取{ $kind ->
        [bank] 题库
       *[answers] 答案文件
    } { $path }：它是{ $what ->
        [folder] 文件夹
        [fifo] 命名管道（FIFO）
        [device] 设备
        [socket] 套接字
       *[other] 特殊文件
    }，不是普通文件；请给出普通文件的路径，或用 - 读取标准输入

## hostile input: parse errors placed and said plainly

error-control-char = 此处不允许出现控制字符 { $code }；请将其删除
error-nul-byte = 此处不允许出现 NUL 字节；满是 NUL 字节的文件多半被保存为 UTF-16：请另存为 UTF-8
error-repeated-key = `{ $key }` 在同一映射中出现了第二次；请只保留一个
error-merge-key = 不支持合并键（`<<`）；请完整写出各项
error-comment = 以 `{ $start }` 开头的注释既不是 JSON 也不是 YAML；YAML 注释以 `#` 开头，JSON 没有注释

## output files: -o

output-is-input = { $path } 与输入文件 { $input } 是同一个文件，输出写到那里会覆盖它。请为 -o 换一个路径。
output-not-a-file = { $path } { $kind ->
        [folder] 是文件夹
        [fifo] 是命名管道（FIFO）
        [device] 是设备
       *[other] 不是普通文件
    }；-o 只写入普通文件，并一次性替换它

## plan and compare: answers, retailers, new gaps

compare-other-retailer = 注意：两个文件写的是不同的零售商，“{ $old }”和“{ $new }”。对比用来显示同一家店铺在两次作答之间的进展。
compare-answers = 有变化的回答（{ $count }）
compare-side = { $answer }（第 { $level } 阶段）
compare-unknown = 不知道 / 未回答
compare-better = 提高了 { $levels } 个级别
compare-worse = 降低了 { $levels } 个级别
compare-same-level = 换了回答，级别不变
compare-no-dimension-moved = 有 { $count } 个回答变好了，但没有哪个维度的级别变化：维度级别是其各个回答的中位数，大约一半回答提高后它才会提高。
compare-new = 第 { $stage } 阶段的新要求（{ $count }）
compare-new-why = 您已升到第 { $after } 阶段，所以这些是第 { $stage } 阶段（{ $name }）现在对您的要求，不是退步。
compare-col-change = 变化
compare-legend-before = 之前：第 { $stage } 阶段
compare-legend-after = 之后：第 { $stage } 阶段
compare-page-title = 进展：{ $who }
plan-page-title = 计划：{ $who }
compare-new-answers = { $count } 个回答低于第 { $stage } 阶段：maturity plan 会列出最少需要先提高哪些。

## Reports to share: the stage ladder, the chart's key, questions in words

report-ladder = 各个阶段
report-you-are-here = 您在这里
report-next-stage = 下一阶段
report-chart-next = 虚线环：水平 { $stage }，即下一阶段（{ $name }）的水平
report-chart-unanswered = 空心灰点：该领域的问题都未回答，按水平 1 计算
report-no-answers = 未回答
report-unsure-heading = 不知道/不适用
report-missing-heading = 未回答
report-skipped-heading = 未提问（已跳过）
cohort-col-you = 您
cohort-col-typical = 典型同行
cohort-col-ahead = 领先于

## score: options that mean nothing for several retailers

usage-batch-output = -o 用于写入单个零售商的报告；多个零售商的结果按行写到标准输出，请改用重定向（例如 > rows.csv）
usage-batch-cohort = --cohort 用于把单个零售商与同行比较；同时为多个零售商评分时不能使用
usage-batch-all = --all 显示单个零售商报告中的所有差距和下一步；多个零售商的行中没有这些内容
