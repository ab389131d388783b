//! The coder's trace of the triggers it found and left out (RASD_TRACE=drops, tools/drop_trace.py): each names the
//! stage that dropped it, and none of them is in the output. Sentences from the train split of eval/news.

use rasd_events::trace::collect_drops;
use rasd_extract::{extract_json, parse_date, Options, Record};
use serde_json::Value;

fn traced(text: &str) -> (Value, Vec<rasd_events::trace::Dropped>) {
    let rec = Record { id: "t".into(), text: text.into(), ..Default::default() };
    let opts = Options { published: parse_date("2018-07-09"), ..Default::default() };
    let (json, drops) = collect_drops(|| extract_json(&rec, &opts));
    (serde_json::from_str(&json).unwrap(), drops)
}

#[test]
fn a_weak_trigger_without_participant_is_traced_to_its_rule() {
    let text = "وكان شخص ثان قد أوقف أمس الأحد وتم استجوابه أيضا من دون ذكر تفاصيل إضافية.";
    let (d, drops) = traced(text);
    let chars: Vec<char> = text.chars().collect();
    let arrest = drops.iter().find(|x| chars[x.start..x.end].iter().collect::<String>() == "أوقف").unwrap_or_else(|| panic!("{drops:?}"));
    assert_eq!((arrest.kind, arrest.stage), (rasd_events::EventType::Coerce, "weak_no_participant"));
    // What was dropped is not in the output, and tracing does not change it.
    let events = d["events"].as_array().unwrap();
    assert!(events.iter().all(|e| e["trigger"]["start"].as_u64() != Some(arrest.start as u64)), "{events:#?}");
    let rec = Record { id: "t".into(), text: text.into(), ..Default::default() };
    let plain: Value = serde_json::from_str(&extract_json(&rec, &Options { published: parse_date("2018-07-09"), ..Default::default() })).unwrap();
    assert_eq!(plain["events"], d["events"]);
}

#[test]
fn a_headline_is_traced_as_such() {
    let text = "روسيا تطرد دبلوماسيين بريطانيين\nطردت روسيا الجمعة 23 دبلوماسيا بريطانيا، ردا على قرار لندن.";
    let (_, drops) = traced(text);
    assert!(drops.iter().any(|x| x.stage == "headline" && x.end <= text.chars().position(|c| c == '\n').unwrap()), "{drops:?}");
}

#[test]
fn a_duty_in_a_headline_is_traced_as_a_headline() {
    // eval/news train split (CN-middleEast-20-20180217): the headline's duty laid on Turkey was the one trigger no
    // stage named.
    let text = "إيران: على تركيا وقف عملياتها واحترام سيادة سوريا\nدعت إيران تركيا إلى وقف عملياتها العسكرية في منطقة عفرين السورية.";
    let (_, drops) = traced(text);
    let head = text.chars().position(|c| c == '\n').unwrap();
    assert!(drops.iter().any(|x| x.stage == "headline" && x.kind == rasd_events::EventType::Request && x.end <= head), "{drops:?}");
}
