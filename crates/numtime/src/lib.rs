//! rasd-numtime: placeholder, see the README's architecture section.
