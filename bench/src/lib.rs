//! Inputs and baselines shared by the benchmarks.

pub mod baselines;
pub mod generate;
pub mod inputs;
