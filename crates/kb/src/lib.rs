//! rasd-kb: placeholder, see the README's architecture section.
