# Interface strings of maturity, in English. Every other language file has the same
# message ids; bank texts (questions, stages, advice) live in the question bank.

## Errors

error-label = error
error-read = cannot read the { $kind ->
        [bank] question bank
       *[answers] answers file
    } { $path }: { $reason }
error-invalid = { $count ->
        [one] the { $kind ->
            [bank] question bank
           *[answers] answers file
        } { $file } is not valid:
       *[other] the { $kind ->
            [bank] question bank
           *[answers] answers file
        } { $file } is not valid ({ $count } problems):
    }
error-write = cannot write { $path }: { $reason }
error-yaml = { $detail }
error-internal = internal error (a bug in maturity); please report it with the command and input that caused it
error-too-large = larger than { $mib } MiB; is this the right file?
error-not-utf8 = not UTF-8 text (invalid byte at offset { $offset }); save it as UTF-8

## Answers files

did-you-mean = { $suggestion ->
        [none] {""}
       *[other] {" "}(did you mean `{ $suggestion }`?)
    }
answers-wrong-bank = these answers were made for bank `{ $made_for }`, but the bank in use is `{ $bank }`; pass the bank they were made for with --bank PATH
answers-twice = question `{ $question }` is answered twice; keep one answer
answers-unknown-question = question `{ $question }` is not in bank `{ $bank }` { $version }{ did-you-mean }
answers-list-for-single = question `{ $question }` takes one option, not a list; choose one of { $options }, or `unsure` (don't know / not applicable)
answers-empty-list = question `{ $question }` has an empty list; choose one or more of { $options }, or `unsure` (don't know / not applicable)
answers-reserved-in-list = question `{ $question }`: `{ $word }` stands alone, not inside a list; write `{ $question }: { $word }`
answers-option-twice = question `{ $question }`: option `{ $option }` is chosen twice
answers-unknown-option = question `{ $question }` has no option `{ $option }`{ did-you-mean }; choose one of { $options }, or `unsure` (don't know / not applicable)

## Question banks

kind-name = { $what ->
        [stage] stage
        [dimension] dimension
        [question] question
        [option] option
        [gate] gate
        [conflict] conflict
        [situation] situation
       *[step] next step
    }
bank-duplicate-id = { kind-name } id `{ $id }` is used more than once; ids must be unique
bank-reserved-id = { kind-name } id `{ $id }` is reserved or empty; choose another id
bank-needs-english = bank.languages must include `en`, the language every text falls back to
bank-stage-numbers = stages are numbered { $numbers }; they must be numbered 1, 2, ... with no gap or repeat, and there must be at least two
bank-empty-dimension = dimension `{ $dimension }` has no questions; add one or remove it
bank-unknown-dimension = `{ $owner }` refers to dimension `{ $dimension }`, which does not exist; known dimensions: { $known }
bank-unknown-step = `{ $owner }` refers to next step `{ $step }`, which does not exist in next-steps
bank-stage-out-of-range = `{ $owner }` { $field }: stage { $stage } is out of range; allowed here: { $lowest } to { $top }
bank-yes-no-options = yes-no question `{ $question }` must have exactly the options `yes` and `no`, not { $options }
bank-too-few-options = question `{ $question }` needs at least two options
bank-question-without-steps = question `{ $question }` has no next-steps; a weak answer must come with advice
bank-ask-if-not-answer = question `{ $question }`: ask-if may test answers only (`answer`, `all`, `any`, `some`), not dimension levels or breadth
bank-ask-if-unknown = question `{ $question }`: ask-if refers to question `{ $target }`, which does not exist
bank-ask-if-itself = question `{ $question }`: ask-if refers to the question itself, a loop; refer to an earlier question
bank-ask-if-later = question `{ $question }`: ask-if refers to `{ $target }`, which comes later, so it would loop or never be known; refer only to questions asked before it
bank-unused-step = next step `{ $step }` is never offered: no question, gate or stage refers to it
bank-stage-without-gates = stage { $number } (`{ $stage }`) has no gates, so every retailer would pass it; add at least one gate with `stage: { $number }`
bank-empty-list = gate `{ $gate }` has an empty `all`/`any` list
bank-some-count = gate `{ $gate }` asks for { $count } of { $of ->
        [one] 1 condition
       *[other] { $of } conditions
    }; allowed: 1 to { $of }
bank-unknown-question = gate `{ $gate }` refers to question `{ $question }`, which does not exist
bank-breadth-count = gate `{ $gate }` asks for { $count ->
        [one] 1 dimension
       *[other] { $count } dimensions
    }; the bank has { $dimensions }
bank-missing-text = `{ $owner }` { $field }: the `{ $lang }` text is missing
bank-undeclared-language = `{ $owner }` { $field }: language `{ $lang }` is not in bank.languages ({ $declared })
bank-gate-never-passes = gate `{ $gate }` can never pass, even with the best answer to every question, so stage { $stage } can never be reached; lower what it asks for
bank-builds-on-cycle = the dimensions' builds-on form a loop; each dimension may build only on dimensions that do not, in turn, build on it
bank-gate-kind = gate `{ $gate }` is a { $kind } gate, so it may test { $kind ->
        [transition] answers only (`answer`, with `all`, `any`, `some`)
        [mark] answers and dimension levels only (`answer`, `level`, with `all`, `any`, `some`)
       *[breadth] breadth counts only (`breadth`, with `all`, `any`, `some`)
    }
bank-mark-reads-transition = mark gate `{ $gate }` reads `{ $question }`, which decides a transition; an answer may decide a transition or a mark, not both
bank-conflict-too-few = conflict `{ $conflict }` names fewer than two answers; a conflict is answers that cannot all be true together
bank-option-without-gap = question `{ $question }` option `{ $option }` is below the question's top but has no `gap:`; say what a retailer who chose it still lacks
bank-empty-tool-kind = next step `{ $step }` has an empty tool-kind; name the kind of tool it needs as an id (for example `email-platform`), or `none`
bank-situation-empty = situation `{ $situation }` needs at least one answer and at least one step in `first`
bank-empty-range = `{ $owner }`: the range for `{ $question }` is empty; give `at-least`, `at-most` or both, with `at-least` no higher than `at-most`
bank-empty-source = `{ $owner }` has an empty source; say where in the model it comes from (for example `000 §Stage 2`), or write `beyond-seeds: <reason>`

## Command line

usage-unknown-lang = --lang { $lang }: no such language; supported: { $supported }
usage-no-command = no command given, and this is not a terminal, so there is nothing to ask.

    { $help }
usage-assess-needs-terminal = maturity assess asks its questions in a terminal, and this is not one. To score answers from a file, run: maturity score FILE
usage-save-exists = { $path } already exists; continue it with `maturity assess --resume { $path }`, or choose another file with --save PATH
note-other-version = note: { $file } was made for bank version { $made_for }; scoring with version { $version } on the answers they share
note-left-out = note: left out: { $what }
note-dropped = note: dropped, no longer in the bank: { $what }
note-bank-language = note: the question bank has no `{ $lang }` texts ({ $available }); its texts are shown in English
validate-ok = ok: { $file }: bank `{ $bank }` version { $version }: { $stages ->
        [one] 1 stage
       *[other] { $stages } stages
    }, { $dimensions ->
        [one] 1 dimension
       *[other] { $dimensions } dimensions
    }, { $questions ->
        [one] 1 question
       *[other] { $questions } questions
    }, { $gates ->
        [one] 1 gate
       *[other] { $gates } gates
    }, { $steps ->
        [one] 1 next step
       *[other] { $steps } next steps
    }; every reference resolves, every gate can pass and every stage can be reached
assess-saved = Your answers are saved in { $path }.
    Score them again with: maturity score { $path }
assess-stopped = Stopped. Every answer you gave is saved in { $path }.
    Pick up where you left off with: maturity assess --resume { $path }
assess-stopped-empty = Stopped before the first answer; nothing was saved.

## The report

report-stage-title = Stage { $number } of { $total }: { $name }
report-bank = question bank { $id } { $version }
report-dimensions = Dimensions
report-col-dimension = Dimension
report-col-level = Level
report-col-answered = Answered
report-gaps-heading = What stands between you and Stage { $number } ({ $name })
report-top-stage = You are at the top stage. Answers that still fall short of it
report-nothing-left = Nothing: every answer is at the top stage.
report-weak-answers = { $other ->
        [yes] Other answers
       *[no] Answers
    } below Stage { $stage }, weakest first ({ $count }):
report-more = … and { $count ->
        [one] one more
       *[other] { $count } more
    } { $what ->
        [answers] { $count ->
            [one] answer
           *[other] answers
        }
       *[steps] { $count ->
            [one] next step
           *[other] next steps
        }
    } (--all shows every one)
report-answered = you answered { $answer } (Stage { $level }); Stage { $required } needs more
report-not-answered = not answered, or "don't know"; Stage { $required } needs an answer
report-note = your note: { $note }
report-evidence = evidence: { $evidence }
report-level = { $name } is at level { $level }; needs { $required }
report-breadth = dimensions at level { $required } or above: { $actual }; needed: { $count }
report-breadth-below = below level { $required }: { $names }
report-list-separator = {", "}
report-sentence-separator = {" "}
report-steps-heading = Next steps, most valuable first
report-none = None.
report-why-first = Why first: { $text }
report-goal = Goal: { $goal }
report-strategy = Strategy: { $text }
report-tactic = Tactic: { $text }
report-tool = Tool: { $text }
report-effort = Effort { $effort }, impact { $impact }{ $opens ->
        [yes] , opens the next stage
       *[no] {""}
    }
goal-revenue = revenue
goal-retention = customer retention
goal-clv = customer lifetime value
goal-aov = average order value
goal-profit = profit
rating-low = low
rating-medium = medium
rating-high = high
report-completeness = Completeness
report-answered-count = { $answered } of { $questions ->
        [one] 1 question
       *[other] { $questions } questions
    } answered ({ $percent }%)
report-unsure-list = Don't know / not applicable: { $list }
report-missing-list = Not answered: { $list }
report-skipped-list = Not asked (skipped): { $list }
report-unknown-explained = Unknown answers count as no evidence: they can only hold the stage down, never raise it.
report-provisional-answered = Provisional: { $answered } of { $questions ->
        [one] 1 question
       *[other] { $questions } questions
    } answered.
report-could-change = Answering { $questions } could change this stage (up to Stage { $stage } with every open question answered).
report-could-reach = { $count ->
        [one] Answering the open question could place you as high as Stage { $stage }.
       *[other] Answering the { $count } open questions could place you as high as Stage { $stage }.
    }
report-settled = { $count ->
        [one] The open question cannot change this stage.
       *[other] The { $count } open questions cannot change this stage.
    }
report-held-back = The rest of your answers show Stage { $rest }; a missing mark of an earlier stage holds you one stage below it.
report-conflicts-heading = Answers to check
report-conflict-answer = you answered { $answer } (Stage { $level })

## The bank listing

questions-title = { $title } { $version }: { $count ->
        [one] 1 question
       *[other] { $count } questions
    }
questions-col-question = Question
questions-col-dimension = Dimension
questions-col-kind = Kind
questions-col-options = Options (stage)
questions-kind-single = one
questions-kind-multi = several
questions-kind-yes-no = yes/no

## The questionnaire

intro-purpose = Find where your store's marketing stands, what holds it back, and what to do next.
intro-stages = The model has { $count ->
        [one] 1 stage
       *[other] { $count } stages
    }:
intro-length = { $questions ->
        [one] 1 question
       *[other] { $questions } questions
    } in { $areas ->
        [one] 1 area
       *[other] { $areas } areas
    }, about { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }.
intro-keys = Answer with the arrow keys and Enter. Esc, or the last item "{ $back }", returns to the previous question. Ctrl-C stops at any time, keeping every answer.
intro-saved-to = Your answers are saved to { $path } after every question.
intro-welcome-back = Welcome back: { $done } of { $total ->
        [one] 1 question
       *[other] { $total } questions
    } { $done ->
        [one] is
       *[other] are
    } done; picking up where you left off.
prompt-store-name = Your store's name (optional; Enter to skip)
prompt-notes = Would you like to add notes as you go?
prompt-notes-no = Just the answers
prompt-notes-yes = Answers, each with an optional note or evidence
prompt-first-question = This is the first question.
prompt-why = Why it matters: { $help }
prompt-note = Note or evidence (optional; Enter to skip)
prompt-dont-know = Don't know / not applicable
prompt-back = ← Back
prompt-multi = { $question } (Space ticks, Enter confirms, Esc goes back)
prompt-tick-one = Tick at least one answer, or "{ $dont_know }".

## explain

explain-title = Why Stage { $number } of { $total }: { $name }
explain-stage = Stage { $number }: { $name }
explain-stage-result = { $failed ->
        [0] { $count ->
            [0] it has no gates
            [one] its gate passes
           *[other] all { $count } gates pass
        }
        [one] { $count ->
            [one] its gate fails
           *[other] 1 of { $count } gates fails
        }
       *[other] { $failed } of { $count } gates fail
    }
explain-verdict = You are at Stage { $number } because every gate up to it passes; Stage { $next } is closed by the gates marked ✗.
explain-verdict-top = Every gate passes: this is the top stage.
explain-verdict-held = You are at Stage { $number }: the rest of your answers show Stage { $rest }, and a mark of an earlier stage that is missing (✗) holds you one stage below it.
explain-kind = { $kind ->
        [transition] transition
        [mark] mark
       *[breadth] breadth
    }
explain-answer = answered { $answer } (Stage { $level }); needs Stage { $required }
explain-unanswered = not answered, or "don't know"; needs Stage { $required }

## plan

plan-title = Plan: from Stage { $from } ({ $from_name }) to Stage { $target } ({ $target_name })
plan-summary = { $count ->
        [one] One answer to improve
       *[other] { $count } answers to improve
    }, { $steps ->
        [one] one level
       *[other] { $steps } levels
    } to climb in all; foundations first.
plan-lands-above = The gates of the stages above already pass, so these changes place you at Stage { $lands } ({ $name }).
plan-now = now: { $answer }
plan-now-unknown = now: not answered, or "don't know"
plan-aim = aim for: { $answer } (Stage { $level })
plan-already = You are at Stage { $stage } already, so there is nothing to plan for Stage { $target }.
plan-no-such-stage = there is no Stage { $target }; the model has Stages 1 to { $top }
plan-try-target = Plan for the next stage with: --target { $next }

## compare

compare-title = Stage { $before } ({ $before_name }) → Stage { $after } ({ $after_name })
compare-dimensions = Dimensions
compare-col-before = Before
compare-col-after = After
compare-closed = Gaps closed ({ $count })
compare-opened = Gaps opened ({ $count })
compare-steps = Next steps now
compare-none = none
compare-versions = The files were made for bank versions { $old } and { $new }: they are compared on the questions both answer.
compare-not-compared = Not compared, answered in only one file: { $list }
plan-same-step = Next step: as for item { $item } above.

## batch

batch-col-retailer = Retailer
batch-col-stage = Stage
batch-summary = { $scored ->
        [one] One retailer scored:
       *[other] { $scored } retailers scored:
    }
batch-provisional = ? provisional: { $count ->
        [one] one stage rests
       *[other] { $count } stages rest
    } on fewer than 80% of the answers, or on open questions that could change it.
batch-failed = { $failed ->
        [one] One record could not be scored (see the messages above).
       *[other] { $failed } records could not be scored (see the messages above).
    }
usage-batch-format = --format { $format } is for one retailer; several retailers are written as table, csv or jsonl
usage-batch-json = --format json is the whole assessment of one retailer; for several retailers use --format jsonl, one JSON object per retailer
usage-no-input = give an answers file, several files, a folder, or --jsonl FILE

## cohort

cohort-heading = Among your peers ({ $peers ->
        [one] 1 retailer
       *[other] { $peers } retailers
    })
cohort-stage = Your stage is ahead of { $percentile }% of your peers; the typical peer is at Stage { $typical } ({ $name }).
cohort-dimension = { $name }: you { $level }, typical peer { $typical }, ahead of { $percentile }%
cohort-too-small = the cohort has { $peers ->
        [one] 1 usable record
       *[other] { $peers } usable records
    }; at least { $min } are needed, so that no peer can be picked out
min-stage-below = Stage { $stage } is below the required Stage { $min }.
error-too-deep = nested more than { $max ->
        [one] 1 level
       *[other] { $max } levels
    } deep; an answers file or a bank needs only a few levels
usage-empty-folder = no answers files (.yaml, .yml, .json) in { $folder }

## saving answers

usage-save-folder = { $path } is a folder, not a file; give a file name in it, for example { $example }
usage-save-no-folder = cannot save answers to { $path }: there is no folder { $folder }; create it first, or give a file in a folder that exists
usage-save-unwritable = cannot save answers to { $path }: { $reason }; give a file in a folder you can write to
note-recovered = note: the last save to { $path } was cut short; its answers, the latest given, are back in the file

## Report layout and wording

report-quoted = “{ $text }”

## multiple choice: options that go alone
prompt-goes-alone = "{ $option }" goes alone: untick it or the other answers.
answers-exclusive = question `{ $question }`: option `{ $option }` goes alone and cannot be chosen with other options; keep `{ $option }` alone, or only the others
bank-exclusive-not-multi = question `{ $question }` option `{ $option }`: only an option of a multiple-choice question can be `exclusive`

## shell: init, example, man, schema

init-intro = Answers for “{ $title }” (version { $version }). Score them with: maturity score { $file }
init-how = Replace each `unsure` with the id of the option that fits, listed above it; where several may be chosen, give a list, [id, id]. Leave `unsure` where you do not know. To add a note or a link to evidence, write `choice: id` on its own line under the question id, with `note:` and `evidence:` beside it.
init-retailer = the store's name
init-date = the date of the answers, YYYY-MM-DD
init-takes-one = Answer: one option id, or unsure.
init-takes-many = Answer: one or more option ids, as a list [id, id], or unsure.
init-takes-yes-no = Answer: yes or no, or unsure.
init-written = Wrote { $path } with { $count ->
        [one] 1 question
       *[other] { $count } questions
    }, each `unsure` until answered. Score it with: maturity score { $path }
init-exists = { $path } exists already; give another path, or --force to replace it
example-unknown = no example { $which }; give a stage (1 to 4) or one of: { $names }
man-written = Wrote a manual page for each command to { $dir }.
schema-skipped = Not asked: the question's ask-if did not hold.
plan-at-top = You are at Stage { $stage }, the top of the model: there is no stage left to reach. Keep up what got you here, and assess again each year (maturity compare OLD NEW shows what moved).
batch-col-levels = Levels
batch-legend = Columns: { $list }.
batch-legend-levels = Levels, in order: { $list }.
batch-below = { $count ->
        [one] One retailer of { $scored } is below Stage { $min }:
       *[other] { $count } retailers of { $scored } are below Stage { $min }:
    }
batch-below-stage = Stage { $stage }
batch-below-more = … and { $count } more

## Limits on hostile input

error-more-problems = { $count ->
        [one] … and one more
       *[other] … and { $count } more
    }
error-aliases = its aliases would add more than { $kib } KiB to what it holds; aliases may add at most as much as the file itself holds (at least 1024 KiB)
bank-too-many = the bank has too many { $what ->
        [stages] stages
        [dimensions] dimensions
        [questions] questions
        [gates] gates
        [conflicts] conflicts
        [situations] situations
       *[other] next steps
    }: a bank may have at most { $max }
plan-too-complex = cannot plan exactly: gate `{ $gate }` on the way to Stage { $target } asks for more work than a plan takes on (a plan weighs no more ways of meeting the gates than { $ways }, in no more steps of work than { $steps }); simplify its `any`, `some` or `breadth` conditions
error-line-too-long = the line is longer than { $mib } MiB; a JSON Lines record must fit on one line of at most { $mib } MiB
cohort-too-large = the cohort holds more than { $max } peers; compare with a sample of them
cohort-repeats = note: { $file }: { $repeats ->
        [one] one record repeats
       *[other] { $repeats } records repeat
    } the answers or the name of an earlier peer, so each peer is counted once
cohort-failed = { $failed ->
        [one] One cohort record could not be read (see the messages above); the standing leaves it out.
       *[other] { $failed } cohort records could not be read (see the messages above); the standing leaves them out.
    }
usage-min-stage-above-top = --min-stage { $min }: the bank's stages go from 1 to { $top }
answers-too-many-entries = holds more than { $max } entries (keys, ids, lists and texts), far more than answers to any bank need

## hostile input: paths that are not files

error-not-a-file = cannot read the { $kind ->
        [bank] question bank
       *[answers] answers file
    } { $path }: it is { $what ->
        [folder] a folder
        [fifo] a named pipe (FIFO)
        [device] a device
        [socket] a socket
       *[other] not a regular file
    }; give the path of a regular file, or - to read standard input

## hostile input: parse errors placed and said plainly

error-control-char = the control character { $code } is not allowed here; remove it
error-nul-byte = a NUL byte is not allowed here; a file full of them was most likely saved as UTF-16: save it as UTF-8
error-repeated-key = `{ $key }` is given a second time in the same mapping; keep one
error-merge-key = merge keys (`<<`) are not supported; write the entries out in full
error-comment = a comment starting with `{ $start }` is neither JSON nor YAML; YAML comments start with `#`, and JSON has none

## output files: -o

output-is-input = { $path } is the same file as the input { $input }; writing the output there would replace it. Give -o another path.
output-not-a-file = { $path } { $kind ->
        [folder] is a folder
        [fifo] is a named pipe (FIFO)
        [device] is a device
       *[other] is not a regular file
    }; -o writes only to a regular file, which it replaces in one step

## plan and compare: answers, retailers, new gaps

compare-other-retailer = Warning: the two files name different retailers, “{ $old }” and “{ $new }”. A comparison shows one store's progress between two sets of its own answers.
compare-answers = Answers that changed ({ $count })
compare-side = { $answer } (Stage { $level })
compare-unknown = don't know / not answered
compare-better = { $levels ->
        [one] better by 1 level
       *[other] better by { $levels } levels
    }
compare-worse = { $levels ->
        [one] worse by 1 level
       *[other] worse by { $levels } levels
    }
compare-same-level = another answer at the same level
compare-no-dimension-moved = { $count ->
        [one] 1 answer is better, but no dimension level moved
       *[other] { $count } answers are better, but no dimension level moved
    }: a dimension's level is the median of its answers, so it rises once about half of them do.
compare-new = New at Stage { $stage } ({ $count })
compare-new-why = You moved up to Stage { $after }, so these are what Stage { $stage } ({ $name }) asks of you now, not losses.
compare-col-change = Change
compare-legend-before = Before: Stage { $stage }
compare-legend-after = After: Stage { $stage }
compare-page-title = Progress: { $who }
plan-page-title = Plan: { $who }
compare-new-answers = { $count ->
        [one] 1 answer below Stage { $stage }
       *[other] { $count } answers below Stage { $stage }
    }: maturity plan shows the fewest to raise first.

## Reports to share: the stage ladder, the chart's key, questions in words

report-ladder = The stages
report-you-are-here = You are here
report-next-stage = Next
report-chart-next = Dashed ring: level { $stage }, which the next stage ({ $name }) asks for
report-chart-unanswered = Hollow grey point: no question of the dimension is answered, so it counts as level 1
report-no-answers = no answers
report-unsure-heading = Don't know / not applicable
report-missing-heading = Not answered
report-skipped-heading = Not asked (skipped)
cohort-col-you = You
cohort-col-typical = Typical peer
cohort-col-ahead = Ahead of

## score: options that mean nothing for several retailers

usage-batch-output = -o writes one retailer's report; several retailers are written as rows to standard output, so redirect it instead (for example > rows.csv)
usage-batch-cohort = --cohort places one retailer among its peers; it cannot be used when scoring several retailers
usage-batch-all = --all shows every gap and next step of one retailer's report; the rows of several retailers have none to show
