//! rasd-learn: training of rasd's learned decisions from the project's annotated corpus (eval/news). The
//! extraction crates only read the models this crate writes into data/; none of them links this crate.

pub mod args;
pub mod corpus;
pub mod logreg;
pub mod linear;
pub mod occurrence;
pub mod status;
pub mod types;
