//! rasd-events: placeholder, see the README's architecture section.
