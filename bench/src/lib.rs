//! Inputs and baselines shared by the benchmarks.

#[rustfmt::skip]
pub mod baselines;
pub mod generate;
pub mod inputs;
pub mod scratch;
