//! rasd-ner: placeholder, see the README's architecture section.
