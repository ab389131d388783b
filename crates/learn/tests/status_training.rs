//! The factuality trainer on the project's annotated corpus: it reads the train split only, cross-validates by
//! article, and writes a model the extractor can read.

use std::path::Path;

#[test]
fn trains_on_the_train_split_and_writes_a_readable_model() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../eval/news");
    let out = std::env::temp_dir().join(format!("rasd-status-model-{}.tsv", std::process::id()));
    let report = rasd_learn::status::train_cli(&corpus, &out).expect("training runs");
    assert!(report.contains("5-fold by article, rules: accuracy"), "{report}");
    let articles: usize = report.split_whitespace().nth(2).and_then(|n| n.parse().ok()).expect("article count");
    assert!(articles >= 50, "{report}");
    let text: &'static str = Box::leak(std::fs::read_to_string(&out).unwrap().into_boxed_str());
    let model = rasd_events::factuality::StatusModel::parse(text).expect("the written model parses");
    // A model was chosen, or the report says why the rules decide.
    assert!(!model.is_empty() || report.contains("the rules decide"), "{report}");
    std::fs::remove_file(&out).ok();
}

#[test]
fn no_test_article_is_read() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../eval/news");
    let split = std::fs::read_to_string(corpus.join("split.tsv")).unwrap();
    let test: Vec<&str> = split.lines().filter(|l| l.split('\t').nth(1) == Some("test")).map(|l| l.split('\t').next().unwrap()).collect();
    assert_eq!(test.len(), 40);
    let train = rasd_learn::corpus::train_articles(&corpus).unwrap();
    assert!(train.iter().all(|a| !test.contains(&a.id.as_str())));
}
