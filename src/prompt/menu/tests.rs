use super::{answered, cells, fit, window, Entry, Menu, Paint};

fn items(labels: &[&str]) -> Vec<String> {
    labels.iter().map(|l| l.to_string()).collect()
}

#[test]
fn every_line_fits_in_terminal_cells_whatever_the_script() {
    // Arabic letter pairs that fonts join still take a cell each in a terminal.
    let texts = [
        "لا نحدد أهدافًا؛ ننتظر لنرى كيف تسير المبيعات ولا نقيس ولا نخطط",
        "我们根据自己的销售和客户数据（按渠道和产品）并参考竞争对手的做法来设定目标。",
        "Yalnızca bülten ve tek seferlik kampanyalar gönderiyoruz.",
    ];
    for text in texts {
        for width in [12, 20, 39] {
            for line in fit(text, width) {
                assert!(cells(&line) <= width, "{line:?} at {width}");
            }
        }
    }
}

#[test]
fn a_menu_marks_the_current_item_and_wraps_under_its_label() {
    let labels = items(&["short", "a label long enough to need a second line"]);
    let menu = Menu {
        prompt: "Pick one?",
        items: &labels,
        ticks: Some(vec![false, true]),
        active: 1,
        error: Some("Tick one.".into()),
    };
    let lines = menu.lines(Paint::new(false), 30, 20);
    assert_eq!(
        lines,
        [
            "? Pick one?",
            "  [ ] short",
            "> [x] a label long enough to",
            "      need a second line",
            "✘ Tick one.",
        ]
    );
}

#[test]
fn a_menu_too_tall_for_the_terminal_shows_the_items_around_the_cursor() {
    let labels = items(&["one", "two", "three", "four", "five", "six"]);
    let menu = Menu {
        prompt: "Pick?",
        items: &labels,
        ticks: None,
        active: 3,
        error: None,
    };
    let lines = menu.lines(Paint::new(false), 30, 6);
    assert_eq!(
        lines,
        ["? Pick?", "  ↑ 2", "  three", "> four", "  five", "  ↓ 1"]
    );
    assert_eq!(window(&[1, 1, 1], 0, 3), (0, 3));
    assert_eq!(window(&[2, 2, 2, 2], 3, 4), (3, 4));
    // The current item shows even when it alone is too tall.
    assert_eq!(window(&[9, 9], 1, 4), (1, 2));
}

#[test]
fn an_answer_is_left_as_one_line_with_its_prompt() {
    let lines = answered(Paint::new(false), "Add notes as you go?", "No", 40);
    assert_eq!(lines, ["✔ Add notes as you go? · No"]);
    let lines = answered(Paint::new(false), "Your store's name", "", 40);
    assert_eq!(lines, ["✔ Your store's name"]);
}

/// The lines and cursor of `typed` in a text entry `width` columns wide.
fn entry(typed: &str, cursor: usize, width: usize) -> (Vec<String>, (usize, usize)) {
    let value: Vec<char> = typed.chars().collect();
    let entry = Entry {
        prompt: "Name",
        value: &value,
        cursor,
    };
    entry.lines(Paint::new(false), width)
}

#[test]
fn typed_text_breaks_where_the_line_ends_and_the_cursor_follows_it() {
    let (lines, at) = entry("abcdefghijkl", 11, 12);
    assert_eq!(lines, ["? Name", "> abcdefghij", "  kl"]);
    assert_eq!(at, (2, 3));
    // A full line puts the cursor on the next one.
    let (lines, at) = entry("abcdefghij", 10, 12);
    assert_eq!(lines, ["? Name", "> abcdefghij", "  "]);
    assert_eq!(at, (2, 2));
    // Double-width characters take two columns each.
    let (lines, at) = entry("临时营销人员", 2, 12);
    assert_eq!(lines, ["? Name", "> 临时营销人", "  员"]);
    assert_eq!(at, (1, 6));
}
