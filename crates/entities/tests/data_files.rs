//! Every list of crates/entities/data follows its schema (a malformed row fails here with its file and line).

#[test]
fn every_entity_list_validates() {
    if let Err(e) = rasd_entities::validate_data() {
        panic!("{e}");
    }
}
