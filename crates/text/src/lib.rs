//! rasd-text: the aligned Arabic text layer.
pub mod normalize;
pub use normalize::{key, normalize, normalize_aligned, Fold, Normalized};
